import type { Requirement } from '../domain/common.js';
import type { Round } from '../domain/round.js';
import type { IntakeStep, Student } from '../domain/student.js';

type MissingPart = Exclude<IntakeStep, 'privacy' | 'summary'>;

/**
 * The steps a student of this round goes through, in order: the requirements only when an offer of
 * their round needs one (`asked`), the ranking only in ranked rounds.
 */
export function stepsFor(round: Pick<Round, 'mechanism'>, asked: readonly Requirement[] = []): IntakeStep[] {
  const steps: IntakeStep[] = ['privacy', 'wish', 'work-processes', 'organisation', 'travel', 'days'];
  if (asked.length > 0) steps.push('requirements');
  steps.push('support');
  if (round.mechanism === 'ranked') steps.push('ranking');
  steps.push('summary');
  return steps;
}

/**
 * After saving a part: the next step, or straight back to the summary for a student who is
 * reviewing. A changed wish always leads to the work processes, whose suggestions follow the wish.
 */
export function stepAfter(step: IntakeStep, student: Student, round: Pick<Round, 'mechanism'>, asked: readonly Requirement[] = []): IntakeStep {
  if (step === 'wish') return 'work-processes';
  if (student.reachedSummary && missingParts(student, round, asked).length === 0) return 'summary';
  const steps = stepsFor(round, asked);
  return steps[Math.min(steps.indexOf(step) + 1, steps.length - 1)];
}

/** The requirements asked of this student that they have not answered yet (a new offer may add one). */
export function unansweredRequirements<R extends Requirement>(student: Pick<Student, 'requirementsAnswered'>, asked: readonly R[]): R[] {
  return asked.filter((r) => !student.requirementsAnswered.includes(r));
}

/** What must still be filled in before a student can confirm. Organisation, support and ranking are optional. */
export function missingParts(student: Student, _round: Pick<Round, 'mechanism'>, asked: readonly Requirement[] = []): MissingPart[] {
  const missing: MissingPart[] = [];
  if (!student.learningWish?.text) missing.push('wish');
  if (!student.learningWish?.workProcesses.length) missing.push('work-processes');
  if (!student.travel) missing.push('travel');
  if (!student.availability) missing.push('days');
  if (unansweredRequirements(student, asked).length > 0) missing.push('requirements');
  return missing;
}
