// Four eyes from the approver's side: what the second coordinator sees before approving, and what
// a school with only one configured coordinator is told.
import { describe, expect, it } from 'vitest';
import { demoData } from '../../bot/demo/demo-round.js';
import { EVERYTHING } from '../../bot/store/index.js';
import { BEFORE_DEADLINE, formOf, intakeHarness, textOf } from '../testing/intake-fixture.js';

async function matched(coordinators = ['coord-1', 'coord-2'], coordinatorLimits: Record<string, string[]> = {}) {
  const h = await intakeHarness(demoData({ now: BEFORE_DEADLINE, playgroundUserId: 'playground-user' }), { now: BEFORE_DEADLINE }, coordinators, false, { coordinatorLimits });
  const as = (who: string) => (verb: string, values: Record<string, unknown> = {}) => h.submit(verb, values, 'nl', who);
  const first = as('coord-1');
  const second = as('coord-2');
  await first('round.close', { roundId: 'demo-round', confirmed: 'true' });
  const preview = formOf(await first('round.match', { roundId: 'demo-round' }));
  const status = async () => (await h.store.read(EVERYTHING)).rounds['demo-round'].status;
  return { ...h, first, second, preview, status };
}

const section = (form: { sections?: Array<{ title: string; facts: Array<{ label: string; value: string }> }> }, start: string) =>
  form.sections?.find((s) => s.title.startsWith(start))?.facts ?? [];

describe('four eyes: what the approver sees', () => {
  it('shows the figures, the unplaced students with reasons and that this is the first approval, and approves that run', async () => {
    const h = await matched();
    const card = formOf(await h.second('round.approve', { roundId: 'demo-round' }));
    expect(card.id).toBe('round.approve.review');
    const figures = section(card, 'Cijfers');
    const unplacedCount = Number(figures.find((f) => f.label === 'Nog zonder plek')?.value);
    expect(unplacedCount).toBeGreaterThan(0);
    expect(figures).toContainEqual({ label: 'Gedraaid door', value: 'een andere coördinator' });
    expect(figures).toContainEqual({ label: 'Gewichten', value: 'werkprocessen 4, leerwens 3, organisatie 2, reistijd 2, keuzedelen 1, vergoeding 0' });
    expect(JSON.stringify(card)).not.toContain('coord-1');
    const unplaced = section(card, 'Nog zonder plek');
    expect(unplaced).toHaveLength(unplacedCount);
    for (const fact of unplaced) expect(fact.value.length).toBeGreaterThan(10);
    expect(section(card, 'Sinds de vorige goedkeuring')).toEqual([{ label: '', value: 'Dit is de eerste goedkeuring van deze ronde.' }]);
    expect(await h.status()).toBe('matched');
    const runId = Object.values((await h.store.read(EVERYTHING)).matchRuns).at(-1)?.id;
    expect(card.actions).toEqual([{ verb: 'round.approve', label: 'Goedkeuren', data: { roundId: 'demo-round', runId } }]);
    expect(textOf(await h.second('round.approve', card.actions[0].data))).toContain('is goedgekeurd');
    expect(await h.status()).toBe('approved');
  });

  it('shows placements by hand with their reasons and what changed since the last approval', async () => {
    const h = await matched();
    const approveAs = async (as: typeof h.second) => as('round.approve', formOf(await as('round.approve', { roundId: 'demo-round' })).actions[0].data);
    await approveAs(h.second);
    const student = section(h.preview, 'Nog zonder plek')[0].label;
    const offerId = Object.keys((await h.store.read(EVERYTHING)).offers)[0];
    const placement = { roundId: 'demo-round', studentNumber: student, offerId, reason: 'Afgesproken met de mentor' };
    const warned = formOf(await h.first('round.place', placement));
    await h.first('round.place', { ...placement, ...warned.actions[0].data });
    const card = formOf(await h.second('round.approve', { roundId: 'demo-round' }));
    const pins = section(card, 'Met de hand geplaatst');
    expect(pins).toEqual([{ label: student, value: expect.stringMatching(/^.+\. Reden: Afgesproken met de mentor \(door een andere coördinator\) Let op, breekt: .+$/) }]);
    const changes = section(card, 'Sinds de vorige goedkeuring');
    expect(changes[0].value).toMatch(/^(1 student heeft|\d+ studenten hebben) een andere plek dan bij de goedkeuring door jou op 5 januari 2027.+12:00\.$/);
    expect(changes).toContainEqual({ label: student, value: expect.stringMatching(/^geen plek → .+$/) });
  });

  it('does not approve a proposal that was run again after the approver looked at it', async () => {
    const h = await matched();
    const card = formOf(await h.second('round.approve', { roundId: 'demo-round' }));
    await h.first('round.match', { roundId: 'demo-round' });
    const again = formOf(await h.second('round.approve', card.actions[0].data));
    expect(again.notice?.text).toBe('De koppeling is opnieuw gedraaid nadat je hem bekeek. Dit is de nieuwe stand.');
    expect(again.actions[0].data?.runId).not.toBe(card.actions[0].data?.runId);
    expect(await h.status()).toBe('matched');
  });

  it('approves a proposal typed by its id where no button can be pressed, and never reads the id as a round name', async () => {
    const h = await matched();
    const card = formOf(await h.say('ronde goedkeuren', 'nl', 'coord-2'));
    const runId = card.actions[0].data?.runId as string;
    expect(card.intro).toContain(`Typ **ronde goedkeuren ${runId}**.`);
    expect(textOf(await h.say(`ronde goedkeuren ${runId}`, 'nl', 'coord-2'))).toContain('is goedgekeurd');
    expect(await h.status()).toBe('approved');
  });

  it('tells the one who ran it, and with one configured coordinator says how to add a second', async () => {
    const two = await matched();
    expect(textOf(await two.first('round.approve', { roundId: 'demo-round' }))).toBe('Een andere coördinator moet dit goedkeuren (vier ogen).');
    const one = await matched(['coord-1']);
    const refusal = textOf(await one.say('ronde goedkeuren', 'nl', 'coord-1'));
    expect(refusal).toContain('Koppel kent nu maar één coördinator');
    expect(refusal).toContain('**COORDINATORS**');
    expect(await one.status()).toBe('matched');
  });

  it('counts only the coordinators who may run the round\'s programmes, and says how to add one', async () => {
    const h = await matched(['coord-1', 'coord-2'], { 'coord-2': ['99999'] });
    const refusal = textOf(await h.first('round.approve', { roundId: 'demo-round' }));
    expect(refusal).toContain('**COORDINATOR_PROGRAMMES**');
    // The limited one cannot approve it either: the round is not theirs.
    expect(textOf(await h.second('round.approve', { roundId: 'demo-round' }))).toContain('COORDINATOR_PROGRAMMES');
    expect(await h.status()).toBe('matched');
  });
});
