import { describe, expect, it } from 'vitest';
import { emptyKoppelData } from '../koppel-data.js';
import { EVERYTHING, openMemoryKoppelStore } from '../store/index.js';
import { issueLink, openLink, revokeLinks, tokenHash } from './web-links.js';

const now = new Date('2027-01-05T10:00:00Z');
const link = { companyId: 'c1', roundId: 'r1', email: 'Planning@Kapsalon.nl' };

describe('personal web links', () => {
  it('stores only the hash of the token, and opens for the company, round and contact it was made for', async () => {
    const store = openMemoryKoppelStore(emptyKoppelData());
    const { token, expiresAt } = await issueLink(store, link, now);
    const stored = (await store.read(EVERYTHING)).webLinks;
    expect(Object.keys(stored)).toEqual([tokenHash(token)]);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await openLink(store, token, now)).toMatchObject({ ok: true, link: { companyId: 'c1', roundId: 'r1', email: 'planning@kapsalon.nl', expiresAt } });
  });

  it('refuses an altered, unknown, expired or revoked link alike', async () => {
    const store = openMemoryKoppelStore(emptyKoppelData());
    const { token, expiresAt } = await issueLink(store, link, now, 10);
    const altered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect(await openLink(store, altered, now)).toEqual({ ok: false });
    expect(await openLink(store, 'not-a-token', now)).toEqual({ ok: false });
    expect(await openLink(store, token, new Date(expiresAt))).toEqual({ ok: false });
    const other = await issueLink(store, { ...link, companyId: 'c2' }, now);
    expect(await revokeLinks(store, 'c1', 'coord-1', now)).toBe(1);
    expect(await openLink(store, token, now)).toEqual({ ok: false });
    // Another company's link is not touched, and the revocation is audited by id only.
    expect((await openLink(store, other.token, now)).ok).toBe(true);
    expect((await store.read(EVERYTHING)).audit.map((a) => [a.action, a.subjectId, a.detail])).toEqual([['company.links-revoked', 'c1', { links: 1 }]]);
  });
});
