// English texts, kept sentence for sentence in step with messages.nl.ts.
import { list, type MessageTable } from './message-table.js';

const companies = (n: number) => (n === 1 ? '1 company' : `${n} companies`);

const rule: MessageTable['rule'] = {
  programme: 'programme',
  capacity: 'no place',
  travel: 'travel time',
  support: 'extra support',
  days: 'days',
  shifts: 'shifts',
  requirements: 'requirements',
  excluded: 'refused before',
};

const mode: MessageTable['mode'] = {
  walking: 'on foot',
  bike: 'by bike',
  ebike: 'by e-bike',
  scooter: 'by scooter',
  public_transport: 'by public transport',
  car: 'by car',
};

const requirement: MessageTable['requirement'] = {
  driving_licence: 'a driving licence',
  certificate_of_conduct: 'a certificate of conduct (VOG)',
  minimum_age_16: 'age 16 or over',
  minimum_age_18: 'age 18 or over',
  safety_certificate: 'a safety certificate (VCA)',
  food_hygiene_certificate: 'a food hygiene certificate',
};

const refused: Record<string, (n: number) => string> = {
  programme: (n) => `${companies(n)} not for your programme`,
  capacity: (n) => `${companies(n)} without a free place`,
  travel: (n) => `${companies(n)} not reachable within your travel time`,
  support: (n) => `${companies(n)} without extra support`,
  days: (n) => `${companies(n)} where you can come on too few of the internship days (a minimum number of days applies)`,
  shifts: (n) => `${companies(n)} with early, evening or weekend shifts you did not choose`,
  requirements: (n) => `${companies(n)} with a requirement you do not meet (yet)`,
  excluded: (n) => `${companies(n)} that refused you before`,
};

const rankWord = ['first', 'second', 'third'];

export const en: MessageTable = {
  reason: {
    work_processes: (r) =>
      r.shared.length === 0 ? `shares none of your ${r.total} work processes`
      : r.shared.length === r.total ? `shares all ${r.total} of your work processes: ${list(r.shared)}`
      : `shares ${r.shared.length} of your ${r.total} work processes: ${list(r.shared)}`,
    organisation_type: (r) => `the type of organisation you wanted (${r.organisationType})`,
    organisation_size: (r) => `the size of organisation you wanted (${r.organisationSize} employees)`,
    allowance: (r) => `an allowance of € ${r.perMonth} a month`,
    learning_wish: (r) => `fits your learning wish: ${list(r.words)}`,
    electives: (r) => `fits your electives: ${list(r.shared)}`,
    travel: (r) => {
      const trip = r.minutes === null || r.mode === null ? null : `about ${r.minutes} min ${mode[r.mode]}`;
      if (r.via === 'minutes') return trip ?? 'reachable';
      return `in ${r.municipality}, which you said you can reach${trip === null ? '' : ` (${trip})`}`;
    },
    extra_support: () => 'this company offers extra support',
    ranked_choice: (r) => `your ${rankWord[r.rank - 1] ?? `#${r.rank}`} choice`,
    ranking_unavailable: () => 'the places you ranked were full or not possible; this is the best other place',
    own_choice: () => 'your own choice',
    choice_taken: (r) => `your choice ${r.offerId} was full; this is the best other place`,
    pinned: (r) =>
      `placed by hand by the coordinator: ${r.reason}` +
      (r.brokenRules.length > 0 ? ` (overrides: ${list(r.brokenRules.map((x) => rule[x]))})` : ''),
  },
  cause: {
    no_offer_for_programme: (r) => `no offer for your programme ${r.programme} (level ${r.level}) in this round`,
    refused: (r) => refused[r.rule](r.offers),
    places_taken: (r) =>
      `your ${r.offers === 1 ? 'fitting place went' : `${r.offers} fitting places went`} to students who fit there better or had no other place`,
  },
  help: {
    longer_travel: (r) => `with up to ${r.minutes} min of travel: ${companies(r.offers)} more`,
    work_process_farther: (r) => `no company with work process ${r.workProcess} within ${r.minutes} min; ${r.wider} within ${r.widerMinutes} min`,
    meet_requirement: (r) => `with ${requirement[r.requirement]}: ${companies(r.offers)} more`,
    more_days: (r) => `if you can on more days: ${companies(r.offers)} more`,
    accept_shifts: (r) => `if you can do early, evening or weekend shifts: ${companies(r.offers)} more`,
    support_capacity: (r) => `${companies(r.offers)} would fit if they could offer extra support`,
    extra_place: (r) => `one extra place at ${list(r.offerIds)} would give you a place`,
    manual_placement: () => 'the internship coordinator can place you by hand',
  },
  warning: {
    pin_breaks_rules: (r) => `manual placement of ${r.candidateId} overrides: ${list(r.rules.map((x) => rule[x]))}`,
    ranking_not_eligible: (r) => `${r.candidateId} ranked ${r.offerId}, but that place is not possible (${list(r.rules.map((x) => rule[x]))})`,
    choice_ignored: (r) => `choice of ${r.candidateId} for ${r.offerId} not used (${r.why})`,
  },
  rule,
  mode,
  requirement,
  summary: {
    matched: (offerId) => `Your internship: ${offerId}`,
    proposed: (n) => `You can choose from ${n === 1 ? '1 internship' : `${n} internships`}`,
    unmatched: 'No internship yet',
    helpIntro: 'What would help',
  },
};
