// A student's proposals: the places a proposals round offers them, shown by what they do and learn,
// where and how far (never who), and their choice, which they may change until the deadline. A
// student who does not choose is placed by the school on their best proposal (bot/matching-runs/
// run-compute.ts). Each call reads or changes only the student, their round and its offers.
import { appendAudit } from '../audit-log.js';
import { findProgramme, type Catalogue, type Programme } from '../catalogue/index.js';
import type { Round } from '../domain/round.js';
import type { Student } from '../domain/student.js';
import type { Gazetteer } from '../geo/gazetteer.js';
import { describeOffer, type RankableOffer } from '../intake/rankable-offers.js';
import type { KoppelView } from '../koppel-data.js';
import { ownRecord } from '../own-record.js';
import { readSettled, updateSettled, type ScopeOf } from '../scoped-work.js';
import { byIds, byKeys, roundKey, type KoppelStore } from '../store/index.js';
import { acceptsChoices, choiceDeadlineOf } from './proposal-stage.js';
import { abortable, type Abortable } from '../store/abort.js';

/** One proposed place as the student sees it; `allowancePerMonth` only when the company gives one. */
export type ProposedOffer = RankableOffer & { allowancePerMonth?: number };

export interface ProposalView {
  student: Student;
  round: Round;
  programme: Programme;
  /** best first; the first is where the school places a student who does not choose */
  offers: ProposedOffer[];
  chosen?: string;
  deadline: string;
  /** whether the student may still choose or change */
  open: boolean;
}

export type ChoiceRefusal = 'no-proposals' | 'deadline-passed' | 'not-proposed';

export interface ChoiceProgress {
  /** students who got proposals */
  students: number;
  chose: number;
  deadline?: string;
  releasedAt?: string;
}

export interface ProposalService {
  /** The student's proposals, once released; undefined before (nobody sees them earlier). */
  view(studentId: string): Promise<ProposalView | undefined>;
  /** Saves (or changes) the choice until the deadline; one of the student's own proposals only. */
  choose(studentId: string, offerId: string): Promise<{ ok: true; view: ProposalView } | { ok: false; refusal: ChoiceRefusal }>;
  /** For the coordinator: how many students chose so far. */
  progress(roundId: string): Promise<ChoiceProgress>;
}

export interface ProposalServiceOptions {
  store: KoppelStore;
  catalogue: Catalogue;
  gazetteer: Gazetteer;
  now: () => Date;
}

// A refused choice writes nothing.
const refusals: Abortable<ChoiceRefusal> = abortable();

/** The student, their round, the round's offers and those offers' companies (where a place is). */
function studentScope(studentId: string): ScopeOf {
  return (view) => {
    const student = ownRecord(view.students, studentId);
    const roundId = student?.roundId;
    return {
      students: byIds(studentId),
      ...(roundId ? { rounds: byIds(roundId), offers: byKeys(roundKey(roundId)) } : {}),
      companies: byIds(...new Set(Object.values(view.offers).filter((o) => o.roundId === roundId).map((o) => o.companyId))),
    };
  };
}

export function createProposalService(options: ProposalServiceOptions): ProposalService {
  const { store, catalogue, gazetteer, now } = options;

  const viewOf = (data: Readonly<KoppelView>, studentId: string): ProposalView | undefined => {
    const student = ownRecord(data.students, studentId);
    const round = student && ownRecord(data.rounds, student.roundId);
    const programme = student && findProgramme(catalogue, student.programmeCode);
    const proposals = student?.proposals;
    if (!student || !round || !programme || proposals?.roundId !== round.id || !round.proposalsReleasedAt) return undefined;
    const offers = proposals.offerIds.flatMap((id) => {
      const offer = ownRecord(data.offers, id);
      if (!offer) return [];
      const { shared: _shared, ...described } = describeOffer(data, student, programme, gazetteer, offer);
      return [{ ...described, ...(offer.allowancePerMonth ? { allowancePerMonth: offer.allowancePerMonth } : {}) }];
    });
    return {
      student: structuredClone(student), round: structuredClone(round), programme, offers, deadline: choiceDeadlineOf(round) ?? round.proposalsReleasedAt,
      open: acceptsChoices(round, now()), ...(proposals.chosen ? { chosen: proposals.chosen } : {}),
    };
  };

  return {
    view: async (studentId) => viewOf(await readSettled(store, studentScope(studentId)), studentId),
    choose: async (studentId, offerId) => {
      return refusals.unlessAborted(async () => {
        const view = await updateSettled(store, studentScope(studentId), (draft) => {
          const student = ownRecord(draft.students, studentId);
          const round = student && ownRecord(draft.rounds, student.roundId);
          const proposals = student?.proposals;
          if (!student || !round || proposals?.roundId !== round.id || !round.proposalsReleasedAt) refusals.abort('no-proposals');
          if (!acceptsChoices(round, now())) refusals.abort('deadline-passed');
          if (!proposals.offerIds.includes(offerId)) refusals.abort('not-proposed');
          if (proposals.chosen !== offerId) {
            proposals.chosen = offerId;
            proposals.chosenAt = now().toISOString();
            // Ids only; which place the student chose stays on their record.
            appendAudit(draft, { actorId: studentId, action: 'proposal.chosen', subjectType: 'student', subjectId: studentId, detail: { roundId: round.id } }, now());
          }
          return viewOf(draft, studentId);
        });
        return view ? { ok: true as const, view } : { ok: false as const, refusal: 'no-proposals' as const };
      }, (refusal) => ({ ok: false as const, refusal }));
    },
    progress: async (roundId) => {
      const { rounds, students } = await store.read({ rounds: byIds(roundId), students: byKeys(roundKey(roundId)) });
      const round = ownRecord(rounds, roundId);
      const proposed = Object.values(students).filter((s) => s.roundId === roundId && s.proposals?.roundId === roundId);
      const deadline = round && choiceDeadlineOf(round);
      return {
        students: proposed.length, chose: proposed.filter((s) => s.proposals?.chosen !== undefined).length,
        ...(deadline ? { deadline } : {}), ...(round?.proposalsReleasedAt ? { releasedAt: round.proposalsReleasedAt } : {}),
      };
    },
  };
}
