import { afterEach, describe, expect, it } from 'vitest';
import { placementsAtRelease } from '../../bot/follow-up/placements.js';
import { BEFORE_DEADLINE, companyRoundData, releasedRound } from '../../bot/testing/round-builders.js';
import { EVERYTHING } from '../../bot/store/index.js';
import { nl } from '../../dialogs/texts/nl.js';
import { buttonValue, csrfOf, MAIL_CONTACT, webHarness } from './testing/web-harness.js';

const x = nl.company.offer;

function data() {
  const d = companyRoundData();
  d.companies.c1.contacts = [{ platform: 'email', userId: MAIL_CONTACT }];
  return d;
}

/** An offer as the card asks it, with one field left to choose by each test. */
const offer = (extra: Array<[string, string]> = []): Array<[string, string]> => [
  ['places', '2'], ['supervisionCapacity', '2'], ['days', 'mon'], ['days', 'tue'], ['programmeCodes', '90001'], ['workProcesses', '90001/B1-K1-W1'],
  ['organisationType', 'verpleeghuis'], ['learnText', 'Je helpt bewoners bij het wassen en aankleden en leert rapporteren.'], ['locationId', 'loc1'],
  ['placesStayFree', 'true'], ['introductionIsNoSelection', 'true'], ['actsOnDiscrimination', 'true'], ...extra,
];

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

