import { describe, expect, it } from 'vitest';
import { liveResultKey, refreshLive } from './live-replies.js';
import { intakeHarness, releasedRound, STUDENT_USER } from './testing/intake-fixture.js';

describe('refreshing a live card', () => {
  it('answers in the language the person chose, not the client\'s, and only to the student it belongs to', async () => {
    const h = await intakeHarness(releasedRound('released'), { now: new Date('2027-01-21T10:00:00+01:00') });
    const person = { platform: 'teams' as const, userId: STUDENT_USER };
    await h.services().setLanguagePreference(person, 'nl');
    const card = await refreshLive(liveResultKey('s1'), { person, language: 'en', input: { kind: 'text', text: '' } }, h.services());
    expect(card?.form.title).toBe('Jouw stageplek');
    expect(card?.refreshLabel).toBe('Bekijk de uitslag');
    const other = { platform: 'teams' as const, userId: 'teams-student-2' };
    expect(await refreshLive(liveResultKey('s1'), { person: other, language: 'nl', input: { kind: 'text', text: '' } }, h.services())).toBeUndefined();
  });
});
