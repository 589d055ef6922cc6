import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, type Catalogue } from '../catalogue/index.js';
import { emptyKoppelData } from '../koppel-data.js';
import { EVERYTHING, openMemoryKoppelStore } from '../store/index.js';
import { excelFile, testRound } from './testing/import-test-support.js';
import { parseStudentCsv, type StudentCsvResult } from './student-csv.js';
import { importStudents } from './import-students.js';

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

const parse = (lines: string[]): StudentCsvResult => parseStudentCsv(excelFile(lines), { round: testRound(), catalogue, existing: [] });

// The optional yes/no columns of a student list: what the school knows need not be asked again.
describe('student import: requirement columns', () => {
  it('reads yes/no columns in Dutch and English; an empty cell leaves the question to the intake', () => {
    const result = parse([
      'studentnummer;opleiding;teams_id;rijbewijs;18_plus;VCA',
      '100234;90001;29:a;ja;Nee;',
      '100235;90001;29:b;;;',
      '100236;90001;29:c;No;yes;X',
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.students.map((s) => [s.studentNumber, s.requirementsMet, s.requirementsAnswered])).toEqual([
      ['100234', ['driving_licence'], ['driving_licence', 'minimum_age_18']],
      ['100235', undefined, undefined],
      ['100236', ['minimum_age_18', 'safety_certificate'], ['driving_licence', 'minimum_age_18', 'safety_certificate']],
    ]);
  });

  it('refuses anything but yes or no, naming the row, the column and what was typed, in both languages', () => {
    const result = parse([
      'studentnummer;opleiding;teams_id;rijbewijs;16_plus',
      '100234;90001;29:a;misschien;ja',
      '100235;90001;29:b;ja;17',
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.line, p.column, p.code, p.message])).toEqual([
      [2, 'rijbewijs', 'yes-no', { code: 'row.yesNoInvalid', values: ['rijbewijs', 'misschien'] }],
      [3, '16_plus', 'yes-no', { code: 'row.yesNoInvalid', values: ['16_plus', '17'] }],
    ]);
  });

  it('has no column for a VOG or a date of birth: those are refused as unknown columns', () => {
    for (const column of ['vog', 'geboortedatum']) {
      const result = parse([`studentnummer;opleiding;teams_id;${column}`, '100234;90001;29:a;ja']);
      expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(['header-unknown']);
    }
  });

  it('stores the answers with the imported student, so the intake does not ask them again', async () => {
    const data = emptyKoppelData();
    data.rounds.r1 = testRound({ status: 'open' });
    const store = openMemoryKoppelStore(data);
    let n = 0;
    const report = await importStudents(store, {
      roundId: 'r1', actorId: 'coord-1', catalogue, now: new Date('2026-11-22T10:00:00Z'), newId: () => `stu_t${(n += 1)}`,
      csv: excelFile(['studentnummer;opleiding;teams_id;rijbewijs', '100234;90001;29:a;ja', '100235;90001;29:b;']),
    });
    expect(report.ok).toBe(true);
    const students = (await store.read(EVERYTHING)).students;
    expect(students.stu_t1).toMatchObject({ requirementsMet: ['driving_licence'], requirementsAnswered: ['driving_licence'] });
    expect(students.stu_t2).toMatchObject({ requirementsMet: [], requirementsAnswered: [] });
  });
});
