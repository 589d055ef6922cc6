import { describe, expect, it } from 'vitest';
import { emptyKoppelData } from '../koppel-data.js';
import { Student } from '../domain/student.js';
import { openMemoryKoppelStore } from './open-lowdb-store.js';
import { byIds, type KoppelStore } from './koppel-store.js';
import { outsideTurn, turnReads, withinTurn } from './turn-reads.js';

function counted() {
  const data = emptyKoppelData();
  data.students.s1 = Student.parse({ id: 's1', roundId: 'r1', studentNumber: '100001', programmeCode: '90001' });
  const memory = openMemoryKoppelStore(data);
  let reads = 0;
  const store: KoppelStore = { read: (scope) => (reads++, memory.read(scope)), update: (scope, change) => memory.update(scope, change), pruneAudit: (before, summary) => memory.pruneAudit(before, summary), insertNew: (collection, id, record, options) => memory.insertNew(collection, id, record, options), close: () => memory.close() };
  return { store: turnReads(store), reads: () => reads };
}

const student = { students: byIds('s1') };

describe('reads within one turn', () => {
  it('reads the same scope once within a turn, and every time outside one', async () => {
    const { store, reads } = counted();
    await withinTurn(async () => {
      await store.read(student);
      await store.read({ students: byIds('s1') });
    });
    expect(reads()).toBe(1);
    await store.read(student);
    await store.read(student);
    expect(reads()).toBe(3);
  });

  it('reads again after the turn changed something, and sees the change', async () => {
    const { store, reads } = counted();
    const locales = await withinTurn(async () => {
      const before = (await store.read(student)).students.s1.locale;
      await store.update(student, (data) => { data.students.s1.locale = 'en'; });
      const after = (await store.read(student)).students.s1.locale;
      return [before, after];
    });
    expect(locales).toEqual(['nl', 'en']);
    expect(reads()).toBe(2);
  });

  it('shares nothing between turns, nor with work a turn sets going outside it', async () => {
    const { store, reads } = counted();
    await Promise.all([withinTurn(() => store.read(student)), withinTurn(() => store.read(student))]);
    expect(reads()).toBe(2);
    let later: Promise<unknown> = Promise.resolve();
    await withinTurn(async () => {
      await store.read(student);
      later = outsideTurn(() => store.read(student));
    });
    await later;
    expect(reads()).toBe(4);
  });

  it('stops sharing once the turn is over, for work it started that outlives it', async () => {
    const { store, reads } = counted();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    let straggler: Promise<unknown> = Promise.resolve();
    await withinTurn(async () => {
      await store.read(student);
      straggler = gate.then(() => store.read(student));
    });
    release();
    await straggler;
    expect(reads()).toBe(2);
  });
});
