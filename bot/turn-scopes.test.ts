import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, type Catalogue } from './catalogue/index.js';
import { Match } from './domain/match.js';
import { MatchRun } from './domain/match-run.js';
import { emptyKoppelData, type KoppelView } from './koppel-data.js';
import { createKoppelServices } from './koppel-services.js';
import { beforeDeadline, contactOf, makeCompany, makeOffer, makeRound, makeStudent, validDraft } from './offers/testing/offer-test-support.js';
import type { PersonKey } from './people.js';
import { openMemoryKoppelStore, type KoppelStore, type Scope } from './store/index.js';

// A student's or a company contact's turn must read their own records and their round only: on
// PostgreSQL every selected record is a database read, and thousands of students write at once.
// These tests fail when a service on those turns widens its scope again.

const student: PersonKey = { platform: 'teams', userId: 'student-s1' };
const contact = contactOf('a');

/** Two rounds; in r1 the students s1 and s2 and the offers of companies a and b; in r2 student s9 and company z. */
function school(status: 'open' | 'released' = 'open'): KoppelView {
  const data = emptyKoppelData();
  data.rounds.r1 = makeRound({ mechanism: 'ranked', status, ...(status === 'released' ? { releaseAt: '2026-11-20T09:00:00.000Z' } : {}) });
  data.rounds.r2 = makeRound({ id: 'r2', name: 'Andere ronde' });
  data.students.s1 = makeStudent('s1');
  data.students.s2 = makeStudent('s2');
  data.students.s9 = makeStudent('s9', { roundId: 'r2' });
  for (const id of ['a', 'b', 'z']) data.companies[id] = makeCompany(id);
  data.offers.off_r1_a = makeOffer('a');
  data.offers.off_r1_b = makeOffer('b');
  data.offers.off_r2_z = makeOffer('z', { roundId: 'r2' });
  data.conversations['teams:coord-1'] = { platform: 'teams', userId: 'coord-1', reference: { conversation: { id: 'c' } }, updatedAt: '2026-11-01T09:00:00.000Z' };
  if (status === 'released') {
    data.matchRuns.run_1 = MatchRun.parse({ id: 'run_1', roundId: 'r1', seed: 'seed-1', runBy: 'coord-1', runAt: '2026-11-10T10:00:00Z', pins: [], summary: { matched: 2, unmatched: 0, ownPlacement: 0, notConfirmed: 0 }, approvedBy: 'coord-2' });
    data.matches.m1 = Match.parse({ id: 'm1', roundId: 'r1', runId: 'run_1', studentId: 's1', offerId: 'off_r1_a', status: 'proposed', reasons: [], createdAt: '2026-11-10T10:00:00Z' });
    data.matches.m2 = Match.parse({ id: 'm2', roundId: 'r1', runId: 'run_1', studentId: 's2', offerId: 'off_r1_b', status: 'proposed', reasons: [], createdAt: '2026-11-10T10:00:00Z' });
  }
  return data;
}

/** The store, recording every scope asked for and every record a unit of work was given. */
function recording(store: KoppelStore) {
  const scopes: Scope[] = [];
  const views: Array<Readonly<KoppelView>> = [];
  let updates = 0;
  const recorded: KoppelStore = {
    pruneAudit: (before, summary) => store.pruneAudit(before, summary),
    insertNew: (collection, id, record, options) => store.insertNew(collection, id, record, options),
    read: async (scope) => {
      scopes.push(scope);
      const view = await store.read(scope);
      views.push(view);
      return view;
    },
    update: (scope, change) => {
      scopes.push(scope);
      updates += 1;
      return store.update(scope, (draft) => {
        views.push(structuredClone(draft));
        return change(draft);
      });
    },
    close: () => store.close(),
  };
  return {
    store: recorded,
    scopes,
    updates: () => updates,
    /** The ids of one collection's records that any unit of work was given. */
    seen: (collection: 'students' | 'companies' | 'offers' | 'matches') => [...new Set(views.flatMap((v) => Object.keys(v[collection])))].sort(),
    /** The collections some scope selected with `'all'`. */
    wholeCollections: () => [...new Set(scopes.flatMap((s) => Object.entries(s).filter(([, selection]) => selection === 'all').map(([c]) => c)))].sort(),
    /** Every index key selected of the form `round:…`. */
    roundKeys: () => [...new Set(scopes.flatMap((s) => Object.values(s).flatMap((sel) => (typeof sel === 'object' ? sel.keys ?? [] : [])).filter((k) => k.startsWith('round:'))))],
  };
}

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

function servicesOn(data: KoppelView, now: Date) {
  const recorder = recording(openMemoryKoppelStore(data));
  const services = createKoppelServices({ store: recorder.store, catalogue, coordinators: ['coord-1', 'coord-2'], now: () => now });
  return { services, recorder };
}

