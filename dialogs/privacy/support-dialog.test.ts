import { describe, expect, it } from 'vitest';
import { CONTACT_USER, intakeHarness, releasedRound, STUDENT_USER, textOf } from '../testing/intake-fixture.js';
import { nl } from '../texts/nl.js';
import { EVERYTHING } from '../../bot/store/index.js';

const DETAILS = 'Ik heb dyslexie en ADHD';
const CARE = 'care-1';
const AFTER_RELEASE = new Date('2027-03-01T12:00:00+01:00');

// Typed commands and pressed cards in which a coordinator meets a student; none may show the details.
const TYPED = ['ronde status', 'ronde match', 'ronde plaats 100234', 'ronde export', 'ronde opvolging', 'ronde check-ins', 'ronde evaluaties', 'ronde vrijgave', 'mijn gegevens'];
const PRESSED: Array<[string, Record<string, unknown>]> = [
  ['round.explain', { roundId: 'r1', studentNumber: '100234' }],
  ['round.status', { roundId: 'r1' }],
  ['round.follow-up', { roundId: 'r1' }],
  ['round.export', { roundId: 'r1' }],
  ['round.place.form', { roundId: 'r1', studentNumber: '100234' }],
];

async function harness(share = false) {
  const data = releasedRound('released');
  data.students.s1.supportNeed = { wanted: true, details: DETAILS, shareWithCompany: share };
  data.companies.c1.contacts = [{ platform: 'teams', userId: CONTACT_USER }];
  return intakeHarness(data, { now: AFTER_RELEASE }, ['coord-1', 'coord-2'], false, { careCoordinators: [CARE] });
}

describe('support details: the care coordinator only', () => {
  it('shows them to a care coordinator and audits the read by ids, never the content', async () => {
    const h = await harness();
    const replies = await h.say('ondersteuning 100234', 'nl', CARE);
    expect(JSON.stringify(replies)).toContain(DETAILS);
    const audit = (await h.store.read(EVERYTHING)).audit.filter((e) => e.action === 'support.read');
    expect(audit).toEqual([expect.objectContaining({ actorId: CARE, subjectType: 'student', subjectId: 's1', at: AFTER_RELEASE.toISOString() })]);
    expect(JSON.stringify(audit)).not.toContain('dyslexie');
  });

  it('shows them to a care coordinator who is also a coordinator limited to another programme: the limit is the coordinator role\'s', async () => {
    const data = releasedRound('released');
    data.students.s1.supportNeed = { wanted: true, details: DETAILS, shareWithCompany: false };
    const h = await intakeHarness(data, { now: AFTER_RELEASE }, ['coord-1', CARE], false, { careCoordinators: [CARE], coordinatorLimits: { [CARE]: ['90002'] } });
    expect(JSON.stringify(await h.submit('support.read', { studentNumber: '100234' }, 'nl', CARE))).toContain(DETAILS);
    expect(textOf(await h.say('ronde status Zorg februari 2027', 'nl', CARE))).toContain('COORDINATOR_PROGRAMMES');
  });

  it('lists who asked for support, by student number and without what they need, and records no read', async () => {
    const h = await harness();
    const shown = textOf(await h.say('ondersteuning', 'nl', CARE));
    expect(shown).toContain(nl.privacy.support.asked('100234'));
    expect(shown).not.toContain('dyslexie');
    expect((await h.store.read(EVERYTHING)).audit.filter((e) => e.action === 'support.read')).toEqual([]);
  });

  it('refuses an ordinary coordinator, a student and a company contact, naming the role, and records nothing', async () => {
    const h = await harness();
    const before = JSON.stringify(await h.store.read(EVERYTHING));
    for (const user of ['coord-1', STUDENT_USER, CONTACT_USER]) {
      expect(textOf(await h.say('ondersteuning 100234', 'nl', user))).toBe(nl.privacy.support.onlyCareCoordinators);
      expect(textOf(await h.submit('support.read', { studentNumber: '100234' }, 'nl', user))).toBe(nl.privacy.support.onlyCareCoordinators);
    }
    expect(nl.privacy.support.onlyCareCoordinators).toContain('zorgcoördinator');
    expect(JSON.stringify(await h.store.read(EVERYTHING))).toBe(before);
  });

  it('never shows them, nor what a report says, to an ordinary coordinator in any command, card, export or message', async () => {
    const h = await harness();
    // A named report the coordinators may know of: they hear that it exists, never what it says.
    await h.submit('meldpunt.report', { what: 'Mijn begeleider maakte grappen over mijn hoofddoek.', phase: 'internship', company: 'none', contactWish: 'chat', anonymous: 'no', coordinatorsMayKnow: 'yes', source: 'command' });
    expect(Object.keys((await h.store.read(EVERYTHING)).reports)).toHaveLength(1);
    const seen: string[] = [];
    for (const command of [...TYPED, 'ronde cijfers', 'verwijderingen', 'verwijderverzoeken', 'mijn gegevens downloaden', 'meldingen', 'ondersteuning']) seen.push(JSON.stringify(await h.say(command, 'nl', 'coord-1')));
    for (const [verb, values] of PRESSED) seen.push(JSON.stringify(await h.submit(verb, values, 'nl', 'coord-1')));
    await h.sendQueued();
    seen.push(JSON.stringify(h.sent));
    expect(seen.join('\n')).not.toContain('dyslexie');
    expect(seen.join('\n')).not.toContain('hoofddoek');
  });
});

