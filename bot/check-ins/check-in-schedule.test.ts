import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PostgresServer } from '../../test/support/postgres-server.js';
import type { KoppelView } from '../koppel-data.js';
import { contactOf, releasedFollowUp } from '../follow-up/testing/follow-up-harness.js';
import { EVERYTHING, openLowdbStore, type KoppelStore } from '../store/index.js';
import { importView } from '../store/postgres/import-view.js';
import { openPostgresStore } from '../store/postgres/index.js';
import { makeTempDir } from '../store/testing/store-test-support.js';
import { dueOn, DEFAULT_CHECK_IN_SETTINGS } from './check-in-plan.js';
import { askDueOnContact, runCheckInPass } from './check-in-schedule.js';

// The internships of the follow-up harness's round start on 2027-02-15 (20 weeks by default).
const WEEK_2 = new Date('2027-02-22T08:00:00+01:00');
const pass = (store: KoppelStore, at: Date) => runCheckInPass({ store, now: () => at, settings: DEFAULT_CHECK_IN_SETTINGS });
const checkInMessages = (view: Readonly<KoppelView>) => Object.values(view.outbox).filter((e) => e.kind === 'check-in');

let server: PostgresServer;
beforeAll(async () => {
  server = await startPostgres();
});
afterAll(() => server?.stop());

describe('the check-in schedule', () => {
  it('falls in week 2, halfway and the last week, or at the moments the school chose', () => {
    expect(['week-2', 'halfway', 'last-week'].map((m) => dueOn('2027-02-15', m as 'week-2', 20))).toEqual(['2027-02-22', '2027-04-26', '2027-06-28']);
    expect(dueOn('2027-02-15', 'halfway', 10)).toBe('2027-03-22');
  });

  it('asks every placed student privately at each moment, never their company, and not before or a week after', async () => {
    const h = await releasedFollowUp();
    const placements = Object.values((await h.view()).placements);
    expect(await pass(h.store, new Date('2027-02-21T12:00:00+01:00'))).toBe(0);
    expect(await pass(h.store, WEEK_2)).toBe(placements.length);
    const view = await h.view();
    const students = placements.map((p) => view.students[p.studentId].identities[0].userId).sort();
    expect(checkInMessages(view).map((e) => e.recipient.userId).sort()).toEqual(students);
    const contacts = new Set(placements.map((p) => contactOf(p.companyId)));
    expect(checkInMessages(view).some((e) => contacts.has(e.recipient.userId))).toBe(false);
    // Halfway's week is past by the time it is checked: nothing is asked that late.
    expect(await pass(h.store, new Date('2027-05-04T08:00:00+02:00'))).toBe(0);
    expect(Object.keys((await h.view()).checkIns)).toHaveLength(placements.length);
  });

  it('asks a student who cannot be reached yet the moment they first write, within the week', async () => {
    const h = await releasedFollowUp();
    const [placement] = Object.values((await h.view()).placements);
    const userId = (await h.view()).students[placement.studentId].identities[0].userId;
    await h.store.update({ conversations: EVERYTHING.conversations }, (draft) => { delete draft.conversations[`teams:${userId}`]; });
    const asked = await pass(h.store, WEEK_2);
    expect(Object.values((await h.view()).checkIns).map((c) => c.studentId)).not.toContain(placement.studentId);
    await h.store.update({ conversations: EVERYTHING.conversations }, (draft) => {
      draft.conversations[`teams:${userId}`] = { platform: 'teams', userId, reference: {}, updatedAt: WEEK_2.toISOString() };
    });
    const deps = { store: h.store, now: () => new Date(WEEK_2.getTime() + 86_400_000), settings: DEFAULT_CHECK_IN_SETTINGS };
    expect(await askDueOnContact(deps, placement.studentId)).toBe(1);
    expect(await askDueOnContact(deps, placement.studentId)).toBe(0);
    expect(checkInMessages(await h.view())).toHaveLength(asked + 1);
  });

  it('asks each moment once across restarts of a file store', async () => {
    const h = await releasedFollowUp();
    const { dir, cleanup } = await makeTempDir();
    try {
      const file = join(dir, 'koppel.json');
      const before = structuredClone(await h.view()) as KoppelView;
      let store = await openLowdbStore(file, () => before);
      const asked = await pass(store, WEEK_2);
      expect(asked).toBeGreaterThan(0);
      await store.close();
      store = await openLowdbStore(file);
      expect(await pass(store, new Date(WEEK_2.getTime() + 3_600_000))).toBe(0);
      expect(checkInMessages(await store.read(EVERYTHING))).toHaveLength(asked);
      await store.close();
    } finally {
      await cleanup();
    }
  });

  it('asks each moment once when three processes on one PostgreSQL database run the pass at once', async () => {
    const h = await releasedFollowUp();
    const url = await server.createDatabase('checkins');
    const stores = await Promise.all([0, 1, 2].map(() => openPostgresStore(url)));
    try {
      await importView(stores[0], await h.view());
      const asked = await Promise.all(stores.map((s) => pass(s, WEEK_2)));
      const placements = Object.keys((await h.view()).placements).length;
      expect(asked.reduce((a, b) => a + b, 0)).toBe(placements);
      const view = await stores[1].read(EVERYTHING);
      expect(checkInMessages(view)).toHaveLength(placements);
      expect(Object.keys(view.checkIns)).toHaveLength(placements);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });
});