describe('the web pages behind a personal link', () => {
  it('shows the company its offer card as a page, keeps what was typed next to a wrong field, then saves', async () => {
    const h = await webHarness(data(), { now: BEFORE_DEADLINE });
    close = h.close;
    const browser = h.browser();
    const path = `/web/l/${await h.link()}`;
    const page = await browser.get(path);
    expect(page.status).toBe(200);
    expect(page.html).toContain('<html lang="nl">');
    expect(page.html).toContain(`<label for="f1-learnText">${x.learnText} <span class="required">(verplicht)</span></label>`);
    const save = buttonValue(page.html, x.save);

    // The agreement is left out: refused next to its field, and what was typed stays.
    const wrong = await browser.post(`${path}`, [['_csrf', csrfOf(page.html)], ['_action', save], ...offer()]);
    expect(wrong.status).toBe(200);
    expect(wrong.html).toContain('role="alert"');
    expect(wrong.html).toMatch(/id="f1-noSubjectiveRefusal"[^>]*aria-describedby="f1-noSubjectiveRefusal-error" aria-invalid="true"/);
    expect(wrong.html).toContain('Je helpt bewoners bij het wassen en aankleden en leert rapporteren.');
    expect((await h.store.read(EVERYTHING)).offers).toEqual({});

    const saved = await browser.post(path, [['_csrf', csrfOf(wrong.html)], ['_action', save], ...offer([['noSubjectiveRefusal', 'true']])]);
    expect(saved.status).toBe(200);
    expect(Object.values((await h.store.read(EVERYTHING)).offers)).toEqual([expect.objectContaining({
      companyId: 'c1', roundId: 'r1', places: 2, supervisionCapacity: 2, days: ['mon', 'tue'], workProcesses: ['90001/B1-K1-W1'], locationId: 'loc1',
    })]);
  });

  it('lets the contact download what Koppel keeps about them, their own account only', async () => {
    const d = data();
    d.companies.c1.contacts.push({ platform: 'email', userId: 'collega@bedrijf.nl' });
    const h = await webHarness(d, { now: BEFORE_DEADLINE });
    close = h.close;
    const browser = h.browser();
    const path = `/web/l/${await h.link()}`;
    expect((await browser.get(path)).html).toContain(`${path}/gegevens.json`);
    const json = await browser.get(`${path}/gegevens.json`);
    expect(json.status).toBe(200);
    expect(JSON.parse(json.html)).toMatchObject({ roles: ['company-contact'], company: { id: 'c1', contacts: [{ platform: 'email', userId: MAIL_CONTACT }] } });
    expect(json.html).not.toContain('collega@bedrijf.nl');
    expect((await browser.get(`${path}/gegevens.txt`)).html).toContain(MAIL_CONTACT);
    expect((await browser.get('/web/l/not-a-link/gegevens.json')).status).toBe(404);
  });

  it('refuses a post without the page\'s anti-forgery token, and changes nothing', async () => {
    const h = await webHarness(data(), { now: BEFORE_DEADLINE });
    close = h.close;
    const browser = h.browser();
    const path = `/web/l/${await h.link()}`;
    const page = await browser.get(path);
    const fields = [['_action', buttonValue(page.html, x.save)], ...offer([['noSubjectiveRefusal', 'true']])] as Array<[string, string]>;
    // Another site can make the browser post, but cannot read the token nor send the cookie (SameSite).
    expect((await browser.post(path, [['_csrf', csrfOf(page.html)], ...fields], false)).status).toBe(403);
    expect((await browser.post(path, [['_csrf', 'x'.repeat(43)], ...fields])).status).toBe(403);
    expect((await h.store.read(EVERYTHING)).offers).toEqual({});
    expect(h.logs).toContain('web.csrf-refused');
  });

  it('shows nothing of the company for an expired, revoked, altered or unknown link', async () => {
    const clock = { now: BEFORE_DEADLINE };
    const h = await webHarness(data(), clock);
    close = h.close;
    const token = await h.link();
    const browser = h.browser();
    for (const path of [`/web/l/${token.slice(0, -2)}xx`, '/web/l/unknown', `/web/l/${'A'.repeat(43)}`]) {
      const page = await browser.get(path);
      expect(page.status).toBe(404);
      expect(page.html).toContain(nl.web.invalid('ROC Test'));
      expect(page.html).not.toContain('Zorggroep De Linde');
    }
    clock.now = new Date(BEFORE_DEADLINE.getTime() + 91 * 86_400_000);
    expect((await browser.get(`/web/l/${token}`)).status).toBe(404);
  });

  it('opens as the contact it was sent to: a link of another company never shows this company\'s offer', async () => {
    const d = data();
    d.companies.c2 = { ...structuredClone(d.companies.c1), id: 'c2', name: 'Bakkerij Rijs', sbbNumber: '7654321', contacts: [{ platform: 'email', userId: 'bakker@rijs.nl' }] };
    const h = await webHarness(d, { now: BEFORE_DEADLINE });
    close = h.close;
    const page = await h.browser().get(`/web/l/${await h.link('c2', 'r1', 'bakker@rijs.nl')}`);
    expect(page.status).toBe(200);
    expect(page.html).not.toContain('Zorggroep De Linde');
    // A link whose contact is no longer the company's opens nothing of it.
    const stale = await h.browser().get(`/web/l/${await h.link('c1', 'r1', 'vertrokken@kapsalon-knip.nl')}`);
    expect(stale.html).not.toContain('Zorggroep De Linde');
  });
});

/** A released round's company by e-mail, on its personal link: the students page it opens on. */
async function releasedCompanyPage(adjust: (d: ReturnType<typeof releasedRound>) => void = () => {}) {
  const d = releasedRound('released');
  d.companies.c1.contacts = [{ platform: 'email', userId: MAIL_CONTACT }];
  adjust(d);
  placementsAtRelease(d, 'r1', new Date('2027-01-20T09:00:00+01:00'));
  const h = await webHarness(d, { now: new Date('2027-01-21T12:00:00+01:00') });
  close = h.close;
  const browser = h.browser();
  const path = `/web/l/${await h.link('c1', 'r1')}`;
  return { h, browser, path, students: await browser.get(path) };
}

