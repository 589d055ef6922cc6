import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, type Catalogue } from '../catalogue/index.js';
import { MAX_BYTES } from './csv-table.js';
import { AAD_ID, csvLines, excelFile, testRound } from './testing/import-test-support.js';
import { MAX_ROWS, parseStudentCsv, type ExistingStudent, type StudentCsvResult } from './student-csv.js';

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

function parse(text: string, existing: ExistingStudent[] = [], round = testRound()): StudentCsvResult {
  return parseStudentCsv(text, { round, catalogue, existing });
}

function problemsOf(result: StudentCsvResult) {
  if (result.ok) throw new Error(`expected problems, got ${result.students.length} students`);
  return result.problems;
}

function studentsOf(result: StudentCsvResult) {
  if (!result.ok) throw new Error(`expected students, got ${JSON.stringify(result.problems.map((p) => [p.line, p.message]))}`);
  return result.students;
}

describe('parseStudentCsv: good files', () => {
  it('reads a comma file with English aliases in any order, a quoted name with a comma, BOM and CRLF', () => {
    const text = excelFile([
      'Name,Language,Programme,Teams,Student_Number',
      '"Jansen, Piet",en,90001,29:1AbCdEf,100234',
      'Fatima el Amrani,,90003,' + AAD_ID.toUpperCase() + ',100235',
    ]);
    expect(studentsOf(parse(text))).toEqual([
      { line: 2, roundId: 'r1', studentNumber: '100234', programmeCode: '90001', displayName: 'Jansen, Piet', identities: [{ platform: 'teams', userId: '29:1AbCdEf' }], locale: 'en' },
      { line: 3, roundId: 'r1', studentNumber: '100235', programmeCode: '90003', displayName: 'Fatima el Amrani', identities: [{ platform: 'teams', userId: AAD_ID }], locale: 'nl' },
    ]);
  });

  it('reads a Dutch Excel file separated by semicolons, with commas and quoted semicolons in names', () => {
    const text = excelFile([
      'studentnummer;opleiding;email;naam;taal',
      '100234;90001;P.Jansen@School.nl;Jansen, Piet;Nederlands',
      '100235;90003;f.amrani@school.nl;"Amrani; Fatima";EN',
    ]);
    const students = studentsOf(parse(text));
    expect(students.map((s) => [s.line, s.displayName, s.pendingEmail, s.identities, s.locale])).toEqual([
      [2, 'Jansen, Piet', 'p.jansen@school.nl', [], 'nl'],
      [3, 'Amrani; Fatima', 'f.amrani@school.nl', [], 'en'],
    ]);
  });

  it('skips empty lines, keeps the file\'s line numbers, and counts a line break inside quotes', () => {
    const lines = ['studentnummer;opleiding;teams_id;naam', '', '100234;90001;29:a;"Piet', 'Jansen"', '', '100235;90001;29:b;Els'];
    const students = studentsOf(parse(excelFile(lines)));
    expect(students.map((s) => [s.line, s.displayName])).toEqual([[3, 'Piet Jansen'], [6, 'Els']]);
    const problems = problemsOf(parse(excelFile([...lines, '100236;90002;29:c;Sem'])));
    expect(problems.map((p) => p.line)).toEqual([7]);
  });

  it('reads a tab-separated file, as Excel saves "text"', () => {
    const students = studentsOf(parse('studentnummer\topleiding\tteams_id\tnaam\n1\t90001\t29:a\tJansen, Piet; jr\n'));
    expect(students.map((s) => s.displayName)).toEqual(['Jansen, Piet; jr']);
  });

  it('returns rows without ids: ids are given when the import saves them', () => {
    const [student] = studentsOf(parse(csvLines('studentnummer,opleiding,teams_id', ['1,90001,29:a'])));
    expect(student).not.toHaveProperty('id');
  });
});

