import { createHash, randomBytes } from 'node:crypto';
import { appendAudit } from '../audit-log.js';
import type { CompanyLink, DashboardLink, WebLink } from '../domain/web-link.js';
import type { PlatformIdentity } from '../domain/common.js';
import { byIds, byKeys, companyKey, type KoppelStore } from '../store/index.js';

// Personal links for company contacts outside Teams and Slack. A link opens that company's own cards
// for one round, without a password, until it expires or a coordinator revokes it. Only the hash of
// its token is stored; a token that was altered, belongs to nobody, expired or was revoked opens
// nothing, and all of these look the same to whoever holds it.

/** How long a link works: long enough for an offer period and the first weeks after the release. */
export const LINK_DAYS = 90;

/** A coordinator's dashboard link works for a working day: it is asked for when needed. */
export const DASHBOARD_HOURS = 8;

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface LinkFor {
  companyId: string;
  roundId: string;
  email: string;
}

/** A new link (its token, shown once, in the e-mail, and when it expires) for a contact of a company in a round. */
export async function issueLink(store: KoppelStore, link: LinkFor, now: Date, days = LINK_DAYS): Promise<{ token: string; expiresAt: string }> {
  return storeLink(store, { purpose: 'company', ...link, email: link.email.toLowerCase(), createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + days * 86_400_000).toISOString() });
}

/** A new dashboard link for a coordinator, as they are known on the platform they asked from. */
export async function issueDashboardLink(store: KoppelStore, person: PlatformIdentity, now: Date, hours = DASHBOARD_HOURS): Promise<{ token: string; expiresAt: string }> {
  return storeLink(store, { purpose: 'dashboard', person: { platform: person.platform, userId: person.userId }, createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + hours * 3_600_000).toISOString() });
}

async function storeLink(store: KoppelStore, record: WebLink): Promise<{ token: string; expiresAt: string }> {
  const token = randomBytes(32).toString('base64url');
  const id = tokenHash(token);
  await store.update({ webLinks: byIds(id) }, (draft) => { draft.webLinks[id] = record; });
  return { token, expiresAt: record.expiresAt };
}

export type OpenedLink<L = CompanyLink> = { ok: true; link: L & { id: string } } | { ok: false };

/** The company link a token opens now, or nothing (the reason is not told: it would help someone guessing). */
export async function openLink(store: KoppelStore, token: string, now: Date): Promise<OpenedLink> {
  const link = await open(store, token, now);
  return link?.purpose === 'company' ? { ok: true, link } : { ok: false };
}

/** The dashboard link a token opens now, or nothing. */
export async function openDashboardLink(store: KoppelStore, token: string, now: Date): Promise<OpenedLink<DashboardLink>> {
  const link = await open(store, token, now);
  return link?.purpose === 'dashboard' ? { ok: true, link } : { ok: false };
}

async function open(store: KoppelStore, token: string, now: Date): Promise<(WebLink & { id: string }) | undefined> {
  if (!TOKEN.test(token)) return undefined;
  const id = tokenHash(token);
  const { webLinks } = await store.read({ webLinks: byIds(id) });
  const link = Object.hasOwn(webLinks, id) ? webLinks[id] : undefined;
  if (!link || link.revokedAt || Date.parse(link.expiresAt) <= now.getTime()) return undefined;
  return { ...link, id };
}

/** A coordinator revokes every link of a company that still works; returns how many. */
export async function revokeLinks(store: KoppelStore, companyId: string, actorId: string, now: Date): Promise<number> {
  return store.update({ webLinks: byKeys(companyKey(companyId)) }, (draft) => {
    const live = Object.values(draft.webLinks).filter((l) => l.purpose === 'company' && l.companyId === companyId && !l.revokedAt && Date.parse(l.expiresAt) > now.getTime());
    for (const link of live) link.revokedAt = now.toISOString();
    if (live.length > 0) appendAudit(draft, { actorId, action: 'company.links-revoked', subjectType: 'company', subjectId: companyId, detail: { links: live.length } }, now);
    return live.length;
  });
}
