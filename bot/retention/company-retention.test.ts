import { describe, expect, it } from 'vitest';
import { roundFigures } from '../figures/round-figures.js';
import type { KoppelView } from '../koppel-data.js';
import { EVERYTHING, openMemoryKoppelStore } from '../store/index.js';
import { CONTACT_USER } from '../testing/round-builders.js';
import { world } from './testing/retention-world.js';
import { DEFAULT_RETENTION } from './retention-policy.js';
import { runRetentionPass } from './retention-pass.js';
import { upcomingDeletions } from './upcoming-deletions.js';

// The round's internships end 2027-07-05. A company's contacts are kept `companies` months (24) after
// the later of that and its last new contact: until 2029-07-05, so to the end of that school year.
const DUE = new Date('2029-07-31T22:00:00Z');
const MAIL = 'planning@zorggroep.nl';

function withContacts(): KoppelView {
  const data = world();
  data.rounds.r1.status = 'archived';
  Object.assign(data.companies.c1, {
    contacts: [{ platform: 'teams', userId: CONTACT_USER }, { platform: 'email', userId: MAIL }], pendingContactEmails: ['hr@zorggroep.nl'], contactsSince: '2027-01-05T10:00:00.000Z',
  });
  data.conversations[`teams:${CONTACT_USER}`] = { platform: 'teams', userId: CONTACT_USER, reference: { conversationId: 'conv-c' }, updatedAt: '2027-01-10T10:00:00Z' };
  data.preferences[`teams:${CONTACT_USER}`] = { language: 'nl' };
  // Still working when the contacts go (a link that expired goes earlier, see below).
  data.webLinks.h1 = { purpose: 'company', companyId: 'c1', roundId: 'r1', email: MAIL, createdAt: '2029-07-20T09:00:00Z', expiresAt: '2029-10-18T09:00:00Z' };
  data.inviteCodes['ABCD-EFGH'] = { companyId: 'c1', createdBy: 'coord-1', createdAt: '2026-12-01T10:00:00Z', expiresAt: '2026-12-31T10:00:00Z', usedBy: `teams:${CONTACT_USER}`, usedAt: '2026-12-02T10:00:00Z' };
  // A company with a contact added recently: its period runs from then.
  Object.assign(data.companies.c2, { contacts: [{ platform: 'teams', userId: 'teams-new-contact' }], contactsSince: '2029-06-01T10:00:00.000Z' });
  // A company from before contactsSince: counted from when the pass first sees it.
  Object.assign(data.companies.c0, { contacts: [{ platform: 'teams', userId: 'teams-old-contact' }] });
  return data;
}

