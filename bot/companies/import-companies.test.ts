import { describe, expect, it } from 'vitest';
import { AAD_ID, counter, excelFile, gazetteer, now, openStore, storedCompany } from './testing/company-test-support.js';
import { importCompanies, type CompanyImportReport, type ImportCompaniesInput } from './import-companies.js';
import { EVERYTHING } from '../store/index.js';

const HEADER = 'bedrijfsnaam;sbb_nummer;kvk_nummer;locatie;postcode;plaats;contact_teams_id;contact_email';
const GOOD = excelFile([
  HEADER,
  'Bakkerij De Vries;1234567;12345678;Winkel;3011 AB;Rotterdam;29:1AbC;jan@devries.nl',
  'Bakkerij De Vries;1234567;;Bakkerij;3112;Schiedam;;',
  `Zorg en Welzijn;87654321;;;2611AB;Delft;${AAD_ID};`,
]);

function input(csv: string, overrides: Partial<ImportCompaniesInput> = {}): ImportCompaniesInput {
  return { csv, actorId: 'coord-1', gazetteer, now, newId: counter(), ...overrides };
}

describe('importCompanies', () => {
  it('saves every company with its locations and contacts, and one audit event with the count', async () => {
    const store = openStore();
    const report = await importCompanies(store, input(GOOD));
    expect(report).toEqual({ ok: true, imported: 2, companyIds: ['cmp_t1', 'cmp_t2'], warnings: [] });
    const data = await store.read(EVERYTHING);
    expect(data.companies.cmp_t1).toMatchObject({
      id: 'cmp_t1', name: 'Bakkerij De Vries', sbbNumber: '1234567', kvkNumber: '12345678',
      locations: [{ label: 'Winkel', postcodeArea: '3011', municipality: 'Rotterdam' }, { label: 'Bakkerij', postcodeArea: '3112', municipality: 'Schiedam' }],
      contacts: [{ platform: 'teams', userId: '29:1AbC' }], pendingContactEmails: ['jan@devries.nl'],
    });
    expect(data.companies.cmp_t1.locations.map((l) => l.id)).toEqual([expect.stringMatching(/^loc_[0-9a-f]{16}$/), expect.stringMatching(/^loc_[0-9a-f]{16}$/)]);
    expect(data.companies.cmp_t2.contacts).toEqual([{ platform: 'teams', userId: AAD_ID }]);
    expect(data.audit).toEqual([expect.objectContaining({
      actorId: 'coord-1', action: 'company.imported', subjectType: 'company', subjectId: 'cmp_t1', detail: { count: 2 }, at: now.toISOString(),
    })]);
  });

  it('keeps names, numbers and contacts out of the audit log', async () => {
    const store = openStore();
    await importCompanies(store, input(GOOD));
    const audit = JSON.stringify((await store.read(EVERYTHING)).audit);
    for (const value of ['Bakkerij', 'Zorg', '1234567', '12345678', '29:1AbC', AAD_ID, 'jan@devries.nl', '3011']) expect(audit).not.toContain(value);
  });

  it('gives random opaque ids when none are injected', async () => {
    const report = await importCompanies(openStore(), input(GOOD, { newId: undefined }));
    expect(report.ok && report.companyIds).toEqual([expect.stringMatching(/^cmp_[0-9a-f]{16}$/), expect.stringMatching(/^cmp_[0-9a-f]{16}$/)]);
  });

  it('writes nothing when one row is bad, and names the line', async () => {
    const store = openStore();
    const bad = excelFile([HEADER, 'Goed BV;1234567;;;3011;Rotterdam;;a@b.nl', 'Fout BV;12;;;3011;Rotterdam;;']);
    const report = await importCompanies(store, input(bad));
    expect(report.ok ? [] : report.problems.map((p) => [p.line, p.column, p.code])).toEqual([[3, 'sbb_nummer', 'sbb-number']]);
    const data = await store.read(EVERYTHING);
    expect(data.companies).toEqual({});
    expect(data.audit).toEqual([]);
  });

  it('refuses an SBB number that is already stored, and leaves the stored company alone', async () => {
    const store = openStore((d) => { d.companies.cmp_old = storedCompany(); });
    const report = await importCompanies(store, input(`${HEADER}\nMaas;7000001;;;3011;Rotterdam;;`));
    expect(report.ok ? [] : report.problems.map((p) => p.code)).toEqual(['duplicate-in-store']);
    expect(Object.keys((await store.read(EVERYTHING)).companies)).toEqual(['cmp_old']);
  });

  it('checks again inside the write, so the same file imported twice at once is saved once', async () => {
    const store = openStore();
    const [a, b] = await Promise.all([importCompanies(store, input(GOOD)), importCompanies(store, input(GOOD, { newId: counter('cmp_u') }))]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const rejected = (a.ok ? b : a) as Extract<CompanyImportReport, { ok: false }>;
    expect(rejected.problems.map((p) => p.code)).toContain('duplicate-in-store');
    expect(Object.keys((await store.read(EVERYTHING)).companies)).toHaveLength(2);
  });

  it('imports a location in an unknown municipality, with a warning', async () => {
    const store = openStore();
    const report = await importCompanies(store, input(`${HEADER}\nA;1234567;;;3011;Atlantis;;a@b.nl`));
    expect(report.ok && report.warnings.map((w) => [w.line, w.code])).toEqual([[2, 'municipality-unknown']]);
    expect((await store.read(EVERYTHING)).companies.cmp_t1.locations[0].municipality).toBe('Atlantis');
  });
});
