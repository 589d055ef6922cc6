import { describe, expect, it } from 'vitest';
import type { PersonKey } from '../people.js';
import { AAD_ID, now, openStore, storedCompany, storedStudent } from './testing/company-test-support.js';
import { createInviteCode, INVITE_ALPHABET, redeemInviteCode } from './invite-codes.js';
import { EVERYTHING } from '../store/index.js';

const DAY = 24 * 60 * 60 * 1000;
const newContact: PersonKey = { platform: 'teams', userId: '29:new-contact' };

function storeWithCompany() {
  return openStore((d) => { d.companies.cmp_old = storedCompany(); d.students.stu_1 = storedStudent(); });
}

async function invite(store = storeWithCompany(), random?: () => number) {
  const result = await createInviteCode(store, 'cmp_old', 'coord-1', now, random);
  if (!result.ok) throw new Error(result.reason);
  return { store, ...result };
}

describe('createInviteCode', () => {
  it('makes an 8-character code from an unambiguous alphabet, shown as XXXX-XXXX, valid for 30 days', async () => {
    expect(INVITE_ALPHABET).not.toMatch(/[0O1IL]/);
    const codes = await Promise.all(Array.from({ length: 30 }, () => invite()));
    for (const { code, expiresAt } of codes) {
      expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
      expect(expiresAt).toBe(new Date(now.getTime() + 30 * DAY).toISOString());
    }
    expect(new Set(codes.map((c) => c.code)).size).toBe(30);
  });

  it('stores who made it for which company, and audits it without the code', async () => {
    const { store, code } = await invite();
    const data = await store.read(EVERYTHING);
    expect(data.inviteCodes[code.replace('-', '')]).toEqual({ companyId: 'cmp_old', createdBy: 'coord-1', createdAt: now.toISOString(), expiresAt: expect.any(String) });
    expect(data.audit).toEqual([expect.objectContaining({ actorId: 'coord-1', action: 'company.invited', subjectType: 'company', subjectId: 'cmp_old' })]);
    const audit = JSON.stringify(data.audit);
    expect(audit).not.toContain(code);
    expect(audit).not.toContain(code.replace('-', ''));
  });

  it('uses the injected random source, and draws again when a code is taken', async () => {
    const store = storeWithCompany();
    const first = await invite(store, () => 0);
    expect(first.code).toBe('AAAA-AAAA');
    const values = [...Array(8).fill(0), ...Array(8).fill(0.999)];
    const second = await invite(store, () => values.shift() ?? 0);
    expect(second.code).toBe('9999-9999');
  });

  it('refuses a company that does not exist, and writes nothing', async () => {
    const store = storeWithCompany();
    expect(await createInviteCode(store, 'cmp_nope', 'coord-1', now)).toEqual({ ok: false, reason: 'unknown-company' });
    expect((await store.read(EVERYTHING)).inviteCodes).toEqual({});
  });
});

describe('redeemInviteCode', () => {
  it('links the person to the company, typed in lower case and without the dash, and marks the code used', async () => {
    const { store, code } = await invite();
    const typed = ` ${code.replace('-', '').toLowerCase()} `;
    expect(await redeemInviteCode(store, newContact, typed, now)).toEqual({ ok: true, companyId: 'cmp_old', companyName: 'Zorggroep Maas' });
    const data = await store.read(EVERYTHING);
    expect(data.companies.cmp_old.contacts).toContainEqual({ platform: 'teams', userId: '29:new-contact' });
    expect(data.inviteCodes[code.replace('-', '')]).toMatchObject({ usedBy: 'teams:29:new-contact', usedAt: now.toISOString() });
    expect(data.audit.at(-1)).toMatchObject({ action: 'company.contact-linked', subjectType: 'company', subjectId: 'cmp_old', actorId: '29:new-contact' });
    expect(JSON.stringify(data.audit)).not.toContain(code.replace('-', ''));
  });

  it('works only once', async () => {
    const { store, code } = await invite();
    expect((await redeemInviteCode(store, newContact, code, now)).ok).toBe(true);
    expect(await redeemInviteCode(store, { platform: 'slack', userId: 'U0SECOND' }, code, now)).toEqual({ ok: false, reason: 'used' });
    expect((await store.read(EVERYTHING)).companies.cmp_old.contacts).toHaveLength(2);
  });

  it('expires after 30 days', async () => {
    const { store, code } = await invite();
    expect(await redeemInviteCode(store, newContact, code, new Date(now.getTime() + 30 * DAY))).toEqual({ ok: false, reason: 'expired' });
    expect((await redeemInviteCode(store, newContact, code, new Date(now.getTime() + 30 * DAY - 1))).ok).toBe(true);
  });

  it('says "expired" for a month after expiry; codes older than that are forgotten when a new one is made', async () => {
    const { store, code } = await invite();
    const key = code.replace('-', '');
    const later = (days: number) => new Date(now.getTime() + days * DAY);
    await createInviteCode(store, 'cmp_old', 'coord-1', later(59));
    expect(await redeemInviteCode(store, newContact, code, later(59))).toEqual({ ok: false, reason: 'expired' });
    await createInviteCode(store, 'cmp_old', 'coord-1', later(61));
    expect(Object.hasOwn((await store.read(EVERYTHING)).inviteCodes, key)).toBe(false);
    expect(Object.keys((await store.read(EVERYTHING)).inviteCodes)).toHaveLength(2);
  });

  it('refuses an existing contact and a student (also when known by Azure AD object id), and changes nothing', async () => {
    const { store, code } = await invite(openStore((d) => {
      d.companies.cmp_old = storedCompany({ contacts: [{ platform: 'teams', userId: '29:known-contact' }, { platform: 'teams', userId: AAD_ID }] });
      d.students.stu_1 = storedStudent();
    }));
    for (const person of [
      { platform: 'teams', userId: '29:known-contact' },
      { platform: 'teams', userId: '29:student' },
      { platform: 'teams', userId: '29:other-id', aadObjectId: AAD_ID },
    ] as PersonKey[]) {
      expect(await redeemInviteCode(store, person, code, now)).toEqual({ ok: false, reason: 'already-linked' });
    }
    const data = await store.read(EVERYTHING);
    expect(data.companies.cmp_old.contacts).toHaveLength(2);
    expect(data.inviteCodes[code.replace('-', '')].usedAt).toBeUndefined();
  });

  it('does not know a code that was never made', async () => {
    const { store } = await invite();
    expect(await redeemInviteCode(store, newContact, 'ABCD-EFGH', now)).toEqual({ ok: false, reason: 'unknown' });
    expect(await redeemInviteCode(store, newContact, '', now)).toEqual({ ok: false, reason: 'unknown' });
  });
});
