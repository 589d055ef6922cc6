import { describe, expect, it } from 'vitest';
import { emptyKoppelData } from '../../bot/koppel-data.js';
import type { Form } from '../../dialogs/form.js';
import { notificationReplies } from '../../dialogs/notification-replies.js';
import { intakeHarness, roundData } from '../../dialogs/testing/intake-fixture.js';
import type { Language, Reply } from '../../dialogs/turn.js';
import { adaptiveCardProblems } from '../../test/support/adaptive-card-check.js';
import { formCard } from './form-card.js';
import { EVERYTHING } from '../../bot/store/index.js';

const forms = (replies: Reply[]): Form[] => replies.flatMap((r) => (r.kind === 'form' ? [r.form] : []));

describe.each(['nl', 'en'] as const)('coordinator and notification cards in %s', (language: Language) => {
  it('every card renders in Teams without problems', async () => {
    const h = await intakeHarness(emptyKoppelData());
    const as = (verb: string, values: Record<string, unknown> = {}) => h.submit(verb, values, language, 'coord-1');
    const collected: Form[] = [];
    collected.push(...forms(await h.say('ronde nieuw', language, 'coord-1')));
    collected.push(...forms(await as('round.create', { name: '' })));
    collected.push(...forms(await as('round.create', { name: 'Zorg', programmeCodes: '90001', mechanism: 'ranked', wishesDeadline: '2027-05-01', offersDeadline: '2027-05-01', releaseDate: '2027-08-25', releaseTime: '09:00', internshipStart: '2027-09-01' })));
    const roundId = Object.keys((await h.store.read(EVERYTHING)).rounds)[0];
    collected.push(...forms(await as('round.import.form', { roundId })));
    collected.push(...forms(await as('round.import', { roundId, csv: 'nonsense' })));
    const student = await intakeHarness(roundData());
    collected.push(...forms(await notificationReplies({ kind: 'round-opened', roundId: 'r1', studentId: 's1' }, language, student.services())));
    expect(collected.map((f) => f.id)).toEqual(['round.new', 'round.new', 'round.next', 'round.import', 'round.import', 'intake.continue']);
    for (const form of collected) expect({ form: form.id, problems: adaptiveCardProblems(formCard(form)) }).toEqual({ form: form.id, problems: [] });
  });
});

describe.each(['nl', 'en'] as const)('closing early, changing a round and an own place in %s', (language: Language) => {
  it('the confirmation card renders in Teams without problems', async () => {
    const h = await intakeHarness(roundData());
    await h.store.update(EVERYTHING, (d) => {
      d.students.s1.intakeStatus = 'own-placement';
      d.students.s1.ownPlacement = { companyName: 'Bakkerij Eigen', place: 'Delft', reportedAt: '2027-01-04T10:00:00Z' };
    });
    const collected = [
      ...forms(await h.say('ronde sluit', language, 'coord-1')), ...forms(await h.say('ronde wijzigen', language, 'coord-1')),
      ...forms(await notificationReplies({ kind: 'own-placement-reported', roundId: 'r1', studentId: 's1' }, language, h.services())),
    ];
    expect(collected.map((f) => f.id)).toEqual(['round.close.confirm', 'round.edit', 'own-place.decide']);
    for (const form of collected) expect({ form: form.id, problems: adaptiveCardProblems(formCard(form)) }).toEqual({ form: form.id, problems: [] });
  });
});

