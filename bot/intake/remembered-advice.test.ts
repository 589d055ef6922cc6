import { describe, expect, it } from 'vitest';
import type { Programme } from '../catalogue/index.js';
import { ADVICE_KEPT, ADVICE_KEPT_MS, rememberedAdvice } from './remembered-advice.js';
import type { WishAdvice } from './wish-coach.js';

const programme = (code: string) => ({ code }) as Programme;

function counting() {
  const asked: string[] = [];
  const coach = (text: string, p: Programme): WishAdvice => {
    asked.push(`${p.code}:${text}`);
    return { ok: true, issues: [], suggestions: [{ code: `${p.code}-${text.length}`, score: 1 }] };
  };
  return { asked, coach };
}

describe('remembered wish advice', () => {
  it('asks the coach once per wish and programme, and hands out advice nobody can change', () => {
    const { asked, coach } = counting();
    const remembered = rememberedAdvice(coach, () => 0);
    const first = remembered('ik wil leren koken', programme('25180'));
    expect(remembered('ik wil leren koken', programme('25180'))).toBe(first);
    remembered('ik wil leren koken', programme('25491'));
    remembered('ik wil leren bakken', programme('25180'));
    expect(asked).toEqual(['25180:ik wil leren koken', '25491:ik wil leren koken', '25180:ik wil leren bakken']);
    expect(Object.isFrozen(first.suggestions[0])).toBe(true);
  });

  it('keeps a wish no longer than an hour after it was last asked for, and at most a class\'s worth', () => {
    const { asked, coach } = counting();
    const clock = { now: 0 };
    const remembered = rememberedAdvice(coach, () => clock.now);
    remembered('wens', programme('1'));
    clock.now = ADVICE_KEPT_MS;
    remembered('wens', programme('1'));
    expect(asked).toHaveLength(1);
    clock.now = 2 * ADVICE_KEPT_MS + 1;
    remembered('wens', programme('1'));
    expect(asked).toHaveLength(2);
    for (let i = 0; i <= ADVICE_KEPT; i++) remembered(`wens ${i}`, programme('1'));
    const before = asked.length;
    // The least recently asked went first: 'wens' itself, then 'wens 0'.
    remembered(`wens ${ADVICE_KEPT}`, programme('1'));
    remembered('wens', programme('1'));
    expect(asked.length).toBe(before + 1);
  });
});
