import type { Choice, ChoiceList, Field } from '../../dialogs/form.js';
import { cut, LIMITS } from './block-limits.js';
import { plain, type SlackBlock } from './blocks.js';
import type { SlackTexts } from '../../dialogs/texts/slack-nl.js';

// One neutral form field → one Slack input block. The block_id is the field id, so a
// `response_action: errors` answer can point at it; toggles get their own action_id prefix so
// their state can be told apart from a multi-choice shown as checkboxes.

export const TOGGLE_ON = 'on';
/** An external select's action_id names its list; the value is keyed by the block id (the field id). */
export const EXTERNAL_PREFIX = 'list:';

/** `list:municipalities:municipality`: the list to search, and the field (action ids are unique in a view). */
export function externalActionId(list: ChoiceList, fieldId: string): string {
  return cut(`${EXTERNAL_PREFIX}${list}:${fieldId}`, LIMITS.actionId);
}
export const TOGGLE_PREFIX = 'toggle:';

type Option = { text: ReturnType<typeof plain>; value: string };

export function inputBlock(field: Field, texts: SlackTexts): SlackBlock {
  const limitNote = tooManyChoices(field, texts);
  const hint = [field.help, limitNote].filter(Boolean).join(' ');
  return {
    type: 'input',
    block_id: cut(field.id, LIMITS.blockId),
    label: plain(field.label, LIMITS.inputLabel),
    optional: !field.required,
    ...(hint ? { hint: plain(hint, LIMITS.hint) } : {}),
    element: element(field, texts),
  };
}

function element(field: Field, texts: SlackTexts): SlackBlock {
  const actionId = cut(field.id, LIMITS.actionId);
  switch (field.kind) {
    case 'text': {
      const max = Math.min(field.maxLength, LIMITS.plainTextInputMax);
      return {
        type: 'plain_text_input', action_id: actionId, multiline: field.multiline ?? false, max_length: max,
        ...(field.value ? { initial_value: [...field.value].slice(0, max).join('') } : {}),
        ...(field.placeholder ? { placeholder: plain(field.placeholder, LIMITS.placeholder) } : {}),
      };
    }
    case 'number': {
      const inRange = field.value !== undefined && Number.isFinite(field.value) && field.value >= field.min && field.value <= field.max;
      return {
        type: 'number_input', action_id: actionId, is_decimal_allowed: false, min_value: String(field.min), max_value: String(field.max),
        ...(inRange ? { initial_value: String(field.value) } : {}),
      };
    }
    case 'choice': {
      const options = toOptions(field.choices);
      const initial = options.find((o) => o.value === field.value);
      // A long named list is searched on Koppel's options endpoint while the person types.
      if (field.choicesFrom) return { type: 'external_select', action_id: externalActionId(field.choicesFrom, field.id), min_query_length: 1, ...(initial ? { initial_option: initial } : {}) };
      if (field.style === 'expanded' && options.length <= LIMITS.choicesForRadioOrCheckboxes) {
        return { type: 'radio_buttons', action_id: actionId, options, ...(initial ? { initial_option: initial } : {}) };
      }
      return { type: 'static_select', action_id: actionId, ...optionList(options), ...(initial ? { initial_option: initial } : {}) };
    }
    case 'multi-choice': {
      const options = toOptions(field.choices);
      const chosen = new Set(field.value ?? []);
      const initial = options.filter((o) => chosen.has(o.value));
      if (field.choicesFrom) {
        return {
          type: 'multi_external_select', action_id: externalActionId(field.choicesFrom, field.id), min_query_length: 1,
          ...(initial.length ? { initial_options: initial } : {}), ...(field.maxSelected ? { max_selected_items: field.maxSelected } : {}),
        };
      }
      if (options.length <= LIMITS.choicesForRadioOrCheckboxes) {
        return { type: 'checkboxes', action_id: actionId, options, ...(initial.length ? { initial_options: initial } : {}) };
      }
      return {
        type: 'multi_static_select', action_id: actionId, ...optionList(options),
        ...(initial.length ? { initial_options: initial } : {}),
        ...(field.maxSelected ? { max_selected_items: field.maxSelected } : {}),
      };
    }
    case 'toggle': {
      const on: Option = { text: plain(texts.yes, LIMITS.optionText), value: TOGGLE_ON };
      return { type: 'checkboxes', action_id: `${TOGGLE_PREFIX}${actionId}`, options: [on], ...(field.value ? { initial_options: [on] } : {}) };
    }
    case 'date':
      return { type: 'datepicker', action_id: actionId, ...(field.value && /^\d{4}-\d{2}-\d{2}$/.test(field.value) ? { initial_date: field.value } : {}) };
    case 'time':
      return { type: 'timepicker', action_id: actionId, ...(field.value && /^\d{2}:\d{2}$/.test(field.value) ? { initial_time: field.value } : {}) };
  }
}

/** Choices whose value fits Slack's option value (ids and codes always do); labels are shortened. */
function toOptions(choices: Choice[]): Option[] {
  return usableChoices(choices).slice(0, LIMITS.optionsPerSelect * LIMITS.optionGroups)
    .map((c) => ({ text: plain(c.label, LIMITS.optionText), value: c.value }));
}

function usableChoices(choices: Choice[]): Choice[] {
  return choices.filter((c) => c.value.length > 0 && c.value.length <= LIMITS.optionValue);
}

/** Up to 100 options as a plain list; more in groups of 100 named after their first and last entry. */
function optionList(options: Option[]): { options: Option[] } | { option_groups: Array<{ label: ReturnType<typeof plain>; options: Option[] }> } {
  if (options.length <= LIMITS.optionsPerSelect) return { options };
  const groups = [];
  for (let i = 0; i < options.length; i += LIMITS.optionsPerSelect) {
    const group = options.slice(i, i + LIMITS.optionsPerSelect);
    const label = `${group[0].text.text} – ${group[group.length - 1].text.text}`;
    groups.push({ label: plain(label, LIMITS.optionGroupLabel), options: group });
  }
  return { option_groups: groups };
}

/** A note for the rare list that does not fit even in 100 groups of 100, so nothing is dropped silently. */
function tooManyChoices(field: Field, texts: SlackTexts): string | undefined {
  if (field.kind !== 'choice' && field.kind !== 'multi-choice') return undefined;
  const left = field.choices.length - Math.min(usableChoices(field.choices).length, LIMITS.optionsPerSelect * LIMITS.optionGroups);
  return left > 0 ? texts.moreOptions(left) : undefined;
}
