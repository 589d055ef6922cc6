// A whole round as the core sees it, plus the cross-checks one object alone cannot make (unique
// ids, pins and rankings that point at real offers, pins that fit in the capacity). Bad input is
// refused here with the JSON path and what to fix, so the solver only ever sees a sound round.
import { z } from 'zod/v4';
import { Candidate, Offer, Policy } from './matching-input.js';

type RefineCtx = { addIssue: (issue: { code: 'custom'; message: string; path: (string | number)[] }) => void };
type RawRound = { candidates: Candidate[]; offers: Offer[]; policy: Policy };

export const RoundInput = z
  .strictObject({
    candidates: z.array(Candidate).max(200_000),
    offers: z.array(Offer).max(100_000),
    policy: Policy,
  })
  .superRefine((round, ctx) => checkReferences(round, ctx));

export type RoundInput = z.infer<typeof RoundInput>;
/** What a caller may pass before defaults are filled in (e.g. a round file). */
export type RoundFile = z.input<typeof RoundInput>;

/**
 * A student's choice for the proposals mechanism's second pass. `byDefault`: the student did not
 * choose and the school chose for them (their best proposal); a choice a student made is honoured
 * before any choice made by default.
 */
export const Choice = z.strictObject({ candidateId: z.string().min(1), offerId: z.string().min(1), byDefault: z.boolean().optional() });
export const Choices = z.array(Choice);
export type Choice = z.infer<typeof Choice>;

export interface InputIssue {
  /** JSON path, e.g. "candidates[3].travel.maxMinutes" */
  readonly path: string;
  readonly message: string;
}

export type ParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly InputIssue[] };

export function parseRound(raw: unknown): ParseResult<RoundInput> {
  const parsed = RoundInput.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issues: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

function duplicates(ids: readonly string[]): Map<string, number> {
  const seen = new Set<string>();
  const dup = new Map<string, number>();
  ids.forEach((id, i) => (seen.has(id) ? dup.set(id, i) : seen.add(id)));
  return dup;
}

function checkReferences(round: RawRound, ctx: RefineCtx): void {
  for (const [id, i] of duplicates(round.candidates.map((c) => c.id))) {
    ctx.addIssue({ code: 'custom', message: `duplicate candidate id "${id}"`, path: ['candidates', i, 'id'] });
  }
  for (const [id, i] of duplicates(round.offers.map((o) => o.id))) {
    ctx.addIssue({ code: 'custom', message: `duplicate offer id "${id}"`, path: ['offers', i, 'id'] });
  }
  const offerIds = new Set(round.offers.map((o) => o.id));
  round.candidates.forEach((c, i) =>
    (c.ranking ?? []).forEach((offerId, r) => {
      if (!offerIds.has(offerId)) ctx.addIssue({ code: 'custom', message: `unknown offer "${offerId}"`, path: ['candidates', i, 'ranking', r] });
    }),
  );
  checkPins(round, ctx);
}

function checkPins(round: RawRound, ctx: RefineCtx): void {
  const candidateIds = new Set(round.candidates.map((c) => c.id));
  const capacity = new Map(round.offers.map((o) => [o.id, Math.min(o.places, o.supervisionCapacity)]));
  const pinned = new Set<string>();
  const used = new Map<string, number>();
  round.policy.pins.forEach((pin, i) => {
    const path = ['policy', 'pins', i];
    if (!candidateIds.has(pin.candidateId)) ctx.addIssue({ code: 'custom', message: `unknown candidate "${pin.candidateId}"`, path: [...path, 'candidateId'] });
    if (pinned.has(pin.candidateId)) ctx.addIssue({ code: 'custom', message: `candidate "${pin.candidateId}" is pinned twice`, path: [...path, 'candidateId'] });
    pinned.add(pin.candidateId);
    const cap = capacity.get(pin.offerId);
    if (cap === undefined) {
      ctx.addIssue({ code: 'custom', message: `unknown offer "${pin.offerId}"`, path: [...path, 'offerId'] });
      return;
    }
    const n = (used.get(pin.offerId) ?? 0) + 1;
    used.set(pin.offerId, n);
    if (n > cap) {
      const message = `offer "${pin.offerId}" has capacity ${cap} (min of places and supervision) but ${n} pins: raise its places or move a pin`;
      ctx.addIssue({ code: 'custom', message, path: [...path, 'offerId'] });
    }
  });
}
