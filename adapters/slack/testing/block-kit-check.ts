import { LIMITS } from '../block-limits.js';

// Checks a rendered message, modal or App Home view against Block Kit's documented limits and
// rules, and lists every problem (an empty list means Slack would accept it on these counts).

type Json = Record<string, unknown>;
export type Surface = 'message' | 'modal' | 'home';

export function blockKitProblems(surface: Surface, payload: { blocks: unknown[] } & Json): string[] {
  const problems: string[] = [];
  const problem = (where: string, what: string) => problems.push(`${where}: ${what}`);
  const max = surface === 'message' ? LIMITS.blocksPerMessage : LIMITS.blocksPerView;
  if (payload.blocks.length > max) problem(surface, `${payload.blocks.length} blocks (max ${max})`);
  if (surface === 'modal') {
    plainText('title', payload.title, LIMITS.viewTitle);
    if (payload.submit) plainText('submit', payload.submit, LIMITS.viewButton);
    if (payload.close) plainText('close', payload.close, LIMITS.viewButton);
    if (String(payload.private_metadata ?? '').length > LIMITS.privateMetadata) problem('private_metadata', 'too long');
    if (payload.blocks.some((b) => (b as Json).type === 'input') && !payload.submit) problem('modal', 'inputs without a submit button');
  }
  const blockIds = new Set<string>();
  const actionIds = new Set<string>();

  function plainText(where: string, value: unknown, limit: number) {
    const t = value as Json | undefined;
    if (!t || t.type !== 'plain_text') return problem(where, 'not a plain_text object');
    const text = String(t.text ?? '');
    if (text.length === 0) problem(where, 'empty text');
    if ([...text].length > limit) problem(where, `${[...text].length} characters (max ${limit})`);
  }
  function anyText(where: string, value: unknown, limit: number) {
    const t = value as Json | undefined;
    if (!t || (t.type !== 'plain_text' && t.type !== 'mrkdwn')) return problem(where, 'not a text object');
    const text = String(t.text ?? '');
    if (text.length === 0) problem(where, 'empty text');
    if ([...text].length > limit) problem(where, `${[...text].length} characters (max ${limit})`);
  }
  function option(where: string, o: Json, textLimit: number) {
    anyText(`${where} text`, o.text, textLimit);
    const value = String(o.value ?? '');
    if (value.length === 0 || value.length > LIMITS.optionValue) problem(where, `value of ${value.length} characters`);
  }
  function element(where: string, e: Json) {
    const id = e.action_id as string | undefined;
    if (id !== undefined) {
      if (id.length > LIMITS.actionId) problem(where, 'action_id too long');
      if (actionIds.has(id)) problem(where, `duplicate action_id ${id}`);
      actionIds.add(id);
    }
    switch (e.type) {
      case 'button':
        plainText(`${where} text`, e.text, LIMITS.buttonText);
        if (String(e.value ?? '').length > LIMITS.buttonValue) problem(where, 'button value too long');
        break;
      case 'plain_text_input': {
        const maxLength = Number(e.max_length ?? LIMITS.plainTextInputMax);
        if (maxLength > LIMITS.plainTextInputMax) problem(where, `max_length ${maxLength}`);
        if (e.initial_value !== undefined && [...String(e.initial_value)].length > maxLength) problem(where, 'initial_value longer than max_length');
        if (e.placeholder) plainText(`${where} placeholder`, e.placeholder, LIMITS.placeholder);
        break;
      }
      case 'number_input':
        if (e.initial_value !== undefined && (Number(e.initial_value) < Number(e.min_value) || Number(e.initial_value) > Number(e.max_value))) problem(where, 'initial_value out of range');
        break;
      case 'external_select':
      case 'multi_external_select':
        // Options come from Koppel's options endpoint; only the preselected ones are in the view.
        if (Number(e.min_query_length ?? 0) < 0) problem(where, 'negative min_query_length');
        break;
      case 'static_select':
      case 'multi_static_select':
      case 'radio_buttons':
      case 'checkboxes': {
        const grouped = (e.option_groups as Json[] | undefined) ?? [];
        const options = [...((e.options as Json[] | undefined) ?? []), ...grouped.flatMap((g) => g.options as Json[])];
        const small = e.type === 'radio_buttons' || e.type === 'checkboxes';
        if (e.options && e.option_groups) problem(where, 'both options and option_groups');
        if ((e.options as Json[] | undefined)?.length === 0 || options.length === 0) problem(where, 'no options');
        if (small && options.length > LIMITS.choicesForRadioOrCheckboxes) problem(where, `${options.length} options (max 10)`);
        if (((e.options as Json[] | undefined) ?? []).length > LIMITS.optionsPerSelect) problem(where, 'more than 100 options');
        if (grouped.length > LIMITS.optionGroups) problem(where, 'more than 100 option groups');
        grouped.forEach((g, i) => {
          plainText(`${where} group ${i} label`, g.label, LIMITS.optionGroupLabel);
          if ((g.options as Json[]).length > LIMITS.optionsPerSelect) problem(where, `group ${i} has more than 100 options`);
        });
        options.forEach((o, i) => option(`${where} option ${i}`, o, LIMITS.optionText));
        const initial = [...(e.initial_option ? [e.initial_option as Json] : []), ...((e.initial_options as Json[] | undefined) ?? [])];
        for (const chosen of initial) if (!options.some((o) => JSON.stringify(o) === JSON.stringify(chosen))) problem(where, `initial option ${String(chosen.value)} is not one of the options`);
        break;
      }
      case 'datepicker':
      case 'timepicker':
        break;
      default:
        problem(where, `unexpected element ${String(e.type)}`);
    }
  }

  payload.blocks.forEach((raw, i) => {
    const b = raw as Json;
    const where = `block ${i} (${String(b.type)})`;
    if (b.block_id !== undefined) {
      const id = String(b.block_id);
      if (id.length > LIMITS.blockId) problem(where, 'block_id too long');
      if (blockIds.has(id)) problem(where, `duplicate block_id ${id}`);
      blockIds.add(id);
    }
    switch (b.type) {
      case 'header':
        plainText(where, b.text, LIMITS.headerText);
        break;
      case 'section': {
        const fields = (b.fields as Json[] | undefined) ?? [];
        if (!b.text && fields.length === 0) problem(where, 'neither text nor fields');
        if (b.text) anyText(where, b.text, LIMITS.sectionText);
        if (fields.length > LIMITS.sectionFields) problem(where, `${fields.length} fields (max 10)`);
        fields.forEach((f, j) => anyText(`${where} field ${j}`, f, LIMITS.fieldText));
        if (b.accessory) element(`${where} accessory`, b.accessory as Json);
        break;
      }
      case 'context': {
        const elements = b.elements as Json[];
        if (elements.length === 0 || elements.length > LIMITS.contextElements) problem(where, `${elements.length} elements`);
        elements.forEach((e, j) => anyText(`${where} element ${j}`, e, LIMITS.sectionText));
        break;
      }
      case 'actions': {
        const elements = b.elements as Json[];
        if (elements.length === 0 || elements.length > LIMITS.actionsElements) problem(where, `${elements.length} elements`);
        elements.forEach((e, j) => element(`${where} element ${j}`, e));
        break;
      }
      case 'input':
        if (surface === 'message') problem(where, 'an input in a message');
        plainText(`${where} label`, b.label, LIMITS.inputLabel);
        if (b.hint) plainText(`${where} hint`, b.hint, LIMITS.hint);
        element(where, b.element as Json);
        break;
      case 'divider':
        break;
      default:
        problem(where, 'unknown block type');
    }
  });
  return problems;
}
