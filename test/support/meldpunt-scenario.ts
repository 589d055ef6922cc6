// The follow-up's released round a week into the internships, so that each placed student's
// check-in of week 2 is due: the start of the meldpunt end to end. The browser's user is the
// meldpunt's staff member.
import type { KoppelView } from '../../bot/koppel-data.js';
import { releasedFollowUpData } from './follow-up-scenario.js';

export { PEOPLE } from './follow-up-scenario.js';

export const MELDPUNT_USER = 'user-id-0';

export function internshipWeekTwoData(now: Date): KoppelView {
  const data = releasedFollowUpData(now);
  data.rounds.r1.internshipStart = new Date(now.getTime() - 8 * 86_400_000).toISOString().slice(0, 10);
  return data;
}
