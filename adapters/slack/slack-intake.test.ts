import { afterEach, describe, expect, it } from 'vitest';
import { Student } from '../../bot/domain/student.js';
import { BEFORE_DEADLINE, roundData } from '../../dialogs/testing/intake-fixture.js';
import { slackHarness, type SlackHarness } from './testing/slack-harness.js';
import { slackUser } from './testing/slack-user.js';
import { EVERYTHING } from '../../bot/store/index.js';

const goodWish = 'Ik wil leren hoe ik wonden verzorg en hoe ik cliënten help bij het wassen.';

/** An open round with a student the school imported by e-mail, who has never written in Slack. */
function importedByEmail() {
  const data = roundData();
  data.students.s1 = Student.parse({ id: 's1', roundId: 'r1', studentNumber: '100234', programmeCode: '90001', identities: [], pendingEmail: 'student@school.nl' });
  return data;
}

let h: SlackHarness | undefined;
afterEach(async () => h?.close());

describe('student intake in Slack', () => {
  it('links the student by e-mail, opens each step as a modal, saves every step, shows errors on the field and confirms once', async () => {
    h = await slackHarness({ data: importedByEmail(), now: BEFORE_DEADLINE, users: { U0STUDENT: { email: 'Student@School.nl', locale: 'nl-NL' } } });
    const student = slackUser(h, 'U0STUDENT');

    expect((await student.command('start')).status).toBe(200);
    await h.fake.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage'));
    expect(h.fake.callsOf('users.info')[0].body).toMatchObject({ user: 'U0STUDENT', include_locale: 'true' });
    expect((await h.memory.read(EVERYTHING)).students.s1.identities).toEqual([{ platform: 'slack', userId: 'U0STUDENT' }]);

    // The privacy step has no fields: its buttons are in the message; "Start" opens the wish as a modal.
    await student.clickInDm('Beginnen');
    await h.fake.waitFor((calls) => calls.some((c) => c.method === 'views.open'));
    expect((await student.syncModal()).blocks.some((b) => b.block_id === 'text' && b.type === 'input')).toBe(true);

    const empty = await student.submit({ text: '' });
    expect(empty.response_action).toBe('errors');
    expect(Object.keys(empty.errors ?? {})).toEqual(['text']);

    const next = await student.submit({ text: goodWish });
    expect(next.response_action).toBe('update');
    expect((await h.memory.read(EVERYTHING)).students.s1.learningWish?.text).toBe(goodWish);

    await student.submit({ codes: ['B1-K1-W2', 'B1-K1-W3'] });
    await student.submit({ organisationTypes: ['verpleeghuis'] });
    await student.submit({ municipality: 'Schiedam', modes: ['bike', 'public_transport'], maxMinutes: '30', reachableMunicipalities: ['Rotterdam'] });
    await student.submit({ days: ['mon', 'tue', 'wed'], early: true });
    const summary = await student.submit({ wanted: true, details: 'Een vaste begeleider' });
    expect(summary.response_action).toBe('update');
    expect(summary.view?.blocks.some((b) => b.type === 'input')).toBe(false);

    const postsBefore = h.fake.callsOf('chat.postMessage').length;
    const done = await student.submit();
    expect(done.response_action).toBe('update');
    const s = (await h.memory.read(EVERYTHING)).students.s1;
    expect(s.intakeStatus).toBe('confirmed');
    expect(s.learningWish).toEqual({ text: goodWish, workProcesses: ['B1-K1-W2', 'B1-K1-W3'], organisationTypes: ['verpleeghuis'], organisationSizes: [], electives: [] });
    expect(s.travel).toEqual({ municipality: 'Schiedam', modes: ['bike', 'public_transport'], maxMinutes: 30, reachableMunicipalities: ['Rotterdam'] });
    expect(s.availability).toEqual({ days: ['mon', 'tue', 'wed'], early: true, evening: false, weekend: false });
    expect(s.supportNeed).toMatchObject({ wanted: true, details: 'Een vaste begeleider' });

    // The confirmation text and the live result card are posted in the DM, each once.
    await h.fake.waitFor(() => h!.fake.callsOf('chat.postMessage').length >= postsBefore + 2);
    await new Promise((r) => setTimeout(r, 200));
    const posted = h.fake.callsOf('chat.postMessage').slice(postsBefore);
    const confirmations = posted.filter((c) => String(c.body.text).startsWith('Klaar! Je leerwens is bevestigd'));
    expect(confirmations).toHaveLength(1);
    const live = (await h.memory.read(EVERYTHING)).liveMessages['result:s1'];
    expect(live).toMatchObject({ platform: 'slack', userId: 'U0STUDENT' });
    expect(h.fake.messages.get(live.activityId)?.text).toContain('20 januari 2027');
  });
});
