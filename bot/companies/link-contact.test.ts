import { describe, expect, it } from 'vitest';
import type { PersonKey } from '../people.js';
import { now, openStore, storedCompany, storedStudent } from './testing/company-test-support.js';
import { linkContactByEmail } from './link-contact.js';
import { EVERYTHING } from '../store/index.js';

const newcomer: PersonKey = { platform: 'teams', userId: '29:newcomer' };

function store() {
  return openStore((d) => { d.companies.cmp_old = storedCompany(); d.students.stu_1 = storedStudent(); });
}

describe('linkContactByEmail', () => {
  it('links a person whose e-mail the school registered, once, and audits it by id', async () => {
    const s = store();
    expect(await linkContactByEmail(s, newcomer, ['Pending@Maas.nl'], now)).toBe('cmp_old');
    const data = await s.read(EVERYTHING);
    expect(data.companies.cmp_old.contacts).toContainEqual({ platform: 'teams', userId: '29:newcomer' });
    expect(data.companies.cmp_old.pendingContactEmails).toEqual([]);
    expect(data.audit).toEqual([expect.objectContaining({ action: 'company.contact-linked', subjectId: 'cmp_old', actorId: '29:newcomer', at: now.toISOString() })]);
    expect(JSON.stringify(data.audit)).not.toContain('pending@maas.nl');

    expect(await linkContactByEmail(s, newcomer, ['pending@maas.nl'], now)).toBeUndefined();
    expect(await linkContactByEmail(s, { platform: 'teams', userId: '29:someone-else' }, ['pending@maas.nl'], now)).toBeUndefined();
    expect((await s.read(EVERYTHING)).companies.cmp_old.contacts).toHaveLength(2);
  });

  it('never takes over a known contact or student', async () => {
    const s = store();
    expect(await linkContactByEmail(s, { platform: 'teams', userId: '29:known-contact' }, ['pending@maas.nl'])).toBeUndefined();
    expect(await linkContactByEmail(s, { platform: 'teams', userId: '29:student' }, ['pending@maas.nl'])).toBeUndefined();
    const data = await s.read(EVERYTHING);
    expect(data.companies.cmp_old.pendingContactEmails).toEqual(['pending@maas.nl']);
    expect(data.audit).toEqual([]);
  });

  it('links a person to one company only, also when two turns arrive at once', async () => {
    const s = openStore((d) => {
      d.companies.cmp_a = storedCompany({ id: 'cmp_a', sbbNumber: '1111111', contacts: [], pendingContactEmails: ['a@a.nl'] });
      d.companies.cmp_b = storedCompany({ id: 'cmp_b', sbbNumber: '2222222', contacts: [], pendingContactEmails: ['b@b.nl'] });
    });
    const linked = await Promise.all([linkContactByEmail(s, newcomer, ['a@a.nl'], now), linkContactByEmail(s, newcomer, ['b@b.nl'], now)]);
    expect(linked.filter(Boolean)).toHaveLength(1);
    const data = await s.read(EVERYTHING);
    expect(data.companies.cmp_a.contacts.length + data.companies.cmp_b.contacts.length).toBe(1);
  });

  it('does nothing for an unknown or empty e-mail', async () => {
    const s = store();
    expect(await linkContactByEmail(s, newcomer, ['other@maas.nl', ' '])).toBeUndefined();
    expect(await linkContactByEmail(s, newcomer, [])).toBeUndefined();
    expect((await s.read(EVERYTHING)).companies.cmp_old.contacts).toHaveLength(1);
  });
});
