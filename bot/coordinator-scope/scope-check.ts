import type { Round } from '../domain/round.js';
import type { PersonKey } from '../people.js';
import { byIds, byKeys, erasureStateKey, type KoppelStore } from '../store/index.js';
import { programmesOf, roundWithin, type CoordinatorLimits } from './coordinator-scope.js';

/** The records a coordinator's card action names: each leads to the round it belongs to. */
export interface ScopeRefs {
  roundIds?: readonly string[];
  placementIds?: readonly string[];
  studentIds?: readonly string[];
  studentNumbers?: readonly string[];
  requestIds?: readonly string[];
  /** Contact moments, recorded by a coordinator as held or not. */
  momentIds?: readonly string[];
  /** Offers, whose free-text requirement a coordinator reviews. */
  offerIds?: readonly string[];
  /** Meldpunt cases the coordinators may know of: a named student's case is their round's (only who reported is read, never what). */
  reportIds?: readonly string[];
  /** Programmes a new or edited round would hold. */
  programmeCodes?: readonly string[];
}

export type ScopeVerdict =
  | { ok: true }
  /** `programmes`: what the action needs; empty when only an unrestricted coordinator may (a company's request). */
  | { ok: false; programmes: string[]; own: readonly string[] };

export interface CoordinatorScopeService {
  /** The programmes this coordinator is limited to; undefined: every round. */
  programmesOf(person: PersonKey): readonly string[] | undefined;
  /** Whether every round the named records belong to is within this coordinator's programmes. */
  check(person: PersonKey, refs: ScopeRefs): Promise<ScopeVerdict>;
}

export function createCoordinatorScope(store: KoppelStore, limits: CoordinatorLimits): CoordinatorScopeService {
  return {
    programmesOf: (person) => programmesOf(limits, person),
    async check(person, refs) {
      const own = programmesOf(limits, person);
      if (own === undefined) return { ok: true };
      const outside = new Set((refs.programmeCodes ?? []).filter((code) => !own.includes(code)));
      const rounds = await roundsNamed(store, refs);
      for (const round of rounds.rounds) if (!roundWithin(own, round)) for (const code of round.programmeCodes) if (!own.includes(code)) outside.add(code);
      if (outside.size > 0 || rounds.unrestrictedOnly) return { ok: false, programmes: [...outside].sort(), own };
      return { ok: true };
    },
  };
}

/** The rounds the records belong to; records that are gone name no round (the action itself then says so). */
async function roundsNamed(store: KoppelStore, refs: ScopeRefs): Promise<{ rounds: Round[]; unrestrictedOnly: boolean }> {
  const requests = refs.requestIds?.length ? Object.values((await store.read({ erasureRequests: byKeys(erasureStateKey('open')) })).erasureRequests).filter((r) => refs.requestIds?.includes(r.id)) : [];
  const reports = refs.reportIds?.length ? Object.values((await store.read({ reports: byIds(...refs.reportIds) })).reports) : [];
  const studentIds = [
    ...(refs.studentIds ?? []), ...requests.flatMap((r) => (r.subject.kind === 'student' ? [r.subject.studentId] : [])),
    ...reports.flatMap((r) => (r.named?.role === 'student' && r.named.recordId ? [r.named.recordId] : [])),
  ];
  const data = await store.read({
    rounds: 'all', placements: byIds(...(refs.placementIds ?? [])), contactMoments: byIds(...(refs.momentIds ?? [])), offers: byIds(...(refs.offerIds ?? [])),
    // Student numbers are looked up over all students: a coordinator's action, never a student's turn.
    students: refs.studentNumbers?.length ? 'all' : byIds(...studentIds),
  });
  const roundIds = new Set([
    ...(refs.roundIds ?? []),
    ...Object.values(data.placements).map((p) => p.roundId),
    ...Object.values(data.contactMoments).map((m) => m.roundId),
    ...Object.values(data.offers).map((o) => o.roundId),
    ...Object.values(data.students).filter((s) => studentIds.includes(s.id) || refs.studentNumbers?.includes(s.studentNumber)).map((s) => s.roundId),
  ]);
  return {
    rounds: [...roundIds].flatMap((id) => (Object.hasOwn(data.rounds, id) ? [data.rounds[id]] : [])),
    // A company contact's request belongs to no round: only an unrestricted coordinator decides it.
    unrestrictedOnly: requests.some((r) => r.subject.kind === 'company-contact'),
  };
}
