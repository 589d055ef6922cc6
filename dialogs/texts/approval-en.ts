import type { ApprovalTexts } from './approval-nl.js';

const plural = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;

export const approvalEn: ApprovalTexts = {
  title: (round) => `Approve: ${round}`,
  intro: 'This is what you approve. Look above all at who has no place and at the placements by hand.',
  figures: 'Figures',
  placed: 'Matched',
  unplaced: 'Without a place yet',
  ownPlaces: 'Own place',
  notConfirmed: 'Not confirmed',
  runBy: 'Run by',
  you: 'you',
  anotherCoordinator: 'another coordinator',
  unplacedTitle: (n) => `Without a place yet (${n})`,
  pinsTitle: (n) => `Placed by hand (${n})`,
  pin: (company, reason, by) => `${company}. Reason: ${reason} (by ${by})`,
  breaks: (rules) => `Note, breaks: ${rules}`,
  changesTitle: 'Since the last approval',
  firstApproval: 'This is the first approval of this round.',
  noChanges: (by, at) => `Nothing changed since the approval by ${by} on ${at}.`,
  changedSince: (by, at, n) => `${plural(n, 'student has', 'students have')} another place than at the approval by ${by} on ${at}.`,
  noPlace: 'no place',
  change: (from, to) => `${from} → ${to}`,
  approveButton: 'Approve',
  typed: (runId) => `No button to press? Type **approve round ${runId}**.`,
  changedNotice: 'The matching was run again after you looked at it. This is the new proposal.',
  pinWarning: (rules) => `This placement breaks a hard rule: ${rules}. Are you sure? Then press **Place anyway**. The rules are also shown with the matching.`,
  placeAnyway: 'Place anyway',
};
