import { describe, expect, it } from 'vitest';
import { notificationReplies } from '../notification-replies.js';
import { CONTACT_USER, formOf, intakeHarness, readable, releasedRound, STUDENT_USER, textOf } from '../testing/intake-fixture.js';
import { nl } from '../texts/nl.js';
import { EVERYTHING } from '../../bot/store/index.js';
import { conversationFor } from '../../bot/outbox/testing/outbox-test-support.js';
import { runCheckInPass } from '../../bot/check-ins/check-in-schedule.js';
import { DEFAULT_CHECK_IN_SETTINGS } from '../../bot/check-ins/check-in-plan.js';

const STAFF = 'teams-meldpunt-1';
const AFTER_RELEASE = new Date('2027-01-21T12:00:00+01:00');
const WHAT = 'Mijn begeleider maakte grappen over mijn hoofddoek waar iedereen bij was.';
const REPORT = { what: WHAT, phase: 'internship', company: 'own', contactWish: 'chat', anonymous: 'yes', coordinatorsMayKnow: 'no', source: 'check-in' };

async function harness() {
  const data = releasedRound();
  data.students.s1.displayName = 'Fatima Yilmaz';
  data.students.s2 = { ...structuredClone(data.students.s1), id: 's2', studentNumber: '100235', displayName: 'Sam de Vries', identities: [{ platform: 'teams', userId: 'teams-student-2' }] };
  data.companies.c1.contacts = [{ platform: 'teams', userId: CONTACT_USER }];
  for (const userId of [STUDENT_USER, STAFF, 'coord-1', 'coord-2']) conversationFor(data, userId);
  const h = await intakeHarness(data, { now: AFTER_RELEASE }, ['coord-1', 'coord-2'], false, { meldpunt: [STAFF] });
  // The student's place is made when they first act on it (as at the release).
  await h.submit('placement.acknowledge');
  return h;
}

/** Sends what is queued and renders each message as the recipient's client gets it. */
async function delivered(h: Awaited<ReturnType<typeof harness>>) {
  const from = h.sent.length;
  await h.sendQueued();
  return Promise.all(h.sent.slice(from).map(async ({ recipient, notification }) => ({
    to: recipient.userId, kind: notification.kind, notification, replies: readable(await notificationReplies(notification, 'nl', h.services())),
  })));
}

async function fileAnonymously(h: Awaited<ReturnType<typeof harness>>) {
  const replies = await h.submit('meldpunt.report', REPORT);
  const caseNumber = /M-[A-Z0-9]{6}/.exec(textOf(replies))?.[0];
  if (!caseNumber) throw new Error(`no case number in ${textOf(replies)}`);
  return { replies, caseNumber };
}

