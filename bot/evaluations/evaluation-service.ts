import type { Evaluation, EvaluationAnswers } from '../domain/evaluation.js';
import { changeWithMessages } from '../follow-up/with-messages.js';
import type { LogFields } from '../logger.js';
import { conversationKey } from '../people.js';
import { byIds, byKeys, roundKey, type KoppelStore } from '../store/index.js';
import { evaluationFigures, type EvaluationFigures } from './evaluation-figures.js';
import { dueEvaluations, evaluationOpen } from './evaluation-plan.js';

// The evaluation after the internship: asked of the student and of the company by a scheduled pass
// (once per placement and side, across restarts and processes: the record's id and the outbox keys),
// answered only by the student or a contact of the company it was asked of.

export type Answerer = { kind: 'student'; studentId: string } | { kind: 'company-contact'; companyId: string };

export interface EvaluationService {
  /** The evaluation, if this person may answer it. */
  ofAnswerer(answerer: Answerer, evaluationId: string): Promise<Evaluation | undefined>;
  answer(answerer: Answerer, evaluationId: string, answers: EvaluationAnswers): Promise<{ ok: true } | { ok: false; reason: 'unknown' | 'answered' }>;
  /** An evaluation not answered yet, for its message (already addressed by the outbox). */
  pending(evaluationId: string): Promise<Evaluation | undefined>;
  figures(roundId: string): Promise<EvaluationFigures[]>;
  /** The scheduled pass. */
  askDue(log?: (event: string, fields: LogFields) => void): Promise<number>;
}

export function createEvaluationService({ store, now, internshipWeeks, queued }: { store: KoppelStore; now: () => Date; internshipWeeks: number; queued?: () => void }): EvaluationService {
  const mayAnswer = async (answerer: Answerer, evaluation: Evaluation | undefined): Promise<boolean> => {
    if (!evaluation) return false;
    const { placements } = await store.read({ placements: byKeys(roundKey(evaluation.roundId)) });
    const placement = placements[evaluation.placementId];
    if (!placement) return false;
    return evaluation.side === 'student'
      ? answerer.kind === 'student' && placement.studentId === answerer.studentId
      : answerer.kind === 'company-contact' && placement.companyId === answerer.companyId;
  };
  const read = async (evaluationId: string) => {
    const { evaluations } = await store.read({ evaluations: byIds(evaluationId) });
    return Object.hasOwn(evaluations, evaluationId) ? evaluations[evaluationId] : undefined;
  };
  return {
    async ofAnswerer(answerer, evaluationId) {
      const evaluation = await read(evaluationId);
      return (await mayAnswer(answerer, evaluation)) ? evaluation : undefined;
    },
    async answer(answerer, evaluationId, answers) {
      if (!(await mayAnswer(answerer, await read(evaluationId)))) return { ok: false, reason: 'unknown' };
      return store.update({ evaluations: byIds(evaluationId) }, (draft) => {
        const evaluation = draft.evaluations[evaluationId];
        if (evaluation.answers) return { ok: false as const, reason: 'answered' as const };
        // Only a company is asked whether it would take part again.
        const { matchAgain, ...common } = answers;
        evaluation.answers = evaluation.side === 'company' && matchAgain ? { ...common, matchAgain } : common;
        evaluation.answeredAt = now().toISOString();
        return { ok: true as const };
      });
    },
    async pending(evaluationId) {
      const evaluation = await read(evaluationId);
      return evaluation && !evaluation.answers ? evaluation : undefined;
    },
    async figures(roundId) {
      return evaluationFigures(await store.read({ evaluations: byKeys(roundKey(roundId)) }), roundId);
    },
    async askDue(log) {
      const at = now();
      let asked = 0;
      const { rounds } = await store.read({ rounds: 'all' });
      for (const round of Object.values(rounds).filter((r) => (r.status === 'follow-up' || r.status === 'released') && evaluationOpen(r.internshipStart, at, internshipWeeks))) {
        const ofRound = byKeys(roundKey(round.id));
        const { placements, students } = await store.read({ placements: ofRound, students: ofRound });
        const companies = byIds(...new Set(Object.values(placements).map((p) => p.companyId)));
        const { companies: known } = await store.read({ companies });
        const people = [...Object.values(students).flatMap((s) => s.identities), ...Object.values(known).flatMap((c) => c.contacts)].map(conversationKey);
        asked += (await changeWithMessages(store, { rounds: byIds(round.id), placements: ofRound, students: ofRound, companies, evaluations: ofRound, conversations: byIds(...people) }, (draft) => {
          const due = dueEvaluations(draft, round.id, at, internshipWeeks);
          for (const { evaluation } of due) draft.evaluations[evaluation.id] = evaluation;
          return { count: due.length, messages: due.flatMap((d) => d.messages) };
        }, at)).count;
      }
      if (asked > 0) {
        queued?.();
        log?.('evaluations.asked', { count: asked });
      }
      return asked;
    },
  };
}
