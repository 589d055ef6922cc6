import fc from 'fast-check';
import { HOSTILE_TEXTS } from '../../dialogs/testing/hostile-text.js';

// What a careless, hostile or repeating person can put into Koppel: every card verb and command, with
// values that are right, wrong in type, oversized, hostile as text, or names of built-in properties.

export const SUBMIT_VERBS = [
  'intake.show', 'intake.start', 'intake.own-place', 'intake.own-place.undo', 'intake.confirm', 'intake.edit',
  'intake.save.wish', 'intake.save.work-processes', 'intake.save.organisation', 'intake.save.travel', 'intake.save.days',
  'intake.save.support', 'intake.save.requirements', 'intake.save.ranking', 'intake.save.own-place', 'intake.save.__proto__', 'intake.save.constructor',
  'round.create', 'round.import.form', 'round.import', 'round.import.file', 'round.open', 'round.status', 'round.remind.form', 'round.remind',
  'round.close', 'round.match', 'round.place.form', 'round.place', 'round.approve', 'round.release.form', 'round.release.schedule',
  'round.release.cancel', 'round.release.retry', 'round.explain.form', 'round.explain', 'round.export', 'round.edit.form', 'round.edit.save',
  'own-place.accept', 'own-place.ask',
  'offer.show', 'offer.save', 'companies.import', 'companies.add', 'companies.invite', 'student.remove', 'live.refresh', 'toString', '',
  'meldpunt.form', 'meldpunt.report', 'meldpunt.consent', 'meldpunt.case', 'meldpunt.case.in-conversation', 'meldpunt.case.close.form',
  'meldpunt.case.close', 'meldpunt.case.forward', 'check-in.answer', 'check-in.conversation', 'round.check-ins', 'contact-moment.plan', 'contact-moment.record', 'evaluation.answer', 'round.evaluations',
  'requirement.approve', 'requirement.refuse', 'placement.vog', 'round.vog.form', 'round.vog',
  'support.read', 'erasure.request', 'erasure.decide.form', 'erasure.carry-out', 'erasure.refuse',
] as const;

export const TEXT_COMMANDS = [
  'hallo', 'help', 'start', 'mijn gegevens', 'uitslag', 'ronde nieuw', 'studenten importeren', 'aanbod', 'mijn studenten',
  'bedrijven importeren', 'bedrijf toevoegen', 'bedrijf uitnodigen', 'ronde status', 'ronde herinner', 'ronde sluit', 'ronde match',
  'ronde plaats', 'ronde goedkeuren', 'ronde goedkeuren run_1', 'ronde vrijgave', 'ronde vrijgave morgen 9:00', 'ronde wijzigen', 'ronde export', 'student verwijderen', 'code', 'demo rol student', 'english', 'nederlands',
  'melden', 'mijn meldingen', 'meldingen', 'meldingen M-ABCDEF', 'ronde check-ins', 'contactmoment plannen', 'contactmomenten', 'ronde evaluaties',
  'ronde eisen', 'ondersteuning', 'ondersteuning 100234', 'verwijderingen', 'mijn gegevens downloaden', 'gegevens verwijderen', 'verwijderverzoeken',
] as const;

const PROTO = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];
const GOOD = ['r1', 'o1', 'o2', 'c1', 'c2', 's1', 'loc1', 'Delft', 'Schiedam', 'bike', 'public_transport', 'mon,tue', 'B1-K1-W3', 'verpleeghuis',
  'true', 'false', '30', '100234', '100235', '2030-01-10', '10:00', 'school', '90001', 'wish', 'travel', 'both',
  'yes', 'no', 'partly', 'internship', 'none', 'own', 'chat', 'phone', 'M-ABCDEF', 'command', 'check-in', 'on-site', 'held', 'not-held'];

export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...GOOD),
  fc.constantFrom(...GOOD),
  fc.constantFrom(...HOSTILE_TEXTS),
  fc.constantFrom(...PROTO),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('x'.repeat(700), 'Delft,'.repeat(40), '\u202eDelft\u0000', '\ud800', 'studentnummer;opleiding;email\n1;90001;a@b.nl'),
  fc.integer({ min: -5, max: 10_000 }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.constantFrom(...GOOD, ...PROTO), { maxLength: 12 }),
  fc.constant({ nested: { verb: 'round.open' } }),
);

/** An id from a card: a real one, none, a built-in property's name, or hostile text. */
export const anyId: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('r1', 'o1', 'o2', 'c1', 'c2', 's1', 's2', 'loc1', '100234', '100235', 'wish', 'travel') },
  { weight: 3, arbitrary: fc.constantFrom(...PROTO) },
  { weight: 1, arbitrary: fc.constantFrom('', 'r-unknown', 'x'.repeat(300), ...HOSTILE_TEXTS) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.constant(null), fc.array(fc.constantFrom('r1', '__proto__'), { maxLength: 3 })) },
);
const ID_FIELDS = new Set(['placementId', 'roundId', 'offerId', 'companyId', 'fileId', 'studentNumber', 'step', 'locationId', 'key', 'rank1', 'rank2', 'rank3']);

const FIELDS = [
  'roundId', 'offerId', 'companyId', 'fileId', 'studentNumber', 'reason', 'csv', 'name', 'programmeCodes', 'mechanism', 'wishesDeadline',
  'offersDeadline', 'releaseDate', 'releaseTime', 'internshipStart', 'text', 'acceptedText', 'codes', 'organisationTypes', 'electives',
  'municipality', 'postcodeArea', 'modes', 'maxMinutes', 'reachableMunicipalities', 'days', 'early', 'evening', 'weekend', 'wanted',
  'details', 'shareWithCompany', 'rank1', 'rank2', 'rank3', 'companyName', 'place', 'step', 'places', 'supervisionCapacity', 'learnText',
  'organisationType', 'locationId', 'requirements', 'otherRequirement', 'placesStayFree', 'introductionIsNoSelection', 'noSubjectiveRefusal', 'actsOnDiscrimination',
  'sbbNumber', 'postcode', 'locationLabel', 'who', 'key', 'confirm',
  'driving_licence', 'minimum_age_18', 'state', 'placementId', 'contactName', 'contactEmail', 'contactPhone',
] as const;

export const anyValues = fc.record(Object.fromEntries(FIELDS.map((f) => [f, ID_FIELDS.has(f) ? anyId : anyValue])) as Record<(typeof FIELDS)[number], fc.Arbitrary<unknown>>, { requiredKeys: [] });

export type FuzzInput =
  | { kind: 'text'; text: string }
  | { kind: 'submit'; verb: string; values: Record<string, unknown> }
  | { kind: 'file'; name: string; content: string };

export const anyInput: fc.Arbitrary<FuzzInput> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('submit' as const), verb: fc.constantFrom(...SUBMIT_VERBS), values: anyValues }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('text' as const), text: fc.tuple(fc.constantFrom(...TEXT_COMMANDS), fc.oneof(fc.constant(''), fc.constantFrom(...HOSTILE_TEXTS, ...PROTO), fc.string({ maxLength: 30 }))).map(([c, a]) => `${c} ${a}`.trim()) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('file' as const), name: fc.constantFrom('export.csv', '../../etc/passwd', HOSTILE_TEXTS[0]), content: fc.oneof(fc.constantFrom('studentnummer;opleiding;email\n100299;90001;n@school.nl\n', 'bedrijfsnaam;sbb_nummer;postcode;plaats\nX;123;2611;Delft\n', ...HOSTILE_TEXTS), fc.string({ unit: 'binary', maxLength: 200 })) }) },
);