describe('after the release, on the web', () => {
  it('shows a company its students and lets it refuse one only with a reason, as in the chat', async () => {
    // After the release the link opens on the company's students.
    const { h, browser, path, students } = await releasedCompanyPage();
    expect(students.html).toContain(nl.followUp.company.noSelection);
    const card = await browser.post(path, [['_csrf', csrfOf(students.html)], ['_action', buttonValue(students.html, nl.followUp.company.meeting)]]);
    const refuseForm = await browser.post(path, [['_csrf', csrfOf(card.html)], ['_action', buttonValue(card.html, nl.followUp.company.refuse)]]);
    expect(refuseForm.html).toContain(nl.followUp.company.refuseIntro.slice(0, 40));
    const send = buttonValue(refuseForm.html, nl.followUp.company.send);
    const noClick = await browser.post(path, [['_csrf', csrfOf(refuseForm.html)], ['_action', send], ['reason', 'other'], ['text', 'Geen klik met het team']]);
    expect(noClick.html).toMatch(/aria-invalid="true"/);
    expect(noClick.html).toContain('klik');
    const refused = await browser.post(path, [['_csrf', csrfOf(noClick.html)], ['_action', send], ['reason', 'no-place']]);
    expect(refused.html).toContain(nl.followUp.company.refused);
    expect(Object.values((await h.store.read(EVERYTHING)).placements)[0].refusal).toMatchObject({ reason: 'no-place' });
  });
});

describe('a company by e-mail and a support request the student did not share', () => {
  it('learns nothing of it on its students page, the cards behind it or its data export', async () => {
    const { browser, path, students } = await releasedCompanyPage((d) => {
      d.students.s1.supportNeed = { wanted: true, details: 'Ik heb dyslexie', shareWithCompany: false };
    });
    const card = await browser.post(path, [['_csrf', csrfOf(students.html)], ['_action', buttonValue(students.html, nl.followUp.company.meeting)]]);
    const pages = [students.html, card.html, (await browser.get(`${path}/gegevens.json`)).html, (await browser.get(`${path}/gegevens.txt`)).html].join('\n');
    expect(students.html).toContain(nl.followUp.company.noSelection);
    expect(pages).not.toContain('dyslexie');
    expect(pages).not.toContain(nl.company.students.support);
    expect(pages).not.toMatch(/supportNeed/);
  });
});

describe('a mailed message on the web', () => {
  it('opens the evaluation the mail was about, only for the contact it was sent to', async () => {
    const d = releasedRound('released');
    d.companies.c1.contacts = [{ platform: 'email', userId: MAIL_CONTACT }];
    placementsAtRelease(d, 'r1', new Date('2027-01-20T09:00:00+01:00'));
    const [placement] = Object.values(d.placements);
    const evaluationId = `${placement.id}.company`;
    d.evaluations[evaluationId] = { id: evaluationId, placementId: placement.id, roundId: 'r1', side: 'company', askedAt: '2027-06-01T09:00:00Z' };
    const key = `evaluation:${evaluationId}:email:${MAIL_CONTACT}`;
    d.outbox[key] = {
      key, roundId: 'r1', kind: 'evaluation', recipient: { platform: 'email', userId: MAIL_CONTACT }, subjectIds: [], status: 'sent', attempts: 1, createdAt: '2027-06-01T09:00:00Z',
      notification: { kind: 'evaluation', roundId: 'r1', placementId: placement.id, evaluationId },
    };
    const h = await webHarness(d, { now: new Date('2027-06-02T12:00:00+02:00') });
    close = h.close;
    const opened = await h.browser().get(`/web/l/${await h.link('c1', 'r1')}?m=${encodeURIComponent(key)}`);
    expect(opened.html).toContain('evaluation.answer');
    // Another contact's link does not open it: that page is the company's usual one.
    const other = await h.browser().get(`/web/l/${await h.link('c1', 'r1', 'ander@kapsalon-knip.nl')}?m=${encodeURIComponent(key)}`);
    expect(other.html).not.toContain('evaluation.answer');
  });
});