describe.each(['nl', 'en'] as const)('matching cards in %s', (language: Language) => {
  it('preview, place, explain and round choice render in Teams without problems', async () => {
    const { demoData } = await import('../../bot/demo/demo-round.js');
    const h = await intakeHarness(demoData({ now: new Date('2027-01-05T12:00:00+01:00'), playgroundUserId: 'someone' }));
    const as = (verb: string, values: Record<string, unknown> = {}) => h.submit(verb, values, language, 'coord-1');
    await as('round.close', { roundId: 'demo-round', confirmed: 'true' });
    await h.say('ronde nieuw', language, 'coord-1');
    await as('round.create', { name: 'Tweede', programmeCodes: '90001', mechanism: 'school', wishesDeadline: '2027-05-01', offersDeadline: '2027-05-01', releaseDate: '2027-06-01', releaseTime: '09:00', internshipStart: '2027-09-01' });
    const collected: Form[] = [];
    collected.push(...forms(await h.say('ronde sluit', language, 'coord-1')));
    collected.push(...forms(await as('round.match', { roundId: 'demo-round' })));
    collected.push(...forms(await as('round.place.form', { roundId: 'demo-round' })));
    collected.push(...forms(await as('round.place', { roundId: 'demo-round', studentNumber: 'DEMO0001', offerId: 'x', reason: '' })));
    collected.push(...forms(await as('round.explain.form', { roundId: 'demo-round' })));
    const pin = { roundId: 'demo-round', studentNumber: 'DEMO0008', offerId: 'demo-o-duinzicht', reason: 'Afgesproken met de mentor' };
    const warned = forms(await as('round.place', pin));
    collected.push(...warned);
    collected.push(...forms(await as('round.place', { ...pin, ...warned[0].actions[0].data })));
    collected.push(...forms(await h.submit('round.approve', { roundId: 'demo-round' }, language, 'coord-2')));
    expect(collected.map((f) => f.id)).toEqual(['round.choose', 'round.preview', 'round.place', 'round.place', 'round.explain', 'round.place', 'round.preview', 'round.approve.review']);
    for (const form of collected) expect({ form: form.id, problems: adaptiveCardProblems(formCard(form)) }).toEqual({ form: form.id, problems: [] });
  });
});

describe.each(['nl', 'en'] as const)('release cards in %s', (language: Language) => {
  it('the status card, the release progress card (with failures and unreachable students) and every release message render in Teams without problems', async () => {
    const { releasedRound, CONTACT_USER, STUDENT_USER } = await import('../../dialogs/testing/intake-fixture.js');
    const { startDueReleases } = await import('../../bot/release/release-runner.js');
    const { releaseReplies } = await import('../../dialogs/release/release-replies.js');
    const { liveCard, renderReply, summaryCard } = await import('./render-reply.js');
    const data = releasedRound('scheduled');
    data.companies.c1.contacts = [{ platform: 'teams', userId: CONTACT_USER }];
    data.liveMessages['result:s1'] = { platform: 'teams', userId: STUDENT_USER, activityId: 'card-1', sentAt: '2027-01-06T10:00:00Z' };
    data.students.s2 = { ...structuredClone(data.students.s1), id: 's2', studentNumber: '100999', identities: [] };
    const moment = new Date('2027-01-20T09:00:00+01:00');
    const h = await intakeHarness(data, { now: moment });
    await startDueReleases(h.store, moment, ['coord-1']);
    await h.store.update(EVERYTHING, (d) => {
      for (const e of Object.values(d.outbox)) {
        e.status = e.kind === 'company-result' ? 'failed' : 'sent';
        if (e.status === 'failed') e.lastError = 'unknown-outcome:http-502';
      }
    });
    const cards = [...await h.say('ronde status', language, 'coord-1'), ...await h.say('ronde vrijgave', language, 'coord-1')];
    for (const entry of Object.values((await h.store.read(EVERYTHING)).outbox)) cards.push(...await releaseReplies(entry, language, h.services()));
    expect(cards.map((r) => (r.kind === 'live' ? r.key : r.kind))).toEqual(expect.arrayContaining(['status:r1', 'release:r1', 'result:s1', 'form', 'summary']));
    for (const reply of cards) {
      const card = reply.kind === 'live' ? liveCard(reply) : reply.kind === 'form' ? formCard(reply.form) : reply.kind === 'summary' ? summaryCard(reply) : undefined;
      if (card) expect({ reply: reply.kind, problems: adaptiveCardProblems(card) }).toEqual({ reply: reply.kind, problems: [] });
      else expect(renderReply(reply).type).toBe('message');
    }
  });
});