describe('the retention pass and company records', () => {
  it('erases a company\'s contacts, links and codes at the end of the school year after its period, not before, once, keeping the organisation and its counts', async () => {
    const store = openMemoryKoppelStore(withContacts());
    const pass = (now: Date) => runRetentionPass({ store, policy: DEFAULT_RETENTION, internshipWeeks: 20, now: () => now });
    expect((await pass(new Date(DUE.getTime() - 1))).companies).toEqual([]);
    const early = await store.read(EVERYTHING);
    // The round's own kinds went a year earlier; from here only the company's contacts change.
    const figuresBefore = roundFigures(early, 'r1');
    expect(early.companies.c1.contacts).toHaveLength(2);
    expect(early.webLinks.h1).toBeDefined();
    // The company from before the field got its moment, from which its period now runs.
    expect(early.companies.c0.contactsSince).toBe(new Date(DUE.getTime() - 1).toISOString());

    expect((await pass(DUE)).companies).toEqual(['c1']);
    const after = await store.read(EVERYTHING);
    expect(after.companies.c1).toMatchObject({ name: 'Zorggroep De Naam 1', sbbNumber: '10000001', contacts: [], pendingContactEmails: [] });
    expect(after.conversations[`teams:${CONTACT_USER}`]).toBeUndefined();
    expect(after.preferences[`teams:${CONTACT_USER}`]).toBeUndefined();
    expect(after.webLinks).toEqual({});
    expect(after.inviteCodes).toEqual({});
    // The archived round's offer keeps its counts, not its words.
    expect(after.offers.o1).toMatchObject({ places: 2, supervisionCapacity: 2, workProcesses: ['B1-K1-W3'], learnText: '(verwijderd)' });
    expect(JSON.stringify(after)).not.toContain(MAIL);
    expect(JSON.stringify(after)).not.toContain('hr@zorggroep.nl');
    expect(roundFigures(after, 'r1')).toEqual(figuresBefore);
    // One audit line, by ids and counts.
    const lines = after.audit.filter((e) => e.subjectType === 'company');
    expect(lines).toEqual([expect.objectContaining({ actorId: 'koppel-retention', action: 'retention.erased', subjectId: 'c1', detail: { contacts: 2, emails: 1, chats: 1, links: 1, inviteCodes: 1, offers: 1 } })]);
    // The company with a recent contact and the one first seen now keep theirs.
    expect(after.companies.c2.contacts).toHaveLength(1);
    expect(after.companies.c0.contacts).toHaveLength(1);

    expect((await pass(new Date(DUE.getTime() + 60_000))).companies).toEqual([]);
    expect((await store.read(EVERYTHING)).audit.filter((e) => e.subjectType === 'company')).toHaveLength(1);
  });

  it('deletes links that expired or were revoked at the next pass, with one audit line of the count, and keeps working ones', async () => {
    const data = world();
    const link = { purpose: 'company' as const, companyId: 'c1', roundId: 'r1', email: MAIL, createdAt: '2027-01-20T09:00:00Z', expiresAt: '2027-04-20T09:00:00Z' };
    data.webLinks.expired = link;
    data.webLinks.revoked = { ...link, expiresAt: '2027-04-30T09:00:00Z', revokedAt: '2027-02-01T09:00:00Z' };
    data.webLinks.working = { ...link, expiresAt: '2027-04-30T09:00:00Z' };
    data.webLinks.dashboard = { purpose: 'dashboard', person: { platform: 'teams', userId: 'coord-1' }, createdAt: '2027-04-21T09:00:00Z', expiresAt: '2027-04-21T17:00:00Z' };
    const store = openMemoryKoppelStore(data);
    const pass = (iso: string) => runRetentionPass({ store, policy: DEFAULT_RETENTION, internshipWeeks: 20, now: () => new Date(iso) });
    expect((await pass('2027-04-20T08:59:59Z')).webLinks).toBe(1);
    expect((await pass('2027-04-22T09:00:00Z')).webLinks).toBe(2);
    expect(Object.keys((await store.read(EVERYTHING)).webLinks)).toEqual(['working']);
    expect((await store.read(EVERYTHING)).audit.filter((e) => e.subjectId === 'web-links').map((e) => e.detail)).toEqual([{ webLinks: 1 }, { webLinks: 2 }]);
  });

  it('keeps a company\'s contacts while a round still asks for offers', async () => {
    const data = withContacts();
    data.rounds.r2 = { ...data.rounds.r1, id: 'r2', name: 'Zorg 2030', status: 'open', internshipStart: '2030-02-15' };
    const store = openMemoryKoppelStore(data);
    expect((await runRetentionPass({ store, policy: DEFAULT_RETENTION, internshipWeeks: 20, now: () => DUE })).companies).toEqual([]);
  });

  it('lists the coming erasure of each company\'s contacts for the coordinators, by company and moment', () => {
    const upcoming = upcomingDeletions(withContacts(), DEFAULT_RETENTION, 20).filter((d) => d.kind === 'companies');
    expect(upcoming).toEqual([
      { kind: 'companies', companyId: 'c1', companyName: 'Zorggroep De Naam 1', at: DUE.toISOString() },
      { kind: 'companies', companyId: 'c2', companyName: 'Zorggroep De Naam 2', at: '2031-07-31T22:00:00.000Z' },
    ]);
  });
});