describe('parseStudentCsv: bad rows', () => {
  const header = 'studentnummer;opleiding;teams_id;email;naam';

  it('reports exactly the bad rows, each with its reason, and no students', () => {
    const text = csvLines(header, [
      '100231;90001;29:a;;Piet',
      '100232;90003;;anna@school.nl;Anna',
      ';90001;29:c;;Joost',
      '100234;90001;;geen-mail;Els',
      '100235;90003;29:e;;Sem',
      '100236;25655;29:f;;Noor',
    ]);
    const problems = problemsOf(parse(text));
    expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [4, 'studentnummer', 'student-number'],
      [5, 'email', 'email'],
      [7, 'opleiding', 'programme-not-in-round'],
    ]);
    expect(problems[0].message).toEqual({ code: 'row.studentNumberMissing', values: [] });
    expect(problems[2].message).toEqual({ code: 'row.programmeNotInRound', values: ['25655', ['90001', '90003']] });
  });

  it('reports every problem of a row, and a row with neither Teams id nor e-mail', () => {
    const problems = problemsOf(parse(csvLines(header, ['12 34;9001;;;Piet', '100235;90001;29:e;;Sem;extra'])));
    expect(problems.map((p) => [p.line, p.code])).toEqual([
      [2, 'student-number'], [2, 'programme'], [2, 'identity-missing'], [3, 'column-count'],
    ]);
    expect(problems[3].message).toEqual({ code: 'structure.columnCount', values: [6, 5] });
  });

  it('refuses a programme of the round that the catalogue does not know', () => {
    const round = testRound({ programmeCodes: ['90001', '12345'] });
    const problems = problemsOf(parse(csvLines(header, ['1;12345;29:a;;']), [], round));
    expect(problems.map((p) => [p.line, p.code])).toEqual([[2, 'programme-not-in-catalogue']]);
  });

  it('checks Teams ids, languages and name length', () => {
    const problems = problemsOf(parse(csvLines('studentnummer,opleiding,teams_id,taal,naam', [
      '1,90001,piet,de,Piet', `2,90001,29:b,nl,${'x'.repeat(121)}`,
    ])));
    expect(problems.map((p) => [p.line, p.code])).toEqual([[2, 'teams-id'], [2, 'language'], [3, 'name']]);
  });
});

describe('parseStudentCsv: duplicates', () => {
  it('names both lines of a student number that appears twice, whatever its case', () => {
    const problems = problemsOf(parse(csvLines('studentnummer,opleiding,teams_id', ['A100,90001,29:a', 'B200,90001,29:b', 'a100,90003,29:c'])));
    expect(problems.map((p) => [p.line, p.code])).toEqual([[4, 'duplicate-in-file']]);
    expect(problems[0].message).toEqual({ code: 'duplicate.inFile', values: ['studentNumber', 'a100', 2, 4] });
  });

  it('finds a duplicate even when the first row has another problem', () => {
    const problems = problemsOf(parse(csvLines('studentnummer,opleiding,teams_id', ['100,99999,29:a', '100,90001,29:b'])));
    expect(problems.map((p) => [p.line, p.code])).toEqual([[2, 'programme-not-in-round'], [3, 'duplicate-in-file']]);
  });

  it('refuses the same Teams id or e-mail twice in a file', () => {
    const problems = problemsOf(parse(csvLines('studentnummer,opleiding,teams_id,email', [
      `1,90001,${AAD_ID},a@school.nl`, `2,90001,${AAD_ID.toUpperCase()},b@school.nl`, '3,90001,,A@School.nl',
    ])));
    expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([[3, 'teams_id', 'duplicate-in-file'], [4, 'email', 'duplicate-in-file']]);
  });

  it('refuses students already in this round, and only this round', () => {
    const existing: ExistingStudent[] = [
      { roundId: 'r1', studentNumber: '100', identities: [{ platform: 'teams', userId: '29:x' }] },
      { roundId: 'other', studentNumber: '200', identities: [{ platform: 'teams', userId: '29:y' }] },
    ];
    const problems = problemsOf(parse(csvLines('studentnummer,opleiding,teams_id', ['100,90001,29:a', '200,90001,29:y', '300,90001,29:x']), existing));
    expect(problems.map((p) => [p.line, p.code])).toEqual([[2, 'duplicate-in-round'], [4, 'duplicate-in-round']]);
    expect(problems[0].message).toEqual({ code: 'duplicate.inRound', values: ['studentNumber', '100'] });
  });
});

