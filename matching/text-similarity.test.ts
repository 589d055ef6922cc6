import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stem, textProfile, textSimilarity, tokenize, verbBase } from './text-similarity.js';

describe('Dutch text similarity', () => {
  it('matches a learning wish to an offer about the same work', () => {
    const s = textSimilarity('ik wil leren verzorgen van ouderen', 'verzorging van ouderen, helpen bij wassen');
    expect(s).toBeCloseTo(2 / Math.sqrt(2 * 4), 6); // verzorg + ouder shared; 2 of 2 and 2 of 4 stems
  });

  it('scores unrelated work as 0', () => {
    expect(textSimilarity('ik wil leren verzorgen van ouderen', 'lassen en monteren van stalen constructies')).toBe(0);
  });

  it('prefers the offer about the wish over a different one', () => {
    const wish = 'Ik wil leren koken in een restaurant';
    expect(textSimilarity(wish, 'Je leert koken en gerechten bereiden in onze keuken')).toBeGreaterThan(
      textSimilarity(wish, 'Je leert de kassa bedienen en klanten helpen in de winkel'),
    );
  });

  it('gives partial credit to Dutch compounds', () => {
    expect(textSimilarity('ouderenzorg', 'zorg voor ouderen')).toBeGreaterThan(0);
    expect(textSimilarity('ouderenzorg', 'zorg voor ouderen')).toBeLessThan(1);
  });

  it('ignores case, diacritics, stop words and wish fillers', () => {
    expect(tokenize('Ik wil graag leren omgaan met CLIËNTEN')).toEqual(['omgaan', 'clienten']);
    expect(textSimilarity('cliënten begeleiden', 'Clienten Begeleiden')).toBe(1);
    expect(textSimilarity('ik wil het graag leren', 'je leert het hier')).toBe(0);
  });

  it('stems with the Snowball Dutch stemmer and keeps real words for display', () => {
    expect(stem('verzorgen')).toBe(stem('verzorging'));
    expect(textProfile('Cliënten verzorgen').words.get(stem('clienten'))).toBe('cliënten');
  });

  it('is symmetric and stays within [0, 1]', () => {
    const words = fc.constantFrom('zorg', 'ouderen', 'verzorgen', 'lassen', 'koken', 'de', 'wil', 'ouderenzorg', 'klanten', 'magazijn', 'é');
    const text = fc.array(words, { maxLength: 8 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const s = textSimilarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(textSimilarity(b, a)).toBeCloseTo(s, 12);
      }),
    );
  });
});

describe('wishes and offers in English, and Dutch verb forms', () => {
  it('does not find two English texts alike through their function words alone', () => {
    expect(textSimilarity('I would like to learn how to repair bicycles', 'You will learn how to cook for our guests')).toBe(0);
    expect(textSimilarity('I would like to learn how to repair bicycles', 'You repair bicycles in our workshop')).toBeGreaterThan(0.3);
  });

  it('lets a present-tense form meet its infinitive ("verzorgt" and "verzorgen"), but leaves nouns on -t alone', () => {
    expect(textSimilarity('Je verzorgt bewoners', 'Ik wil bewoners verzorgen')).toBeGreaterThan(textSimilarity('Je wast bewoners', 'Ik wil bewoners verzorgen'));
    expect(verbBase('verzorgt')).toBe('verzorg');
    expect(stem(verbBase('leert'))).toBe(stem('leren'));
    expect(verbBase('klant')).toBe('klant');
    expect(verbBase('recept')).toBe('recept');
  });
});
