import { describe, expect, it } from 'vitest';
import { issueLink, openLink } from '../../bot/web-links/web-links.js';
import { BEFORE_DEADLINE, companyRoundData, formOf, intakeHarness, textOf } from '../testing/intake-fixture.js';
import { nl } from '../texts/nl.js';

describe('revoking a company\'s personal links', () => {
  it('offers the companies reached by e-mail, and stops their links at once', async () => {
    const data = companyRoundData();
    data.companies.c1.contacts.push({ platform: 'email', userId: 'planning@linde.nl' });
    const h = await intakeHarness(data);
    const { token } = await issueLink(h.store, { companyId: 'c1', roundId: 'r1', email: 'planning@linde.nl' }, BEFORE_DEADLINE);
    const form = formOf(await h.say('links intrekken', 'nl', 'coord-1'));
    expect(form.fields[0]).toMatchObject({ id: 'companyId', value: 'c1' });
    expect(textOf(await h.submit('companies.links.revoke', { companyId: 'c1' }, 'nl', 'coord-1'))).toBe(nl.web.revoked('Zorggroep De Linde', 1));
    expect(await openLink(h.store, token, BEFORE_DEADLINE)).toEqual({ ok: false });
  });
});
