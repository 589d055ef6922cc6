import { describe, expect, it } from 'vitest';
import { companyRoundData, CONTACT_USER, formOf, intakeHarness, textOf } from '../testing/intake-fixture.js';
import { EVERYTHING } from '../../bot/store/index.js';
import { DEFAULT_RETENTION } from '../../bot/retention/retention-policy.js';

const offer = {
  roundId: 'r1', places: '3', supervisionCapacity: '2', days: 'mon,tue,wed', programmeCodes: '90001', workProcesses: '90001/B1-K1-W3,90001/B1-K1-W2',
  organisationType: 'verpleeghuis', learnText: 'Je helpt bij de verzorging van bewoners en leert wonden verzorgen.', extraSupport: 'false',
  locationId: 'loc1', requirements: '', otherRequirement: '', placesStayFree: 'true', introductionIsNoSelection: 'true', noSubjectiveRefusal: 'true', actsOnDiscrimination: 'true',
};

async function contact() {
  const h = await intakeHarness(companyRoundData());
  const as = (verb: string, values: Record<string, unknown> = {}) => h.submit(verb, values, 'nl', CONTACT_USER);
  return { ...h, as, offers: async () => Object.values((await h.store.read(EVERYTHING)).offers) };
}

describe('company offer', () => {
  it('is only for company contacts; others hear how to get linked', async () => {
    const h = await contact();
    expect(textOf(await h.say('aanbod'))).toContain('Heeft u een uitnodigingscode');
    expect(textOf(await h.submit('offer.save', offer))).toContain('Heeft u een uitnodigingscode');
    expect(await h.offers()).toEqual([]);
  });

  it('shows one card for the open round and saves it, placing at most the smaller of places and supervision', async () => {
    const h = await contact();
    const card = formOf(await h.say('aanbod', 'nl', CONTACT_USER));
    expect(card.id).toBe('offer.edit');
    expect(card.actions[0]).toMatchObject({ verb: 'offer.save', data: { roundId: 'r1' } });
    const summary = formOf(await h.as('offer.save', offer));
    expect(summary.intro).toContain('Wij plaatsen hier hoogstens 2 studenten.');
    expect(await h.offers()).toEqual([expect.objectContaining({ companyId: 'c1', roundId: 'r1', places: 3, supervisionCapacity: 2, workProcesses: ['90001/B1-K1-W3', '90001/B1-K1-W2'] })]);
  });

  it('promises on the card how long the contact details are kept, from the same period the retention pass uses', async () => {
    const h = await contact();
    expect(formOf(await h.as('offer.show', { roundId: 'r1' })).intro).toContain(`ten minste ${DEFAULT_RETENTION.companies} maanden na uw laatste stage`);
    const longer = await intakeHarness(companyRoundData(), undefined, undefined, false, { retention: { ...DEFAULT_RETENTION, companies: 36 } });
    expect(formOf(await longer.say('offer', 'en', CONTACT_USER)).intro).toContain('at least 36 months after your last internship');
    // Shown again with an error, the card still says it.
    expect(formOf(await h.as('offer.save', { ...offer, learnText: '' })).intro).toContain('maanden na uw laatste stage');
  });

  it('asks the days at least, the shifts the work needs, the size and the electives from the catalogue, and shows them', async () => {
    const h = await contact();
    const card = formOf(await h.say('aanbod', 'nl', CONTACT_USER));
    expect(card.fields.find((f) => f.id === 'minDays')).toMatchObject({ kind: 'number', min: 1, max: 7, value: 1 });
    expect(card.fields.find((f) => f.id === 'electives')).toMatchObject({ kind: 'multi-choice', choices: [expect.objectContaining({ value: 'K9011' }), expect.objectContaining({ value: 'K9012' }), expect.objectContaining({ value: 'K9013' })] });
    const summary = formOf(await h.as('offer.save', { ...offer, minDays: '2', shiftsNeeded: 'early,weekend', organisationSize: '50-249', electives: 'K9012', allowancePerMonth: '300' }));
    expect(await h.offers()).toEqual([expect.objectContaining({ minDays: 2, shiftsNeeded: ['early', 'weekend'], organisationSize: '50-249', electives: ['K9012'], allowancePerMonth: 300 })]);
    const facts = Object.fromEntries((summary.sections ?? [])[0].facts.map((f) => [f.label, f.value]));
    expect(facts).toMatchObject({
      'Op hoeveel van die dagen moet de student minstens kunnen?': '2',
      'Diensten die het werk vraagt (mag leeg)': 'Vroege diensten (voor 8 uur), Weekenddiensten',
      'Hoeveel medewerkers heeft uw organisatie? (mag leeg)': '50 tot 250 medewerkers',
      'Stagevergoeding per maand in euro (mag leeg)': '€ 300 per maand',
    });
    expect(facts['Keuzedelen die bij het werk passen (mag leeg)']).toMatch(/^K9012 /);
  });

  it('refuses more days at least than days chosen, an unknown shift or an elective of another programme, and stores nothing', async () => {
    const h = await contact();
    expect(formOf(await h.as('offer.save', { ...offer, minDays: '4' })).errors).toEqual({ minDays: 'Dat zijn meer dagen dan u hierboven koos. Kies minder, of kies meer dagen.' });
    expect(formOf(await h.as('offer.save', { ...offer, shiftsNeeded: 'night' })).errors).toEqual({ shiftsNeeded: 'Die keuze ken ik niet (meer). Kies opnieuw uit de lijst.' });
    expect(formOf(await h.as('offer.save', { ...offer, electives: 'K9021' })).errors).toEqual({ electives: 'Die keuze ken ik niet (meer). Kies opnieuw uit de lijst.' });
    expect(await h.offers()).toEqual([]);
  });

  it('says what to fix, keeps what was typed, and stores nothing without the agreement', async () => {
    const h = await contact();
    const form = formOf(await h.as('offer.save', { ...offer, supervisionCapacity: 'veel', noSubjectiveRefusal: 'false' }));
    expect(form.errors).toEqual({ supervisionCapacity: 'Vul een getal in van 0 tot 50.', noSubjectiveRefusal: 'Zonder deze afspraak kunnen we uw aanbod niet gebruiken.' });
    expect(form.fields.find((f) => f.id === 'learnText')?.value).toBe(offer.learnText);
    expect(await h.offers()).toEqual([]);
  });

  it('refuses text about protected grounds with an explanation, next to the field', async () => {
    const h = await contact();
    const form = formOf(await h.as('offer.save', { ...offer, otherRequirement: 'Alleen studenten met een Nederlandse afkomst' }));
    expect(form.errors?.otherRequirement).toMatch(/persoonlijk kenmerk/);
    expect(await h.offers()).toEqual([]);
  });

  it('names every refused phrase with its ground at once, each next to its own field', async () => {
    const h = await contact();
    const form = formOf(await h.as('offer.save', {
      ...offer,
      learnText: `${offer.learnText} Liever geen moslims.`,
      otherRequirement: 'Alleen Nederlandse studenten, onder de 25, moet goed in ons team passen',
    }));
    expect(form.errors?.learnText).toContain('"Liever geen moslims" (geloof)');
    expect(form.errors?.otherRequirement).toContain('"Alleen Nederlandse studenten" (nationaliteit); "onder de 25" (leeftijd); "ons team passen" ("klik" of passen in het team)');
    expect(await h.offers()).toEqual([]);
  });

  it('accepts a language level and subject matter in the free text', async () => {
    const h = await contact();
    await h.as('offer.save', { ...offer, learnText: 'Je leert Surinaamse en Turkse gerechten bereiden.', otherRequirement: 'Nederlands op niveau 2F' });
    expect((await h.offers())[0].otherRequirement?.text).toBe('Nederlands op niveau 2F');
  });

  it('holds another requirement for the school to review', async () => {
    const h = await contact();
    const summary = formOf(await h.as('offer.save', { ...offer, otherRequirement: 'Stevige werkschoenen' }));
    expect(summary.intro).toContain('bekijkt de school eerst');
    expect((await h.offers())[0].otherRequirement).toEqual({ text: 'Stevige werkschoenen', review: 'pending' });
  });

  it('can be changed until the deadline, then only shown', async () => {
    const h = await contact();
    await h.as('offer.save', offer);
    await h.as('offer.save', { ...offer, places: '5' });
    expect((await h.offers()).map((o) => o.places)).toEqual([5]);
    h.clock.now = new Date('2027-01-12T17:00:00+01:00');
    const replies = await h.say('aanbod', 'nl', CONTACT_USER);
    expect(textOf(replies)).toContain('De deadline');
    expect(formOf(replies).actions).toEqual([]);
    await h.as('offer.save', { ...offer, places: '9' });
    expect((await h.offers()).map((o) => o.places)).toEqual([5]);
  });
});

