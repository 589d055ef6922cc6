import { describe, expect, it } from 'vitest';
import { emptyKoppelData } from '../../bot/koppel-data.js';
import { notificationReplies } from '../notification-replies.js';
import { formOf, intakeHarness, roundData, textOf } from '../testing/intake-fixture.js';
import { EVERYTHING } from '../../bot/store/index.js';
import { Student } from '../../bot/domain/student.js';
import { conversationFor } from '../../bot/outbox/testing/outbox-test-support.js';
import { queueNotifications } from '../../bot/outbox/queue-notifications.js';

const COORDINATOR = 'coord-1';
const newRound = {
  name: 'Zorg september 2027', programmeCodes: '90001,90006', mechanism: 'school',
  wishesDeadline: '2027-05-01', offersDeadline: '2027-05-08', releaseDate: '2027-06-01', releaseTime: '09:00', internshipStart: '2027-09-01',
};

async function coordinator() {
  const h = await intakeHarness(emptyKoppelData());
  const as = (verb: string, values: Record<string, unknown> = {}) => h.submit(verb, values, 'nl', COORDINATOR);
  return { ...h, as };
}

describe('coordinator: rounds', () => {
  it('refuses round commands to anyone who is not a coordinator, and changes nothing', async () => {
    const h = await intakeHarness();
    expect(textOf(await h.say('ronde nieuw'))).toContain('Dit kan alleen een stagecoördinator doen');
    expect(textOf(await h.submit('round.create', newRound))).toContain('Dit kan alleen een stagecoördinator doen');
    expect(textOf(await h.submit('round.open', { roundId: 'r1' }))).toContain('Dit kan alleen een stagecoördinator doen');
    expect((await h.store.read(EVERYTHING)).rounds.r1.status).toBe('open');
    expect(Object.keys((await h.store.read(EVERYTHING)).rounds)).toEqual(['r1']);
  });

  it('asks what the round weighs, filled in with the defaults, and keeps the weights chosen within bounds', async () => {
    const h = await coordinator();
    const card = formOf(await h.say('ronde nieuw', 'nl', COORDINATOR));
    expect(card.fields.filter((f) => f.id.startsWith('weight_')).map((f) => [f.id, f.value, f.kind === 'number' ? [f.min, f.max] : null])).toEqual([
      ['weight_workProcesses', 4, [1, 5]], ['weight_learningWish', 3, [0, 5]], ['weight_organisationType', 2, [0, 5]],
      ['weight_travel', 2, [0, 5]], ['weight_electives', 1, [0, 5]], ['weight_allowance', 0, [0, 5]],
    ]);
    const weights = { weight_workProcesses: '5', weight_learningWish: '1', weight_organisationType: '0', weight_travel: '3', weight_electives: '0', weight_allowance: '1' };
    expect(formOf(await h.as('round.create', { ...newRound, ...weights, weight_learningWish: '2.5' })).errors).toEqual({ weight_learningWish: 'Kies een heel getal van 0 tot 5.' });
    expect(Object.keys((await h.store.read(EVERYTHING)).rounds)).toEqual([]);
    expect(formOf(await h.as('round.create', { ...newRound, ...weights })).id).toBe('round.next');
    const [round] = Object.values((await h.store.read(EVERYTHING)).rounds);
    expect(round.weights).toEqual({ workProcesses: 5, learningWish: 1, organisationType: 0, travel: 3, electives: 0, allowance: 1 });
  });

  it('creates a draft round in Dutch local time with a recorded seed, and audits it by id', async () => {
    const h = await coordinator();
    expect(formOf(await h.say('ronde nieuw', 'nl', COORDINATOR)).id).toBe('round.new');
    const next = formOf(await h.as('round.create', newRound));
    expect(next.id).toBe('round.next');
    expect(next.notice).toBeUndefined();
    const [round] = Object.values((await h.store.read(EVERYTHING)).rounds);
    expect(round).toMatchObject({ status: 'draft', programmeCodes: ['90001', '90006'], releaseAt: '2027-06-01T09:00:00+02:00', wishesDeadline: '2027-05-01T17:00:00+02:00', createdBy: COORDINATOR });
    expect(round.seed).toMatch(/^[0-9a-f]{16}$/);
    expect((await h.store.read(EVERYTHING)).audit).toMatchObject([{ action: 'round.created', actorId: COORDINATOR, subjectId: round.id }]);
  });

  it('warns when the result comes less than 4 weeks before the start', async () => {
    const h = await coordinator();
    const next = formOf(await h.as('round.create', { ...newRound, releaseDate: '2027-08-20' }));
    expect(next.notice?.text).toContain('maar 1 week voor de start');
  });

  it('says what to fix and keeps what was typed', async () => {
    const h = await coordinator();
    const form = formOf(await h.as('round.create', { ...newRound, name: ' ', releaseDate: '2027-04-01' }));
    expect(form.errors?.name).toBe('Vul dit in.');
    expect(formOf(await h.as('round.create', { ...newRound, releaseDate: '2027-04-01' })).errors?.releaseDate).toContain('vóór de uitslag');
    expect(form.fields.find((f) => f.id === 'internshipStart')?.value).toBe('2027-09-01');
    expect(Object.keys((await h.store.read(EVERYTHING)).rounds)).toEqual([]);
  });

  it('imports pasted students, or reports every bad line and imports nothing', async () => {
    const h = await coordinator();
    await h.as('round.create', newRound);
    const [round] = Object.values((await h.store.read(EVERYTHING)).rounds);
    const bad = formOf(await h.as('round.import', { roundId: round.id, csv: 'studentnummer;opleiding;email\n1001;90001;a@school.nl\n1002;12345;b@school.nl\n;90001;c@school.nl' }));
    expect(bad.notice?.text).toMatch(/regel 3/);
    expect(bad.notice?.text).toMatch(/regel 4/);
    expect(bad.fields.find((f) => f.id === 'csv')?.value).toContain('1002;12345');
    expect(Object.keys((await h.store.read(EVERYTHING)).students)).toEqual([]);
    const good = await h.as('round.import', { roundId: round.id, csv: 'studentnummer;opleiding;email\n1001;90001;a@school.nl\n1002;90006;b@school.nl' });
    expect(textOf(good)).toMatch(/2/);
    expect(Object.values((await h.store.read(EVERYTHING)).students).map((s) => s.pendingEmail).sort()).toEqual(['a@school.nl', 'b@school.nl']);
  });

  it('opens a round and welcomes each reachable student exactly once', async () => {
    const data = roundData();
    data.rounds.r1.status = 'draft';
    conversationFor(data, 'teams-student-1');
    data.students.s2 = Student.parse({ id: 's2', roundId: 'r1', studentNumber: '100235', programmeCode: '90001', identities: [{ platform: 'teams', userId: 'teams-student-2' }] });
    const h = await intakeHarness(data);
    const opened = await h.submit('round.open', { roundId: 'r1' }, 'nl', COORDINATOR);
    expect(textOf(opened)).toBe('Ronde **Zorg februari 2027** is open. 1 student krijgt nu een welkomstbericht. 1 student heeft Koppel nog niet geopend; die krijgt het bericht zodra die Koppel installeert of iets stuurt.');
    expect(h.sent).toEqual([]);
    await h.sendQueued();
    expect(h.sent).toEqual([{ recipient: { platform: 'teams', userId: 'teams-student-1' }, notification: { kind: 'round-opened', roundId: 'r1', studentId: 's1' } }]);
    expect(textOf(await h.submit('round.open', { roundId: 'r1' }, 'nl', COORDINATOR))).toContain('De ronde staat al zo.');
    await h.sendQueued();
    expect(h.sent).toHaveLength(1);
    // The second student installs Koppel: now Koppel can write to them, and the welcome follows.
    await h.services().rememberConversation({ platform: 'teams', userId: 'teams-student-2' }, { conversation: { id: 'chat-2' } });
    await h.services().rounds.welcomeOnContact({ platform: 'teams', userId: 'teams-student-2' });
    await h.sendQueued();
    expect(h.sent.map((s) => s.recipient.userId)).toEqual(['teams-student-1', 'teams-student-2']);
    expect((await h.store.read(EVERYTHING)).audit.map((a) => a.detail)).toEqual([{ from: 'draft', to: 'open' }]);
  });

  it('tells coordinators when a student reports an own place, in words they can act on', async () => {
    const h = await intakeHarness();
    // Koppel can write to a coordinator in Teams once they have talked to it.
    for (const userId of [COORDINATOR, 'coord-2']) await h.services().rememberConversation({ platform: 'teams', userId }, { conversation: { id: `chat-${userId}` } });
    await h.submit('intake.save.own-place', { companyName: 'De Linde', place: 'Delft' });
    // Queued in the outbox with the student's save, sent by the outbox runner.
    expect(h.sent).toEqual([]);
    await h.sendQueued();
    const notification = { kind: 'own-placement-reported', roundId: 'r1', studentId: 's1' };
    expect(h.sent).toEqual([
      { recipient: { platform: 'teams', userId: COORDINATOR }, notification },
      { recipient: { platform: 'teams', userId: 'coord-2' }, notification },
    ]);
  });
});

