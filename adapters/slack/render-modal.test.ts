import { describe, expect, it } from 'vitest';
import type { Form } from '../../dialogs/form.js';
import { modalValues } from './modal-values.js';
import { formModal } from './render-modal.js';
import { blockKitProblems } from './testing/block-kit-check.js';
import { stateOf, type View } from './testing/slack-user.js';
import { everyField } from '../../dialogs/testing/every-field-form.js';


const parked: unknown[] = [];
const ctx = { language: 'nl' as const, parkMetadata: (m: unknown) => (parked.push(m), `parked-${parked.length}`) };
type Block = { type: string; block_id?: string; optional?: boolean; hint?: { text: string }; element?: Record<string, unknown>; elements?: Array<Record<string, unknown>>; accessory?: Record<string, unknown>; text?: { text: string } };
const modal = (form: Form) => formModal(form, ctx) as unknown as View & { blocks: Block[]; private_metadata: string; submit?: { text: string }; title: { text: string } };
const choices = (n: number, label = (i: number) => `Keuze ${String(i).padStart(3, '0')}`) => Array.from({ length: n }, (_, i) => ({ value: `v${i}`, label: label(i) }));

describe('form → Slack modal', () => {
  it('renders every field kind as an input block Slack accepts, keeping values, help and errors', () => {
    const view = modal(everyField);
    expect(blockKitProblems('modal', view as never)).toEqual([]);
    const input = (id: string) => view.blocks.find((b) => b.type === 'input' && b.block_id === id)!;
    expect(input('wish')).toMatchObject({ optional: false, hint: { text: 'Begin met "Ik wil leren…"' }, element: { type: 'plain_text_input', multiline: true, max_length: 600, initial_value: 'Ik wil leren' } });
    expect(input('minutes').element).toMatchObject({ type: 'number_input', is_decimal_allowed: false, min_value: '5', max_value: '180', initial_value: '30' });
    expect(input('area').element).toMatchObject({ type: 'static_select', initial_option: { value: 'delft' } });
    expect(input('how').element).toMatchObject({ type: 'radio_buttons' });
    expect(input('modes').element).toMatchObject({ type: 'checkboxes', initial_options: [{ value: 'bike' }, { value: 'car' }] });
    expect(input('support').element).toMatchObject({ type: 'checkboxes', action_id: 'toggle:support', initial_options: [{ value: 'on' }] });
    expect(input('start').element).toMatchObject({ type: 'datepicker', initial_date: '2027-02-01' });
    expect(input('at').element).toMatchObject({ type: 'timepicker', initial_time: '09:00' });
    const afterMinutes = view.blocks[view.blocks.indexOf(input('minutes')) + 1];
    expect(JSON.stringify(afterMinutes)).toContain('Kies tussen 5 en 180 minuten.');
    expect(JSON.stringify(view.blocks)).toContain('Je leerwens is nog wat kort.');
    expect(JSON.stringify(view.blocks)).toContain('*echt*');
  });

  it('submits the primary verb and its data from private_metadata; other actions are buttons', () => {
    const view = modal(everyField);
    expect(view.submit?.text).toBe('Opslaan');
    expect(JSON.parse(view.private_metadata)).toEqual({ formId: 'example', verb: 'intake.save.travel', data: { roundId: 'r1' } });
    const buttons = view.blocks.flatMap((b) => [...(b.elements ?? []), ...(b.accessory ? [b.accessory] : [])]).filter((e) => e.type === 'button');
    expect(buttons.map((b) => JSON.parse(String(b.value)))).toEqual([{ verb: 'intake.edit', data: { step: 'travel' } }, { verb: 'intake.show', data: { to: 'wish' } }]);
  });

  it('gives the dialogs the same value shapes as Teams: strings, "a,b" lists, "true"/"false" toggles', () => {
    const view = modal(everyField);
    expect(modalValues(stateOf(view, {}) as never)).toEqual({
      wish: 'Ik wil leren', minutes: '30', area: 'delft', how: '', modes: 'bike,car', support: 'true', start: '2027-02-01', at: '09:00',
    });
    expect(modalValues(stateOf(view, { wish: '', minutes: '', modes: [], support: false, how: 'b' }) as never)).toMatchObject({ wish: '', minutes: '', modes: '', support: 'false', how: 'b' });
  });

  it('offers more than 100 choices in groups of at most 100, and more than 10 checkboxes as a multi-select', () => {
    const view = modal({ id: 'f', title: 'T', fields: [
      { kind: 'choice', id: 'one', label: 'Eén', choices: choices(250), value: 'v180' },
      { kind: 'multi-choice', id: 'many', label: 'Meer', choices: choices(120), value: ['v5', 'v110'], maxSelected: 5 },
      { kind: 'multi-choice', id: 'eleven', label: 'Elf', choices: choices(11) },
    ], actions: [{ verb: 'offer.save', label: 'Opslaan' }] });
    expect(blockKitProblems('modal', view as never)).toEqual([]);
    const element = (id: string) => view.blocks.find((b) => b.block_id === id)!.element as { type: string; options?: unknown[]; option_groups?: Array<{ label: { text: string }; options: unknown[] }>; initial_option?: { value: string }; max_selected_items?: number };
    expect(element('one').option_groups?.map((g) => [g.label.text, g.options.length])).toEqual([['Keuze 000 – Keuze 099', 100], ['Keuze 100 – Keuze 199', 100], ['Keuze 200 – Keuze 249', 50]]);
    expect(element('one').initial_option?.value).toBe('v180');
    expect(element('many')).toMatchObject({ type: 'multi_static_select', max_selected_items: 5 });
    expect(element('many').option_groups?.map((g) => g.options.length)).toEqual([100, 20]);
    expect(element('eleven')).toMatchObject({ type: 'multi_static_select' });
    expect(element('eleven').options).toHaveLength(11);
  });

  it('shortens what Slack limits, with an ellipsis, and repeats a long title in full', () => {
    const long = 'Een heel lange titel van de stageronde zorg 2027';
    const view = modal({ id: 'f', title: long, fields: [
      { kind: 'choice', id: 'c', label: 'L'.repeat(2100), choices: [{ value: 'a', label: `Werkproces ${'x'.repeat(100)}` }] },
      { kind: 'text', id: 't', label: 'T', maxLength: 100_000, placeholder: 'p'.repeat(200), value: 'v'.repeat(3500) },
    ], actions: [{ verb: 'offer.save', label: 'Opslaan en naar de volgende stap gaan' }] });
    expect(blockKitProblems('modal', view as never)).toEqual([]);
    expect(view.title.text).toHaveLength(24);
    expect(view.title.text.endsWith('…')).toBe(true);
    expect(view.submit?.text.endsWith('…')).toBe(true);
    expect(JSON.stringify(view.blocks[0])).toContain(long);
    const text = view.blocks.find((b) => b.block_id === 't')!.element!;
    expect(text).toMatchObject({ max_length: 3000 });
    expect(String(text.initial_value)).toHaveLength(3000);
  });

  it('keeps every input and button when a modal would pass 100 blocks, and says how much read-only text was left out', () => {
    const sections = Array.from({ length: 150 }, (_, i) => ({ title: `Plek ${i}`, facts: [{ label: 'Werk', value: 'verzorgen' }] }));
    const view = modal({ id: 'f', title: 'T', sections, fields: [
      { kind: 'text', id: 'a', label: 'A', maxLength: 10 }, { kind: 'text', id: 'b', label: 'B', maxLength: 10 },
    ], actions: [{ verb: 'offer.save', label: 'Opslaan' }, { verb: 'offer.show', label: 'Terug', style: 'secondary' }] });
    expect(view.blocks).toHaveLength(100);
    expect(blockKitProblems('modal', view as never)).toEqual([]);
    expect(view.blocks.filter((b) => b.type === 'input').map((b) => b.block_id)).toEqual(['a', 'b']);
    expect(view.blocks.at(-1)?.type).toBe('actions');
    expect(JSON.stringify(view.blocks)).toMatch(/nog \d+ onderdelen passen hier niet/);
  });

  it('always has a submit button when there are inputs, as Slack requires', () => {
    const onlySecondary = modal({ id: 'f', title: 'T', fields: [{ kind: 'text', id: 'a', label: 'A', maxLength: 10 }], actions: [{ verb: 'offer.show', label: 'Terug', style: 'secondary' }] });
    expect(onlySecondary.submit?.text).toBe('Terug');
    expect(JSON.parse(onlySecondary.private_metadata)).toEqual({ formId: 'f', verb: 'offer.show' });
    const none = modal({ id: 'g', title: 'T', fields: [{ kind: 'text', id: 'a', label: 'A', maxLength: 10 }], actions: [] });
    expect(none.submit?.text).toBe('Sluiten');
    expect(JSON.parse(none.private_metadata)).toEqual({ formId: 'g' });
    for (const view of [onlySecondary, none]) expect(blockKitProblems('modal', view as never)).toEqual([]);
  });

  it('keeps metadata too long for Slack on the server', () => {
    const view = modal({ id: 'intake.wish', title: 'T', fields: [{ kind: 'text', id: 'text', label: 'Wens', maxLength: 600 }], actions: [{ verb: 'intake.save.wish', label: 'Opslaan', data: { acceptedText: 'x'.repeat(3100) } }] });
    const metadata = JSON.parse(view.private_metadata);
    expect(metadata).toEqual({ formId: 'intake.wish', stored: `parked-${parked.length}` });
    expect(parked.at(-1)).toEqual({ formId: 'intake.wish', verb: 'intake.save.wish', data: { acceptedText: 'x'.repeat(3100) } });
  });
});
