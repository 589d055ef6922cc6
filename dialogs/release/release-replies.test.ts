import { describe, expect, it } from 'vitest';
import { startDueReleases } from '../../bot/release/release-runner.js';
import { CONTACT_USER, intakeHarness, releasedRound, STUDENT_USER, textOf } from '../testing/intake-fixture.js';
import type { Reply } from '../turn.js';
import { releaseReplies } from './release-replies.js';
import { EVERYTHING } from '../../bot/store/index.js';

const BEFORE = new Date('2027-01-20T08:59:00+01:00');
const AT = new Date('2027-01-20T09:00:00+01:00');

function scheduledRound() {
  const data = releasedRound('scheduled');
  data.students.s1.displayName = 'Fatima El Amrani';
  data.students.s1.learningWish = { text: 'Ik wil leren wonden verzorgen bij ouderen.', workProcesses: ['B1-K1-W1'], confirmedAt: '2027-01-06T10:00:00Z' } as never;
  data.companies.c1.contacts = [{ platform: 'teams', userId: CONTACT_USER }];
  data.liveMessages['result:s1'] = { platform: 'teams', userId: STUDENT_USER, activityId: 'card-1', sentAt: '2027-01-06T10:00:00Z' };
  data.conversations[`teams:${STUDENT_USER}`] = { platform: 'teams', userId: STUDENT_USER, reference: {}, updatedAt: '2027-01-06T10:00:00Z' };
  return data;
}

const all = (replies: Reply[]) => JSON.stringify(replies);

describe('the words of the release messages', () => {
  it('gives each planned message its words from the moment on: card, notice with the place, the company its student, the coordinator the figures', async () => {
    const h = await intakeHarness(scheduledRound(), { now: AT });
    await startDueReleases(h.store, AT, ['coord-1']);
    const entries = Object.values((await h.store.read(EVERYTHING)).outbox);
    const words = new Map<string, Reply[]>();
    for (const entry of entries) words.set(entry.kind, await releaseReplies(entry, 'nl', h.services()));

    const card = words.get('student-result-card')!;
    expect(card).toHaveLength(1);
    expect(card[0]).toMatchObject({ kind: 'live', key: 'result:s1' });
    expect(all(card)).toContain('Zorggroep De Naam 1');

    const notice = words.get('student-result-notice')!;
    expect(textOf(notice)).toContain('De uitslag is er');
    expect(all(notice)).toContain('Zorggroep De Naam 1');
    expect(all(notice)).toContain('geen sollicitatie');

    const company = all(words.get('company-result')!);
    expect(company).toContain('Fatima');
    expect(company).not.toContain('El Amrani');
    expect(company).toContain('wonden verzorgen bij ouderen');
    expect(company).toContain('geen selectiemoment');

    const summary = words.get('coordinator-summary')!;
    expect(summary[0]).toMatchObject({ kind: 'summary', facts: expect.arrayContaining([{ label: 'Geplaatst', value: '1' }]) });
    expect(all(summary)).not.toContain('Niet bereikbaar');
    await h.store.update(EVERYTHING, (d) => { d.students.s9 = { ...structuredClone(d.students.s1), id: 's9', studentNumber: '100999', identities: [] }; });
    const again = await releaseReplies(entries.find((e) => e.kind === 'coordinator-summary')!, 'nl', h.services());
    expect(again[0]).toMatchObject({ facts: expect.arrayContaining([{ label: 'Niet bereikbaar in de chat (zelf contact opnemen)', value: '100999' }]) });
  });

  it('tells the company what support the student needs only when the student chose to share it', async () => {
    const data = scheduledRound();
    data.students.s1.supportNeed = { wanted: true, details: 'Een rustige werkplek en vaste begeleider', shareWithCompany: false };
    const h = await intakeHarness(data, { now: AT });
    const message = { kind: 'company-result' as const, recipient: { platform: 'teams' as const, userId: CONTACT_USER }, subjectIds: ['c1'], roundId: 'r1' };
    expect(all(await releaseReplies(message, 'nl', h.services()))).not.toContain('rustige werkplek');
    await h.store.update(EVERYTHING, (d) => { d.students.s1.supportNeed = { ...d.students.s1.supportNeed!, shareWithCompany: true }; });
    expect(all(await releaseReplies(message, 'nl', h.services()))).toContain('Een rustige werkplek en vaste begeleider');
  });

  it('reveals nothing in any message before the moment', async () => {
    const h = await intakeHarness(scheduledRound(), { now: BEFORE });
    const recipient = { platform: 'teams' as const, userId: STUDENT_USER };
    const notice = await releaseReplies({ kind: 'student-result-notice', recipient, subjectIds: ['s1'], roundId: 'r1' }, 'nl', h.services());
    expect(all(notice)).not.toContain('Zorggroep');
    const company = await releaseReplies({ kind: 'company-result', recipient: { platform: 'teams', userId: CONTACT_USER }, subjectIds: ['c1'], roundId: 'r1' }, 'nl', h.services());
    expect(all(company)).not.toContain('Fatima');
  });

  it('renders a card only for the student it belongs to', async () => {
    const h = await intakeHarness(scheduledRound(), { now: AT });
    const someoneElse = { platform: 'teams' as const, userId: 'teams-student-2' };
    expect(await releaseReplies({ kind: 'student-result-card', recipient: someoneElse, subjectIds: ['s1'], roundId: 'r1' }, 'nl', h.services())).toEqual([]);
  });
});