describe('the round status and its messages', () => {
  it('counts the round\'s welcomes and reminders as waiting, sent or not delivered', async () => {
    const h = await intakeHarness();
    const section = async () => formOf(await h.say('ronde status', 'en', COORDINATOR)).sections?.find((s) => s.title.startsWith('Messages from Koppel'))?.facts;
    // Nothing queued yet: no section.
    expect(await section()).toBeUndefined();
    await h.store.update(EVERYTHING, (d) => conversationFor(d, 'teams-student-1'));
    const welcome = { kind: 'round-opened' as const, roundId: 'r1', studentId: 's1' };
    await queueNotifications(h.store, [{ key: 'round-opened:r1:s1', recipient: { platform: 'teams', userId: 'teams-student-1' }, notification: welcome }], new Date('2027-01-05T09:00:00Z'));
    expect(await section()).toEqual([{ label: 'Sent', value: '0' }, { label: 'Waiting to be sent', value: '1' }, { label: 'Not delivered (no chat yet, or a platform error)', value: '0' }]);
    await h.sendQueued();
    expect((await section())?.map((f) => f.value)).toEqual(['1', '0', '0']);
  });
});

describe('proactive messages', () => {
  it('welcome and reminder name the round and the deadline, with a button to continue', async () => {
    const h = await intakeHarness();
    const replies = await notificationReplies({ kind: 'round-opened', roundId: 'r1', studentId: 's1' }, 'nl', h.services());
    expect(textOf(replies)).toContain('Zorg februari 2027');
    expect(textOf(replies)).toContain('10 januari 2027 om 17:00');
    expect(formOf(replies).actions[0].verb).toBe('intake.show');
    const reminder = await notificationReplies({ kind: 'wish-reminder', roundId: 'r1', studentId: 's1', deadline: '2027-01-10T17:00:00+01:00' }, 'en', h.services());
    expect(textOf(reminder)).toContain('your learning wish is not confirmed yet. The deadline is 10 January 2027 at 17:00');
  });

  it('leave a student alone who confirmed after the reminder was queued: the words are decided when sending', async () => {
    const h = await intakeHarness();
    await h.store.update(EVERYTHING, (d) => void (d.students.s1.intakeStatus = 'confirmed'));
    expect(await notificationReplies({ kind: 'wish-reminder', roundId: 'r1', studentId: 's1', deadline: '2027-01-10T17:00:00+01:00' }, 'en', h.services())).toEqual([]);
  });
});

