import { CHECK_IN_ANSWERS, CHECK_IN_QUESTIONS, type CheckIn, type CheckInAnswer, type CheckInMoment, type CheckInQuestion } from '../domain/check-in.js';
import type { KoppelView } from '../koppel-data.js';

// What staff see of the check-ins: anonymous figures per programme and moment, never one student's
// answers. A group of fewer than 5 answers, and any count from 1 to 4, shows as "< 5", so no
// answer can be traced back to the few students of a small programme.

export const MIN_GROUP = 5;

/** A count as it may be shown: a number, or `< 5`. */
export type Figure = number | '< 5';

export interface CheckInGroup {
  programmeCode: string;
  moment: CheckInMoment;
  asked: number;
  answered: Figure;
  /** Per question and answer; undefined when the group is too small to show. */
  answers?: Record<CheckInQuestion, Record<CheckInAnswer, Figure>>;
  conversationsAsked: Figure;
}

export function figure(count: number): Figure {
  return count > 0 && count < MIN_GROUP ? '< 5' : count;
}

export function checkInFigures(view: Readonly<KoppelView>, roundId: string): CheckInGroup[] {
  const groups = new Map<string, CheckIn[]>();
  for (const checkIn of Object.values(view.checkIns).filter((c) => c.roundId === roundId)) {
    const key = `${checkIn.programmeCode}\n${checkIn.moment}`;
    groups.set(key, [...(groups.get(key) ?? []), checkIn]);
  }
  return [...groups.values()].map((members): CheckInGroup => {
    const answered = members.filter((c) => c.answers);
    const answers = answered.length >= MIN_GROUP
      ? Object.fromEntries(CHECK_IN_QUESTIONS.map((q) => [q, Object.fromEntries(CHECK_IN_ANSWERS.map((a) => [a, figure(answered.filter((c) => c.answers?.[q] === a).length)]))])) as CheckInGroup['answers']
      : undefined;
    return {
      programmeCode: members[0].programmeCode, moment: members[0].moment, asked: members.length, answered: figure(answered.length),
      conversationsAsked: figure(members.filter((c) => c.conversationAskedAt).length), ...(answers ? { answers } : {}),
    };
  }).sort((a, b) => a.programmeCode.localeCompare(b.programmeCode) || a.moment.localeCompare(b.moment));
}
