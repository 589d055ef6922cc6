import { describe, expect, it } from 'vitest';
import { parseScreenArgs, screenLine } from './screen-args.js';

describe('the screen command line', () => {
  it('takes --kind wish or requirement', () => {
    expect(parseScreenArgs(['--kind', 'wish'])).toEqual({ ok: true, kind: 'wish' });
    expect(parseScreenArgs(['--kind=requirement'])).toEqual({ ok: true, kind: 'requirement' });
  });

  it('says what is wrong with other arguments, with the usage', () => {
    const bad = [[], ['--kind', 'offer'], ['--kinds', 'wish'], ['wish']];
    for (const argv of bad) {
      const parsed = parseScreenArgs(argv);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.message).toContain('usage: npm run -s screen -- --kind wish|requirement');
    }
    expect(parseScreenArgs(['--kind', 'offer'])).toMatchObject({ message: expect.stringContaining('not "offer"') });
  });

  it('prints one JSON line with the text, the verdict and the grounds', () => {
    expect(JSON.parse(screenLine('requirement', 'Alleen Nederlandse studenten'))).toEqual({
      text: 'Alleen Nederlandse studenten', verdict: 'refuse', grounds: ['nationality'],
    });
    expect(JSON.parse(screenLine('wish', 'ik wil leren Surinaamse gerechten bereiden'))).toEqual({
      text: 'ik wil leren Surinaamse gerechten bereiden', verdict: 'allow', grounds: [],
    });
  });
});
