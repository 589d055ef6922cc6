import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adaptiveCardProblems } from '../../test/support/adaptive-card-check.js';
import { HOSTILE_TEXTS } from '../../dialogs/testing/hostile-text.js';
import { oneLine, userText } from '../../dialogs/user-text.js';
import { inertMarkdown } from './inert-markdown.js';
import { renderReply, summaryCard } from './render-reply.js';
import { formCard } from './form-card.js';

// What a person reads: the word joiners are invisible and the look-alikes look the same.
const BACK: Record<string, string> = { '\u2217': '*', '\u02CD': '_', '\u223C': '~', '\u02CB': '`', '\u2039': '<', '\u203A': '>' };
const readAs = (text: string) => text.replace(/\u2060/g, '').replace(/[\u2217\u02CD\u223C\u02CB\u2039\u203A]/g, (c) => BACK[c]);

/** Nothing in the text that Teams markdown, card markdown, HTML or link detection would act on. */
function expectInert(text: string) {
  expect(text).not.toMatch(/[\r\n\u2028\u2029*_~`<>]/);
  expect(text).not.toMatch(/\]\(|:\/\/|(^|[^\u2060])\[|@\w|&\w|\.[a-z]{2}/i);
  expect(text).not.toMatch(/^[#+\-=\d]/);
}

describe('typed text in Teams', () => {
  it('is inert markdown that reads the same, for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (typed) => {
      const inert = inertMarkdown(typed.replace(/[\uE000\uE001]/g, ''));
      expectInert(inert);
      expect(readAs(inert)).toBe(readAs(oneLine(typed.replace(/[\uE000\uE001]/g, ''))));
    }), { numRuns: 300 });
  });

  it('in a message: the hostile strings become plain words; Koppel\'s own **bold** stays', () => {
    for (const hostile of HOSTILE_TEXTS) {
      const text = renderReply({ kind: 'text', text: `Student **100234** meldt een eigen plek: ${userText(hostile)}.` }).text as string;
      expect(text.startsWith('Student **100234** meldt een eigen plek: ')).toBe(true);
      const typed = text.slice('Student **100234** meldt een eigen plek: '.length, -1);
      expectInert(typed);
      expect(readAs(typed)).toBe(oneLine(hostile));
      expect(text).not.toMatch(/[\uE000\uE001]/);
    }
  });

  it('in a card: titles, intros, facts and choices carry no markup and no marks, and the card still renders', () => {
    for (const hostile of HOSTILE_TEXTS) {
      const card = formCard({
        id: 'x', title: `Ronde ${userText(hostile)}`, intro: `Van **${userText(hostile)}**`, fields: [
          { kind: 'choice', id: 'c', label: 'Kies', choices: [{ value: 'a', label: userText(hostile) }] },
          { kind: 'text', id: 't', label: 'Eigen tekst', maxLength: 200, value: 'regel 1\nregel 2' },
        ],
        sections: [{ title: userText(hostile), facts: [{ label: 'Wat je leert', value: userText(hostile) }] }], actions: [],
      });
      const json = JSON.stringify(card);
      expect(json).not.toMatch(/[\uE000\uE001]/);
      const body = card.body as Array<Record<string, unknown>>;
      expect(body[0].text).toBe(`Ronde ${inertMarkdown(hostile)}`);
      expect(body[1].text).toBe(`Van **${inertMarkdown(hostile)}**`);
      const section = body[2] as { items: Array<Record<string, unknown>> };
      expect(section.items[0].text).toBe(inertMarkdown(hostile));
      expect(section.items[1].facts).toEqual([{ title: 'Wat je leert', value: inertMarkdown(hostile) }]);
      // Choice titles are plain text in Adaptive Cards: only the line breaks go.
      expect(json).toContain(JSON.stringify(oneLine(hostile)));
      // What a person typed into their own field is theirs to edit, untouched.
      expect(json).toContain(JSON.stringify('regel 1\nregel 2'));
      expect(adaptiveCardProblems(card)).toEqual([]);
      const summary = summaryCard({ kind: 'summary', title: 'x', facts: [{ label: userText(hostile), value: userText(hostile) }] });
      expect(JSON.stringify(summary)).toContain(JSON.stringify(inertMarkdown(hostile)));
    }
  });

  it('cannot close its mark early to slip markup past the renderer', () => {
    const text = renderReply({ kind: 'text', text: `Bedrijf: ${userText('x\uE001[klik](http://evil.example)\uE000y')}` }).text as string;
    expect(text).not.toMatch(/\]\(|:\/\//);
  });
});
