import { describe, expect, it } from 'vitest';
import { EVERYTHING } from '../../bot/store/index.js';
import { notificationReplies } from '../notification-replies.js';
import { companyRoundData, CONTACT_USER, formOf, intakeHarness, readable, textOf } from '../testing/intake-fixture.js';

const OFFER = {
  roundId: 'r1', places: '2', supervisionCapacity: '2', days: 'mon,tue', programmeCodes: '90001', workProcesses: '90001/B1-K1-W3',
  organisationType: 'verpleeghuis', learnText: 'Je helpt bij de verzorging van bewoners en leert wonden verzorgen.', extraSupport: 'false',
  locationId: 'loc1', placesStayFree: 'true', introductionIsNoSelection: 'true', noSubjectiveRefusal: 'true', actsOnDiscrimination: 'true',
  otherRequirement: 'Nederlands op niveau 2F',
};

async function withOtherRequirement() {
  const data = companyRoundData();
  // The contact talked with Koppel before, so Koppel can write to them.
  data.conversations[`teams:${CONTACT_USER}`] = { platform: 'teams', userId: CONTACT_USER, reference: {}, updatedAt: '2027-01-01T10:00:00Z' };
  const h = await intakeHarness(data);
  await h.submit('offer.save', OFFER, 'nl', CONTACT_USER);
  const offer = async () => Object.values((await h.store.read(EVERYTHING)).offers)[0];
  /** What the company's contact hears, in words, of the messages sent so far. */
  const heard = async () => {
    await h.sendQueued();
    const mine = h.sent.filter((s) => s.recipient.userId === CONTACT_USER && s.notification.kind === 'offer-requirement-reviewed');
    return (await Promise.all(mine.map(async (s) => textOf(readable(await notificationReplies(s.notification, 'nl', h.services())))))).join('\n');
  };
  return { ...h, offer, heard };
}

describe('the school reviews a company\'s other requirement', () => {
  it('is for coordinators only, and lists what waits as a card to approve or refuse', async () => {
    const h = await withOtherRequirement();
    expect(textOf(await h.say('ronde eisen', 'nl', CONTACT_USER))).toContain('coördinator');
    const card = formOf(await h.say('ronde eisen', 'nl', 'coord-1'));
    expect(card).toMatchObject({ id: 'requirement.review', title: 'Andere eis van Zorggroep De Linde (Zorg februari 2027)' });
    expect(card.intro).toContain('"Nederlands op niveau 2F"');
    expect(card.actions.map((a) => a.verb)).toEqual(['requirement.approve', 'requirement.refuse']);
    // The round's status says something waits for review.
    const status = formOf(await h.say('ronde status', 'nl', 'coord-1'));
    expect(status.sections?.flatMap((s) => s.facts)).toContainEqual({ label: 'Andere eisen die wachten op beoordeling (ronde eisen)', value: '1' });
  });

  it('refuses only with a reason, keeping what was typed; the company hears the reason through the outbox', async () => {
    const h = await withOtherRequirement();
    const { id } = await h.offer();
    const again = formOf(await h.submit('requirement.refuse', { offerId: id, reason: 'x' }, 'nl', 'coord-1'));
    expect(again.errors).toEqual({ reason: 'Geef een reden van 3 tot 300 tekens; bij afkeuren is die nodig.' });
    expect(again.fields[0]).toMatchObject({ id: 'reason', value: 'x' });
    expect((await h.offer()).otherRequirement?.review).toBe('pending');
    expect(textOf(await h.submit('requirement.refuse', { offerId: id, reason: 'Taalniveau toetst de school zelf' }, 'nl', 'coord-1'))).toContain('Afgekeurd');
    expect((await h.offer()).otherRequirement).toMatchObject({ review: 'refused', reason: 'Taalniveau toetst de school zelf', reviewedBy: 'coord-1' });
    expect(await h.heard()).toContain('niet goedgekeurd: "Nederlands op niveau 2F". Reden: Taalniveau toetst de school zelf.');
    // Decided once: pressing again changes nothing and sends nothing more.
    expect(textOf(await h.submit('requirement.approve', { offerId: id }, 'nl', 'coord-1'))).toContain('al bekeken');
    expect(h.sent.filter((s) => s.notification.kind === 'offer-requirement-reviewed')).toHaveLength(1);
  });

  it('approves: never matched on, told so to the company, and listed to check by hand; the same text saved again stays approved', async () => {
    const h = await withOtherRequirement();
    const { id } = await h.offer();
    expect(textOf(await h.submit('requirement.approve', { offerId: id }, 'nl', 'coord-1'))).toContain('telt niet mee bij het koppelen');
    expect(await h.heard()).toContain('Koppel gebruikt hem niet bij het koppelen');
    const list = await h.say('ronde eisen', 'nl', 'coord-1');
    expect(list).toEqual([{ kind: 'summary', title: 'Goedgekeurd: zelf nakijken na de koppeling', facts: [{ label: 'Zorggroep De Linde (Zorg februari 2027)', value: 'Nederlands op niveau 2F' }] }]);
    const summary = formOf(await h.submit('offer.save', { ...OFFER, places: '3' }, 'nl', CONTACT_USER));
    expect((await h.offer()).otherRequirement?.review).toBe('approved');
    expect(summary.sections?.[0].facts).toContainEqual({ label: 'Andere eis (mag leeg; de school bekijkt die eerst)', value: 'Nederlands op niveau 2F (goedgekeurd; telt niet mee bij het koppelen, de school bespreekt hem na de koppeling)' });
    await h.submit('offer.save', { ...OFFER, otherRequirement: 'Nederlands op niveau 3F' }, 'nl', CONTACT_USER);
    expect((await h.offer()).otherRequirement).toEqual({ text: 'Nederlands op niveau 3F', review: 'pending' });
  });
});
