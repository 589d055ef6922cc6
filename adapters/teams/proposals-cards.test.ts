import { describe, expect, it } from 'vitest';
import { formOf, intakeHarness } from '../../dialogs/testing/intake-fixture.js';
import { CHOOSING, choosingRound, DEADLINE } from '../../dialogs/testing/proposals-fixture.js';
import { adaptiveCardProblems } from '../../test/support/adaptive-card-check.js';
import { formCard } from './form-card.js';

describe('the proposals card renders in Teams', () => {
  it('with a button per proposal, and without them after the deadline, passes Microsoft\'s renderer checks', async () => {
    const open = formOf(await (await intakeHarness(choosingRound(), { now: CHOOSING })).say('voorstellen'));
    const closed = formOf(await (await intakeHarness(choosingRound(), { now: new Date(DEADLINE) })).say('voorstellen', 'en'));
    expect(JSON.stringify(formCard(open))).toContain('Kies plek B');
    expect(JSON.stringify(formCard(closed))).not.toContain('Choose place');
    expect(adaptiveCardProblems(formCard(open))).toEqual([]);
    expect(adaptiveCardProblems(formCard(closed))).toEqual([]);
  });
});
