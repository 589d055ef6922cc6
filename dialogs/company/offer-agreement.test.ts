import { describe, expect, it } from 'vitest';
import { Offer } from '../../bot/domain/offer.js';
import { companyRoundData, CONTACT_USER, formOf, intakeHarness } from '../testing/intake-fixture.js';
import { EVERYTHING } from '../../bot/store/index.js';

const OLD_AGREEMENT = { placesStayFree: true, introductionIsNoSelection: true, noSubjectiveRefusal: true };

// The third of the Stappenplan's agreements with companies: acting early on discrimination at the
// workplace. Offers saved before the form asked it still read; a save now needs it.
describe('the company agreement: acting early on discrimination', () => {
  async function withOldOffer() {
    const data = companyRoundData();
    // Stored as JSON before the field existed: it reads back unchanged.
    data.offers.o1 = Offer.parse(JSON.parse(JSON.stringify({
      id: 'o1', roundId: 'r1', companyId: 'c1', places: 2, supervisionCapacity: 2, days: ['mon'], programmeCodes: ['90001'], workProcesses: ['90001/B1-K1-W3'],
      organisationType: 'verpleeghuis', learnText: 'Je helpt bij de verzorging van bewoners.', extraSupport: { available: false }, locationId: 'loc1',
      requirements: [], agreement: OLD_AGREEMENT, updatedAt: '2026-01-01T00:00:00.000Z',
    })));
    expect(data.offers.o1.agreement).toEqual(OLD_AGREEMENT);
    const h = await intakeHarness(data);
    return { ...h, as: (verb: string, values: Record<string, unknown> = {}) => h.submit(verb, values, 'nl', CONTACT_USER) };
  }

  it('asks it on the card, unticked for an offer saved before it existed, with the VOG explained', async () => {
    const h = await withOldOffer();
    const card = formOf(await h.as('offer.show', { roundId: 'r1' }));
    const field = card.fields.find((f) => f.id === 'actsOnDiscrimination');
    expect(field).toMatchObject({ kind: 'toggle', label: expect.stringContaining('discriminatie op de werkplek') });
    expect(field && 'value' in field ? field.value : undefined).toBeUndefined();
    expect(card.fields.find((f) => f.id === 'placesStayFree')).toMatchObject({ value: true });
    expect(card.fields.find((f) => f.id === 'requirements')?.help).toContain('VOG is geen voorwaarde voor de koppeling');
  });

  it('refuses a save without it and keeps the old offer; saves it once agreed', async () => {
    const h = await withOldOffer();
    const values = {
      roundId: 'r1', places: '3', supervisionCapacity: '2', days: 'mon', programmeCodes: '90001', workProcesses: '90001/B1-K1-W3',
      organisationType: 'verpleeghuis', learnText: 'Je helpt bij de verzorging van bewoners.', extraSupport: 'false', locationId: 'loc1',
      placesStayFree: 'true', introductionIsNoSelection: 'true', noSubjectiveRefusal: 'true',
    };
    const refused = formOf(await h.as('offer.save', values));
    expect(refused.errors).toEqual({ actsOnDiscrimination: 'Zonder deze afspraak kunnen we uw aanbod niet gebruiken.' });
    expect((await h.store.read(EVERYTHING)).offers.o1).toMatchObject({ places: 2, agreement: OLD_AGREEMENT });
    await h.as('offer.save', { ...values, actsOnDiscrimination: 'true' });
    expect((await h.store.read(EVERYTHING)).offers.o1).toMatchObject({ places: 3, agreement: { ...OLD_AGREEMENT, actsOnDiscrimination: true } });
  });
});