describe('the meldpunt', () => {
  it('registers an anonymous report with a case number, asks for SBB consent apart, and tells the reporter who handles it', async () => {
    const h = await harness();
    const { replies, caseNumber } = await fileAnonymously(h);
    expect(textOf(replies)).toContain(nl.meldpunt.whoHandlesAnonymous);
    expect(formOf(replies).actions.map((a) => a.verb)).toEqual(['meldpunt.consent', 'meldpunt.consent']);
    const { reports, audit } = await h.store.read(EVERYTHING);
    expect(reports[caseNumber]).toMatchObject({ anonymous: true, companyId: 'c1', state: 'received', source: 'check-in' });
    expect(reports[caseNumber].named).toBeUndefined();
    expect(audit.filter((e) => e.subjectType === 'report')).toEqual([expect.objectContaining({ actorId: 'reporter', action: 'report.received', subjectId: caseNumber })]);
  });

  it('delivers an anonymous report to meldpunt staff without any platform id or name of the reporter, and the reporter still gets the staff\'s update', async () => {
    const h = await harness();
    const { caseNumber } = await fileAnonymously(h);
    const toStaff = await delivered(h);
    expect(toStaff.map((m) => `${m.kind} ${m.to}`)).toEqual([`meldpunt-staff ${STAFF}`]);
    const seen = JSON.stringify(toStaff[0].replies) + JSON.stringify(toStaff[0].notification);
    expect(seen).toContain(caseNumber);
    expect(seen).toContain(WHAT);
    for (const secret of [STUDENT_USER, 's1', '100234', 'Fatima', 'Yilmaz', 'r1']) expect(seen).not.toMatch(new RegExp(`\\b${secret}\\b`));

    const moved = await h.submit('meldpunt.case.in-conversation', { caseNumber }, 'nl', STAFF);
    expect(textOf(moved)).toContain(nl.meldpunt.staff.moved(caseNumber, 'in gesprek'));
    const toReporter = await delivered(h);
    expect(toReporter.map((m) => `${m.kind} ${m.to}`)).toEqual([`meldpunt-reporter ${STUDENT_USER}`]);
    expect(textOf(toReporter[0].replies)).toBe(nl.meldpunt.reporterUpdates['in-conversation'](caseNumber));

    const closed = await h.submit('meldpunt.case.close', { caseNumber, note: 'Gesprek gehad, bedrijf aangesproken.', followUpOn: '2027-03-01' }, 'nl', STAFF);
    expect(textOf(closed)).toContain('afgesloten');
    expect(textOf((await delivered(h))[0].replies)).toBe(nl.meldpunt.reporterUpdates.closed(caseNumber, '1 maart 2027'));
  });

  it('records each time staff open a case, by case number and staff id, never what it says', async () => {
    const h = await harness();
    const { caseNumber } = await fileAnonymously(h);
    expect(JSON.stringify(await h.submit('meldpunt.case', { caseNumber }, 'nl', STAFF))).toContain('hoofddoek');
    const reads = (await h.store.read(EVERYTHING)).audit.filter((e) => e.action === 'report.read');
    expect(reads).toEqual([expect.objectContaining({ subjectType: 'report', subjectId: caseNumber, at: AFTER_RELEASE.toISOString() })]);
    expect(reads[0].actorId).toContain('meldpunt-1');
    expect(JSON.stringify(reads)).not.toContain('hoofddoek');
    expect(textOf(await h.submit('meldpunt.case', { caseNumber }, 'nl', 'coord-1'))).toBe(nl.meldpunt.staff.onlyStaff);
  });

  it('shows a named report\'s reporter to staff', async () => {
    const h = await harness();
    await h.submit('meldpunt.report', { ...REPORT, anonymous: 'no' });
    const [message] = await delivered(h);
    expect(JSON.stringify(message.replies)).toContain('student 100234 Fatima Yilmaz');
  });

  it('tells the coordinators that a case exists only when the reporter agreed, and never what it says', async () => {
    const h = await harness();
    await h.submit('meldpunt.report', { ...REPORT, anonymous: 'no', coordinatorsMayKnow: 'yes' });
    const toCoordinators = (await delivered(h)).filter((d) => d.kind === 'meldpunt-coordinator');
    expect(toCoordinators.map((d) => d.to).sort()).toEqual(['coord-1', 'coord-2']);
    expect(textOf(toCoordinators[0].replies)).toMatch(/^Er is een melding bij het meldpunt \(M-\w{6}\) van student 100234 Fatima Yilmaz\./);
    expect(JSON.stringify(toCoordinators)).not.toContain('hoofddoek');
    await h.submit('meldpunt.report', { ...REPORT, coordinatorsMayKnow: 'yes' });
    const anonymous = (await delivered(h)).filter((d) => d.kind === 'meldpunt-coordinator');
    expect(textOf(anonymous[0].replies)).not.toContain('100234');
  });

  it('keeps a case with the meldpunt when the student\'s data is erased, without anything that leads back to them', async () => {
    const h = await harness();
    const named = /M-\w{6}/.exec(textOf(await h.submit('meldpunt.report', { ...REPORT, anonymous: 'no' })))?.[0] ?? '';
    await fileAnonymously(h);
    h.clock.now = new Date('2027-02-22T09:00:00+01:00');
    await runCheckInPass({ store: h.store, now: () => h.clock.now, settings: DEFAULT_CHECK_IN_SETTINGS });
    expect(Object.keys((await h.store.read(EVERYTHING)).checkIns)).toHaveLength(1);
    expect(await h.services().removeStudent('100234', 'coord-1')).toMatchObject({ ok: true });
    const after = await h.store.read(EVERYTHING);
    expect([Object.keys(after.reportLinks), Object.keys(after.checkIns)]).toEqual([[], []]);
    expect(Object.values(after.reports).map((r) => [r.anonymous, r.named])).toEqual([[true, undefined], [true, undefined]]);
    expect(JSON.stringify(after)).not.toContain(STUDENT_USER);
    const staffView = formOf(await h.say(`meldingen ${named}`, 'nl', STAFF));
    expect(JSON.stringify(staffView)).toContain(nl.meldpunt.staff.anonymous);
  });

  it('refuses to forward to SBB without consent, and after consent is withdrawn', async () => {
    const h = await harness();
    const { caseNumber } = await fileAnonymously(h);
    const forward = () => h.submit('meldpunt.case.forward', { caseNumber }, 'nl', STAFF);
    expect(textOf(await forward())).toBe(nl.meldpunt.staff.refusals['no-consent']);
    expect(textOf(await h.submit('meldpunt.consent', { caseNumber, give: 'yes' }))).toBe(nl.meldpunt.consentGiven(caseNumber));
    expect(textOf(await h.submit('meldpunt.consent', { caseNumber, give: 'no' }))).toBe(nl.meldpunt.consentWithdrawn(caseNumber));
    expect(textOf(await forward())).toBe(nl.meldpunt.staff.refusals['no-consent']);
    expect((await h.store.read(EVERYTHING)).reports[caseNumber].sbb.forwardedAt).toBeUndefined();

    await h.submit('meldpunt.consent', { caseNumber, give: 'yes' });
    expect(textOf(await forward())).toContain(nl.meldpunt.staff.forwardedDone);
    // Once forwarded it cannot be withdrawn, and it is forwarded once.
    expect(textOf(await h.submit('meldpunt.consent', { caseNumber, give: 'no' }))).toBe(nl.meldpunt.consentForwarded);
    expect(textOf(await forward())).toBe(nl.meldpunt.staff.refusals.forwarded);
    const { reports, audit } = await h.store.read(EVERYTHING);
    expect(reports[caseNumber].sbb).toMatchObject({ forwardedBy: STAFF, forwardedAt: AFTER_RELEASE.toISOString() });
    expect(audit.filter((e) => e.subjectType === 'report').map((e) => e.action)).toEqual([
      'report.received', 'report.consent-given', 'report.consent-withdrawn', 'report.consent-given', 'report.forwarded',
      // The forwarded case is shown to the staff member again: a read, recorded like every other.
      'report.read',
    ]);
  });

  it('shows coordinators, company contacts and other students nothing of a case, and changes nothing for them', async () => {
    const h = await harness();
    const { caseNumber } = await fileAnonymously(h);
    const before = JSON.stringify(await h.store.read(EVERYTHING));
    for (const userId of ['coord-1', CONTACT_USER, 'teams-student-2']) {
      expect(textOf(await h.say('meldingen', 'nl', userId)), userId).toBe(nl.meldpunt.staff.onlyStaff);
      expect(textOf(await h.say(`meldingen ${caseNumber}`, 'nl', userId)), userId).toBe(nl.meldpunt.staff.onlyStaff);
      for (const verb of ['meldpunt.case', 'meldpunt.case.in-conversation', 'meldpunt.case.close.form', 'meldpunt.case.forward']) {
        expect(textOf(await h.submit(verb, { caseNumber }, 'nl', userId)), `${verb} ${userId}`).toBe(nl.meldpunt.staff.onlyStaff);
      }
      expect(textOf(await h.submit('meldpunt.case.close', { caseNumber, note: 'weg ermee', followUpOn: '2027-03-01' }, 'nl', userId))).toBe(nl.meldpunt.staff.onlyStaff);
      // Someone else's case is unknown to them, also to give or withdraw consent.
      expect(textOf(await h.submit('meldpunt.consent', { caseNumber, give: 'yes' }, 'nl', userId))).toBe(nl.meldpunt.unknownCase);
      expect(textOf(await h.say('mijn meldingen', 'nl', userId))).toBe(nl.meldpunt.ownNone);
    }
    expect(JSON.stringify(await h.store.read(EVERYTHING))).toBe(before);
  });

  it('names the MELDPUNT setting in its refusal, in Dutch and in English, like the other role refusals name theirs', async () => {
    const h = await harness();
    expect(textOf(await h.say('meldingen', 'nl', 'coord-1'))).toContain('MELDPUNT');
    expect(textOf(await h.say('reports', 'en', 'coord-1'))).toContain('MELDPUNT');
    expect(textOf(await h.say('reports', 'en', 'coord-1'))).toMatch(/^Only the reporting point/);
  });

  it('keeps the report text out of the audit trail, the outbox and the round\'s exports', async () => {
    const h = await harness();
    const { caseNumber } = await fileAnonymously(h);
    await h.submit('meldpunt.case.close', { caseNumber, note: 'Nazorg: twee gesprekken gepland.', followUpOn: '2027-03-01' }, 'nl', STAFF);
    await h.sendQueued();
    const runs = h.services().runs;
    const exports = [await runs.exportRun('r1', 'coord-1')];
    expect(exports.every((e) => e.ok)).toBe(true);
    const { audit, outbox } = await h.store.read(EVERYTHING);
    const stored = JSON.stringify({ audit, outbox, exports });
    for (const typed of ['hoofddoek', 'Nazorg', 'twee gesprekken']) expect(stored).not.toContain(typed);
  });

  it('lets the reporter see their own cases, and refuses an incomplete card with what to fix', async () => {
    const h = await harness();
    const { caseNumber } = await fileAnonymously(h);
    const own = await h.say('mijn meldingen');
    expect(textOf(own)).toContain(`${caseNumber}: ontvangen`);
    const refused = formOf(await h.submit('meldpunt.report', { ...REPORT, what: '' }));
    expect(refused.errors).toEqual({ what: nl.meldpunt.required });
    expect(refused.fields.find((f) => f.id === 'phase')?.value).toBe('internship');
    expect(formOf(await h.submit('meldpunt.report', { ...REPORT, contactWish: 'phone' })).errors).toEqual({ contactDetail: nl.meldpunt.required });
    // A flood from one account is stopped after ten a day.
    for (let i = 1; i < 10; i++) await fileAnonymously(h);
    expect(textOf(await h.submit('meldpunt.report', REPORT))).toBe(nl.meldpunt.tooMany);
    h.clock.now = new Date(AFTER_RELEASE.getTime() + 86_400_001);
    await fileAnonymously(h);
  });

  it('sends unfair treatment raised on the result card to the meldpunt, never to the coordinators', async () => {
    const h = await harness();
    const replies = await h.submit('placement.problem', { problem: 'unfair' });
    expect(textOf(replies)).toContain(nl.meldpunt.problemToMeldpunt);
    expect(formOf(replies).actions).toEqual([{ verb: 'meldpunt.report', label: nl.meldpunt.send, data: { source: 'problem' } }]);
    const { placements } = await h.store.read(EVERYTHING);
    expect(Object.values(placements).flatMap((p) => p.problems)).toEqual([]);
    expect(await delivered(h)).toEqual([]);
    // Travel and hours still go to the coordinators.
    await h.submit('placement.problem', { problem: 'travel' });
    expect((await delivered(h)).map((m) => `${m.kind} ${m.to}`).sort()).toEqual(['follow-up-coordinator coord-1', 'follow-up-coordinator coord-2']);
  });

  it('tells students where to report on their result card, and lets staff list open cases and open one by number', async () => {
    const h = await harness();
    const card = formOf(await h.say('uitslag'));
    expect(card.actions.map((a) => a.verb)).toContain('meldpunt.form');
    expect(JSON.stringify(card.sections)).toContain(nl.meldpunt.promise);
    const { caseNumber } = await fileAnonymously(h);
    expect(formOf(await h.say('meldingen', 'nl', STAFF)).actions).toEqual([{ verb: 'meldpunt.case', label: `Openen ${caseNumber}`, data: { caseNumber } }]);
    const opened = formOf(await h.say(`meldingen ${caseNumber.toLowerCase()}`, 'nl', STAFF));
    expect(opened.title).toBe(nl.meldpunt.staff.caseTitle(caseNumber));
    expect(opened.intro).toContain(WHAT);
  });
});
