import { describe, expect, it } from 'vitest';
import { CONTACT_USER, formOf, intakeHarness, readable, releasedRound, STUDENT_USER, textOf } from '../testing/intake-fixture.js';
import { Placement } from '../../bot/domain/placement.js';
import { EVERYTHING } from '../../bot/store/index.js';
import { nl } from '../texts/nl.js';
import { notificationReplies } from '../notification-replies.js';
import { conversationFor } from '../../bot/outbox/testing/outbox-test-support.js';

const DURING_INTERNSHIP = new Date('2027-03-01T12:00:00+01:00');

async function harness() {
  const data = releasedRound('released');
  data.companies.c1.contacts = [{ platform: 'teams', userId: CONTACT_USER }, { platform: 'teams', userId: 'teams-contact-2' }];
  for (const userId of [STUDENT_USER, 'coord-1']) conversationFor(data, userId);
  data.placements.pl1 = Placement.parse({ id: 'pl1', roundId: 'r1', studentId: 's1', offerId: 'o1', companyId: 'c1', origin: 'match', matchId: 'm1', placedAt: '2027-01-20T09:00:00Z' });
  return intakeHarness(data, { now: DURING_INTERNSHIP });
}

const requestIdOf = (form: ReturnType<typeof formOf>) => form.sections?.[0]?.action?.data?.requestId ?? '';

describe('asking for erasure', () => {
  it('lets a student ask; a coordinator refuses during the internship with a reason the student reads, then carries out a new request', async () => {
    const h = await harness();
    expect(formOf(await h.say('gegevens verwijderen', 'nl', STUDENT_USER)).title).toBe(nl.privacy.erasure.askTitle);
    expect(textOf(await h.submit('erasure.request', {}, 'nl', STUDENT_USER))).toBe(nl.privacy.erasure.sent);
    // Asking twice makes one request.
    expect(textOf(await h.submit('erasure.request', {}, 'nl', STUDENT_USER))).toContain('ligt bij een stagecoördinator');

    await h.sendQueued();
    const notices = h.sent.filter((m) => m.notification.kind === 'erasure');
    expect(notices.map((m) => m.recipient.userId)).toEqual(['coord-1']);
    expect(textOf(await notificationReplies(notices[0].notification, 'nl', h.services()))).toBe(nl.privacy.erasure.coordinatorNotice);

    const list = formOf(await h.say('verwijderverzoeken', 'nl', 'coord-1'));
    expect(list.sections).toHaveLength(1);
    expect(JSON.stringify(list)).toContain('Student 100234');
    expect(JSON.stringify(list)).toContain(nl.privacy.erasure.running);
    const requestId = requestIdOf(list);

    const missing = formOf(await h.submit('erasure.refuse', { requestId, reason: '' }, 'nl', 'coord-1'));
    expect(missing.errors).toEqual({ reason: nl.privacy.erasure.reasonRequired });
    expect(textOf(await h.submit('erasure.refuse', { requestId, reason: 'Je stage loopt nog tot juli' }, 'nl', 'coord-1'))).toBe(nl.privacy.erasure.refusedDone);
    expect(textOf(await h.submit('erasure.carry-out', { requestId }, 'nl', 'coord-2'))).toBe(nl.privacy.erasure.decided);
    expect((await h.student())?.studentNumber).toBe('100234');
    expect(formOf(await h.say('gegevens verwijderen', 'nl', STUDENT_USER)).intro).toContain('Je stage loopt nog tot juli');
    await h.sendQueued();
    const refusal = h.sent.filter((m) => m.notification.kind === 'erasure' && m.recipient.userId === STUDENT_USER);
    expect(refusal).toHaveLength(1);
    expect(textOf(readable(await notificationReplies(refusal[0].notification, 'nl', h.services())))).toContain('De reden: Je stage loopt nog tot juli');
    // The outbox holds ids only: the reason is worded when the message is sent.
    expect(JSON.stringify((await h.store.read(EVERYTHING)).outbox)).not.toContain('juli');

    await h.submit('erasure.request', {}, 'nl', STUDENT_USER);
    const again = requestIdOf(formOf(await h.say('verwijderverzoeken', 'nl', 'coord-1')));
    expect(textOf(await h.submit('erasure.carry-out', { requestId: again }, 'nl', 'coord-1'))).toBe(nl.privacy.erasure.carriedOut);
    const after = await h.store.read(EVERYTHING);
    expect(after.students.s1).toBeUndefined();
    expect(JSON.stringify(after.erasureRequests)).not.toContain(STUDENT_USER);
    expect(JSON.stringify(after.erasureRequests)).not.toContain('juli');
    expect(Object.values(after.outbox).filter((e) => e.recipient.userId === STUDENT_USER)).toEqual([]);
    const audit = after.audit.filter((e) => e.action.startsWith('erasure.')).map((e) => e.action);
    expect(audit).toEqual(['erasure.requested', 'erasure.refused', 'erasure.requested', 'erasure.carried-out']);
    expect(JSON.stringify(after.audit)).not.toContain('juli');
  });

  it('removes a company contact\'s own account only, and keeps the company', async () => {
    const h = await harness();
    await h.submit('erasure.request', {}, 'nl', CONTACT_USER);
    const list = formOf(await h.say('verwijderverzoeken', 'nl', 'coord-1'));
    expect(JSON.stringify(list)).toContain('Contactpersoon van');
    await h.submit('erasure.carry-out', { requestId: requestIdOf(list) }, 'nl', 'coord-1');
    expect((await h.store.read(EVERYTHING)).companies.c1.contacts).toEqual([{ platform: 'teams', userId: 'teams-contact-2' }]);
  });

  it('tells someone Koppel does not know that nothing is stored', async () => {
    const h = await harness();
    expect(textOf(await h.submit('erasure.request', {}, 'nl', 'teams-stranger'))).toBe(nl.privacy.erasure.unknown);
  });
});
