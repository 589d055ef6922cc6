import { describe, expect, it } from 'vitest';
import { conversationFor } from '../../bot/outbox/testing/outbox-test-support.js';
import { EVERYTHING } from '../../bot/store/index.js';
import { notificationReplies } from '../notification-replies.js';
import { CONTACT_USER, formOf, intakeHarness, readable, releasedRound, STUDENT_USER, textOf } from '../testing/intake-fixture.js';
import { nl } from '../texts/nl.js';

const e = nl.evaluations;
const ANSWERS = { satisfaction: '4', selectionConversation: 'no', discrimination: 'no', agreementsKept: 'yes' };

async function harness() {
  const data = releasedRound();
  data.companies.c1.contacts = [{ platform: 'teams', userId: CONTACT_USER }];
  data.students.s2 = { ...structuredClone(data.students.s1), id: 's2', studentNumber: '100235', identities: [{ platform: 'teams', userId: 'teams-student-2' }] };
  for (const userId of [STUDENT_USER, CONTACT_USER]) conversationFor(data, userId);
  const clock = { now: new Date('2027-01-21T12:00:00+01:00') };
  const h = await intakeHarness(data, clock);
  await h.submit('placement.acknowledge');
  // Twenty weeks after the start on 15 February.
  clock.now = new Date('2027-07-05T09:00:00+02:00');
  return h;
}

async function delivered(h: Awaited<ReturnType<typeof harness>>) {
  const from = h.sent.length;
  await h.sendQueued();
  return Promise.all(h.sent.slice(from).map(async ({ recipient, notification }) => ({ to: recipient.userId, replies: readable(await notificationReplies(notification, 'nl', h.services())) })));
}

describe('the evaluation after the internship', () => {
  it('is asked once of the student and of the company, each with their own questions', async () => {
    const h = await harness();
    expect(await h.services().evaluations.askDue()).toBe(2);
    expect(await h.services().evaluations.askDue()).toBe(0);
    const messages = await delivered(h);
    const forStudent = formOf(messages.find((m) => m.to === STUDENT_USER)!.replies);
    const forCompany = formOf(messages.find((m) => m.to === CONTACT_USER)!.replies);
    expect(forStudent.fields.map((f) => f.id)).toEqual(['satisfaction', 'selectionConversation', 'discrimination', 'agreementsKept']);
    expect(forCompany.fields.map((f) => f.id)).toEqual(['satisfaction', 'selectionConversation', 'discrimination', 'agreementsKept', 'matchAgain']);
  });

  it('takes the answers of whom it was asked, offers the meldpunt to someone who saw discrimination, and shows staff figures only', async () => {
    const h = await harness();
    await h.services().evaluations.askDue();
    const ids = Object.keys((await h.store.read(EVERYTHING)).evaluations).sort();
    const [companyId, studentId] = ids;
    expect(textOf(await h.submit('evaluation.answer', { evaluationId: studentId, ...ANSWERS }, 'nl', 'teams-student-2'))).toBe(e.unknown);
    expect(textOf(await h.submit('evaluation.answer', { evaluationId: studentId, ...ANSWERS }, 'nl', CONTACT_USER))).toBe(e.unknown);
    const reported = await h.submit('evaluation.answer', { evaluationId: studentId, ...ANSWERS, discrimination: 'introduction' });
    expect(textOf(reported)).toContain(e.thanks);
    expect(formOf(reported).actions.map((a) => a.verb)).toEqual(['meldpunt.form']);
    expect(textOf(await h.submit('evaluation.answer', { evaluationId: studentId, ...ANSWERS }))).toBe(e.answered);
    expect(formOf(await h.submit('evaluation.answer', { evaluationId: companyId, ...ANSWERS }, 'nl', CONTACT_USER)).errors).toEqual({ matchAgain: e.required });
    expect(textOf(await h.submit('evaluation.answer', { evaluationId: companyId, ...ANSWERS, matchAgain: 'yes' }, 'nl', CONTACT_USER))).toBe(e.thanksCompany);
    const { evaluations } = await h.store.read(EVERYTHING);
    expect(evaluations[studentId].answers).toEqual({ satisfaction: 4, selectionConversation: 'no', discrimination: 'introduction', agreementsKept: 'yes' });
    expect(evaluations[companyId].answers?.matchAgain).toBe('yes');
    const [summary] = await h.say('ronde evaluaties Zorg', 'nl', 'coord-1');
    expect(summary).toMatchObject({ kind: 'summary', facts: [{ label: 'Studenten', value: e.figuresLine(1, '< 5') }, { label: 'Leerbedrijven', value: e.figuresLine(1, '< 5') }] });
  });
});