describe('a company learns of a support request only when the student shared it', () => {
  it('shows nothing of support when the student did not share it', async () => {
    const h = await harness(false);
    const shown = textOf(await h.say('mijn studenten', 'nl', CONTACT_USER)) + JSON.stringify(await h.say('mijn studenten', 'nl', CONTACT_USER));
    expect(shown).toContain('100234');
    expect(shown).not.toContain(nl.company.students.support);
    expect(shown).not.toContain('dyslexie');
  });

  it('learns nothing of an unshared request in any command, card, export or message', async () => {
    const h = await harness(false);
    // The student's place is made when they first act on it (as at the release).
    await h.submit('placement.acknowledge');
    const placementId = Object.keys((await h.store.read(EVERYTHING)).placements)[0];
    const seen: string[] = [];
    for (const command of ['mijn studenten', 'my students', 'aanbod', 'mijn gegevens', 'mijn gegevens downloaden', 'uitslag']) seen.push(JSON.stringify(await h.say(command, 'nl', CONTACT_USER)));
    for (const verb of ['company.placement.show', 'company.meeting.form', 'company.refuse.form']) seen.push(JSON.stringify(await h.submit(verb, { placementId }, 'nl', CONTACT_USER)));
    await h.submit('company.refuse', { placementId, reason: 'no-place' }, 'nl', CONTACT_USER);
    await h.sendQueued();
    seen.push(JSON.stringify(h.sent.filter((m) => m.recipient.userId === CONTACT_USER)));
    const all = seen.join('\n');
    expect(all).toContain('100234');
    expect(all).not.toContain('dyslexie');
    expect(all).not.toContain(nl.company.students.support);
    expect(all).not.toContain(nl.company.students.supportDetails);
    expect(all).not.toMatch(/supportNeed|extraSupport":true/);
  });

  it('shows the request and the details when the student shared them', async () => {
    const h = await harness(true);
    const shown = JSON.stringify(await h.say('mijn studenten', 'nl', CONTACT_USER));
    expect(shown).toContain(nl.company.students.support);
    expect(shown).toContain(DETAILS);
  });
});

describe('upcoming deletions', () => {
  it('shows a coordinator what goes when, per round and kind, and refuses anyone else', async () => {
    const h = await harness();
    const shown = textOf(await h.say('verwijderingen', 'nl', 'coord-1')) + JSON.stringify(await h.say('verwijderingen', 'nl', 'coord-1'));
    expect(shown).toContain(nl.privacy.deletions.title);
    expect(shown).toContain(nl.privacy.deletions.kinds.support);
    expect(shown).not.toContain('100234');
    expect(textOf(await h.say('verwijderingen', 'nl', STUDENT_USER))).toBe(nl.coordinator.onlyCoordinators);
  });

  it('shows when a company\'s contact persons go, by the company\'s name and never theirs', async () => {
    const h = await harness();
    await h.store.update(EVERYTHING, (d) => void (d.companies.c1.contactsSince = '2027-01-05T10:00:00.000Z'));
    const shown = JSON.stringify(await h.say('verwijderingen', 'nl', 'coord-1'));
    const { name } = (await h.store.read(EVERYTHING)).companies.c1;
    expect(shown).toContain(`${name}: ${nl.privacy.deletions.kinds.companies}`);
    expect(shown).not.toContain(CONTACT_USER);
  });

  it('promises in the intake what the retention pass does', async () => {
    const h = await intakeHarness();
    const intro = JSON.stringify(await h.say('start', 'nl', STUDENT_USER));
    expect(intro).toContain(nl.intake.privacy.howLong({ intake: 12, support: 0 }));
    expect(intro).toContain('tot het einde van het schooljaar waarin je stage eindigt');
  });
});

describe('help for a care coordinator', () => {
  it('shows the support command to a care coordinator only', async () => {
    const h = await harness();
    expect(JSON.stringify(await h.say('help', 'nl', CARE))).toContain('ondersteuning / support needs');
    expect(JSON.stringify(await h.say('help', 'nl', 'coord-1'))).not.toContain('ondersteuning / support needs');
  });
});
