import { describe, expect, it } from 'vitest';
import { releasedRound } from '../../bot/testing/round-builders.js';
import { intakeHarness } from '../../dialogs/testing/intake-fixture.js';
import { adaptiveCardProblems } from '../../test/support/adaptive-card-check.js';
import { chartCard } from './render-reply.js';

describe('the figures card in Teams', () => {
  it('draws the round\'s figures as Teams\' own chart, and falls back to the same figures as facts', async () => {
    const h = await intakeHarness(releasedRound('released'), { now: new Date('2027-01-21T12:00:00+01:00') });
    const [chart] = await h.say('ronde cijfers', 'nl', 'coord-1');
    if (chart.kind !== 'chart') throw new Error(`expected a chart, got ${chart.kind}`);
    const card = chartCard(chart);
    expect(adaptiveCardProblems(card)).toEqual([]);
    const element = (card.body as Array<Record<string, unknown>>).find((e) => e.type === 'Chart.VerticalBar.Grouped');
    expect(element).toMatchObject({ data: [{ legend: 'Studenten', values: [{ x: 'Geplaatst', y: 1 }, expect.anything(), expect.anything(), expect.anything()] }] });
    expect((element?.fallback as { type: string }).type).toBe('FactSet');
  });

  it('finds a chart without a fallback', () => {
    const card = chartCard({ kind: 'chart', title: 'x', labels: ['a'], series: [{ label: 's', values: [1] }], facts: [] });
    const body = card.body as Array<Record<string, unknown>>;
    delete body.find((e) => e.type === 'Chart.VerticalBar.Grouped')!.fallback;
    expect(adaptiveCardProblems(card)).toContain('Chart.VerticalBar.Grouped has no fallback element');
  });
});
