import { describe, expect, it } from 'vitest';
import { demoData } from '../../bot/demo/demo-round.js';
import { BEFORE_DEADLINE, formOf, intakeHarness } from '../testing/intake-fixture.js';

// A programme that left the catalogue after students confirmed: the preview, the explanation and the
// approval card still read, with the bot's own cause worded (the core's message table lacks it).
describe('a confirmed student whose programme left the catalogue', () => {
  async function changedCatalogue() {
    const data = demoData({ now: BEFORE_DEADLINE, playgroundUserId: 'playground-user' });
    const student = Object.values(data.students).find((s) => s.intakeStatus === 'confirmed')!;
    data.students[student.id] = { ...student, programmeCode: '99999' };
    const h = await intakeHarness(data);
    await h.submit('round.close', { roundId: 'demo-round', confirmed: 'true' }, 'nl', 'coord-1');
    return { h, number: student.studentNumber };
  }

  it('shows a readable preview and explanation in Dutch', async () => {
    const { h, number } = await changedCatalogue();
    const preview = formOf(await h.say('ronde match', 'nl', 'coord-1'));
    expect(preview.id).toBe('round.preview');
    const unplaced = preview.sections?.find((s) => s.title === 'Nog zonder plek')?.facts ?? [];
    expect(unplaced).toContainEqual({ label: number, value: expect.stringContaining('Opleiding 99999 staat niet (meer) in de catalogus') });
    const why = await h.submit('round.explain', { roundId: 'demo-round', studentNumber: number }, 'nl', 'coord-1');
    expect(JSON.stringify(why)).toContain('Opleiding 99999 staat niet (meer) in de catalogus');
  });

  it('shows it in English, also on the approval card', async () => {
    const { h, number } = await changedCatalogue();
    await h.submit('round.match', { roundId: 'demo-round' }, 'en', 'coord-1');
    const why = await h.submit('round.explain', { roundId: 'demo-round', studentNumber: number }, 'en', 'coord-1');
    expect(JSON.stringify(why)).toContain('Programme 99999 is not (or no longer) in the catalogue');
    const card = formOf(await h.submit('round.approve', { roundId: 'demo-round' }, 'en', 'coord-2'));
    expect(JSON.stringify(card)).toContain('Programme 99999 is not (or no longer) in the catalogue');
  });
});
