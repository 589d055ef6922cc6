import { describe, expect, it } from 'vitest';
import { testData } from '../../bot/matching-runs/testing/run-test-support.js';
import { intakeHarness, textOf } from '../testing/intake-fixture.js';
import { nl } from '../texts/nl.js';

describe('ronde plekken', () => {
  it('lists where extra places would place the most students still without one, after the match only', async () => {
    const data = testData('closed');
    for (const offer of Object.values(data.offers)) Object.assign(offer, { places: 1, supervisionCapacity: 1 });
    const h = await intakeHarness(data, { now: new Date('2027-01-13T09:00:00Z') });
    expect(textOf(await h.say('ronde plekken Zorg 2027', 'nl', 'coord-1'))).toContain(nl.coordinator.extraPlaces.notMatched);
    expect((await h.services().runs.run('r1', 'coord-1')).ok).toBe(true);
    const [summary] = await h.say('ronde plekken', 'nl', 'coord-1');
    if (summary.kind !== 'summary') throw new Error('expected the list');
    expect(summary.title).toBe(nl.coordinator.extraPlaces.title('Zorg 2027'));
    expect(summary.facts.length).toBeGreaterThan(0);
    expect(summary.facts[0].value).toMatch(/^1 plek extra plaatst 1 student meer, 3 plekken extra \d/);
  });
});

describe('ronde status after a match', () => {
  it('shows where extra places would help most, until the release', async () => {
    const data = testData('closed');
    for (const offer of Object.values(data.offers)) Object.assign(offer, { places: 1, supervisionCapacity: 1 });
    const h = await intakeHarness(data, { now: new Date('2027-01-13T09:00:00Z') });
    expect((await h.services().runs.run('r1', 'coord-1')).ok).toBe(true);
    const [status] = await h.say('ronde status', 'nl', 'coord-1');
    if (status.kind !== 'live') throw new Error('expected the status card');
    expect(status.form.sections?.map((s) => s.title)).toContain(nl.coordinator.extraPlaces.title('Zorg 2027'));
  });
});