describe('following the release as a coordinator', () => {
  it('shows a live progress card with failures and their reasons, and a retry puts failed messages back', async () => {
    const h = await intakeHarness(scheduledRound(), { now: AT });
    await startDueReleases(h.store, AT, ['coord-1']);
    await h.store.update(EVERYTHING, (d) => {
      const notice = Object.values(d.outbox).find((e) => e.kind === 'student-result-notice')!;
      notice.status = 'failed';
      notice.lastError = 'unknown-after-restart';
      for (const e of Object.values(d.outbox)) if (e.kind !== 'student-result-notice') e.status = 'sent';
    });
    const replies = await h.say('ronde vrijgave', 'nl', 'coord-1');
    expect(replies[0]).toMatchObject({ kind: 'live', key: 'release:r1' });
    const text = all(replies);
    expect(text).toContain('1 van 1 verstuurd');
    expect(text).toContain('0 van 1 verstuurd, 1 niet gelukt');
    expect(text).toContain('100234');
    expect(text).toContain('misschien al aangekomen');
    expect(text).not.toContain('Niet bereikbaar');
    await h.store.update(EVERYTHING, (d) => { d.students.s9 = { ...structuredClone(d.students.s1), id: 's9', studentNumber: '100999', identities: [] }; });
    expect(all(await h.say('ronde vrijgave', 'nl', 'coord-1'))).toMatch(/Niet bereikbaar: 1 student.*100999/);

    const retried = await h.submit('round.release.retry', { roundId: 'r1' }, 'nl', 'coord-1');
    expect(textOf(retried)).toContain('1 bericht wordt opnieuw verstuurd');
    const data = await h.store.read(EVERYTHING);
    expect(Object.values(data.outbox).find((e) => e.kind === 'student-result-notice')?.status).toBe('pending');
    expect(data.audit.at(-1)).toMatchObject({ action: 'release.retried', actorId: 'coord-1', detail: { messages: 1 } });
  });

  it('counts a student who never talked to Koppel as unreachable everywhere, and does not send their message again to fail again', async () => {
    const data = scheduledRound();
    delete data.conversations[`teams:${STUDENT_USER}`];
    const h = await intakeHarness(data, { now: AT });
    expect(all(await h.say('ronde status', 'nl', 'coord-1'))).toContain('{"label":"Bereikbaar in de chat","value":"0"}');
    await startDueReleases(h.store, AT, ['coord-1']);
    await h.store.update(EVERYTHING, (d) => {
      for (const e of Object.values(d.outbox)) {
        const toStudent = e.kind === 'student-result-notice' || e.kind === 'student-result-card';
        Object.assign(e, toStudent ? { status: 'failed', lastError: 'no-conversation' } : { status: 'sent' });
      }
    });
    expect(all(await h.say('ronde vrijgave', 'nl', 'coord-1'))).toMatch(/Niet bereikbaar: 1 student.*100234/);
    const failedBefore = Object.values((await h.store.read(EVERYTHING)).outbox).filter((e) => e.status === 'failed').length;
    const retried = textOf(await h.submit('round.release.retry', { roundId: 'r1' }, 'nl', 'coord-1'));
    expect(retried).toContain('Er is niets opnieuw te versturen.');
    expect(retried).toContain(`${failedBefore} berichten verstuur ik niet opnieuw`);
    expect(Object.values((await h.store.read(EVERYTHING)).outbox).filter((e) => e.status === 'failed')).toHaveLength(failedBefore);
    // Once the student has talked to Koppel, the same retry sends them.
    await h.store.update(EVERYTHING, (d) => { d.conversations[`teams:${STUDENT_USER}`] = { platform: 'teams', userId: STUDENT_USER, reference: {}, updatedAt: AT.toISOString() }; });
    expect(textOf(await h.submit('round.release.retry', { roundId: 'r1' }, 'nl', 'coord-1'))).toContain(`${failedBefore} berichten worden opnieuw verstuurd`);
  });

  it('refuses the progress and the retry to a student, and changes nothing', async () => {
    const h = await intakeHarness(scheduledRound(), { now: AT });
    await startDueReleases(h.store, AT, ['coord-1']);
    await h.store.update(EVERYTHING, (d) => { for (const e of Object.values(d.outbox)) e.status = 'failed'; });
    const replies = await h.submit('round.release.retry', { roundId: 'r1' }, 'nl', STUDENT_USER);
    expect(all(replies)).not.toContain('opnieuw verstuurd');
    expect(Object.values((await h.store.read(EVERYTHING)).outbox).every((e) => e.status === 'failed')).toBe(true);
  });
});
