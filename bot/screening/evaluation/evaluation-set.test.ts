import { describe, expect, it } from 'vitest';
import { screen } from '../screen.js';
import { loadEvaluationSet } from './evaluation-set.js';
import { scoreSet } from './score.js';

// The targets, written out so a change of policy shows up here.
const MAX_WRONG_SHARE = 0.02;
const MAX_MS_PER_TEXT = 50;

const sets = loadEvaluationSet();
const scores = sets.map((set) => scoreSet(set, (text) => screen(set.kind, text)));
const of = (kind: 'wish' | 'requirement') => scores.find((s) => s.kind === kind)!;

describe('the evaluation set', () => {
  it('holds at least 200 Dutch and English texts, allowed and refused, for both screens', () => {
    const all = sets.flatMap((s) => s.texts);
    expect(all.length).toBeGreaterThanOrEqual(200);
    for (const set of sets) {
      for (const language of ['nl', 'en'] as const) expect(set.texts.filter((t) => t.language === language).length).toBeGreaterThanOrEqual(20);
      for (const verdict of ['allow', 'refuse'] as const) expect(set.texts.filter((t) => t.verdict === verdict).length).toBeGreaterThanOrEqual(40);
    }
  });

  it('lets no protected requirement through', () => {
    expect(of('requirement').missed.map((m) => m.text)).toEqual([]);
  });

  it('refuses no wish that names a culture, language, religion or group as subject matter', () => {
    expect(of('wish').falseRefusals.map((m) => m.text)).toEqual([]);
  });

  it('gets fewer than 2% wrong over both screens', () => {
    const texts = scores.reduce((n, s) => n + s.texts, 0);
    const wrong = scores.flatMap((s) => [...s.missed, ...s.falseRefusals]);
    expect(wrong.length / texts, wrong.map((m) => `should ${m.expected}: ${m.text}`).join('\n')).toBeLessThan(MAX_WRONG_SHARE);
  });

  it('names the labelled grounds for every refused text it refuses', () => {
    const wrongGrounds = sets.flatMap((set) => set.texts
      .filter((row) => row.verdict === 'refuse')
      .map((row) => ({ text: row.text, expected: row.grounds, got: screen(set.kind, row.text).grounds }))
      .filter(({ expected, got }) => got.length > 0 && !expected.some((g) => got.includes(g))));
    expect(wrongGrounds).toEqual([]);
  });

  it('screens each text well under 50 ms', () => {
    for (const set of sets) {
      for (const row of set.texts) {
        const started = performance.now();
        screen(set.kind, row.text);
        expect(performance.now() - started, row.text).toBeLessThan(MAX_MS_PER_TEXT);
      }
    }
  });
});