describe('a student\'s turn', () => {
  it('reads only the student, their round and the offers open to them, never a whole collection', async () => {
    const { services, recorder } = servicesOn(school(), beforeDeadline(24));
    const reference = { conversation: { id: 'student-chat' } };
    expect(await services.roleOf(student)).toEqual({ kind: 'student', studentId: 's1' });
    await services.rememberConversation(student, reference);
    expect(await services.languageFor(student)).toBe('nl');
    await services.setLanguagePreference(student, 'en');
    expect((await services.intake.view('s1'))?.rankable.map((o) => o.id).sort()).toEqual(['off_r1_a', 'off_r1_b']);
    expect((await services.intake.save('s1', { part: 'privacy-seen' })).ok).toBe(true);
    expect((await services.intake.save('s1', { part: 'ranking', offerIds: ['off_r1_z'] })).ok).toBe(false);
    expect((await services.intake.save('s1', { part: 'own-placement', ownPlacement: { companyName: 'Eigen plek', place: 'Delft' } })).ok).toBe(true);
    expect((await services.studentResult('s1'))?.kind).toBe('not-yet');

    expect(recorder.wholeCollections()).toEqual([]);
    expect(recorder.seen('students')).toEqual(['s1']);
    expect(recorder.seen('companies')).toEqual(['a', 'b']);
    expect(recorder.seen('offers')).toEqual(['off_r1_a', 'off_r1_b']);
    expect(recorder.roundKeys()).toEqual(['round:r1']);
  });

  it('writes a conversation reference only when it changed', async () => {
    const { services, recorder } = servicesOn(school(), beforeDeadline(24));
    await services.rememberConversation(student, { conversation: { id: 'student-chat' } });
    const afterFirst = recorder.updates();
    await services.rememberConversation(student, { conversation: { id: 'student-chat' } });
    expect(recorder.updates()).toBe(afterFirst);
    await services.rememberConversation(student, { conversation: { id: 'new-chat' } });
    expect(recorder.updates()).toBe(afterFirst + 1);
  });

  it('sees their result with their own match, offer and company only', async () => {
    const { services, recorder } = servicesOn(school('released'), beforeDeadline(24));
    expect(await services.studentResult('s1')).toMatchObject({ kind: 'placed', companyName: 'Bedrijf a' });
    expect(recorder.wholeCollections()).toEqual([]);
    expect(recorder.seen('students')).toEqual(['s1']);
    expect(recorder.seen('companies')).toEqual(['a']);
    expect(recorder.seen('offers')).toEqual(['off_r1_a']);
  });
});

describe('a company contact\'s turn', () => {
  it('reads only their company, its offers and the round asked for; only the list of rounds is read whole', async () => {
    const { services, recorder } = servicesOn(school(), beforeDeadline(24));
    expect(await services.roleOf(contact)).toEqual({ kind: 'company-contact', companyId: 'a' });
    expect((await services.offers.openRounds(contact)).map((r) => r.id).sort()).toEqual(['r1', 'r2']);
    expect((await services.offers.view(contact, 'r1')).ok).toBe(true);
    expect((await services.offers.save(contact, 'r1', validDraft())).ok).toBe(true);
    expect(await services.companyStudents('a')).toMatchObject([{ roundId: 'r1', released: false, students: [] }]);

    expect(recorder.wholeCollections()).toEqual(['rounds']);
    expect(recorder.seen('students')).toEqual([]);
    expect(recorder.seen('companies')).toEqual(['a']);
    expect(recorder.seen('offers')).toEqual(['off_r1_a']);
  });

  it('sees after the release only the students placed with the company', async () => {
    const { services, recorder } = servicesOn(school('released'), beforeDeadline(24));
    expect((await services.companyStudents('a'))[0].students).toHaveLength(1);
    expect(recorder.wholeCollections()).toEqual([]);
    expect(recorder.seen('students')).toEqual(['s1']);
    expect(recorder.seen('companies')).toEqual(['a']);
  });
});

describe('coordinator work on a round', () => {
  it('runs, previews and exports a round reading that round only (all runs: their ids count over the school)', async () => {
    const data = school();
    data.rounds.r1.status = 'closed';
    const { services, recorder } = servicesOn(data, beforeDeadline(-1));
    expect((await services.runs.run('r1', 'coord-1')).ok).toBe(true);
    expect(await services.runs.preview('r1')).toBeDefined();
    expect((await services.runs.exportRun('r1', 'coord-1')).ok).toBe(true);
    expect(await services.offersOfRound('r1')).toHaveLength(2);
    expect(recorder.wholeCollections()).toEqual(['matchRuns']);
    expect(recorder.roundKeys()).toEqual(['round:r1']);
    expect(recorder.seen('students')).toEqual(['s1', 's2']);
    expect(recorder.seen('companies')).toEqual(['a', 'b']);
  });
});
