import { describe, expect, it } from 'vitest';
import { refreshLive } from '../../dialogs/live-replies.js';
import { intakeHarness, releasedRound, STUDENT_USER } from '../../dialogs/testing/intake-fixture.js';
import type { Turn } from '../../dialogs/turn.js';
import { adaptiveCardProblems } from '../../test/support/adaptive-card-check.js';
import { formCard } from './form-card.js';
import { liveCard } from './render-reply.js';

const AFTER_RELEASE = new Date('2027-01-20T09:00:00+01:00');
const viewer = (userId: string): Turn => ({ person: { platform: 'teams', userId }, language: 'nl', input: { kind: 'text', text: '' } });

describe('result cards render in Teams', () => {
  it('placed result, not-yet result and the company students card pass Microsoft\'s renderer checks', async () => {
    const placed = await refreshLive('result:s1', viewer(STUDENT_USER), (await intakeHarness(releasedRound(), { now: AFTER_RELEASE })).services());
    const waiting = await refreshLive('result:s1', viewer(STUDENT_USER), (await intakeHarness(releasedRound('scheduled'))).services());
    const data = releasedRound();
    data.companies.c1.contacts = [{ platform: 'teams', userId: 'contact-c1' }];
    const students = await (await intakeHarness(data, { now: AFTER_RELEASE })).say('mijn studenten', 'nl', 'contact-c1');
    expect(placed?.form.sections?.length).toBe(1);
    expect(waiting?.form.sections).toBeUndefined();
    expect(adaptiveCardProblems(liveCard(placed!))).toEqual([]);
    expect(adaptiveCardProblems(liveCard(waiting!))).toEqual([]);
    const forms = students.flatMap((r) => (r.kind === 'form' ? [r.form] : []));
    expect(forms.some((f) => (f.sections?.length ?? 0) > 0)).toBe(true);
    for (const form of forms) expect(adaptiveCardProblems(formCard(form))).toEqual([]);
  });
});
