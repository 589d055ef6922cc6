import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { identityKey, roundKey, type KoppelView } from '../koppel-collections.js';
import { byIds, byKeys, EVERYTHING, type KoppelStore, type Scope } from '../koppel-store.js';
import { StoreErrorCode, StoreInvalidDocumentError } from '../store-errors.js';
import { auditEvent, round, student, teams } from './contract-records.js';
import { AuditEvent } from '../../domain/audit-event.js';

// The semantics every KoppelStore keeps (see the doc comment of KoppelStore), run against each
// implementation by store-contract.test.ts.

export interface OpenedStore {
  store: KoppelStore;
  /** Closes the store and opens it again on the same data (file or database). */
  reopen?: () => Promise<KoppelStore>;
  /**
   * A fingerprint of what is durably stored that changes with every write, even one of identical
   * content (the file's bytes and mtime; the rows' versions). Without it, "nothing written" is
   * checked through reads only.
   */
  stored?: () => Promise<string>;
  cleanup: () => Promise<void>;
}

const CALLERS = 200;

/** Yields to the event loop so concurrent units of work get every chance to interleave. */
const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, Math.random() * 2));

export function describeStoreContract(name: string, open: () => Promise<OpenedStore>): void {
  describe(`the ${name} store keeps the store contract`, () => {
    let opened: OpenedStore;
    let store: KoppelStore;
    beforeEach(async () => {
      opened = await open();
      store = opened.store;
    });
    afterEach(() => opened.cleanup());

    const stored = async (): Promise<string> => (opened.stored ? opened.stored() : '');
    const everything = async (): Promise<KoppelView> => structuredClone(await store.read(EVERYTHING)) as KoppelView;

    /** Two rounds, three students (two in r1), one audit event. */
    async function seed(): Promise<KoppelView> {
      await store.update(EVERYTHING, (draft) => {
        draft.rounds.r1 = round('r1');
        draft.rounds.r2 = round('r2');
        draft.students.s1 = student('s1', 'r1', [teams('29:anna')]);
        draft.students.s2 = student('s2', 'r1');
        draft.students.s3 = student('s3', 'r2');
        draft.audit.push(auditEvent('a1', 's1'));
      });
      return everything();
    }

    describe('concurrent units of work', () => {
      it(`lose nothing when ${CALLERS} callers change one shared record and each creates its own`, { timeout: 120_000 }, async () => {
        await store.update({ rounds: 'all' }, (draft) => void (draft.rounds.shared = round('shared', '0')));
        const steps = await Promise.all(Array.from({ length: CALLERS }, (_, i) =>
          store.update({ rounds: byIds('shared'), students: byIds(`c${i}`) }, async (draft) => {
            const seen = Number(draft.rounds.shared.seed);
            await tick();
            draft.rounds.shared.seed = String(seen + 1);
            draft.students[`c${i}`] = student(`c${i}`, 'shared');
            return seen + 1;
          })));
        // Each caller saw its own step of the counter: no step twice, none lost.
        expect([...steps].sort((a, b) => a - b)).toEqual(Array.from({ length: CALLERS }, (_, i) => i + 1));
        const after = await store.read({ rounds: 'all', students: byKeys(roundKey('shared')) });
        expect(after.rounds.shared.seed).toBe(String(CALLERS));
        expect(Object.keys(after.students)).toHaveLength(CALLERS);
      });

      it(`lose nothing when ${CALLERS} callers each change a different record`, { timeout: 120_000 }, async () => {
        await store.update({ students: 'all' }, (draft) => {
          for (let i = 0; i < CALLERS; i++) draft.students[`d${i}`] = student(`d${i}`, 'r1');
        });
        await Promise.all(Array.from({ length: CALLERS }, (_, i) =>
          store.update({ students: byIds(`d${i}`) }, async (draft) => {
            const identities = draft.students[`d${i}`].identities.length;
            await tick();
            draft.students[`d${i}`].identities.push(teams(`29:d${i}-${identities}`));
          })));
        const after = await store.read({ students: 'all' });
        for (let i = 0; i < CALLERS; i++) expect(after.students[`d${i}`].identities).toEqual([teams(`29:d${i}-0`)]);
      });

      it('keep going when some of them fail', { timeout: 60_000 }, async () => {
        await store.update({ rounds: 'all' }, (draft) => void (draft.rounds.shared = round('shared', '0')));
        const outcomes = await Promise.allSettled(Array.from({ length: 50 }, (_, i) =>
          store.update({ rounds: byIds('shared') }, async (draft) => {
            draft.rounds.shared.seed = String(Number(draft.rounds.shared.seed) + 1);
            await tick();
            if (i % 5 === 0) throw new Error(`caller ${i} gives up`);
          })));
        expect(outcomes.filter((o) => o.status === 'rejected')).toHaveLength(10);
        expect((await store.read({ rounds: byIds('shared') })).rounds.shared.seed).toBe('40');
      });
    });

    describe('a unit of work that fails', () => {
      it('writes nothing when its change throws after changing the draft, and hands back the same error', async () => {
        const before = await seed();
        const fingerprint = await stored();
        const refusal = new Error('no room left in this offer');
        const error = await store.update(EVERYTHING, async (draft) => {
          draft.rounds.r1.status = 'closed';
          delete draft.students.s2;
          draft.students.s4 = student('s4', 'r1');
          draft.audit.push(auditEvent('a2', 's4'));
          await tick();
          throw refusal;
        }).catch((e: unknown) => e);
        expect(error).toBe(refusal);
        expect(await everything()).toEqual(before);
        expect(await stored()).toBe(fingerprint);
        await expect(store.update({ rounds: byIds('r1') }, (draft) => draft.rounds.r1.status)).resolves.toBe('open');
      });

      it('refuses a record the schema rejects, naming collection, id and field, and writes nothing', async () => {
        const before = await seed();
        const fingerprint = await stored();
        const error = await store.update({ students: byIds('s1', 's2') }, (draft) => {
          draft.students.s1.locale = 'nl';
          draft.students.s2.programmeCode = 'twelve';
        }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(StoreInvalidDocumentError);
        expect((error as StoreInvalidDocumentError).code).toBe(StoreErrorCode.InvalidDocument);
        expect((error as Error).message).toMatch(/students\.s2\.programmeCode: .*Nothing was saved/);
        expect(await everything()).toEqual(before);
        expect(await stored()).toBe(fingerprint);
      });

      it('refuses a result that cannot be copied, writing nothing', async () => {
        const before = await seed();
        const fingerprint = await stored();
        await expect(store.update({ rounds: byIds('r1') }, (draft) => {
          draft.rounds.r1.status = 'closed';
          return () => 'a function';
        })).rejects.toThrow();
        expect(await everything()).toEqual(before);
        expect(await stored()).toBe(fingerprint);
      });

      it('refuses a value that would not survive being stored as JSON', async () => {
        const before = await seed();
        await expect(store.update({ rounds: byIds('r1') }, (draft) => {
          (draft.rounds.r1 as Record<string, unknown>).seed = BigInt(1);
        })).rejects.toThrow(/rounds\.r1\..*cannot be saved as JSON/);
        expect(await everything()).toEqual(before);
      });

      it('refuses changing or removing audit events it read', async () => {
        const before = await seed();
        const fingerprint = await stored();
        await expect(store.update({ audit: 'all' }, (draft) => void (draft.audit[0].subjectId = 's2'))).rejects.toThrow(/append-only/);
        await expect(store.update({ audit: 'all' }, (draft) => void draft.audit.pop())).rejects.toThrow(/append-only/);
        expect(await everything()).toEqual(before);
        expect(await stored()).toBe(fingerprint);
      });
    });

    describe('scopes', () => {
      it('read only the records selected by id, by index key or all, and nothing of collections not named', async () => {
        await seed();
        const byId = await store.read({ students: byIds('s1', 's3', 'missing') });
        expect(Object.keys(byId.students).sort()).toEqual(['s1', 's3']);
        expect(byId.rounds).toEqual({});
        expect(byId.audit).toEqual([]);

        expect(Object.keys((await store.read({ students: byKeys(roundKey('r1')) })).students).sort()).toEqual(['s1', 's2']);
        expect(Object.keys((await store.read({ students: byKeys(identityKey('teams', '29:anna')) })).students)).toEqual(['s1']);
        expect(Object.keys((await store.read({ students: { ids: ['s3'], keys: [identityKey('teams', '29:anna')] } })).students).sort()).toEqual(['s1', 's3']);
        expect((await store.read({ students: byKeys(identityKey('teams', '29:nobody')) })).students).toEqual({});
        expect((await store.read({ students: byIds() })).students).toEqual({});
        const all = await store.read({ rounds: 'all', students: 'all' });
        expect(Object.keys(all.rounds).sort()).toEqual(['r1', 'r2']);
        expect(Object.keys(all.students).sort()).toEqual(['s1', 's2', 's3']);
      });

      it('give a unit of work only its selected records, and leave the others as they were', async () => {
        const before = await seed();
        const seen = await store.update({ students: byKeys(roundKey('r2')), rounds: byIds('r2') }, (draft) => {
          const loaded = { students: Object.keys(draft.students).sort(), rounds: Object.keys(draft.rounds), audit: draft.audit.length };
          draft.students.s3.locale = 'en';
          draft.students.s5 = student('s5', 'r2');
          return loaded;
        });
        expect(seen).toEqual({ students: ['s3'], rounds: ['r2'], audit: 0 });
        const after = await everything();
        expect(after.students.s3.locale).toBe('en');
        expect(after.students.s5).toEqual(student('s5', 'r2'));
        expect(after.students.s1).toEqual(before.students.s1);
        expect(after.students.s2).toEqual(before.students.s2);
        expect(after.rounds).toEqual(before.rounds);
      });

      it('find a record by the index keys it has now, not the ones it had', async () => {
        await seed();
        await store.update({ students: byIds('s2') }, (draft) => {
          draft.students.s2.identities.push(teams('29:bram'));
          draft.students.s2.roundId = 'r2';
        });
        const byIdentity = await store.read({ students: byKeys(identityKey('teams', '29:bram')) });
        expect(Object.keys(byIdentity.students)).toEqual(['s2']);
        expect(Object.keys((await store.read({ students: byKeys(roundKey('r1')) })).students)).toEqual(['s1']);
        expect(Object.keys((await store.read({ students: byKeys(roundKey('r2')) })).students).sort()).toEqual(['s2', 's3']);

        await store.update({ students: byKeys(identityKey('teams', '29:anna')) }, (draft) => void (draft.students.s1.identities = []));
        expect((await store.read({ students: byKeys(identityKey('teams', '29:anna')) })).students).toEqual({});
      });

      it('delete records, also from their index keys', async () => {
        await seed();
        await store.update({ students: byKeys(roundKey('r1')), rounds: byIds('r2') }, (draft) => {
          delete draft.students.s1;
          delete draft.rounds.r2;
        });
        const after = await everything();
        expect(Object.keys(after.students).sort()).toEqual(['s2', 's3']);
        expect(Object.keys(after.rounds)).toEqual(['r1']);
        expect((await store.read({ students: byKeys(identityKey('teams', '29:anna')) })).students).toEqual({});
        expect(Object.keys((await store.read({ students: byKeys(roundKey('r1')) })).students)).toEqual(['s2']);
      });
    });

    describe('what callers get back', () => {
      it('are frozen reads, so assigning to a stored record throws', async () => {
        await seed();
        const read = await store.read({ students: byIds('s1'), audit: 'all' }) as KoppelView;
        expect(() => void (read.students.s1.locale = 'en')).toThrow(TypeError);
        expect(() => void read.students.s1.identities.push(teams('29:x'))).toThrow(TypeError);
        expect(() => void (read.students.s9 = student('s9', 'r1'))).toThrow(TypeError);
        expect(() => void read.audit.push(auditEvent('a9', 's1'))).toThrow(TypeError);
        expect((await store.read({ students: byIds('s1') })).students.s1.locale).toBe('nl');
      });

      it('are copies: neither a result nor an earlier read changes with the store', async () => {
        await seed();
        const earlier = await store.read({ students: byIds('s1') });
        const returned = await store.update({ students: byIds('s1') }, (draft) => draft.students.s1);
        returned.locale = 'en';
        expect((await store.read({ students: byIds('s1') })).students.s1.locale).toBe('nl');
        await store.update({ students: byIds('s1') }, (draft) => void (draft.students.s1.locale = 'en'));
        expect(earlier.students.s1.locale).toBe('nl');
      });
    });

    it('appends audit events in order, readable only with audit: all', async () => {
      await seed();
      await store.update({}, (draft) => void draft.audit.push(auditEvent('a2', 's2'), auditEvent('a3', 's3')));
      await store.update({ students: byIds('s1') }, (draft) => {
        expect(draft.audit).toEqual([]);
        draft.audit.push(auditEvent('a4', 's1'));
      });
      expect((await store.read({ students: 'all' })).audit).toEqual([]);
      expect((await store.read({ audit: 'all' })).audit.map((e) => e.id)).toEqual(['a1', 'a2', 'a3', 'a4']);
      await store.update({ audit: 'all' }, (draft) => void draft.audit.push(auditEvent('a5', 's1')));
      expect((await store.read({ audit: 'all' })).audit.map((e) => e.id)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
    });

    describe('pruning the audit trail', () => {
      const summary = (pruned: number): AuditEvent => AuditEvent.parse({
        id: 'p1', at: '2027-08-01T00:00:00.000Z', actorId: 'koppel-retention', action: 'retention.erased', subjectType: 'retention', subjectId: 'audit', detail: { audit: pruned },
      });
      const ids = async () => (await store.read({ audit: 'all' })).audit.map((e) => e.id);
      const later = (id: string, at: string): AuditEvent => ({ ...auditEvent(id, 's2'), at });

      it('removes the lines before the moment and adds one line with the count, kept after opening again', async () => {
        await seed();
        await store.update({}, (draft) => void draft.audit.push(later('a2', '2027-03-01T00:00:00.000Z')));
        await expect(store.pruneAudit('2027-01-01T00:00:00.000Z', summary)).resolves.toBe(1);
        expect(await ids()).toEqual(['a2', 'p1']);
        expect((await store.read({ audit: 'all' })).audit[1].detail).toEqual({ audit: 1 });
        await store.update({}, (draft) => void draft.audit.push(auditEvent('a3', 's3')));
        expect(await ids()).toEqual(['a2', 'p1', 'a3']);
        if (opened.reopen) {
          store = await opened.reopen();
          expect(await ids()).toEqual(['a2', 'p1', 'a3']);
        }
      });

      it('keeps a line at the moment itself, and writes nothing when nothing is older', async () => {
        await seed();
        const fingerprint = await stored();
        await expect(store.pruneAudit('2026-11-02T10:00:00.000Z', summary)).resolves.toBe(0);
        expect(await ids()).toEqual(['a1']);
        expect(await stored()).toBe(fingerprint);
      });

      it('writes nothing when the summary line is refused', async () => {
        await seed();
        await expect(store.pruneAudit('2030-01-01T00:00:00.000Z', (n) => ({ ...summary(n), detail: { audit: 'x'.repeat(200) } }))).rejects.toThrow();
        expect(await ids()).toEqual(['a1']);
      });

      it('loses no line appended while it prunes', async () => {
        await seed();
        const appends = Array.from({ length: 40 }, (_, i) => store.update({}, (draft) => void draft.audit.push(later(`n${i}`, '2027-03-01T00:00:00.000Z'))));
        const pruned = store.pruneAudit('2027-01-01T00:00:00.000Z', summary);
        await Promise.all(appends);
        await expect(pruned).resolves.toBe(1);
        const after = await ids();
        expect(after).toHaveLength(41);
        expect(after).not.toContain('a1');
        expect(after).toContain('p1');
      });
    });

    it('writes nothing for a unit of work that changes nothing', async () => {
      const before = await seed();
      const fingerprint = await stored();
      const unchanged: Scope = { ...EVERYTHING };
      await expect(store.update(unchanged, (draft) => Object.keys(draft.students).length)).resolves.toBe(3);
      // The same values written again are no change either.
      await store.update(unchanged, (draft) => {
        draft.students.s1 = structuredClone(draft.students.s1);
        // Also with the keys in another order (as PostgreSQL's jsonb or a schema's parse gives them).
        draft.students.s2 = Object.fromEntries(Object.entries(draft.students.s2).reverse()) as typeof draft.students.s2;
        draft.rounds.r1.status = 'closed';
        draft.rounds.r1.status = 'open';
      });
      expect(await stored()).toBe(fingerprint);
      expect(await everything()).toEqual(before);
    });

    it('keeps everything after closing and opening again', async () => {
      if (!opened.reopen) return;
      const before = await seed();
      await store.update({ students: byIds('s2') }, (draft) => void (draft.students.s2.locale = 'en'));
      store = await opened.reopen();
      const after = await everything();
      expect(after).toEqual({ ...before, students: { ...before.students, s2: { ...before.students.s2, locale: 'en' } } });
      await store.update({ students: byIds('s1') }, (draft) => void delete draft.students.s1);
      store = await opened.reopen();
      expect(Object.keys((await store.read({ students: 'all' })).students).sort()).toEqual(['s2', 's3']);
    });

    it('sees a change made to be written with the next write at once, and keeps it once a later change is written', async () => {
      await seed();
      await store.update({ students: byIds('s2') }, (draft) => void (draft.students.s2.locale = 'en'), { durable: 'with-next-write' });
      expect((await store.read({ students: byIds('s2') })).students.s2.locale).toBe('en');
      await store.update({ students: byIds('s3') }, (draft) => void (draft.students.s3.locale = 'en'));
      if (opened.reopen) store = await opened.reopen();
      const { students } = await store.read({ students: byIds('s2', 's3') });
      expect([students.s2.locale, students.s3.locale]).toEqual(['en', 'en']);
    });

    describe('adding a record unless its id is taken (insertNew)', () => {
      it('adds it once: of many callers at once exactly one adds, and the first record stays', { timeout: 60_000 }, async () => {
        const before = await seed();
        const added = await Promise.all(Array.from({ length: 20 }, (_, i) => store.insertNew('students', 'n1', student('n1', `r${(i % 2) + 1}`))));
        expect(added.filter(Boolean)).toHaveLength(1);
        const kept = (await store.read({ students: byIds('n1') })).students.n1;
        // Found by its index keys like any record: the adding wrote them too.
        expect(Object.keys((await store.read({ students: byKeys(roundKey(kept.roundId)) })).students)).toContain('n1');
        const fingerprint = await stored();
        expect(await store.insertNew('students', 'n1', student('n1', 'r2'), { durable: 'with-next-write' })).toBe(false);
        expect(await store.insertNew('students', 's1', student('s1', 'r2'))).toBe(false);
        expect(await stored()).toBe(fingerprint);
        expect(await everything()).toEqual({ ...before, students: { ...before.students, n1: kept } });
      });

      it('refuses a record the schema rejects, naming collection, id and field, and writes nothing', async () => {
        const before = await seed();
        const fingerprint = await stored();
        const error = await store.insertNew('students', 'n2', { ...student('n2', 'r1'), studentNumber: 42 as unknown as string }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(StoreInvalidDocumentError);
        expect((error as StoreInvalidDocumentError).message).toMatch(/students\.n2\.studentNumber/);
        expect(await stored()).toBe(fingerprint);
        expect(await everything()).toEqual(before);
      });

      it('keeps a record added to be written with the next write once a later change is written', async () => {
        await seed();
        expect(await store.insertNew('students', 'n3', student('n3', 'r1'), { durable: 'with-next-write' })).toBe(true);
        expect((await store.read({ students: byIds('n3') })).students.n3.roundId).toBe('r1');
        await store.update({ students: byIds('s3') }, (draft) => void (draft.students.s3.locale = 'en'));
        if (opened.reopen) store = await opened.reopen();
        expect(Object.keys((await store.read({ students: byIds('n3') })).students)).toEqual(['n3']);
      });
    });

    it('keeps a proposals round\'s stage, moments and a student\'s choice, and refuses a choice outside the proposals', async () => {
      const proposals = { ...round('rp'), mechanism: 'proposals' as const, status: 'closed' as const, stage: 'final' as const, proposalsAt: '2027-01-12T09:00:00.000Z', proposalsReleasedAt: '2027-01-12T09:00:01.000Z', choiceDeadline: '2027-01-17T16:00:00.000Z' };
      const chooser = { ...student('sp', 'rp'), proposals: { roundId: 'rp', offerIds: ['o1', 'o2'], chosen: 'o2', chosenAt: '2027-01-13T10:00:00.000Z' } };
      await store.update({ rounds: byIds('rp'), students: byIds('sp') }, (draft) => {
        draft.rounds.rp = proposals;
        draft.students.sp = chooser;
      });
      await expect(store.update({ students: byIds('sp') }, (draft) => void (draft.students.sp.proposals!.chosen = 'o3'))).rejects.toThrow(/chosen/);
      if (opened.reopen) store = await opened.reopen();
      const after = await store.read({ rounds: byIds('rp'), students: byIds('sp') });
      expect(after.rounds.rp).toEqual(proposals);
      expect(after.students.sp).toEqual(chooser);
    });
  });
}
