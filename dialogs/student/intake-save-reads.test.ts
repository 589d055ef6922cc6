import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../bot/catalogue/index.js';
import { createKoppelServices } from '../../bot/koppel-services.js';
import { openMemoryKoppelStore, type KoppelStore, type Scope } from '../../bot/store/index.js';
import { handleTurn } from '../koppel-dialogs.js';
import { BEFORE_DEADLINE, roundData, STUDENT_USER } from '../testing/intake-fixture.js';

// A step's card is checked and saved on the intake its own unit of work reads: on PostgreSQL a read
// of the intake before the save would be one round trip more on nearly every turn of a class.

describe('saving an intake step', () => {
  it('reads nothing of the intake before its one unit of work, and saves what was submitted', async () => {
    const memory = openMemoryKoppelStore(roundData());
    const asked: Array<{ kind: 'read' | 'update'; scope: Scope }> = [];
    const store: KoppelStore = {
      ...memory,
      read: (scope) => (asked.push({ kind: 'read', scope }), memory.read(scope)),
      update: (scope, change, options) => (asked.push({ kind: 'update', scope }), memory.update(scope, change, options)),
    };
    const services = { ...createKoppelServices({ store, catalogue: await loadCatalogue(), coordinators: ['coord-1', 'coord-2'], now: () => BEFORE_DEADLINE }), municipalities: () => ['Delft'] };
    const submit = (verb: string, values: Record<string, unknown>) => handleTurn({ person: { platform: 'teams', userId: STUDENT_USER }, language: 'nl', input: { kind: 'submit', verb, values: { verb, ...values } } }, services);

    // The first save of a process finds which records the student's intake covers and remembers it.
    await submit('intake.save.days', { days: 'fri' });
    asked.length = 0;
    await submit('intake.save.days', { days: 'mon,tue', early: 'true' });
    const firstUpdate = asked.findIndex((a) => a.kind === 'update');
    expect(asked.filter((a) => a.kind === 'update')).toHaveLength(1);
    // Before it only who wrote (their person records), never their round or its offers.
    expect(asked.slice(0, firstUpdate).filter((a) => a.scope.rounds !== undefined || a.scope.offers !== undefined)).toEqual([]);
    const saved = (await memory.read({ students: { ids: ['s1'] } })).students.s1;
    expect(saved.availability).toMatchObject({ days: ['mon', 'tue'], early: true });

    // A card with a mistake is answered with what to fix, and nothing is saved.
    const replies = await submit('intake.save.days', { days: '' });
    expect(JSON.stringify(replies)).toContain('"errors"');
    expect((await memory.read({ students: { ids: ['s1'] } })).students.s1.availability).toEqual(saved.availability);
  });
});
