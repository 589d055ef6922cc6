import type { Field, Form, FormAction } from '../../dialogs/form.js';
import { adaptiveCard, type AdaptiveCard } from './adaptive-card.js';

/** A neutral form → an Adaptive Card 1.5 with labelled inputs, help, errors and submit buttons. */
export function formCard(form: Form): AdaptiveCard {
  return adaptiveCard(form.title, [
    ...(form.intro ? [{ type: 'TextBlock', text: form.intro, wrap: true }] : []),
    ...(form.notice ? [noticeBlock(form.notice)] : []),
    ...(form.sections ?? []).map(sectionBlock),
    ...form.fields.flatMap((field) => fieldBlocks(field, form.errors?.[field.id])),
  ], form.actions.map(submitAction));
}

function noticeBlock(notice: NonNullable<Form['notice']>) {
  return {
    type: 'Container',
    style: notice.tone === 'warning' ? 'warning' : 'emphasis',
    items: [{ type: 'TextBlock', text: notice.text, wrap: true }],
  };
}

function sectionBlock(section: NonNullable<Form['sections']>[number]) {
  return {
    type: 'Container',
    separator: true,
    items: [
      { type: 'TextBlock', text: section.title, weight: 'Bolder', wrap: true },
      ...(section.facts.length ? [{ type: 'FactSet', facts: section.facts.map((f) => ({ title: f.label, value: f.value })) }] : []),
      ...(section.action ? [{ type: 'ActionSet', actions: [submitAction({ ...section.action, style: 'secondary' })] }] : []),
    ],
  };
}

function fieldBlocks(field: Field, error: string | undefined): unknown[] {
  const blocks: unknown[] = [input(field)];
  if (field.help) blocks.push({ type: 'TextBlock', text: field.help, wrap: true, isSubtle: true, size: 'Small', spacing: 'None' });
  if (error) blocks.push({ type: 'TextBlock', text: error, wrap: true, color: 'Attention', spacing: 'None' });
  return blocks;
}

function input(field: Field): Record<string, unknown> {
  const base = {
    id: field.id,
    label: field.label,
    ...(field.required ? { isRequired: true, errorMessage: field.required.message } : {}),
  };
  switch (field.kind) {
    case 'text':
      return { type: 'Input.Text', ...base, value: field.value ?? '', placeholder: field.placeholder, maxLength: field.maxLength, isMultiline: field.multiline ?? false };
    case 'number':
      return { type: 'Input.Number', ...base, value: field.value, min: field.min, max: field.max };
    case 'choice':
      return { type: 'Input.ChoiceSet', ...base, value: field.value, style: field.style ?? 'compact', choices: field.choices.map((c) => ({ title: c.label, value: c.value })) };
    case 'multi-choice':
      // Teams sends the chosen values back comma-separated.
      return { type: 'Input.ChoiceSet', ...base, isMultiSelect: true, style: field.style ?? 'expanded', value: field.value?.join(','), choices: field.choices.map((c) => ({ title: c.label, value: c.value })) };
    case 'toggle': {
      // A toggle's own title is its label; a separate label would show the same words twice.
      const { label: _label, ...withoutLabel } = base;
      return { type: 'Input.Toggle', ...withoutLabel, title: field.label, value: field.value ? 'true' : 'false', valueOn: 'true', valueOff: 'false' };
    }
    case 'date':
      return { type: 'Input.Date', ...base, value: field.value };
    case 'time':
      return { type: 'Input.Time', ...base, value: field.value };
  }
}

function submitAction(action: FormAction): Record<string, unknown> {
  return {
    type: 'Action.Submit',
    title: action.label,
    data: { verb: action.verb, ...action.data },
    ...(action.style === 'secondary' ? { associatedInputs: 'none' } : { style: 'positive' }),
  };
}
