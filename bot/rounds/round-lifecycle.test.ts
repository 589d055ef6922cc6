import { describe, expect, it } from 'vitest';
import type { Round, RoundStatus } from '../domain/round.js';
import { RoundStatus as RoundStatusSchema } from '../domain/round.js';
import { defaultWeights } from '../domain/round-weights.js';
import { acceptsWishes, checkTransition, nextStatuses, resultsVisible } from './round-lifecycle.js';

const round = (status: RoundStatus): Round => ({
  id: 'r1', name: 'Zorg 2027', programmeCodes: ['90001'], mechanism: 'school', status,
  wishesDeadline: '2027-01-10T17:00:00+01:00', offersDeadline: '2027-01-12T17:00:00+01:00',
  releaseAt: '2027-01-20T09:00:00+01:00', internshipStart: '2027-02-15', seed: 'abc', weights: defaultWeights(), createdBy: 'c1', createdAt: '2026-11-22T10:00:00Z',
});
const before = new Date('2027-01-05T12:00:00+01:00');
const after = new Date('2027-01-25T12:00:00+01:00');
const ctx = { now: before, actorId: 'c2', lastMatchRunBy: 'c1' };

describe('round lifecycle', () => {
  const expected: Record<RoundStatus, RoundStatus[]> = {
    draft: ['open'], open: ['closed'], closed: ['open', 'matched'], matched: ['matched', 'approved', 'closed'],
    approved: ['matched', 'scheduled'], scheduled: ['approved', 'released'], released: ['follow-up'],
    'follow-up': ['archived'], archived: [],
  };

  it('allows exactly the documented transitions and refuses every other one', () => {
    for (const from of RoundStatusSchema.options) {
      for (const to of RoundStatusSchema.options) {
        const refusal = checkTransition(round(from), to, { ...ctx, now: to === 'released' ? after : before });
        const isAllowed = expected[from].includes(to);
        expect({ from, to, allowed: refusal === undefined }).toEqual({ from, to, allowed: isAllowed });
      }
      expect(nextStatuses(from)).toEqual(expected[from]);
    }
  });

  it('needs a match run and a second coordinator to approve (four eyes)', () => {
    expect(checkTransition(round('matched'), 'approved', { now: before, actorId: 'c1' })).toBe('needs-match-run');
    expect(checkTransition(round('matched'), 'approved', { now: before, actorId: 'c1', lastMatchRunBy: 'c1' })).toBe('needs-second-coordinator');
    expect(checkTransition(round('matched'), 'approved', { now: before, actorId: 'c2', lastMatchRunBy: 'c1' })).toBeUndefined();
  });

  it('releases only from the release moment, and cannot postpone once it has passed', () => {
    expect(checkTransition(round('scheduled'), 'released', ctx)).toBe('release-not-due');
    expect(checkTransition(round('scheduled'), 'released', { ...ctx, now: after })).toBeUndefined();
    expect(checkTransition(round('scheduled'), 'approved', { ...ctx, now: after })).toBe('release-moment-passed');
    // Postponing is not a new approval: no match run or second coordinator is asked for.
    expect(checkTransition(round('scheduled'), 'approved', { now: before, actorId: 'c1' })).toBeUndefined();
  });

  it('explains a refused step instead of silently doing nothing', () => {
    expect(checkTransition(round('draft'), 'matched', ctx)).toBe('not-allowed');
    expect(checkTransition(round('open'), 'open', ctx)).toBe('same-status');
  });

  it('accepts wishes only while open and before the deadline', () => {
    expect(acceptsWishes(round('open'), before)).toBe(true);
    expect(acceptsWishes(round('open'), new Date('2027-01-10T17:00:00+01:00'))).toBe(false);
    expect(acceptsWishes(round('closed'), before)).toBe(false);
  });

  it('shows results only from the moment of a scheduled or released round, whether or not the runner has marked it released', () => {
    expect(resultsVisible(round('scheduled'), before)).toBe(false);
    expect(resultsVisible(round('scheduled'), new Date('2027-01-20T08:59:59.999+01:00'))).toBe(false);
    expect(resultsVisible(round('scheduled'), new Date('2027-01-20T09:00:00+01:00'))).toBe(true);
    expect(resultsVisible(round('approved'), after)).toBe(false);
    expect(resultsVisible(round('matched'), after)).toBe(false);
    expect(resultsVisible(round('released'), after)).toBe(true);
    expect(resultsVisible(round('released'), before)).toBe(false);
  });
});
