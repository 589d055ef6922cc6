import { describe, expect, it } from 'vitest';
import { Round } from './domain/round.js';
import { Student } from './domain/student.js';
import { emptyKoppelData, type KoppelView } from './koppel-data.js';
import { covers, mergeScopes, readSettled, updateSettled, type ScopeOf } from './scoped-work.js';
import { byIds, byKeys, openMemoryKoppelStore, type KoppelStore } from './store/index.js';

function round(id: string): Round {
  return Round.parse({
    id, name: `Ronde ${id}`, programmeCodes: ['90001'], mechanism: 'school', status: 'open',
    wishesDeadline: '2027-01-10T17:00:00+01:00', offersDeadline: '2027-01-12T17:00:00+01:00',
    releaseAt: '2027-01-20T09:00:00+01:00', internshipStart: '2027-02-15', seed: 'seed-1', createdBy: 'coord-1', createdAt: '2026-11-22T10:00:00Z',
  });
}

function school(): KoppelStore {
  const data = emptyKoppelData();
  data.rounds.r1 = round('r1');
  data.rounds.r2 = round('r2');
  data.students.s1 = Student.parse({ id: 's1', roundId: 'r1', studentNumber: '1', programmeCode: '90001' });
  return openMemoryKoppelStore(data);
}

/** The student and their round: known only once the student is read. */
const studentAndRound: ScopeOf = (data) => ({ students: byIds('s1'), rounds: byIds(data.students.s1?.roundId) });

describe('units of work whose scope follows from what they read', () => {
  it('reads until the records read point nowhere outside the scope', async () => {
    const view = await readSettled(school(), studentAndRound);
    expect(Object.keys(view.rounds)).toEqual(['r1']);
  });

  it('builds the scope again when the records changed between the reads and the update', async () => {
    const store = school();
    let moved = false;
    // Another unit of work moves the student to r2 just before this one starts.
    const racing: KoppelStore = {
      ...store,
      update: async (scope, change) => {
        if (!moved) {
          moved = true;
          await store.update({ students: byIds('s1') }, (d) => { d.students.s1.roundId = 'r2'; });
        }
        return store.update(scope, change);
      },
    };
    const seen: string[][] = [];
    const roundName = await updateSettled(racing, studentAndRound, (draft: KoppelView) => {
      seen.push(Object.keys(draft.rounds));
      return draft.rounds[draft.students.s1.roundId].name;
    });
    expect(roundName).toBe('Ronde r2');
    expect(seen).toEqual([['r2']]);
  });

  it('compares scopes by the ids and keys they name', () => {
    expect(covers({ students: { ids: ['s1'], keys: ['round:r1'] } }, { students: byIds('s1') })).toBe(true);
    expect(covers({ students: byIds('s1') }, { students: byKeys('round:r1') })).toBe(false);
    expect(covers({ students: 'all' }, { students: byKeys('round:r1') })).toBe(true);
    expect(covers({ students: byKeys('round:r1') }, { students: 'all' })).toBe(false);
    expect(covers({}, { students: byIds() })).toBe(true);
    expect(covers({}, { audit: 'all' })).toBe(false);
    expect(mergeScopes({ students: byIds('s1') }, { students: byKeys('k'), rounds: byIds('r1') }))
      .toEqual({ students: { ids: ['s1'], keys: ['k'] }, rounds: { ids: ['r1'] } });
  });
});
