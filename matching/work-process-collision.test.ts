// Regression: Verzorgende-IG and Kok both have a work process B1-K1-W1. When the core compared bare
// Fixture (fixtures/work-process-collision.json): Verzorgende-IG is 90001, Kok is 90004 in the example catalogue.
// codes, a care student at a restaurant kitchen "shared 3 of 4 work processes".
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkOutcome } from './check-outcome.js';
import { matchRound } from './match-round.js';
import { Candidate, Offer } from './matching-input.js';
import { buildRound } from './testing/round-builders.js';
import type { RoundFile } from './round-input.js';

async function fixture(): Promise<RoundFile> {
  return JSON.parse(await readFile(new URL('./fixtures/work-process-collision.json', import.meta.url), 'utf8')) as RoundFile;
}

describe('work processes of different qualifications with the same code', () => {
  it('share nothing: the care student goes to the care home, not the kitchen next door', async () => {
    const round = buildRound(await fixture());
    const outcome = matchRound(round);
    expect(checkOutcome(round, outcome)).toEqual([]);
    if (outcome.status !== 'ok') throw new Error(outcome.reason);
    const [result] = outcome.results;
    expect(result.status === 'matched' && result.offerId).toBe('care-home');
    const reasons = result.status === 'matched' ? result.reasons : [];
    expect(reasons).toContainEqual({ code: 'work_processes', shared: ['90001/B1-K1-W1'], total: 4 });
  });

  it('at the kitchen alone, the care student shares no work process', async () => {
    const file = await fixture();
    const round = buildRound({ ...file, offers: file.offers.filter((o) => o.id === 'restaurant-kitchen') });
    const outcome = matchRound(round);
    if (outcome.status !== 'ok') throw new Error(outcome.reason);
    const [result] = outcome.results;
    const reasons = result.status === 'matched' ? result.reasons : [];
    expect(reasons.find((r) => r.code === 'work_processes')).toEqual({ code: 'work_processes', shared: [], total: 4 });
  });

  it('refuses a bare code, and a work process of another programme than the candidate’s or the offer’s', async () => {
    const [care] = (await fixture()).candidates;
    expect(Candidate.safeParse({ ...care, workProcesses: ['B1-K1-W1'] }).success).toBe(false);
    expect(Candidate.safeParse({ ...care, workProcesses: ['90004/B1-K1-W1'] }).success).toBe(false);
    const [, careHome] = (await fixture()).offers;
    expect(Offer.safeParse({ ...careHome, workProcesses: ['90004/B1-K1-W1'] }).success).toBe(false);
    expect(Offer.safeParse(careHome).success).toBe(true);
  });
});
