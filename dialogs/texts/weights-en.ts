import type { WeightsTexts } from './weights-nl.js';

// English texts of what a round's fit weighs.
export const weightsEn: WeightsTexts = {
  help: 'What do we match on? Each part counts 0 to 5 times (0 leaves it out); only the ratios count. Work processes count at least once: the internship is there to learn the work.',
  parts: {
    workProcesses: 'Weight: work processes',
    learningWish: 'Weight: learning wish',
    organisationType: 'Weight: type and size of organisation',
    travel: 'Weight: travel time',
    electives: 'Weight: electives',
    allowance: 'Weight: allowance (higher fits better)',
  },
  short: {
    workProcesses: 'work processes', learningWish: 'learning wish', organisationType: 'organisation', travel: 'travel', electives: 'electives', allowance: 'allowance',
  },
  bounds: (min, max) => `Choose a whole number from ${min} to ${max}.`,
  label: 'Weights',
  list: (parts) => parts.map((p) => `${p.part} ${p.weight}`).join(', '),
  runStale: 'The last matching weighed otherwise, so the round is closed again: type **round match** to match again, then a colleague can approve.',
};
