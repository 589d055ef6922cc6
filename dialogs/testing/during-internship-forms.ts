// Every card of the meldpunt, the check-ins, contact moments and the evaluation, as the real
// dialogs build them (with the longest typed text they accept), for the renderers' tests.
import { DEFAULT_CHECK_IN_SETTINGS } from '../../bot/check-ins/check-in-plan.js';
import { runCheckInPass } from '../../bot/check-ins/check-in-schedule.js';
import { REPORT_TEXT_MAX } from '../../bot/domain/report.js';
import { conversationFor } from '../../bot/outbox/testing/outbox-test-support.js';
import { EVERYTHING } from '../../bot/store/index.js';
import type { Form } from '../form.js';
import { notificationReplies } from '../notification-replies.js';
import type { Language, Reply } from '../turn.js';
import { CONTACT_USER, intakeHarness, releasedRound, STUDENT_USER, textOf } from './intake-fixture.js';

const STAFF = 'teams-meldpunt-1';

export async function duringInternshipForms(language: Language): Promise<Form[]> {
  const data = releasedRound();
  data.companies.c1.contacts = [{ platform: 'teams', userId: CONTACT_USER }];
  for (const userId of [STUDENT_USER, CONTACT_USER, STAFF, 'coord-1']) conversationFor(data, userId);
  const clock = { now: new Date('2027-01-21T12:00:00+01:00') };
  const h = await intakeHarness(data, clock, ['coord-1', 'coord-2'], false, { meldpunt: [STAFF] });
  const forms: Form[] = [];
  const keep = (replies: Reply[]) => {
    for (const r of replies) if (r.kind === 'form' || r.kind === 'live') forms.push(r.form);
    return replies;
  };
  const sent = async () => {
    const from = h.sent.length;
    await h.sendQueued();
    for (const { notification } of h.sent.slice(from)) keep(await notificationReplies(notification, language, h.services()));
  };
  await h.submit('placement.acknowledge', {}, language);
  keep(await h.say(language === 'nl' ? 'melden' : 'report', language));
  keep(await h.submit('meldpunt.report', { what: '', source: 'check-in' }, language));
  const long = 'Het gebeurde op de afdeling waar iedereen bij stond. '.repeat(40).slice(0, REPORT_TEXT_MAX);
  const filed = keep(await h.submit('meldpunt.report', { what: long, phase: 'internship', company: 'other', companyText: 'B'.repeat(200), contactWish: 'phone', contactDetail: '0'.repeat(200), anonymous: 'no', coordinatorsMayKnow: 'yes', happenedOn: '2027-01-19' }, language));
  const caseNumber = /M-[A-Z0-9]{6}/.exec(textOf(filed))?.[0] ?? '';
  await h.submit('meldpunt.consent', { caseNumber, give: 'yes' }, language);
  keep(await h.say(language === 'nl' ? 'mijn meldingen' : 'my reports', language));
  await sent();
  keep(await h.say('meldingen', language, STAFF));
  keep(await h.submit('meldpunt.case.close.form', { caseNumber }, language, STAFF));
  keep(await h.submit('meldpunt.case.close', { caseNumber, note: 'N'.repeat(600), followUpOn: '2027-03-01' }, language, STAFF));
  keep(await h.say(language === 'nl' ? 'contactmoment plannen 100234' : 'plan contact moment 100234', language, 'coord-1'));
  await h.submit('contact-moment.plan', { studentNumber: '100234', kind: 'on-site', date: '2027-02-25', time: '10:00' }, language, 'coord-1');
  keep(await h.say('contactmomenten', language, 'coord-1'));
  clock.now = new Date('2027-02-22T09:00:00+01:00');
  await runCheckInPass({ store: h.store, now: () => clock.now, settings: DEFAULT_CHECK_IN_SETTINGS });
  await sent();
  const [checkInId] = Object.keys((await h.store.read(EVERYTHING)).checkIns);
  keep(await h.submit('check-in.answer', { checkInId, 'be-yourself': 'no', 'treated-fairly': 'no', learning: 'no', supervision: 'no', conversation: 'no' }, language));
  keep(await h.say('ronde opvolging', language, 'coord-1'));
  clock.now = new Date('2027-07-05T09:00:00+02:00');
  await h.services().evaluations.askDue();
  await sent();
  const evaluations = Object.values((await h.store.read(EVERYTHING)).evaluations);
  const ofStudent = evaluations.find((e) => e.side === 'student');
  keep(await h.submit('evaluation.answer', { evaluationId: ofStudent?.id, satisfaction: '2', selectionConversation: 'yes', discrimination: 'internship', agreementsKept: 'no' }, language));
  return forms;
}
