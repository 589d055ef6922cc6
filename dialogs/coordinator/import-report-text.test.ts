import { describe, expect, it } from 'vitest';
import type { CompanyImportReport } from '../../bot/companies/import-companies.js';
import { fileMessages, rowMessages } from '../../bot/import/import-messages.js';
import type { ImportProblem as CompanyProblem } from '../../bot/companies/company-problem.js';
import type { ImportProblem } from '../../bot/import/import-problem.js';
import { companyImportText, importMessageText, studentImportText } from './import-report-text.js';

const badProgramme = (line: number): ImportProblem => ({ line, code: 'programme-not-in-round', message: rowMessages.programmeNotInRound('90002', ['90001', '90003']) });

describe('the chat message after a student import', () => {
  it('says how many students were imported, in Dutch and English', () => {
    expect(studentImportText({ ok: true, imported: 1200, studentIds: [] }, 'nl')).toBe('1.200 studenten geïmporteerd.');
    expect(studentImportText({ ok: true, imported: 1200, studentIds: [] }, 'en')).toBe('Imported 1,200 students.');
  });

  it('lists at most 20 problems with their line, then how many more', () => {
    const outcome = { ok: false as const, problems: Array.from({ length: 25 }, (_, i) => badProgramme(i + 2)) };
    const lines = studentImportText(outcome, 'nl').split('\n');
    expect(lines[0]).toBe('Niets geïmporteerd: het bestand heeft 25 problemen. Verbeter ze en importeer het hele bestand opnieuw.');
    expect(lines.slice(1, 21).every((line) => line.startsWith('- regel '))).toBe(true);
    expect(lines[1]).toBe('- regel 2: opleiding 90002 hoort niet bij deze ronde (wel: 90001, 90003)');
    expect(lines.slice(21)).toEqual(['… en nog 5']);
    expect(studentImportText(outcome, 'en').split('\n').at(-1)).toBe('… and 5 more');
  });

  it('shows a problem with the whole file without a line number, and a refused import as its reason', () => {
    const empty = { ok: false as const, problems: [{ line: 0, code: 'file-empty' as const, message: fileMessages.empty() }] };
    expect(studentImportText(empty, 'en')).toBe('Nothing was imported: the file has 1 problem. Fix it and import the whole file again.\n- The file is empty. Paste or upload a CSV with a header row and one row per student.');
    expect(studentImportText({ ok: false, refusal: { code: 'refusal.roundNotOpen', values: ['closed'] } }, 'nl')).toContain('status "closed"');
  });
});

describe('the chat message after a company import', () => {
  const postcode = (line: number): CompanyProblem => ({ line, code: 'postcode', message: { code: 'companyValue.postcodeInvalid', values: [`30${line}`] } });

  it('says how many were imported and lists the warnings', () => {
    const report: CompanyImportReport = { ok: true, imported: 2, companyIds: ['a', 'b'], warnings: [{ line: 3, code: 'municipality-unknown', message: { code: 'companyWarning.municipalityUnknown', values: ['Atlantis'] } }] };
    expect(companyImportText(report, 'nl')).toMatch(/^2 leerbedrijven geïmporteerd\.\nLet op:\n- regel 3: plaats "Atlantis" ken ik niet/);
    expect(companyImportText({ ok: true, imported: 1, companyIds: ['a'], warnings: [] }, 'en')).toBe('Imported 1 host company.');
  });

  it('shows at most 20 problems and then how many more', () => {
    const report: CompanyImportReport = { ok: false, problems: Array.from({ length: 23 }, (_, i) => postcode(i + 2)) };
    const lines = companyImportText(report, 'nl').split('\n');
    expect(lines).toHaveLength(22);
    expect(lines[0]).toContain('23 problemen');
    expect(lines[1]).toBe('- regel 2: postcode "302" klopt niet; schrijf bijvoorbeeld 3011 AB, 3011AB of alleen 3011');
    expect(lines[21]).toBe('… en nog 3');
    expect(companyImportText(report, 'en').split('\n')[21]).toBe('… and 3 more');
  });
});

describe('every import message', () => {
  it('has its values in the sentence, in both languages', () => {
    const message = rowMessages.teamsIdInvalid('abc');
    expect(importMessageText(message, 'nl')).toContain('"abc"');
    expect(importMessageText(message, 'en')).toContain('"abc"');
  });
});
