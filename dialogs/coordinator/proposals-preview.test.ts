import { describe, expect, it } from 'vitest';
import { proposalsData } from '../../bot/proposals/testing/proposals-harness.js';
import { formOf, intakeHarness } from '../testing/intake-fixture.js';

// The coordinator's side of a proposals round's first stage: the preview and the approval card show
// the proposals per student and how many each gets, not placements.

describe('the proposals preview and approval', () => {
  it('shows per student the places proposed, and the approver sees the same', async () => {
    const h = await intakeHarness(proposalsData());
    const preview = formOf(await h.say('ronde match', 'nl', 'coord-1'));
    expect(preview.title).toBe('Voorstellen: Zorg 2027');
    expect(preview.intro).toContain('9 studenten krijgen voorstellen · 3 nog zonder plek · 1 eigen plek · 1 niet bevestigd');
    const perStudent = preview.sections?.find((s) => s.title === 'Voorstellen per student');
    expect(perStudent?.facts[0].value).toMatch(/^Aantal voorstellen per student: 2 × \d+/);
    expect(perStudent?.facts.find((f) => f.label === '2027001')?.value).toMatch(/^voorstel 1: .+, passing \d+%.*; voorstel 2: /);
    const approval = formOf(await h.say('ronde goedkeuren', 'nl', 'coord-2'));
    expect(approval.sections?.[0].facts[0]).toEqual({ label: 'Voorstellen per student', value: '9' });
    expect(approval.sections?.find((s) => s.title === 'Voorstellen per student')?.facts).toEqual(perStudent?.facts);
  });
});
