import { describe, expect, it } from 'vitest';
import { EVERYTHING } from './koppel-store.js';
import { openMemoryKoppelStore } from './open-lowdb-store.js';
import { abortable } from './abort.js';
import { Student } from '../domain/student.js';

describe('aborting a unit of work', () => {
  it('writes nothing of the change and gives the refusal as the result', async () => {
    const store = openMemoryKoppelStore();
    const { abort, unlessAborted } = abortable<{ code: 'full' }>();
    const result = await unlessAborted(() => store.update(EVERYTHING, (draft) => {
      draft.students.s1 = Student.parse({ id: 's1', roundId: 'r1', studentNumber: '1', programmeCode: '90001' });
      return abort({ code: 'full' });
    }), (refusal) => ({ ok: false as const, refusal }));
    expect(result).toEqual({ ok: false, refusal: { code: 'full' } });
    expect((await store.read(EVERYTHING)).students).toEqual({});
  });

  it('lets every other failure through, also another service\'s abort', async () => {
    const mine = abortable<string>();
    const theirs = abortable<string>();
    await expect(mine.unlessAborted(async () => theirs.abort('theirs'), () => 'caught')).rejects.toThrow('unit of work aborted');
    await expect(mine.unlessAborted(async () => { throw new TypeError('broken'); }, () => 'caught')).rejects.toThrow('broken');
    expect(await mine.unlessAborted(async () => 'done', () => 'caught')).toBe('done');
  });
});
