// A student's own place: the coordinator's notice comes with a decision, and the student hears it.
import { describe, expect, it } from 'vitest';
import { EVERYTHING } from '../../bot/store/index.js';
import { notificationReplies } from '../notification-replies.js';
import { formOf, intakeHarness, roundData, STUDENT_USER, textOf } from '../testing/intake-fixture.js';

async function reported() {
  const data = roundData();
  data.students.s1.intakeStatus = 'own-placement';
  data.students.s1.ownPlacement = { companyName: 'Bakkerij Eigen', place: 'Delft', reportedAt: '2027-01-04T10:00:00Z' };
  data.conversations[`teams:${STUDENT_USER}`] = { platform: 'teams', userId: STUDENT_USER, reference: {}, updatedAt: '2027-01-04T10:00:00Z' };
  return intakeHarness(data);
}

describe('a coordinator’s decision on an own place', () => {
  it('comes with the notice: accept, or ask for more, with a reason', async () => {
    const h = await reported();
    const notice = await notificationReplies({ kind: 'own-placement-reported', roundId: 'r1', studentId: 's1' }, 'nl', h.services());
    expect(textOf(notice)).toContain('Student 100234 heeft zelf een stageplek gemeld');
    const card = formOf(notice);
    expect(card.fields.map((f) => f.id)).toEqual(['reason']);
    expect(card.actions.map((a) => [a.verb, a.label])).toEqual([['own-place.accept', 'Plek goedkeuren'], ['own-place.ask', 'Meer vragen']]);
  });

  it('asks the student for more: stored with who and why, queued for the student in their words', async () => {
    const h = await reported();
    const reply = await h.submit('own-place.ask', { studentId: 's1', reason: 'Is het bedrijf erkend door SBB?' }, 'nl', 'coord-1');
    expect(textOf(reply)).toBe('Je vraag is naar 100234 gestuurd.');
    const data = await h.store.read(EVERYTHING);
    expect(data.students.s1.ownPlacement?.decision).toMatchObject({ outcome: 'more-asked', reason: 'Is het bedrijf erkend door SBB?', by: 'coord-1' });
    const entry = Object.values(data.outbox).find((e) => e.kind === 'own-placement-decided');
    expect(entry?.recipient).toEqual({ platform: 'teams', userId: STUDENT_USER });
    expect(data.audit.at(-1)).toMatchObject({ action: 'own-placement.decided', detail: { outcome: 'more-asked' } });
    const words = textOf(await notificationReplies({ kind: 'own-placement-decided', roundId: 'r1', studentId: 's1' }, 'nl', h.services()));
    // Typed text (the company, the reason) is marked inert by userText; the words around it are Koppel's.
    expect(words).toMatch(/^Je stagecoördinator wil meer weten over je eigen stageplek bij \*\*.*Bakkerij Eigen.*\*\*: .*Is het bedrijf erkend door SBB\?/);
  });

  it('accepts the place; needs a reason; only for coordinators', async () => {
    const h = await reported();
    expect(textOf(await h.submit('own-place.accept', { studentId: 's1', reason: '' }, 'nl', 'coord-1'))).toContain('Geef een reden');
    expect(textOf(await h.submit('own-place.accept', { studentId: 's1', reason: 'Erkend leerbedrijf' }))).toContain('Dit kan alleen een stagecoördinator doen');
    expect((await h.store.read(EVERYTHING)).students.s1.ownPlacement?.decision).toBeUndefined();
    expect(textOf(await h.submit('own-place.accept', { studentId: 's1', reason: 'Erkend leerbedrijf, past bij de opleiding.' }, 'nl', 'coord-1'))).toContain('is goedgekeurd');
    expect((await h.store.read(EVERYTHING)).students.s1.ownPlacement?.decision?.outcome).toBe('accepted');
  });
});
