import { afterEach, describe, expect, it } from 'vitest';
import { placementsAtRelease } from '../../bot/follow-up/placements.js';
import { sendQueued } from '../../bot/outbox/testing/outbox-test-support.js';
import { EVERYTHING } from '../../bot/store/index.js';
import { notificationReplies } from '../../dialogs/notification-replies.js';
import { releasedRound } from '../../dialogs/testing/intake-fixture.js';
import { nl } from '../../dialogs/texts/nl.js';
import { withoutMarks } from '../../dialogs/user-text.js';
import { slackHarness, type SlackHarness } from './testing/slack-harness.js';
import { slackUser } from './testing/slack-user.js';

// The follow-up through the Slack adapter against the fake Web API: a company refuses its student
// with a reason, the coordinator is alerted in their DM and upholds it, a rematch approved by a
// second coordinator gives the student a new place, and everything reaches the people in Slack.

const f = nl.followUp;
const STUDENT = 'U0STUDENT1';
const CONTACT = 'U0CONTACT1';
const COORDINATORS = ['U0COORD1', 'U0COORD2'];

/** The released round with its one student confirmed (so a rematch can place them) and everyone in Slack. */
function slackFollowUp() {
  const data = releasedRound('released');
  const s1 = data.students.s1;
  Object.assign(s1, {
    identities: [{ platform: 'slack', userId: STUDENT }], intakeStatus: 'confirmed',
    learningWish: { text: 'Ik wil leren wonden verzorgen en cliënten helpen bij het wassen.', workProcesses: ['B1-K1-W1'], organisationTypes: [], electives: [] },
    travel: { municipality: 'Rotterdam', modes: ['bike', 'public_transport'], maxMinutes: 60, reachableMunicipalities: [] },
    availability: { days: ['mon', 'tue'], early: false, evening: false, weekend: false },
  });
  for (const c of Object.values(data.companies)) c.contacts = [{ platform: 'slack', userId: `U0CONTACT${c.id.slice(1)}` }];
  placementsAtRelease(data, 'r1', new Date('2027-01-20T09:00:00+01:00'));
  return data;
}

let h: SlackHarness | undefined;
afterEach(async () => h?.close());

describe('the follow-up in Slack', () => {
  it('takes a refusal with a reason to the coordinators, and gives the student a new place after a rematch with four eyes', async () => {
    const users = Object.fromEntries([STUDENT, CONTACT, 'U0CONTACT0', 'U0CONTACT2', ...COORDINATORS].map((u) => [u, { locale: 'nl-NL' }]));
    h = await slackHarness({ data: slackFollowUp(), now: new Date('2027-01-21T12:00:00+01:00'), users, coordinators: COORDINATORS });
    const harness = h;
    const send = () => sendQueued(harness.store, { notify: async (recipient, n) => harness.slack.sendTo(recipient.userId, await notificationReplies(n, 'nl', harness.services)) });
    const text = (user: string) => withoutMarks(JSON.stringify(slackUser(harness, user).dm()));
    const student = slackUser(h, STUDENT);
    const contact = slackUser(h, CONTACT);
    const coordinator = slackUser(h, COORDINATORS[0]);
    // The coordinators use Koppel in Slack, so that is where Koppel reaches them.
    for (const c of COORDINATORS) await slackUser(h, c).say('hallo');
    await h.fake.waitFor(() => COORDINATORS.every((c) => slackUser(harness, c).dm().length > 0));

    // The student acknowledges the place on the result card.
    await student.say('uitslag');
    await h.fake.waitFor(() => student.dm().some((m) => JSON.stringify(m.blocks).includes(f.student.acknowledge)));
    await student.clickInDm(f.student.acknowledge);
    await h.fake.waitFor(() => text(STUDENT).includes(f.student.acknowledged));

    // The company refuses: first with "geen klik" (refused on the field), then with a reason from the list.
    await contact.say('mijn studenten');
    await h.fake.waitFor(() => contact.dm().some((m) => JSON.stringify(m.blocks).includes(f.company.noSelection)));
    await contact.clickInDm(f.company.meeting);
    await h.fake.waitFor(() => contact.dm().some((m) => JSON.stringify(m.blocks).includes(f.company.refuse)));
    await contact.clickInDm(f.company.refuse);
    await h.fake.waitFor((calls) => calls.some((c) => c.method === 'views.open') || contact.dm().some((m) => JSON.stringify(m.blocks).includes(f.company.refuseTitle)));
    if (!h.fake.calls.some((c) => c.method === 'views.open')) {
      await contact.clickInDm('Openen');
      await h.fake.waitFor((calls) => calls.some((c) => c.method === 'views.open'));
    }
    await contact.syncModal();
    const noClick = await contact.submit({ reason: 'other', text: 'Geen klik met het team' });
    expect(noClick.response_action).toBe('errors');
    expect(withoutMarks(JSON.stringify(noClick.errors))).toContain('klik');
    const refused = await contact.submit({ reason: 'no-supervisor', text: '' });
    expect(refused.status).toBe(200);
    const placement = Object.values((await h.memory.read(EVERYTHING)).placements)[0];
    expect(placement.refusal).toMatchObject({ reason: 'no-supervisor' });

    // Both coordinators are alerted in their DM; the first upholds it with the button.
    await send();
    for (const c of COORDINATORS) expect(text(c)).toContain(f.coordinator.uphold);
    await coordinator.clickInDm(f.coordinator.uphold);
    await h.fake.waitFor(() => text(COORDINATORS[0]).includes('Afwijzing overgenomen'));
    await send();
    expect(text(STUDENT)).toContain('Je plek bij het leerbedrijf gaat niet door');

    // The rematch, approved by the other coordinator, is released at once.
    await coordinator.say('ronde herkoppel');
    await h.fake.waitFor(() => text(COORDINATORS[0]).includes('Herkoppeling gemaakt: 1 student krijgt een plek'));
    await slackUser(h, COORDINATORS[1]).say('ronde herkoppel goedkeuren');
    await h.fake.waitFor(() => text(COORDINATORS[1]).includes('Goedgekeurd en vrijgegeven: 1 student heeft een nieuwe plek'));
    await send();
    const after = await h.memory.read(EVERYTHING);
    const again = Object.values(after.placements).find((p) => !p.endedAt)!;
    expect(again.companyId).not.toBe(placement.companyId);
    expect(text(STUDENT)).toContain(f.student.notifications.placedAgain);
    expect(text(STUDENT)).toContain(after.companies[again.companyId].name);
    expect(text(`U0CONTACT${again.companyId.slice(1)}`)).toContain(f.company.notifications.studentPlaced);
  });
});
