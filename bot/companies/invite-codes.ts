// One-time codes that let a company contact link their chat account to the company. The code is
// the secret: it is stored as the key of its record but never written to the audit log.
import { randomInt } from 'node:crypto';
import { appendAudit } from '../audit-log.js';
import { Id } from '../domain/common.js';
import type { KoppelView } from '../koppel-data.js';
import { conversationKey, personScope, type PersonKey } from '../people.js';
import { mergeScopes, updateSettled } from '../scoped-work.js';
import { auditActorOf, isKnownPerson } from './known-person.js';
import { byIds, companyKey, type KoppelStore, type Scope } from '../store/index.js';

// No 0/O, 1/I/L: a code read aloud or copied from paper cannot be mistyped into another code.
export const INVITE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const INVITE_CODE_LENGTH = 8;
export const INVITE_VALID_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
// randomInt accepts ranges below 2^48.
const RANDOM_RANGE = 2 ** 48 - 1;

export type CreateInviteResult = { ok: true; code: string; expiresAt: string } | { ok: false; reason: 'unknown-company' };
export type RedeemResult =
  | { ok: true; companyId: string; companyName: string }
  | { ok: false; reason: 'unknown' | 'used' | 'expired' | 'already-linked' };

/** A uniform number in [0, 1) from the system's secure source; tests inject their own. */
function secureRandom(): number {
  return randomInt(RANDOM_RANGE) / RANDOM_RANGE;
}

/** The stored form: capitals only, no dash or spaces, so "abcd efgh" and "ABCD-EFGH" are one code. */
export function normaliseInviteCode(code: string): string {
  return code.replace(/[\s\-\u2010-\u2015]/g, '').toUpperCase();
}

/** As the contact sees it: XXXX-XXXX. */
export function formatInviteCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

export async function createInviteCode(
  store: KoppelStore, companyId: string, actorId: string, now: Date, random: () => number = secureRandom,
): Promise<CreateInviteResult> {
  Id.parse(actorId);
  const expiresAt = new Date(now.getTime() + INVITE_VALID_DAYS * DAY_MS).toISOString();
  // Drawn before the unit of work, so it reads only these codes (is one taken?) and the company's own.
  const candidates = drawCodes(random);
  const scope = { companies: byIds(companyId), inviteCodes: { ids: candidates, keys: [companyKey(companyId)] } };
  return store.update(scope, (data): CreateInviteResult => {
    if (!Object.hasOwn(data.companies, companyId)) return { ok: false, reason: 'unknown-company' };
    forgetOldCodes(data, companyId, now);
    const code = candidates.find((c) => !Object.hasOwn(data.inviteCodes, c));
    if (code === undefined) throw new Error('could not find an unused invite code');
    data.inviteCodes[code] = { companyId, createdBy: actorId, createdAt: now.toISOString(), expiresAt };
    appendAudit(data, { actorId, action: 'company.invited', subjectType: 'company', subjectId: companyId, detail: { validDays: INVITE_VALID_DAYS } }, now);
    return { ok: true, code: formatInviteCode(code), expiresAt };
  });
}

/**
 * Codes that expired more than INVITE_VALID_DAYS ago are forgotten when the company gets a new one:
 * long enough to tell someone "expired" rather than "unknown", and the store does not grow for ever.
 */
function forgetOldCodes(data: KoppelView, companyId: string, now: Date): void {
  const before = now.getTime() - INVITE_VALID_DAYS * DAY_MS;
  for (const [code, invite] of Object.entries(data.inviteCodes)) {
    if (invite.companyId === companyId && Date.parse(invite.expiresAt) < before) delete data.inviteCodes[code];
  }
}

// With 31^8 codes a clash is rare; a few candidates stop a broken random source from looping forever.
const CANDIDATES = 20;

function drawCodes(random: () => number): string[] {
  const codes = Array.from({ length: CANDIDATES }, () =>
    Array.from({ length: INVITE_CODE_LENGTH }, () => INVITE_ALPHABET[Math.floor(random() * INVITE_ALPHABET.length) % INVITE_ALPHABET.length]).join(''));
  return [...new Set(codes)];
}

export async function redeemInviteCode(store: KoppelStore, person: PersonKey, code: string, now: Date): Promise<RedeemResult> {
  const key = normaliseInviteCode(code);
  // The code, its company, and the person's own records (someone known already is refused).
  const scopeOf = (data: Readonly<KoppelView>): Scope => {
    const invite = Object.hasOwn(data.inviteCodes, key) ? data.inviteCodes[key] : undefined;
    return mergeScopes(personScope(person), { inviteCodes: byIds(key), companies: byIds(invite?.companyId) });
  };
  return updateSettled(store, scopeOf, (data): RedeemResult => {
    const invite = Object.hasOwn(data.inviteCodes, key) ? data.inviteCodes[key] : undefined;
    const company = invite && Object.hasOwn(data.companies, invite.companyId) ? data.companies[invite.companyId] : undefined;
    if (invite === undefined || company === undefined) return { ok: false, reason: 'unknown' };
    if (isKnownPerson(data, person)) return { ok: false, reason: 'already-linked' };
    if (invite.usedAt !== undefined) return { ok: false, reason: 'used' };
    if (now.getTime() >= Date.parse(invite.expiresAt)) return { ok: false, reason: 'expired' };
    company.contacts.push({ platform: person.platform, userId: person.userId });
    company.contactsSince = now.toISOString();
    invite.usedBy = conversationKey(person);
    invite.usedAt = now.toISOString();
    appendAudit(data, {
      actorId: auditActorOf(person), action: 'company.contact-linked', subjectType: 'company', subjectId: company.id, detail: { via: 'invite-code' },
    }, now);
    return { ok: true, companyId: company.id, companyName: company.name };
  });
}
