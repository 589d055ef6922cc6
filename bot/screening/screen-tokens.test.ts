import { describe, expect, it } from 'vitest';
import { screenRequirement } from './requirement-screen.js';
import { tokenize } from './screen-tokens.js';
import { screenWish } from './wish-screen.js';

describe('written as students and small companies write', () => {
  it('writes out chat spelling and keeps each word\'s place in the text', () => {
    const tokens = tokenize("kben 17 en m'n geloof 🙏 im");
    expect(tokens.map((t) => t.norm)).toEqual(['ik', 'ben', '17', 'en', 'mijn', 'geloof', 'i', 'am']);
    expect(tokens[0]).toMatchObject({ start: 0, end: 4 });
    expect(tokens[5].clauseEnd).toBe(true);
  });

  it('reads no capitals, accents or none, and letters held too long', () => {
    expect(screenWish('IK BEN EEN MEISJEEEE en wil leren lassen').grounds).toEqual(['gender']);
    expect(screenWish('ik ben geboren in Syrie en wil leren koken').grounds).toEqual(['origin']);
  });

  it('forgives one typo in a long word, and a short group word right after a cue', () => {
    expect(screenWish('ik ben van marokaanse afkomst en wil leren verkopen').grounds).toEqual(['origin']);
    expect(screenRequirement('geen hoofdoek').grounds).toEqual(['religion']);
    expect(screenRequirement('alleen manen').grounds).toEqual(['gender']);
    // Elsewhere a short word is left as written: "manen" is also a Dutch word.
    expect(screenRequirement('Je leert klanten manen om op tijd te betalen').verdict).toBe('allow');
  });

  it('reads an emoji as the end of a clause', () => {
    expect(screenWish('16 jaar 🙂 wil leren koken').findings).toEqual([{ phrase: '16 jaar', grounds: ['age'] }]);
  });

  it('reads words that are names of built-in properties as words', () => {
    for (const word of ['constructor', 'toString', 'valueOf', 'hasOwnProperty']) {
      expect(tokenize(word).map((t) => t.norm)).toEqual([word.toLowerCase()]);
      expect(screenWish(word).verdict).toBe('allow');
    }
  });
});
