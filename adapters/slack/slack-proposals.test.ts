import { describe, expect, it } from 'vitest';
import type { Form } from '../../dialogs/form.js';
import { formOf, intakeHarness } from '../../dialogs/testing/intake-fixture.js';
import { CHOOSING, choosingRound } from '../../dialogs/testing/proposals-fixture.js';
import { replyMessages } from './render-message.js';
import { blockKitProblems } from './testing/block-kit-check.js';

type Button = { type: string; text?: { text: string }; value?: string };
type Block = { elements?: Button[]; accessory?: Button };

describe('the proposals card in Slack', () => {
  it('is a message within Block Kit\'s limits with a button per proposal', async () => {
    const form = formOf(await (await intakeHarness(choosingRound(), { now: CHOOSING })).say('voorstellen'));
    const parked: Form[] = [];
    const messages = replyMessages({ kind: 'form', form }, { language: 'nl', parkForm: (f) => (parked.push(f), `form-${parked.length}`) });
    for (const message of messages) expect(blockKitProblems('message', message as never)).toEqual([]);
    // Each proposal's button sits next to its facts.
    const buttons = messages.flatMap((m) => (m.blocks as Block[]).flatMap((b) => [...(b.elements ?? []), ...(b.accessory ? [b.accessory] : [])])).filter((e) => e.type === 'button');
    expect(buttons.map((b) => b.text?.text)).toEqual(['Kies plek A', 'Kies plek B']);
    expect(JSON.stringify(messages)).not.toMatch(/Zorggroep|De Naam/);
  });
});
