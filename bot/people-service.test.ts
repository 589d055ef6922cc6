import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PostgresServer } from '../test/support/postgres-server.js';
import { Company } from './domain/company.js';
import { Student } from './domain/student.js';
import { emptyKoppelData } from './koppel-data.js';
import { createPeopleService } from './people-service.js';
import { EVERYTHING, openMemoryKoppelStore, type KoppelStore } from './store/index.js';
import { openPostgresStore } from './store/postgres/index.js';

const now = () => new Date('2026-11-22T10:00:00Z');

async function service(open: (data: ReturnType<typeof emptyKoppelData>) => Promise<KoppelStore> = async (data) => openMemoryKoppelStore(data)) {
  const data = emptyKoppelData();
  data.students.s1 = Student.parse({
    id: 's1', roundId: 'r1', studentNumber: '100234', programmeCode: '25655', identities: [{ platform: 'teams', userId: 'teams-student' }],
  });
  data.companies.c1 = Company.parse({
    id: 'c1', name: 'Zorggroep Maas', sbbNumber: '1234567', contacts: [{ platform: 'teams', userId: 'aad-contact' }],
    locations: [{ id: 'l1', label: 'Hoofdlocatie', postcodeArea: '3011', municipality: 'Rotterdam' }],
  });
  const store = await open(data);
  return { store, people: createPeopleService({ store, coordinators: ['teams-coordinator', 'aad-coordinator'], now }) };
}

describe('people', () => {
  it('knows coordinators from configuration by user id or Azure AD object id', async () => {
    const { people } = await service();
    expect(await people.roleOf({ platform: 'teams', userId: 'teams-coordinator' })).toEqual({ kind: 'coordinator' });
    expect(await people.roleOf({ platform: 'teams', userId: 'x', aadObjectId: 'aad-coordinator' })).toEqual({ kind: 'coordinator' });
  });

  it('knows students and company contacts from the store, and nobody else', async () => {
    const { people } = await service();
    expect(await people.roleOf({ platform: 'teams', userId: 'teams-student' })).toEqual({ kind: 'student', studentId: 's1' });
    expect(await people.roleOf({ platform: 'teams', userId: '29:x', aadObjectId: 'aad-contact' })).toEqual({ kind: 'company-contact', companyId: 'c1' });
    expect(await people.roleOf({ platform: 'slack', userId: 'teams-student' })).toEqual({ kind: 'unknown' });
    expect(await people.roleOf({ platform: 'teams', userId: 'stranger' })).toEqual({ kind: 'unknown' });
  });

  it('keeps only the latest conversation reference per person, and the language they chose', async () => {
    const { store, people } = await service();
    await people.rememberConversation({ platform: 'teams', userId: 'u1' }, { conversation: { id: 'old' } });
    await people.rememberConversation({ platform: 'teams', userId: 'u1' }, { conversation: { id: 'new' } });
    await people.setLanguagePreference({ platform: 'teams', userId: 'u1' }, 'en');
    const data = await store.read(EVERYTHING);
    expect(Object.keys(data.conversations)).toEqual(['teams:u1']);
    expect(data.conversations['teams:u1'].reference).toEqual({ conversation: { id: 'new' } });
    expect(await people.languagePreference({ platform: 'teams', userId: 'u1' })).toBe('en');
    expect(await people.languagePreference({ platform: 'teams', userId: 'u2' })).toBeUndefined();
  });
});

