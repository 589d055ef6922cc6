import { describe, expect, it } from 'vitest';
import type { Form } from '../../dialogs/form.js';
import { fromSlackText, toMrkdwn } from './mrkdwn.js';
import { liveMessage, replyMessages } from './render-message.js';
import { homeView } from './render-home.js';
import { blockKitProblems } from './testing/block-kit-check.js';

type Block = { type: string; text?: { text: string }; fields?: Array<{ text: string }>; elements?: Array<{ type: string; text?: { text: string }; value?: string; action_id?: string }> };
const parkedForms: Form[] = [];
const ctx = { language: 'nl' as const, parkForm: (form: Form) => (parkedForms.push(form), `form-${parkedForms.length}`) };
const buttonsOf = (blocks: unknown[]) => (blocks as Block[]).flatMap((b) => b.elements ?? []).filter((e) => e.type === 'button');

describe('replies → Slack messages', () => {
  it('turns **bold** into Slack bold and escapes Slack control characters', () => {
    expect(toMrkdwn('Typ **start** & <niet> dit')).toBe('Typ *start* &amp; &lt;niet&gt; dit');
  });

  it('reads what a person typed as plain text: entities decoded, links and addresses without their brackets, mentions removed', () => {
    expect(fromSlackText('<@U0KOPPEL> code ABCD-EFGH')).toBe('code ABCD-EFGH');
    expect(fromSlackText('mail <mailto:jan@school.nl|jan@school.nl> &amp; zie <https://school.nl>')).toBe('mail jan@school.nl & zie https://school.nl');
    expect(fromSlackText('5 &lt; 6 &gt; 4')).toBe('5 < 6 > 4');
  });

  it('splits a long text over sections and messages without losing a word', () => {
    const words = Array.from({ length: 40_000 }, (_, i) => `woord${i}`).join(' ');
    const messages = replyMessages({ kind: 'text', text: words }, ctx);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(blockKitProblems('message', m as never)).toEqual([]);
    const text = messages.flatMap((m) => (m.blocks as Block[]).map((b) => b.text!.text)).join(' ');
    expect(text.split(/\s+/)).toEqual(words.split(' '));
  });

  it('shows summary facts as section fields, ten per section', () => {
    const facts = Array.from({ length: 25 }, (_, i) => ({ label: `Label ${i}`, value: `Waarde ${i}` }));
    const [message] = replyMessages({ kind: 'summary', title: 'Welkom', intro: 'Wat je kunt doen', facts }, ctx);
    expect(blockKitProblems('message', message as never)).toEqual([]);
    expect((message.blocks as Block[]).filter((b) => b.fields).map((b) => b.fields!.length)).toEqual([10, 10, 5]);
  });

  it('sends a form with fields as a message with an Open button (the form waits on the server) and its secondary actions', () => {
    const form: Form = { id: 'f', title: 'Aanbod', intro: 'Vul in', fields: [{ kind: 'text', id: 'a', label: 'A', maxLength: 10 }],
      actions: [{ verb: 'offer.save', label: 'Opslaan' }, { verb: 'offer.show', label: 'Terug', style: 'secondary' }] };
    const [message] = replyMessages({ kind: 'form', form }, ctx);
    expect(blockKitProblems('message', message as never)).toEqual([]);
    const [open, back] = buttonsOf(message.blocks);
    expect(open.text?.text).toBe('Openen');
    expect(parkedForms.at(-1)).toBe(form);
    expect(JSON.parse(open.value!)).toEqual({ form: `form-${parkedForms.length}` });
    expect(JSON.parse(back.value!)).toEqual({ verb: 'offer.show' });
  });

  it('sends a form without fields as its buttons, the primary one highlighted', () => {
    const [message] = replyMessages({ kind: 'form', form: { id: 'p', title: 'Privacy', fields: [], actions: [{ verb: 'intake.start', label: 'Beginnen' }, { verb: 'intake.own-place', label: 'Eigen plek', style: 'secondary' }] } }, ctx);
    expect(buttonsOf(message.blocks).map((b) => [b.text?.text, (b as { style?: string }).style])).toEqual([['Beginnen', 'primary'], ['Eigen plek', undefined]]);
  });

  it('keeps a live message to one message with a refresh button, cutting only read-only parts', () => {
    const sections = Array.from({ length: 80 }, (_, i) => ({ title: `Deel ${i}`, facts: [{ label: 'a', value: 'b' }] }));
    const message = liveMessage({ kind: 'live', key: 'result:s1', refreshLabel: 'Vernieuwen', form: { id: 'student.result', title: 'Jouw stageplek', intro: 'Nog even geduld.', sections, fields: [], actions: [] } }, ctx);
    expect(blockKitProblems('message', message as never)).toEqual([]);
    expect(message.blocks).toHaveLength(50);
    const [refresh] = buttonsOf(message.blocks);
    expect(refresh.text?.text).toBe('Vernieuwen');
    expect(JSON.parse(refresh.value!)).toEqual({ key: 'result:s1' });
  });

  it('builds the App Home from the same replies within 100 blocks', () => {
    const view = homeView([
      { kind: 'live', key: 'result:s1', refreshLabel: 'Vernieuwen', form: { id: 'student.result', title: 'Jouw stageplek', intro: 'Op **20 januari** zie je hier waar je stage loopt.', fields: [], actions: [] } },
      { kind: 'text', text: 'x '.repeat(20_000) },
    ], ctx) as { type: string; blocks: unknown[] };
    expect(view.type).toBe('home');
    expect(blockKitProblems('home', view as never)).toEqual([]);
    expect(JSON.stringify(view.blocks)).toContain('*20 januari*');
    expect(buttonsOf(view.blocks)).toEqual([]);
  });
});
