import { describe, expect, it } from 'vitest';
import { releasedRound } from '../testing/round-builders.js';
import { planRelease } from './plan-release.js';

describe('planning a release', () => {
  it('plans a card update (with the card\'s message id) and a notice per student, a message per contact of every company that offered places (with or without students), and a summary per coordinator', () => {
    const data = releasedRound('scheduled');
    data.liveMessages['result:s1'] = { platform: 'teams', userId: 'teams-student-1', activityId: 'act-42', sentAt: '2027-01-06T10:00:00Z' };
    data.companies.c1.contacts = [{ platform: 'teams', userId: 'contact-a' }, { platform: 'teams', userId: 'contact-b' }];
    data.companies.c2.contacts = [{ platform: 'teams', userId: 'contact-without-students' }];
    const plan = planRelease(data, 'r1', ['coord-1', 'coord-2']);
    expect(plan.map((p) => [p.kind, p.recipient.userId, p.subjectIds, p.activityId])).toEqual([
      ['student-result-card', 'teams-student-1', ['s1'], 'act-42'],
      ['student-result-notice', 'teams-student-1', ['s1'], undefined],
      ['company-result', 'contact-a', ['c1'], undefined],
      ['company-result', 'contact-b', ['c1'], undefined],
      ['company-result', 'contact-without-students', ['c2'], undefined],
      ['coordinator-summary', 'coord-1', ['r1'], undefined],
      ['coordinator-summary', 'coord-2', ['r1'], undefined],
    ]);
    expect(new Set(plan.map((p) => p.key)).size).toBe(plan.length);
    expect(planRelease(data, 'r1', ['coord-1', 'coord-2'])).toEqual(plan);
  });

  it('sends a coordinator\'s summary where they talk to Koppel: Slack, Teams, or both', () => {
    const data = releasedRound('scheduled');
    data.conversations['slack:U0COORD'] = { platform: 'slack', userId: 'U0COORD', reference: { channel: 'D1' }, updatedAt: '2027-01-06T10:00:00Z' };
    data.preferences['teams:coord-2'] = { language: 'en' };
    data.conversations['slack:coord-2'] = { platform: 'slack', userId: 'coord-2', reference: { channel: 'D2' }, updatedAt: '2027-01-06T10:00:00Z' };
    const summaries = planRelease(data, 'r1', ['U0COORD', 'coord-2', 'coord-3']).filter((p) => p.kind === 'coordinator-summary');
    expect(summaries.map((p) => `${p.recipient.platform}:${p.recipient.userId}`)).toEqual(['slack:U0COORD', 'slack:coord-2', 'teams:coord-2', 'teams:coord-3']);
  });

  it('sends only a notice to a student whose card Koppel cannot update, and nothing for unreachable students', () => {
    const data = releasedRound('scheduled');
    expect(planRelease(data, 'r1', []).map((p) => p.kind)).toEqual(['student-result-notice']);
    data.students.s1.identities = [];
    expect(planRelease(data, 'r1', [])).toEqual([]);
  });
});
