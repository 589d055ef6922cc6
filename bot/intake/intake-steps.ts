import type { Round } from '../domain/round.js';
import type { IntakeStep, Student } from '../domain/student.js';

type MissingPart = Exclude<IntakeStep, 'privacy' | 'summary'>;

/** The steps a student of this round goes through, in order (ranking only in ranked rounds). */
export function stepsFor(round: Pick<Round, 'mechanism'>): IntakeStep[] {
  const steps: IntakeStep[] = ['privacy', 'wish', 'work-processes', 'organisation', 'travel', 'days', 'support'];
  if (round.mechanism === 'ranked') steps.push('ranking');
  steps.push('summary');
  return steps;
}

/**
 * After saving a part: the next step, or straight back to the summary for a student who is
 * reviewing. A changed wish always leads to the work processes, whose suggestions follow the wish.
 */
export function stepAfter(step: IntakeStep, student: Student, round: Pick<Round, 'mechanism'>): IntakeStep {
  if (step === 'wish') return 'work-processes';
  if (student.reachedSummary && missingParts(student, round).length === 0) return 'summary';
  const steps = stepsFor(round);
  return steps[Math.min(steps.indexOf(step) + 1, steps.length - 1)];
}

/** What must still be filled in before a student can confirm. Organisation, support and ranking are optional. */
export function missingParts(student: Student, _round: Pick<Round, 'mechanism'>): MissingPart[] {
  const missing: MissingPart[] = [];
  if (!student.learningWish?.text) missing.push('wish');
  if (!student.learningWish?.workProcesses.length) missing.push('work-processes');
  if (!student.travel) missing.push('travel');
  if (!student.availability) missing.push('days');
  return missing;
}
