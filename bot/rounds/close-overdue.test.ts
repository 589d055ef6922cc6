import { describe, expect, it } from 'vitest';
import { makeData, makeRound } from '../offers/testing/offer-test-support.js';
import { openMemoryKoppelStore, EVERYTHING } from '../store/index.js';
import { closeOverdueRounds, DEADLINE_ACTOR } from './close-overdue.js';

function store() {
  const data = makeData({
    rounds: [
      makeRound({ id: 'r1', wishesDeadline: '2027-01-10T16:00:00.000Z', offersDeadline: '2027-01-12T16:00:00.000Z' }),
      makeRound({ id: 'r2', status: 'draft', wishesDeadline: '2027-01-01T16:00:00.000Z', offersDeadline: '2027-01-01T16:00:00.000Z' }),
    ],
  });
  return openMemoryKoppelStore(data);
}

describe('closing a round at its deadlines', () => {
  it('keeps a round open until both deadlines have passed, then closes it once, audited', async () => {
    const s = store();
    expect(await closeOverdueRounds(s, new Date('2027-01-11T12:00:00.000Z'))).toEqual([]);
    expect((await s.read(EVERYTHING)).rounds.r1.status).toBe('open');
    expect(await closeOverdueRounds(s, new Date('2027-01-12T16:00:00.000Z'))).toEqual(['r1']);
    const data = await s.read(EVERYTHING);
    expect(data.rounds.r1.status).toBe('closed');
    expect(data.rounds.r2.status).toBe('draft');
    expect(data.audit.at(-1)).toMatchObject({ actorId: DEADLINE_ACTOR, subjectId: 'r1', detail: { from: 'open', to: 'closed' } });
    expect(await closeOverdueRounds(s, new Date('2027-01-13T12:00:00.000Z'))).toEqual([]);
  });
});
