import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, type Catalogue } from '../catalogue/index.js';
import { Id } from '../domain/common.js';
import { emptyKoppelData } from '../koppel-data.js';
import { EVERYTHING, type KoppelStore, openMemoryKoppelStore } from '../store/index.js';
import { AAD_ID, csvLines, excelFile, testRound } from './testing/import-test-support.js';
import { importStudents, isImportError, newStudentId, type ImportReport, type ImportStudentsInput } from './import-students.js';

const now = new Date('2026-11-22T10:00:00Z');
let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

function openStore(status: 'draft' | 'open' | 'closed' = 'open'): KoppelStore {
  const data = emptyKoppelData();
  data.rounds.r1 = testRound({ status });
  return openMemoryKoppelStore(data);
}

function counter(prefix = 'stu_t'): () => string {
  let n = 0;
  return () => `${prefix}${(n += 1)}`;
}

function input(csv: string, overrides: Partial<ImportStudentsInput> = {}): ImportStudentsInput {
  return { roundId: 'r1', csv, actorId: 'coord-1', catalogue, now, newId: counter(), ...overrides };
}

const GOOD = excelFile([
  'studentnummer;opleiding;teams_id;naam;taal',
  '100234;90001;29:1AbC;Jansen, Piet;nl',
  `100235;90003;${AAD_ID};"Amrani; Fatima";en`,
]);

describe('importStudents', () => {
  it('saves every student as invited, with their Teams identity, and one audit event with the count', async () => {
    const store = openStore();
    const report = await importStudents(store, input(GOOD));
    expect(report).toEqual({ ok: true, imported: 2, studentIds: ['stu_t1', 'stu_t2'] });

    const data = await store.read(EVERYTHING);
    expect(data.students.stu_t1).toMatchObject({
      id: 'stu_t1', roundId: 'r1', studentNumber: '100234', programmeCode: '90001', displayName: 'Jansen, Piet',
      identities: [{ platform: 'teams', userId: '29:1AbC' }], locale: 'nl', intakeStatus: 'invited', updatedAt: now.toISOString(),
    });
    expect(data.students.stu_t2).toMatchObject({ identities: [{ platform: 'teams', userId: AAD_ID }], locale: 'en', intakeStatus: 'invited' });
    expect(data.audit).toHaveLength(1);
    expect(data.audit[0]).toMatchObject({
      actorId: 'coord-1', action: 'student.imported', subjectType: 'round', subjectId: 'r1', detail: { count: 2 }, at: now.toISOString(),
    });
  });

  it('keeps names and student numbers out of the audit log', async () => {
    const store = openStore();
    await importStudents(store, input(GOOD));
    const audit = JSON.stringify((await store.read(EVERYTHING)).audit);
    for (const personal of ['Jansen', 'Piet', 'Amrani', 'Fatima', '100234', '29:1AbC', AAD_ID]) expect(audit).not.toContain(personal);
  });

  it('writes nothing at all when three rows are bad, and names exactly those rows', async () => {
    const store = openStore('draft');
    const before = structuredClone(await store.read(EVERYTHING));
    const csv = csvLines('studentnummer,opleiding,teams_id', [
      '1,90001,29:a', '2,90001,29:b', ',90001,29:c', '4,90001,29:d', '5,90001,29:e', '6,25655,29:f', '7,90001,piet',
    ]);
    const report = await importStudents(store, input(csv));
    expect(report.ok).toBe(false);
    if (report.ok) return;
    expect(report.problems.map((p) => [p.line, p.code])).toEqual([[4, 'student-number'], [7, 'programme-not-in-round'], [8, 'teams-id']]);
    expect(await store.read(EVERYTHING)).toEqual(before);
    expect((await store.read(EVERYTHING)).audit).toEqual([]);
  });

  it('refuses students already imported into the round', async () => {
    const store = openStore();
    await importStudents(store, input(GOOD));
    const report = await importStudents(store, input(GOOD, { newId: counter('stu_u') }));
    expect(report.ok ? [] : report.problems.map((p) => [p.line, p.code])).toEqual([
      [2, 'duplicate-in-round'], [2, 'duplicate-in-round'], [3, 'duplicate-in-round'], [3, 'duplicate-in-round'],
    ]);
    expect(Object.keys((await store.read(EVERYTHING)).students)).toEqual(['stu_t1', 'stu_t2']);
  });

  it('checks again inside the update: of two imports at once with the same students, one is refused', async () => {
    const store = openStore();
    const reports = await Promise.all([
      importStudents(store, input(GOOD)),
      importStudents(store, input(GOOD, { newId: counter('stu_u') })),
    ]);
    expect(reports.map((report) => report.ok)).toEqual([true, false]);
    const data = await store.read(EVERYTHING);
    expect(Object.keys(data.students)).toHaveLength(2);
    expect(data.audit).toHaveLength(1);
  });

  it('refuses a closed round and a round that does not exist, and writes nothing', async () => {
    const store = openStore('closed');
    const before = structuredClone(await store.read(EVERYTHING));
    const closed = await importStudents(store, input(GOOD)).catch((error: unknown) => error);
    expect(isImportError(closed) && closed.code).toBe('IMPORT_ROUND_NOT_OPEN');
    expect(isImportError(closed) && closed.refusal).toEqual({ code: 'refusal.roundNotOpen', values: ['closed'] });
    const missing = await importStudents(store, input(GOOD, { roundId: 'r9' })).catch((error: unknown) => error);
    expect(isImportError(missing) && missing.code).toBe('IMPORT_ROUND_NOT_FOUND');
    expect(await store.read(EVERYTHING)).toEqual(before);
  });

  it('never saves a student known by e-mail without that address: kept, or the import refused', async () => {
    const store = openStore();
    const csv = csvLines('studentnummer,opleiding,email', ['1,90001,Piet.Jansen@School.nl']);
    const outcome = await importStudents(store, input(csv)).catch((error: unknown) => error);
    const data = await store.read(EVERYTHING);
    if (isImportError(outcome)) {
      expect(outcome.code).toBe('IMPORT_EMAIL_NOT_STORED');
      expect(data.students).toEqual({});
      expect(data.audit).toEqual([]);
    } else {
      expect((outcome as ImportReport).ok).toBe(true);
      expect(data.students.stu_t1).toMatchObject({ identities: [], pendingEmail: 'piet.jansen@school.nl' });
    }
  });

  it('gives opaque student ids that the domain accepts', () => {
    const ids = new Set(Array.from({ length: 100 }, newStudentId));
    expect(ids.size).toBe(100);
    for (const id of ids) {
      expect(id).toMatch(/^stu_[0-9a-f]{20}$/);
      expect(Id.safeParse(id).success).toBe(true);
    }
  });
});
