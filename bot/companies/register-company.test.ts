import { describe, expect, it } from 'vitest';
import { gazetteer, now, openStore, storedCompany, storedStudent } from './testing/company-test-support.js';
import { registerCompany, type RegisterCompanyInput } from './register-company.js';
import { EVERYTHING } from '../store/index.js';

const GOOD: RegisterCompanyInput = {
  name: 'Bakkerij De Vries', sbbNumber: '1234567', kvkNumber: '12345678',
  location: { postcode: '3011 AB', municipality: 'schiedam' }, contactEmail: 'Jan@DeVries.nl',
};

describe('registerCompany', () => {
  it('saves one company with one location and audits it by id', async () => {
    const store = openStore();
    const result = await registerCompany(store, GOOD, 'coord-1', now, gazetteer);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.warnings).toEqual([]);
    expect(result.company).toMatchObject({
      id: expect.stringMatching(/^cmp_[0-9a-f]{16}$/), name: 'Bakkerij De Vries', sbbNumber: '1234567', kvkNumber: '12345678',
      locations: [{ id: expect.stringMatching(/^loc_[0-9a-f]{16}$/), label: 'Hoofdlocatie', postcodeArea: '3011', municipality: 'Schiedam' }],
      contacts: [], pendingContactEmails: ['jan@devries.nl'],
    });
    const data = await store.read(EVERYTHING);
    expect(data.companies[result.company.id]).toEqual(result.company);
    expect(data.audit).toEqual([expect.objectContaining({ actorId: 'coord-1', action: 'company.registered', subjectType: 'company', subjectId: result.company.id })]);
    expect(JSON.stringify(data.audit)).not.toMatch(/Bakkerij|1234567|devries/);
  });

  it('names each wrong field of the card and saves nothing', async () => {
    const store = openStore();
    const result = await registerCompany(store, {
      name: ' ', sbbNumber: '12-34', kvkNumber: '123', location: { label: 'x'.repeat(121), postcode: 'AB 3011', municipality: '' },
      contactTeamsId: 'bob', contactEmail: 'geen mail',
    }, 'coord-1', now, gazetteer);
    expect(result.ok ? [] : result.problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [0, 'name', 'company-name'], [0, 'sbbNumber', 'sbb-number'], [0, 'kvkNumber', 'kvk-number'], [0, 'label', 'location-label'],
      [0, 'postcode', 'postcode'], [0, 'municipality', 'municipality'], [0, 'teamsId', 'teams-id'], [0, 'email', 'email'],
    ]);
    expect((await store.read(EVERYTHING)).companies).toEqual({});
    expect((await store.read(EVERYTHING)).audit).toEqual([]);
  });

  it('refuses an SBB number that is already registered, and a contact who is a student', async () => {
    const store = openStore((d) => { d.companies.cmp_old = storedCompany(); d.students.stu_1 = storedStudent(); });
    const result = await registerCompany(store, { ...GOOD, sbbNumber: '7000001', contactTeamsId: '29:student' }, 'coord-1', now, gazetteer);
    expect(result.ok ? [] : result.problems.map((p) => [p.column, p.code])).toEqual([['sbbNumber', 'duplicate-in-store'], ['teamsId', 'contact-known']]);
    expect(Object.keys((await store.read(EVERYTHING)).companies)).toEqual(['cmp_old']);
  });

  it('saves a location in an unknown municipality, with a warning', async () => {
    const store = openStore();
    const result = await registerCompany(store, { ...GOOD, location: { label: 'Loods', postcode: '9999', municipality: 'Atlantis' } }, 'coord-1', now, gazetteer);
    expect(result.ok && result.warnings.map((w) => [w.column, w.code])).toEqual([['municipality', 'municipality-unknown']]);
    expect(result.ok && result.company.locations[0]).toMatchObject({ label: 'Loods', municipality: 'Atlantis' });
  });

  it('refuses input that is not text at all, at the boundary', async () => {
    const bad = { ...GOOD, sbbNumber: 1234567 } as unknown as RegisterCompanyInput;
    await expect(registerCompany(openStore(), bad, 'coord-1', now, gazetteer)).rejects.toThrow();
  });
});
