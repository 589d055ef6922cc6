// Dutch texts (the first language of every user). Second person: the student reads them, and a
// coordinator reads the same sentence about that student.
import { list, type MessageTable } from './message-table.js';

const companies = (n: number) => (n === 1 ? '1 bedrijf' : `${n} bedrijven`);

const rule: MessageTable['rule'] = {
  programme: 'opleiding',
  capacity: 'geen plek',
  travel: 'reistijd',
  support: 'extra begeleiding',
  days: 'dagen',
  shifts: 'diensten',
  requirements: 'eisen',
  excluded: 'eerder afgewezen',
};

const mode: MessageTable['mode'] = {
  walking: 'lopend',
  bike: 'met de fiets',
  ebike: 'met de e-bike',
  scooter: 'met de scooter',
  public_transport: 'met het ov',
  car: 'met de auto',
};

const requirement: MessageTable['requirement'] = {
  driving_licence: 'een rijbewijs',
  certificate_of_conduct: 'een VOG (verklaring omtrent het gedrag)',
  minimum_age_16: 'minimaal 16 jaar',
  minimum_age_18: 'minimaal 18 jaar',
  safety_certificate: 'een veiligheidscertificaat (VCA)',
  food_hygiene_certificate: 'een hygiënecertificaat',
};

const refused: Record<string, (n: number) => string> = {
  programme: (n) => `${companies(n)} niet voor jouw opleiding`,
  capacity: (n) => `${companies(n)} zonder vrije plek`,
  travel: (n) => `${companies(n)} niet bereikbaar binnen je reistijd`,
  support: (n) => `${companies(n)} zonder extra begeleiding`,
  days: (n) => `${companies(n)} waar je op te weinig van de stagedagen kunt (er geldt een minimum aantal dagen)`,
  shifts: (n) => `${companies(n)} met vroege, avond- of weekenddiensten die je niet hebt gekozen`,
  requirements: (n) => `${companies(n)} met een eis waar je (nog) niet aan voldoet`,
  excluded: (n) => `${companies(n)} waar je eerder bent afgewezen`,
};

const rankWord = ['eerste', 'tweede', 'derde'];

export const nl: MessageTable = {
  reason: {
    work_processes: (r) =>
      r.shared.length === 0 ? `deelt geen van je ${r.total} werkprocessen`
      : r.shared.length === r.total ? `deelt al je ${r.total} werkprocessen: ${list(r.shared)}`
      : `deelt ${r.shared.length} van je ${r.total} werkprocessen: ${list(r.shared)}`,
    organisation_type: (r) => `het soort organisatie dat je zocht (${r.organisationType})`,
    organisation_size: (r) => `de grootte van organisatie die je zocht (${r.organisationSize} medewerkers)`,
    allowance: (r) => `een stagevergoeding van € ${r.perMonth} per maand`,
    learning_wish: (r) => `past bij je leerwens: ${list(r.words)}`,
    electives: (r) => `past bij je keuzedelen: ${list(r.shared)}`,
    travel: (r) => {
      const trip = r.minutes === null || r.mode === null ? null : `ongeveer ${r.minutes} min ${mode[r.mode]}`;
      if (r.via === 'minutes') return trip ?? 'bereikbaar';
      return `in ${r.municipality}, dat je zelf als bereikbaar opgaf${trip === null ? '' : ` (${trip})`}`;
    },
    extra_support: () => 'dit bedrijf biedt extra begeleiding',
    ranked_choice: (r) => `je ${rankWord[r.rank - 1] ?? `${r.rank}e`} keuze`,
    ranking_unavailable: () => 'je gekozen plekken waren vol of niet mogelijk; dit is de best passende andere plek',
    own_choice: () => 'je eigen keuze',
    choice_taken: (r) => `je keuze ${r.offerId} was al vol; dit is de best passende andere plek`,
    pinned: (r) =>
      `met de hand geplaatst door de coördinator: ${r.reason}` +
      (r.brokenRules.length > 0 ? ` (buiten de regels om: ${list(r.brokenRules.map((x) => rule[x]))})` : ''),
  },
  cause: {
    no_offer_for_programme: (r) => `geen aanbod voor je opleiding ${r.programme} (niveau ${r.level}) in deze ronde`,
    refused: (r) => refused[r.rule](r.offers),
    places_taken: (r) =>
      `je ${r.offers === 1 ? 'passende plek is' : `${r.offers} passende plekken zijn`} vergeven aan studenten die daar beter passen of geen andere plek hadden`,
  },
  help: {
    longer_travel: (r) => `met maximaal ${r.minutes} min reistijd: ${companies(r.offers)} erbij`,
    work_process_farther: (r) => `geen bedrijf met werkproces ${r.workProcess} binnen ${r.minutes} min; ${r.wider} binnen ${r.widerMinutes} min`,
    meet_requirement: (r) => `met ${requirement[r.requirement]}: ${companies(r.offers)} erbij`,
    more_days: (r) => `als je op meer dagen kunt: ${companies(r.offers)} erbij`,
    accept_shifts: (r) => `als je vroege, avond- of weekenddiensten kunt: ${companies(r.offers)} erbij`,
    support_capacity: (r) => `${companies(r.offers)} passen als ze extra begeleiding kunnen bieden`,
    extra_place: (r) => `één plek extra bij ${list(r.offerIds)} geeft je een plek`,
    manual_placement: () => 'de stagecoördinator kan je met de hand plaatsen',
  },
  warning: {
    pin_breaks_rules: (r) => `handmatige plaatsing van ${r.candidateId} gaat buiten de regels om: ${list(r.rules.map((x) => rule[x]))}`,
    ranking_not_eligible: (r) => `${r.candidateId} koos ${r.offerId}, maar die plek kan niet (${list(r.rules.map((x) => rule[x]))})`,
    choice_ignored: (r) => `keuze van ${r.candidateId} voor ${r.offerId} niet gebruikt (${r.why})`,
  },
  rule,
  mode,
  requirement,
  summary: {
    matched: (offerId) => `Je stageplek: ${offerId}`,
    proposed: (n) => `Je kunt kiezen uit ${n === 1 ? '1 stageplek' : `${n} stageplekken`}`,
    unmatched: 'Nog geen stageplek',
    helpIntro: 'Wat zou helpen',
  },
};
