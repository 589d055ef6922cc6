// An independent check of an outcome against its round, run by the tests on every solve: it
// recomputes the hard rules from the input instead of trusting the model the mechanisms built.
import type { MatchOutcome } from './match-outcome.js';
import type { RoundInput } from './round-input.js';
import { offerCapacity, refusals } from './eligibility.js';
import { estimateTravel, TravelTable } from './travel.js';

export function checkOutcome(round: RoundInput, outcome: MatchOutcome): string[] {
  if (outcome.status !== 'ok') return [`outcome failed: ${outcome.reason}`];
  const problems: string[] = [];
  const offers = new Map(round.offers.map((o) => [o.id, o]));
  const candidates = new Map(round.candidates.map((c) => [c.id, c]));
  const pins = new Map(round.policy.pins.map((p) => [p.candidateId, p.offerId]));
  const table = new TravelTable(round.policy.travelTimes);
  const used = new Map<string, number>();
  const seen = new Set<string>();
  const eligible = (cid: string, oid: string): boolean => {
    const c = candidates.get(cid);
    const o = offers.get(oid);
    return c !== undefined && o !== undefined && refusals(c, o, estimateTravel(c, o, table)).length === 0;
  };
  for (const r of outcome.results) {
    if (seen.has(r.candidateId)) problems.push(`${r.candidateId}: more than one result`);
    seen.add(r.candidateId);
    const pin = pins.get(r.candidateId);
    if (pin !== undefined && (r.status !== 'matched' || r.offerId !== pin || !r.pinned)) problems.push(`${r.candidateId}: pin to ${pin} not kept`);
    if (r.status === 'matched') {
      used.set(r.offerId, (used.get(r.offerId) ?? 0) + 1);
      if (pin === undefined && !eligible(r.candidateId, r.offerId)) problems.push(`${r.candidateId}: matched to ineligible ${r.offerId}`);
    }
    if (r.status === 'proposed') {
      const ids = r.proposals.map((p) => p.offerId);
      if (new Set(ids).size !== ids.length) problems.push(`${r.candidateId}: an offer proposed twice`);
      if (ids.length === 0 || ids.length > round.policy.proposalCount) problems.push(`${r.candidateId}: ${ids.length} proposals`);
      for (const id of ids) if (!eligible(r.candidateId, id)) problems.push(`${r.candidateId}: proposed ineligible ${id}`);
    }
  }
  for (const c of round.candidates) if (!seen.has(c.id)) problems.push(`${c.id}: no result`);
  for (const [id, n] of used) {
    const offer = offers.get(id);
    if (offer === undefined) problems.push(`unknown offer ${id}`);
    else if (n > offerCapacity(offer)) problems.push(`${id}: ${n} students for capacity ${offerCapacity(offer)}`);
  }
  if (outcome.stage === 'final') problems.push(...maximalityProblems(round, outcome, used, eligible));
  return problems;
}

/** Necessary for "as many students as possible": no unmatched student has an eligible offer with a free place. */
function maximalityProblems(round: RoundInput, outcome: MatchOutcome & { status: 'ok' }, used: Map<string, number>, eligible: (c: string, o: string) => boolean): string[] {
  const problems: string[] = [];
  for (const r of outcome.results) {
    if (r.status !== 'unmatched') continue;
    for (const o of round.offers) {
      if ((used.get(o.id) ?? 0) < offerCapacity(o) && eligible(r.candidateId, o.id)) problems.push(`${r.candidateId}: unmatched while ${o.id} has a free eligible place`);
    }
  }
  return problems;
}
