import { describe, expect, it } from 'vitest';
import { parseCompanyCsv, type CompanyCsvResult, type NewCompany } from './company-csv.js';
import type { ImportProblem } from './company-problem.js';
import { AAD_ID, excelFile, gazetteer, storedCompany, storedStudent } from './testing/company-test-support.js';

const HEADER = 'bedrijfsnaam;sbb_nummer;kvk_nummer;locatie;postcode;plaats;contact_teams_id;contact_email';

function parse(text: string, existing = [storedCompany()]): CompanyCsvResult {
  return parseCompanyCsv(text, { existing, gazetteer });
}

function companiesOf(result: CompanyCsvResult): NewCompany[] {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.problems.map((p) => [p.line, p.code]))}`);
  return result.companies;
}

function problemsOf(result: CompanyCsvResult): ImportProblem[] {
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

const where = (problems: ImportProblem[]) => problems.map((p) => [p.line, p.column, p.code]);

describe('parseCompanyCsv', () => {
  it('reads an Excel file (semicolons, BOM, CRLF) with several locations per company and contacts by Teams id and e-mail', () => {
    const result = parse(excelFile([
      HEADER,
      'Bakkerij De Vries;1234567;1234 5678;Winkel Centrum;3011 AB;rotterdam;29:1AbC;Jan@DeVries.nl',
      '"Zorg; en Welzijn BV";87654321;;;2611AB;Delft;;zorg@welzijn.nl',
      'bakkerij de vries;1234567;;Bakkerij;3112;Schiedam;29:1AbC;',
      `Bakkerij De Vries;1234567;12345678;Magazijn;3044 CD;Rotterdam;${AAD_ID.toUpperCase()};`,
    ]));
    expect(result.ok && result.warnings).toEqual([]);
    expect(companiesOf(result)).toEqual([
      {
        line: 2, name: 'Bakkerij De Vries', sbbNumber: '1234567', kvkNumber: '12345678',
        locations: [
          { line: 2, label: 'Winkel Centrum', postcodeArea: '3011', municipality: 'Rotterdam' },
          { line: 4, label: 'Bakkerij', postcodeArea: '3112', municipality: 'Schiedam' },
          { line: 5, label: 'Magazijn', postcodeArea: '3044', municipality: 'Rotterdam' },
        ],
        contacts: [{ platform: 'teams', userId: '29:1AbC' }, { platform: 'teams', userId: AAD_ID }],
        pendingContactEmails: ['jan@devries.nl'],
      },
      {
        line: 3, name: 'Zorg; en Welzijn BV', sbbNumber: '87654321',
        locations: [{ line: 3, label: 'Hoofdlocatie', postcodeArea: '2611', municipality: 'Delft' }],
        contacts: [], pendingContactEmails: ['zorg@welzijn.nl'],
      },
    ]);
  });

  it('accepts the English column names in any order and case', () => {
    const text = 'Email,Municipality,Postcode,SBB,Company\nx@y.nl,Delft,2611,123456,Acme\n';
    expect(companiesOf(parse(text))[0]).toMatchObject({ name: 'Acme', sbbNumber: '123456', pendingContactEmails: ['x@y.nl'] });
  });

  it('reports every bad value with its exact line and column, counting blank lines and multi-line cells', () => {
    const problems = problemsOf(parse([
      HEADER,
      'Goed BV;1234567;;;3011;Rotterdam;;a@b.nl',
      '',
      '"Twee\nregels";12345;1234567;;30111;;bob;geen-mail',
      ';;;;;Delft;;',
    ].join('\n')));
    expect(where(problems)).toEqual([
      [4, 'sbb_nummer', 'sbb-number'], [4, 'kvk_nummer', 'kvk-number'], [4, 'postcode', 'postcode'],
      [4, 'plaats', 'municipality'], [4, 'contact_teams_id', 'teams-id'], [4, 'contact_email', 'email'],
      [6, 'bedrijfsnaam', 'company-name'], [6, 'sbb_nummer', 'sbb-number'], [6, 'postcode', 'postcode'],
    ]);
    expect(problems[1].message).toEqual({ code: 'companyValue.kvkInvalid', values: ['1234567'] });
    expect(problems[2].message).toEqual({ code: 'companyValue.postcodeInvalid', values: ['30111'] });
  });

  it('refuses a second name for the same SBB number, on the line that differs', () => {
    const problems = problemsOf(parse([HEADER, 'Bakkerij De Vries;1234567;;A;3011;Rotterdam;;', 'Slagerij Jansen;1234567;;B;3012;Rotterdam;;'].join('\n')));
    expect(where(problems)).toEqual([[3, 'bedrijfsnaam', 'sbb-name-conflict']]);
    expect(problems[0].message).toEqual({ code: 'companyConflict.nameDiffers', values: ['1234567', 'Bakkerij De Vries', 2] });
  });

  it('refuses a different KvK number and a repeated location within one company', () => {
    const problems = problemsOf(parse([
      HEADER, 'A;1234567;12345678;;3011;Rotterdam;;', 'A;1234567;87654321;;3012;Rotterdam;;',
    ].join('\n')));
    expect(where(problems)).toEqual([[3, 'kvk_nummer', 'kvk-conflict'], [3, 'locatie', 'duplicate-in-file']]);
  });

  it('refuses an SBB number that is already registered, on every row of that company', () => {
    const problems = problemsOf(parse([HEADER, 'Zorggroep Maas;7000001;;A;3011;Rotterdam;;', 'Zorggroep Maas;7000001;;B;3011;Rotterdam;;'].join('\n')));
    expect(where(problems)).toEqual([[2, 'sbb_nummer', 'duplicate-in-store'], [3, 'sbb_nummer', 'duplicate-in-store']]);
    expect(problems[0].message).toEqual({ code: 'companyConflict.sbbTaken', values: ['7000001', 'Zorggroep Maas'] });
  });

  it('refuses contacts already known as contact or student, and one contact for two companies', () => {
    const result = parseCompanyCsv([
      HEADER,
      'A;1111111;;;3011;Rotterdam;29:known-contact;pending@maas.nl',
      'B;2222222;;;3011;Rotterdam;29:student;student@school.nl',
      'C;3333333;;;3011;Rotterdam;29:new;new@c.nl',
      'D;4444444;;;3011;Rotterdam;29:new;new@c.nl',
    ].join('\n'), { existing: [storedCompany()], students: [storedStudent()], gazetteer });
    expect(where(problemsOf(result))).toEqual([
      [2, 'contact_teams_id', 'contact-known'], [2, 'contact_email', 'contact-known'],
      [3, 'contact_teams_id', 'contact-known'], [3, 'contact_email', 'contact-known'],
      [5, 'contact_teams_id', 'contact-conflict'], [5, 'contact_email', 'contact-conflict'],
    ]);
  });

  it('warns about a postcode that lies in another town (6511 is Nijmegen), keeps the municipality, and reads a former name as the current one', () => {
    const result = parse([HEADER, 'A;1234567;;;6511;Rotterdam;;a@b.nl', 'B;1234568;;;3221;Hellevoetsluis;;b@b.nl'].join('\n'));
    expect(result.ok && result.warnings.map((w) => [w.line, w.column, w.code, w.message])).toEqual([
      [2, 'postcode', 'postcode-elsewhere', { code: 'companyWarning.postcodeElsewhere', values: ['6511', 'Nijmegen', 'Rotterdam'] }],
    ]);
    expect(companiesOf(result).map((c) => c.locations[0].municipality)).toEqual(['Rotterdam', 'Voorne aan Zee']);
  });

  it('warns about a municipality the gazetteer does not know, and about a company without contact, but reads them', () => {
    const result = parse([HEADER, 'A;1234567;;;3011;Atlantis;;'].join('\n'));
    expect(companiesOf(result)[0].locations[0].municipality).toBe('Atlantis');
    expect(result.ok && result.warnings.map((w) => [w.line, w.column, w.code])).toEqual([[2, 'plaats', 'municipality-unknown'], [2, undefined, 'no-contact']]);
    expect(result.ok && result.warnings[0].message).toEqual({ code: 'companyWarning.municipalityUnknown', values: ['Atlantis'] });
  });

  it('refuses missing, unknown and doubled columns', () => {
    const problems = problemsOf(parse('bedrijfsnaam;postcode;plaats;website;company\nA;3011;Rotterdam;x;A\n'));
    expect(where(problems)).toEqual([[1, 'website', 'header-unknown'], [1, 'company', 'header-duplicate'], [1, 'sbb_nummer', 'header-missing']]);
  });

  it('speaks of companies for an empty file, a header only, and an unreadable header', () => {
    expect(problemsOf(parse('\uFEFF\r\n')).map((p) => [p.code, p.message.code])).toEqual([['file-empty', 'companyFile.empty']]);
    expect(problemsOf(parse(`${HEADER}\r\n`)).map((p) => [p.code, p.message.code])).toEqual([['no-rows', 'companyFile.noRows']]);
    expect(problemsOf(parse('"bedrijfsnaam;sbb\nA;1')).map((p) => [p.code, p.message.code])).toEqual([['csv-syntax', 'companyFile.headerUnreadable']]);
  });
});