describe('coordinator: deleting a student\'s data', () => {
  it('deletes everything of that student after confirming, audits it by id, and refuses students', async () => {
    const h = await intakeHarness();
    await h.submit('intake.start');
    await h.submit('intake.save.wish', { text: 'Ik wil leren hoe ik wonden verzorg en cliënten help bij het wassen.' });
    await h.services().rememberConversation({ platform: 'teams', userId: 'teams-student-1' }, { conversation: { id: 'personal-chat' } });
    await h.say('english');
    // A result card and a welcome still waiting in the outbox: both about this student.
    await h.services().rememberLiveMessage({ platform: 'teams', userId: 'teams-student-1' }, 'result:s1', 'card-1');
    const welcome = { kind: 'round-opened' as const, roundId: 'r1', studentId: 's1' };
    await queueNotifications(h.store, [{ key: 'round-opened:r1:s1', recipient: { platform: 'teams', userId: 'teams-student-1' }, notification: welcome }], new Date('2027-01-05T09:00:00Z'));
    expect(Object.keys((await h.store.read(EVERYTHING)).outbox)).toEqual(['round-opened:r1:s1']);
    expect(textOf(await h.submit('student.remove', { studentNumber: '100234' }))).toContain('Only an internship coordinator can do this');
    expect(formOf(await h.say('student verwijderen', 'nl', COORDINATOR)).id).toBe('student.remove');
    expect(textOf(await h.submit('student.remove', { studentNumber: '999' }, 'nl', COORDINATOR))).toBe('Er is geen student met nummer 999.');
    expect(textOf(await h.submit('student.remove', { studentNumber: '100234' }, 'nl', COORDINATOR))).toBe('De gegevens van student 100234 zijn verwijderd.');
    const data = await h.store.read(EVERYTHING);
    expect(data.students).toEqual({});
    expect(data.conversations).toEqual({});
    expect(Object.keys(data.preferences)).toEqual([]);
    expect(data.liveMessages).toEqual({});
    expect(data.outbox).toEqual({});
    expect(data.audit.at(-1)).toMatchObject({ action: 'student.deleted', subjectId: 's1', actorId: COORDINATOR });
    expect(JSON.stringify(data.audit)).not.toContain('wonden');
  });
});
