import { z } from 'zod/v4';
import { Id, IsoDate, IsoDateTime } from './common.js';

// A private check-in during the internship: a few questions with buttons, asked of the student
// alone (never the workplace trainer). The answers are as sensitive as a report: their own
// collection, shown to staff only as anonymous figures, never in logs or exports.

/** The moments a school can choose; the default is all three. */
export const CHECK_IN_MOMENTS = ['week-2', 'halfway', 'last-week'] as const;
export const CheckInMoment = z.enum(CHECK_IN_MOMENTS);
export type CheckInMoment = z.infer<typeof CheckInMoment>;

/** The questions, always these four; `be-yourself` is the Stagepact's own question ("Kun je op je stage zijn wie je bent?"). */
export const CHECK_IN_QUESTIONS = ['be-yourself', 'treated-fairly', 'learning', 'supervision'] as const;
export const CheckInQuestion = z.enum(CHECK_IN_QUESTIONS);
export type CheckInQuestion = z.infer<typeof CheckInQuestion>;

export const CHECK_IN_ANSWERS = ['yes', 'partly', 'no'] as const;
export const CheckInAnswer = z.enum(CHECK_IN_ANSWERS);
export type CheckInAnswer = z.infer<typeof CheckInAnswer>;

export const CheckInAnswers = z.strictObject(Object.fromEntries(CHECK_IN_QUESTIONS.map((q) => [q, CheckInAnswer])) as Record<CheckInQuestion, typeof CheckInAnswer>);
export type CheckInAnswers = z.infer<typeof CheckInAnswers>;

export const CheckIn = z.strictObject({
  /** `<placementId>.<moment>`: one check-in per placement and moment, whichever process plans it. */
  id: Id,
  placementId: Id,
  roundId: Id,
  studentId: Id,
  /** Copied when it is planned, so the figures per programme need no student records. */
  programmeCode: z.string().min(1).max(20),
  moment: CheckInMoment,
  dueOn: IsoDate,
  askedAt: IsoDateTime,
  answers: CheckInAnswers.optional(),
  answeredAt: IsoDateTime.optional(),
  /** The student asked for a conversation with school (or an answer worried and they said yes). */
  conversationAskedAt: IsoDateTime.optional(),
});
export type CheckIn = z.infer<typeof CheckIn>;

/** An answer that should make school ask how things are: any no, or only partly being oneself or treated fairly. */
export function isWorrying(answers: CheckInAnswers): boolean {
  return Object.values(answers).includes('no') || answers['be-yourself'] === 'partly' || answers['treated-fairly'] === 'partly';
}