describe('parseStudentCsv: the file as a whole', () => {
  it('names each missing required column in the header', () => {
    const problems = problemsOf(parse(csvLines('naam;taal;studentnummer', ['Piet;nl;1'])));
    expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([[1, 'opleiding', 'header-missing'], [1, 'teams_id', 'header-missing']]);
    expect(problems[0].message).toEqual({ code: 'header.missingColumn', values: ['opleiding', 'programme'] });
  });

  it('refuses unknown and doubled columns, so no extra personal data comes in unnoticed', () => {
    const problems = problemsOf(parse(csvLines('studentnummer,opleiding,teams_id,geboortedatum,naam,name', ['1,90001,29:a,2008-01-01,Piet,Piet'])));
    expect(problems.map((p) => [p.column, p.code])).toEqual([['geboortedatum', 'header-unknown'], ['name', 'header-duplicate']]);
  });

  it('says so when the first line holds no column names at all', () => {
    const problems = problemsOf(parse('100234,90001,29:a\n100235,90001,29:b\n'));
    expect(problems.map((p) => [p.line, p.code])).toEqual([[1, 'header-unknown']]);
    expect(problems[0].message).toEqual({ code: 'header.noKnownColumns', values: [expect.arrayContaining(['studentnummer', 'opleiding', 'teams_id', 'email', 'naam', 'taal'])] });
  });

  it('says what the first row should hold when it cannot be read at all, such as pasted JSON', () => {
    const problems = problemsOf(parse('{"students": [1, 2]}'));
    expect(problems.map((p) => [p.line, p.code])).toEqual([[1, 'csv-syntax']]);
    expect(problems[0].message.code).toBe('structure.headerUnreadable');
  });

  it('refuses an empty file and a file with only a header', () => {
    expect(problemsOf(parse('\uFEFF \r\n\r\n')).map((p) => [p.line, p.code])).toEqual([[0, 'file-empty']]);
    expect(problemsOf(parse('studentnummer;opleiding;teams_id\r\n')).map((p) => p.code)).toEqual(['no-rows']);
  });

  it('refuses a file that is not text, such as an Excel workbook', () => {
    const problems = problemsOf(parse('PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml'));
    expect(problems.map((p) => p.code)).toEqual(['not-csv']);
    expect(problems[0].message.code).toBe('file.notText');
  });

  it('points at the row where a quote is opened and never closed', () => {
    const problems = problemsOf(parse(csvLines('studentnummer,opleiding,teams_id,naam', ['1,90001,29:a,Piet', '', '2,90001,29:b,"Els', '3,90001,29:c,Sem'])));
    expect(problems.map((p) => [p.line, p.code])).toEqual([[4, 'csv-syntax']]);
  });

  it(`refuses more than ${MAX_ROWS} students`, () => {
    const rows = Array.from({ length: MAX_ROWS + 1 }, (_, i) => `${i + 1},90001,29:s${i}`);
    const problems = problemsOf(parse(csvLines('studentnummer,opleiding,teams_id', rows)));
    expect(problems.map((p) => p.code)).toEqual(['too-many-rows']);
    expect(problems[0].message).toEqual({ code: 'file.tooManyRows', values: [MAX_ROWS + 1, MAX_ROWS] });
    expect(studentsOf(parse(csvLines('studentnummer,opleiding,teams_id', rows.slice(0, MAX_ROWS))))).toHaveLength(MAX_ROWS);
  });

  it('refuses a file over 2 MB', () => {
    const text = csvLines('studentnummer,opleiding,teams_id,naam', [`1,90001,29:a,${'x'.repeat(MAX_BYTES)}`]);
    expect(problemsOf(parse(text)).map((p) => p.code)).toEqual(['file-too-large']);
  });
});