describe('invite codes', () => {
  it('a coordinator makes a code; the contact types it and can then give their offer', async () => {
    const h = await intakeHarness(companyRoundData());
    const made = textOf(await h.submit('companies.invite', { companyId: 'c1' }, 'nl', 'coord-1'));
    const code = /code ([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(made)?.[1];
    expect(code).toBeDefined();
    // Typing in the chat gives Koppel the contact's conversation, as the Teams adapter stores it.
    await h.services().rememberConversation({ platform: 'teams', userId: 'new-contact' }, { conversation: { id: 'chat-new-contact' } });
    expect(textOf(await h.say(`code ${code!.toLowerCase()}`, 'nl', 'new-contact'))).toContain('U bent nu contactpersoon van **Zorggroep De Linde**');
    // The round is open already: the new contact is asked for the offer, like those asked at the opening.
    const requests = Object.values((await h.store.read(EVERYTHING)).outbox).filter((e) => e.kind === 'offer-requested');
    expect(requests.map((e) => e.recipient.userId)).toContain('new-contact');
    expect(formOf(await h.say('aanbod', 'nl', 'new-contact')).id).toBe('offer.edit');
    expect(textOf(await h.say(`code ${code}`, 'nl', 'someone-else'))).toContain('al gebruikt');
  });
});

describe('round status', () => {
  it('shows coordinators who answered and usable places against students', async () => {
    const h = await contact();
    await h.as('offer.save', offer);
    const replies = await h.say('ronde status', 'nl', 'coord-1');
    expect(replies[0]).toMatchObject({ kind: 'live', key: 'status:r1' });
    const status = formOf(replies);
    const section = (title: string) => status.sections?.find((s) => s.title === title)?.facts;
    expect(section('Leerbedrijven')?.[0].value).toBe('1 van 1 hebben hun aanbod gegeven');
    expect(section('Per opleiding: bruikbare plekken / studenten')).toEqual([expect.objectContaining({ value: '2 / 1 · 3 plekken, begeleiding voor 2' })]);
    expect(section('Studenten')).toEqual(expect.arrayContaining([{ label: 'Geïmporteerd', value: '1' }, { label: 'Leerwens bevestigd', value: '0' }]));
    expect(section('Momenten')).toEqual(expect.arrayContaining([{ label: 'Deadline leerwensen', value: '10 januari 2027 om 17:00 (nog 5 dagen)' }]));
    expect(textOf(await h.say('ronde status', 'nl', CONTACT_USER))).toContain('Dit kan alleen een stagecoördinator doen');
  });
});

describe('adding one company by card', () => {
  it('says per field what to fix, then registers the company with its location and contact', async () => {
    const h = await intakeHarness(companyRoundData());
    const add = (values: Record<string, unknown>) => h.submit('companies.add', values, 'nl', 'coord-1');
    expect(formOf(await h.say('bedrijf toevoegen', 'nl', 'coord-1')).id).toBe('companies.add');
    const bad = formOf(await add({ name: 'Bakkerij Kok', sbbNumber: '12', postcode: '30', municipality: 'Schiedam' }));
    expect(Object.keys(bad.errors ?? {}).sort()).toEqual(['postcode', 'sbbNumber']);
    expect(bad.fields.find((f) => f.id === 'name')?.value).toBe('Bakkerij Kok');
    expect(textOf(await add({ name: 'Bakkerij Kok', sbbNumber: '7654321', postcode: '3111 AB', municipality: 'Schiedam', contactEmail: 'Jan@Bakkerijkok.nl' }))).toContain('**Bakkerij Kok** is toegevoegd');
    const company = Object.values((await h.store.read(EVERYTHING)).companies).find((c) => c.name === 'Bakkerij Kok');
    expect(company).toMatchObject({ sbbNumber: '7654321', pendingContactEmails: ['jan@bakkerijkok.nl'], locations: [{ postcodeArea: '3111', municipality: 'Schiedam' }] });
    const status = formOf(await h.say('ronde status', 'nl', 'coord-1'));
    expect(status.sections?.find((s) => s.title === 'Leerbedrijven')?.facts[1]).toEqual({ label: 'Nog geen aanbod van', value: 'Zorggroep De Linde, Bakkerij Kok' });
  });
});

// Verzorgende-IG (90001) and Kok (90004) both have a B1-K1-W1 that means different work.
describe('an offer for two programmes whose work-process codes collide', () => {
  async function twoProgrammes() {
    const data = companyRoundData();
    data.rounds.r1.programmeCodes = ['90001', '90004'];
    const h = await intakeHarness(data);
    const as = (verb: string, values: Record<string, unknown> = {}) => h.submit(verb, values, 'nl', CONTACT_USER);
    return { ...h, as, offers: async () => Object.values((await h.store.read(EVERYTHING)).offers) };
  }

  it('gives every box its own value, qualified by the programme', async () => {
    const h = await twoProgrammes();
    const field = formOf(await h.say('aanbod', 'nl', CONTACT_USER)).fields.find((f) => f.id === 'workProcesses');
    const values = field?.kind === 'multi-choice' ? field.choices.map((c) => c.value) : [];
    expect(new Set(values).size).toBe(values.length);
    expect(values).toEqual(expect.arrayContaining(['90001/B1-K1-W1', '90004/B1-K1-W1']));
  });

  it('ticks the same boxes again after a refused save, and stores and shows the Kok process by its title', async () => {
    const h = await twoProgrammes();
    const kitchen = { ...offer, programmeCodes: '90001,90004', workProcesses: '90004/B1-K1-W1,90001/B1-K1-W3', organisationType: 'verpleeghuis' };
    const refused = formOf(await h.as('offer.save', { ...kitchen, supervisionCapacity: 'veel' }));
    expect(refused.fields.find((f) => f.id === 'workProcesses')?.value).toEqual(['90004/B1-K1-W1', '90001/B1-K1-W3']);
    const summary = formOf(await h.as('offer.save', kitchen));
    expect((await h.offers())[0].workProcesses).toEqual(['90004/B1-K1-W1', '90001/B1-K1-W3']);
    // One line per programme, named: the same code means different work in the other one.
    const shown = summary.sections?.[0].facts.filter((f) => f.label.startsWith('Welk werk')) ?? [];
    expect(shown.map((f) => f.label)).toEqual(['Welk werk kan de student bij u doen? (Verzorgende-IG)', 'Welk werk kan de student bij u doen? (Zelfstandig werkend kok)']);
    expect(shown[0].value).toBe('Biedt persoonlijke verzorging (B1-K1-W3)');
    expect(shown[1].value).toMatch(/^Bereidt de werkzaamheden in de .*\(B1-K1-W1\)$/);
  });
});
