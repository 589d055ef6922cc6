import { describe, expect, it } from 'vitest';
import { placementsAtRelease } from '../bot/follow-up/placements.js';
import { conversationFor } from '../bot/outbox/testing/outbox-test-support.js';
import { EVERYTHING } from '../bot/store/index.js';
import { CONTACT_USER, formOf, intakeHarness, releasedRound, STUDENT_USER, textOf } from './testing/intake-fixture.js';
import { nl } from './texts/nl.js';
import type { Reply } from './turn.js';

const f = nl.followUp;

/** A released round with s1 placed at c1 (whose contact is CONTACT_USER), the placements made as the release runner makes them. */
async function released() {
  const data = releasedRound('released');
  data.companies.c1.contacts = [{ platform: 'teams', userId: CONTACT_USER }];
  for (const user of [STUDENT_USER, CONTACT_USER, 'coord-1', 'coord-2']) conversationFor(data, user);
  placementsAtRelease(data, 'r1', new Date('2027-01-20T09:00:00+01:00'));
  const h = await intakeHarness(data, { now: new Date('2027-01-21T12:00:00+01:00') });
  const queued = async () => Object.values((await h.store.read(EVERYTHING)).outbox).filter((e) => e.kind.startsWith('follow-up'))
    .map((e) => `${(e.notification as { event: string }).event} ${e.recipient.userId}`).sort();
  return { ...h, queued };
}

const action = (replies: Reply[], verb: string) => {
  const found = formOf(replies).actions.find((a) => a.verb === verb) ?? formOf(replies).sections?.find((s) => s.action?.verb === verb)?.action;
  if (!found) throw new Error(`no ${verb} in ${JSON.stringify(replies)}`);
  return found;
};

describe('the follow-up in the chat', () => {
  it('lets the student acknowledge the place from the result card, after which the button is gone', async () => {
    const h = await released();
    const card = await h.say('uitslag');
    expect(formOf(card).sections?.[0].facts).toEqual(expect.arrayContaining([{ label: f.student.next, value: f.student.nextValue }]));
    const acknowledged = await h.submit(action(card, 'placement.acknowledge').verb);
    expect(formOf(acknowledged).intro).toContain(f.student.acknowledged);
    expect(formOf(acknowledged).actions.map((a) => a.verb)).not.toContain('placement.acknowledge');
  });

  it('plans the introduction meeting between company and student, never as a selection', async () => {
    const h = await released();
    const students = await h.say('mijn studenten', 'nl', CONTACT_USER);
    expect(formOf(students).intro).toContain(f.company.noSelection);
    const open = action(students, 'company.placement.show');
    const card = await h.submit(open.verb, open.data, 'nl', CONTACT_USER);
    const propose = action(card, 'company.meeting.form');
    const form = await h.submit(propose.verb, propose.data, 'nl', CONTACT_USER);
    expect(formOf(form).intro).toBe(f.company.proposeIntro);
    // A moment in the past is refused next to the field, and nothing is sent.
    const past = await h.submit('company.meeting.propose', { ...propose.data, date1: '2027-01-02', time1: '10:00' }, 'nl', CONTACT_USER);
    expect(formOf(past).errors).toEqual({ date1: f.company.moments });
    expect(textOf(await h.submit('company.meeting.propose', { ...propose.data, date1: '2027-01-27', time1: '10:00', date2: '2027-01-28', time2: '14:30' }, 'nl', CONTACT_USER))).toBe(f.company.proposed);
    expect(await h.queued()).toEqual([`meeting-proposed ${STUDENT_USER}`]);
    const result = await h.say('uitslag');
    const moment = formOf(result).actions.find((a) => a.verb === 'placement.moment')!;
    const chosen = await h.submit(moment.verb, moment.data);
    expect(formOf(chosen).sections?.[0].facts.find((x) => x.label === f.student.meeting)?.value).toBe(f.student.meetingPlanned('27 januari 2027 om 10:00'));
    expect(await h.queued()).toEqual([`meeting-chosen ${CONTACT_USER}`, `meeting-proposed ${STUDENT_USER}`]);
    // After the moment the student says it took place, and whether it felt like a selection.
    h.clock.now = new Date('2027-01-27T11:00:00+01:00');
    const held = action(await h.say('uitslag'), 'placement.held.form');
    expect(formOf(await h.submit(held.verb)).fields[0].id).toBe('feltLikeSelection');
    expect(textOf(await h.submit('placement.held', { feltLikeSelection: 'yes' }))).toContain(f.student.heldThanks);
    const placement = Object.values((await h.store.read(EVERYTHING)).placements)[0];
    expect(placement.meeting).toMatchObject({ chosen: '2027-01-27T09:00:00.000Z', feltLikeSelection: true });
  });

  it('refuses a company\'s refusal on a protected ground, names the phrase, and keeps the place', async () => {
    const h = await released();
    const [placement] = Object.values((await h.store.read(EVERYTHING)).placements);
    const refused = await h.submit('company.refuse', { placementId: placement.id, reason: 'other', text: 'Past niet in ons team, geen klik' }, 'nl', CONTACT_USER);
    expect(formOf(refused).errors?.text).toContain('klik');
    expect((await h.store.read(EVERYTHING)).placements[placement.id].refusal).toBeUndefined();
    expect(await h.queued()).toEqual([]);
  });

  it('takes a refusal with a reason to the coordinator, who upholds it: the student hears it from the school with a date', async () => {
    const h = await released();
    const [placement] = Object.values((await h.store.read(EVERYTHING)).placements);
    expect(textOf(await h.submit('company.refuse', { placementId: placement.id, reason: 'no-supervisor' }, 'nl', CONTACT_USER))).toBe(f.company.refused);
    expect(await h.queued()).toEqual([`refusal-reported coord-1`, `refusal-reported coord-2`]);
    // Another company's contact, and the student, cannot act on it.
    expect(textOf(await h.submit('company.refuse', { placementId: placement.id, reason: 'no-place' }, 'nl', STUDENT_USER))).toBe(nl.company.students.notAContact);
    const overview = await h.say('ronde opvolging', 'nl', 'coord-1');
    const decision = formOf(overview.slice(1)).actions.find((a) => a.data?.decision === 'upheld')!;
    expect(textOf(await h.submit(decision.verb, decision.data, 'nl', 'coord-1'))).toBe(f.coordinator.upheld);
    const card = await h.say('uitslag');
    expect(formOf(card).intro).toBe(f.student.placeEnded('31 januari 2027'));
    // The company's free text never reaches the student; the reason code does not either.
    expect(JSON.stringify(card)).not.toContain(nl.followUp.company.reasons['no-supervisor']);
  });
});
