import { describe, expect, it } from 'vitest';
import { intakeHarness, releasedRound, STUDENT_USER } from '../testing/intake-fixture.js';
import { reachesRecipient } from './message-scope.js';
import { EVERYTHING } from '../../bot/store/index.js';

// A coordinator limited to another programme hears nothing of this round; everyone else as before.
const LIMITED = { platform: 'teams' as const, userId: 'coord-3' };
const OTHER = { platform: 'teams' as const, userId: 'coord-1' };

async function services() {
  const data = releasedRound('released');
  data.erasureRequests['er-1'] = { id: 'er-1', requestedAt: '2027-01-14T10:00:00Z', requester: { platform: 'teams', userId: STUDENT_USER }, subject: { kind: 'student', studentId: 's1' }, state: 'open' };
  data.erasureRequests['er-2'] = { id: 'er-2', requestedAt: '2027-01-14T10:00:00Z', requester: { platform: 'teams', userId: 'contact-9' }, subject: { kind: 'company-contact', companyId: 'c1' }, state: 'open' };
  const h = await intakeHarness(data, undefined, ['coord-1', 'coord-2', 'coord-3'], false, { coordinatorLimits: { 'coord-3': ['90002'] } });
  return h.services();
}

describe('messages for coordinators and a coordinator limited to other programmes', () => {
  it('do not reach them for another programme\'s round: own places, refusals, talks, the release summary, erasure requests', async () => {
    const s = await services();
    const messages = [
      { kind: 'own-placement-reported', roundId: 'r1', studentId: 's1' },
      { kind: 'follow-up-coordinator', event: 'refusal-reported', roundId: 'r1', studentId: 's1', placementId: 'pl_1' },
      { kind: 'check-in-conversation', roundId: 'r1', studentId: 's1', checkInId: 'ci' },
      { kind: 'coordinator-summary', roundId: 'r1' },
      { kind: 'erasure', event: 'requested', roundId: 'privacy', requestId: 'er-1' },
      { kind: 'erasure', event: 'requested', roundId: 'privacy', requestId: 'er-2' },
    ] as const;
    for (const message of messages) {
      expect(await reachesRecipient(LIMITED, message, s), JSON.stringify(message)).toBe(false);
      expect(await reachesRecipient(OTHER, message, s), JSON.stringify(message)).toBe(true);
    }
  });

  it('tell them of a named student\'s meldpunt case only for their own rounds, and of an anonymous one as every coordinator', async () => {
    const data = releasedRound('released');
    const h = await intakeHarness(data, undefined, ['coord-1', 'coord-3'], false, { coordinatorLimits: { 'coord-3': ['90002'] } });
    const report = { what: 'Er werd over mijn afkomst gegrapt.', phase: 'internship', company: 'none', contactWish: 'chat', coordinatorsMayKnow: 'yes', source: 'command' };
    await h.submit('meldpunt.report', { ...report, anonymous: 'no' });
    await h.submit('meldpunt.report', { ...report, anonymous: 'yes' });
    const reports = Object.values((await h.store.read(EVERYTHING)).reports);
    const named = reports.find((r) => r.named)?.id ?? '';
    const anonymous = reports.find((r) => !r.named)?.id ?? '';
    const notice = (reportId: string) => ({ kind: 'meldpunt-coordinator', event: 'report-received', roundId: 'meldpunt', reportId }) as never;
    expect(await reachesRecipient(LIMITED, notice(named), h.services())).toBe(false);
    expect(await reachesRecipient(OTHER, notice(named), h.services())).toBe(true);
    expect(await reachesRecipient(LIMITED, notice(anonymous), h.services())).toBe(true);
  });

  it('reach them for their own rounds, and messages of other kinds reach them as anyone', async () => {
    const s = await services();
    const own = await intakeHarness(releasedRound('released'), undefined, ['coord-1', 'coord-3'], false, { coordinatorLimits: { 'coord-3': ['90001'] } });
    expect(await reachesRecipient(LIMITED, { kind: 'own-placement-reported', roundId: 'r1' }, own.services())).toBe(true);
    expect(await reachesRecipient(LIMITED, { kind: 'follow-up-company', roundId: 'r1' }, s)).toBe(true);
    expect(await reachesRecipient(LIMITED, { kind: 'erasure', event: 'refused', roundId: 'privacy', requestId: 'er-1' } as never, s)).toBe(true);
  });
});
