// Slack's options endpoint for external selects: while someone types in a long list (a place of
// residence among all 342 municipalities), Slack asks for matching options. Names that start with
// what was typed come first; at most 100, Slack's limit.
import type { App } from '@slack/bolt';
import { z } from 'zod/v4';
import type { ChoiceList } from '../../dialogs/form.js';
import { cut, LIMITS } from './block-limits.js';
import { EXTERNAL_PREFIX } from './render-inputs.js';
import type { SlackRuntime } from './slack-runtime.js';

const Suggestion = z.object({ action_id: z.string().startsWith(EXTERNAL_PREFIX), value: z.string().max(200).default('') });

function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().trim();
}

export function suggestions(all: readonly string[], typed: string): string[] {
  const query = normalise(typed);
  if (query === '') return [];
  const starts = all.filter((name) => normalise(name).startsWith(query));
  const contains = all.filter((name) => !normalise(name).startsWith(query) && normalise(name).includes(query));
  return [...starts, ...contains].slice(0, LIMITS.optionsPerSelect);
}

export function registerOptions(app: App, rt: SlackRuntime): void {
  const lists: Record<ChoiceList, () => readonly string[]> = { municipalities: () => rt.conversations.services.municipalities() };
  app.options<'block_suggestion'>({ type: 'block_suggestion', action_id: new RegExp(`^${EXTERNAL_PREFIX}`) }, async ({ ack, body }) => {
    const parsed = Suggestion.safeParse(body);
    const list = parsed.success ? parsed.data.action_id.slice(EXTERNAL_PREFIX.length).split(':')[0] : '';
    const names = parsed.success && Object.hasOwn(lists, list) ? suggestions(lists[list as ChoiceList](), parsed.data.value) : [];
    await ack({ options: names.map((name) => ({ text: { type: 'plain_text' as const, text: cut(name, LIMITS.optionText) }, value: cut(name, LIMITS.optionValue) })) });
  });
}
