import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freeText } from './free-text.js';

const messages = { characters: 'characters', tooLong: (max: number) => `max ${max}`, required: 'required' };

describe('free text from a form', () => {
  it('is either refused with one of its messages, or NFC, trimmed, within the limit and free of hidden characters', () => {
    const name = freeText({ max: 20 }, messages);
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (typed) => {
      const result = name.safeParse(typed);
      if (!result.success) {
        expect(['characters', 'max 20', 'required']).toContain(result.error.issues[0].message);
        return;
      }
      const text = result.data;
      expect(text).toBe(text.normalize('NFC'));
      expect(text).toBe(text.trim());
      expect(text.length).toBeGreaterThan(0);
      expect(text.length).toBeLessThanOrEqual(20);
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      expect(text).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uE000\uE001]/);
      expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }), { numRuns: 500 });
  });

  it('says which: hidden characters, too long, or missing; optional fields may stay empty', () => {
    const name = freeText({ max: 5 }, messages);
    expect(name.safeParse('a\u202eb').error?.issues[0].message).toBe('characters');
    expect(name.safeParse('a\nb').error?.issues[0].message).toBe('characters');
    expect(name.safeParse('abcdef').error?.issues[0].message).toBe('max 5');
    expect(name.safeParse('   ').error?.issues[0].message).toBe('required');
    expect(name.safeParse(undefined).error?.issues[0].message).toBe('required');
    expect(name.parse('e\u0301')).toBe('\u00e9');
    expect(freeText({ max: 5, multiline: true }, messages).parse('a\r\nb')).toBe('a\nb');
    expect(freeText({ max: 5, required: false }, messages).parse('  ')).toBeUndefined();
  });
});
