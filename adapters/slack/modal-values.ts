import { TOGGLE_ON, TOGGLE_PREFIX } from './render-inputs.js';

// A modal's state → the values a dialog receives, in exactly the shapes the Teams adapter
// produces (adaptive card inputs): every value a string, a multi-choice "a,b", a toggle
// "true"/"false", an empty input "". The dialogs' parsers and "what you typed" re-rendering
// then work the same on both platforms.

interface ElementState {
  type?: string;
  value?: string | null;
  selected_option?: { value?: string } | null;
  selected_options?: Array<{ value?: string }> | null;
  selected_date?: string | null;
  selected_time?: string | null;
}

export type ViewStateValues = Record<string, Record<string, ElementState>>;

export function modalValues(state: ViewStateValues | undefined): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [blockId, elements] of Object.entries(state ?? {})) {
    for (const [actionId, element] of Object.entries(elements)) {
      values[blockId] = actionId.startsWith(TOGGLE_PREFIX) ? toggleValue(element) : elementValue(element);
    }
  }
  return values;
}

function toggleValue(element: ElementState): string {
  return (element.selected_options ?? []).some((o) => o.value === TOGGLE_ON) ? 'true' : 'false';
}

function elementValue(element: ElementState): string {
  switch (element.type) {
    case 'static_select':
    case 'external_select':
    case 'radio_buttons':
      return element.selected_option?.value ?? '';
    case 'multi_static_select':
    case 'multi_external_select':
    case 'checkboxes':
      return (element.selected_options ?? []).map((o) => o.value ?? '').filter(Boolean).join(',');
    case 'datepicker':
      return element.selected_date ?? '';
    case 'timepicker':
      return element.selected_time ?? '';
    default:
      // plain_text_input and number_input both send `value` (a number as its digits).
      return element.value ?? '';
  }
}