// Every turn brings the conversation reference; a write (and the look for welcomes and check-ins
// it sets off) is for a new or changed one only. PostgreSQL's jsonb gives an object's keys back in
// an order of its own, so the same reference must count as the same whatever the order of its keys.
describe('the same conversation reference again', () => {
  let server: PostgresServer;
  beforeAll(async () => {
    server = await startPostgres();
  });
  afterAll(() => server?.stop());

  const reference = { serviceUrl: 'https://smba.example/emea/', conversation: { isGroup: false, id: 'a:1', conversationType: 'personal', tenantId: 't' }, user: { id: '29:u1', name: '', aadObjectId: 'aad-u1' }, bot: { id: '28:bot', name: 'Koppel' }, channelId: 'msteams', locale: 'nl-NL' };
  const reordered = { locale: 'nl-NL', channelId: 'msteams', bot: { name: 'Koppel', id: '28:bot' }, user: { aadObjectId: 'aad-u1', name: '', id: '29:u1' }, conversation: { tenantId: 't', conversationType: 'personal', id: 'a:1', isGroup: false }, serviceUrl: 'https://smba.example/emea/' };
  const person = { platform: 'teams', userId: '29:u1' } as const;

  it('is no change when only the order of its keys differs', async () => {
    const { people } = await service();
    expect(await people.rememberConversation(person, reference)).toBe(true);
    expect(await people.rememberConversation(person, reordered)).toBe(false);
    expect(await people.rememberConversation(person, { ...reference, serviceUrl: 'https://smba.example/amer/' })).toBe(true);
  });

  it('is no change when it comes back from PostgreSQL', async () => {
    const url = await server.createDatabase('people');
    const { store, people } = await service(async (data) => {
      const postgres = await openPostgresStore(url);
      await postgres.update(EVERYTHING, (draft) => Object.assign(draft, structuredClone(data)));
      return postgres;
    });
    try {
      expect(await people.rememberConversation(person, reference)).toBe(true);
      expect(await people.rememberConversation(person, reference)).toBe(false);
      expect(await people.rememberConversation(person, reordered)).toBe(false);
    } finally {
      await store.close();
    }
  });
});

describe('what every turn brings along', () => {
  it('is saved without waiting for the disk: the conversation reference and the language the platform reports', async () => {
    const durable: Array<string | undefined> = [];
    const { people } = await service(async (data) => {
      const memory = openMemoryKoppelStore(data);
      return { ...memory, update: (scope, change, options) => (durable.push(options?.durable), memory.update(scope, change, options)) };
    });
    await people.rememberConversation({ platform: 'teams', userId: 'u1' }, { conversation: { id: 'c1' } });
    await people.settleLanguage({ platform: 'teams', userId: 'u1' }, 'en');
    expect(durable).toEqual(['with-next-write', 'with-next-write']);
  });
});

describe('linking an imported student to their chat account', () => {
  it('links by e-mail or UPN once, and never takes over someone who is already known', async () => {
    const { store, people } = await service();
    await store.update(EVERYTHING, (d) => {
      d.students.s2 = Student.parse({ id: 's2', roundId: 'r1', studentNumber: '100235', programmeCode: '25655', pendingEmail: 'sanne@school.nl', locale: 'en' });
    });
    expect(await people.linkByEmail({ platform: 'teams', userId: 'teams-student' }, ['sanne@school.nl'])).toBeUndefined();
    expect(await people.linkByEmail({ platform: 'teams', userId: '29:new' }, ['other@school.nl'])).toBeUndefined();
    expect(await people.linkByEmail({ platform: 'teams', userId: '29:new' }, [' Sanne@School.nl '])).toBe('s2');
    expect((await store.read(EVERYTHING)).students.s2.identities).toEqual([{ platform: 'teams', userId: '29:new' }]);
    expect((await store.read(EVERYTHING)).students.s2.pendingEmail).toBeUndefined();
    expect(await people.roleOf({ platform: 'teams', userId: '29:new' })).toEqual({ kind: 'student', studentId: 's2' });
    expect(await people.linkByEmail({ platform: 'teams', userId: '29:other' }, ['sanne@school.nl'])).toBeUndefined();
    expect(await people.languageFor({ platform: 'teams', userId: '29:new' })).toBe('en');
  });
});

describe('someone with several roles', () => {
  it('acts as coordinator by default, and in another role they hold once they choose it', async () => {
    const { store, people } = await service();
    await store.update(EVERYTHING, (d) => {
      d.students.s1.identities.push({ platform: 'teams', userId: 'teams-coordinator' });
    });
    const person = { platform: 'teams' as const, userId: 'teams-coordinator' };
    expect(await people.roleOf(person)).toEqual({ kind: 'coordinator' });
    expect(await people.chooseRole(person, 'student')).toBe(true);
    expect(await people.roleOf(person)).toEqual({ kind: 'student', studentId: 's1' });
    expect(await people.chooseRole(person, 'company-contact')).toBe(false);
    expect(await people.roleOf(person)).toEqual({ kind: 'student', studentId: 's1' });
    await people.setLanguagePreference(person, 'en');
    expect(await people.roleOf(person)).toEqual({ kind: 'student', studentId: 's1' });
  });
});
