import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOSTILE_TEXTS } from '../../dialogs/testing/hostile-text.js';
import { oneLine, userText } from '../../dialogs/user-text.js';
import { fallbackText, header, sections } from './blocks.js';
import { inertMrkdwn, toMrkdwn } from './mrkdwn.js';
import { replyMessages } from './render-message.js';

const BACK: Record<string, string> = { '\u2217': '*', '\u02CD': '_', '\u223C': '~', '\u02CB': '`' };
// What a person reads: the word joiners are invisible and the look-alikes look the same (also in what was typed).
const glyphs = (text: string) => text.replace(/\u2060/g, '').replace(/[\u2217\u02CD\u223C\u02CB]/g, (c) => BACK[c]);
const readAs = (text: string) => glyphs(text).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Nothing Slack's mrkdwn would format, link or turn into a mention (`<!channel>`, `<@U…>`). */
function expectInert(text: string) {
  expect(text).not.toMatch(/[\r\n\u2028\u2029*_~`<>]/);
  expect(text).not.toMatch(/&(?!amp;|lt;|gt;)/);
  expect(text).not.toMatch(/:\/\/|@\w|\.[a-z]{2}/i);
}

describe('typed text in Slack', () => {
  it('is inert mrkdwn that reads the same, for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (typed) => {
      const inert = inertMrkdwn(typed);
      expectInert(inert);
      expect(readAs(inert)).toBe(glyphs(oneLine(typed)));
    }), { numRuns: 300 });
  });

  it('in messages, fields and fallback texts: the hostile strings become plain words; Koppel\'s own *bold* stays', () => {
    for (const hostile of HOSTILE_TEXTS) {
      const mrkdwn = toMrkdwn(`Student **100234** meldt: ${userText(hostile)}`);
      expect(mrkdwn.startsWith('Student *100234* meldt: ')).toBe(true);
      expectInert(mrkdwn.slice('Student *100234* meldt: '.length));
      const messages = replyMessages({ kind: 'summary', title: userText(hostile), intro: userText(hostile), facts: [{ label: userText(hostile), value: userText(hostile) }] }, { language: 'nl', parkForm: () => 'k' });
      expect(JSON.stringify(messages)).not.toMatch(/[\uE000\uE001]/);
      // Slack reads mrkdwn objects and a message's text; plain_text objects it shows as they are.
      const read = [...messages.map((m) => m.text), ...JSON.stringify(messages).matchAll(/"type":"mrkdwn","text":("(?:[^"\\]|\\.)*")/g)].map((t) => (typeof t === 'string' ? t : JSON.parse(t[1]) as string));
      for (const text of read) expect(text).not.toMatch(/<!|<@|<#|<http|:\/\//);
      expect(fallbackText(`Nieuw: ${userText(hostile)}`)).not.toMatch(/[<>\n]|<!/);
      expect(JSON.stringify(header(userText(hostile)))).not.toMatch(/\\n|[\uE000\uE001]/);
      expect(sections(userText(hostile)).map((s) => (s.text as { text: string }).text).join('')).toBe(inertMrkdwn(hostile));
    }
  });
});
