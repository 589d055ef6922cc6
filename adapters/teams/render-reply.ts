import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { Reply } from '../../dialogs/turn.js';
import { adaptiveCard, type AdaptiveCard } from './adaptive-card.js';
import { formCard } from './form-card.js';
import { teamsMarkdown } from './inert-markdown.js';
import { fileTableCard } from './file-table-card.js';


export function summaryCard(reply: Extract<Reply, { kind: 'summary' }>): AdaptiveCard {
  return adaptiveCard(reply.title, [
    ...(reply.intro ? [{ type: 'TextBlock', text: reply.intro, wrap: true }] : []),
    { type: 'FactSet', facts: reply.facts.map((f) => ({ title: f.label, value: f.value })) },
  ]);
}

/**
 * Figures as Teams' own chart element (Chart.VerticalBar.Grouped, drawn by Teams clients), with the
 * same figures as a FactSet for clients that cannot draw it (the element's fallback).
 */
export function chartCard(reply: Extract<Reply, { kind: 'chart' }>): AdaptiveCard {
  return adaptiveCard(reply.title, [{
    type: 'Chart.VerticalBar.Grouped', title: reply.title,
    data: reply.series.map((s) => ({ legend: s.label, values: reply.labels.map((x, i) => ({ x, y: s.values[i] ?? 0 })) })),
    fallback: { type: 'FactSet', facts: reply.facts.map((f) => ({ title: f.label, value: f.value })) },
  }]);
}

export const LIVE_REFRESH_VERB = 'live.refresh';

/**
 * A card Teams asks the bot to refresh whenever someone views it (Universal Actions), so what it
 * shows is decided on the server at that moment, e.g. a result that only exists from the release on.
 * The same Action.Execute is also a button: clients that do not refresh by themselves (and anyone
 * who wants to look again) get the current content in place.
 */
export function liveCard(reply: Extract<Reply, { kind: 'live' }>): AdaptiveCard {
  const refresh = { type: 'Action.Execute', verb: LIVE_REFRESH_VERB, data: { key: reply.key } };
  const card = formCard(reply.form);
  const actions = [...((card.actions as unknown[] | undefined) ?? []), { ...refresh, title: reply.refreshLabel }];
  return { ...card, actions, refresh: { action: refresh } };
}

const INLINE_FILE_CHARS = 20_000;

/**
 * A file shown in the message itself, for the local playground only: it has no file consent flow,
 * and its data are the demo's or a developer's. Real Teams always asks consent (file-consent.ts).
 */
export function inlineFile(reply: Extract<Reply, { kind: 'file' }>, moreRows: (n: number) => string = (n) => `… ${n}`): Partial<Activity> {
  const table = reply.mediaType === 'text/csv' ? fileTableCard(reply, moreRows) : undefined;
  if (table) return MessageFactory.attachment(CardFactory.adaptiveCard(table));
  const shown = reply.content.length > INLINE_FILE_CHARS ? `${reply.content.slice(0, INLINE_FILE_CHARS)}\n…` : reply.content;
  const activity = MessageFactory.text(`**${reply.name}** — ${teamsMarkdown(reply.description)}\n\n\`\`\`\n${shown}\n\`\`\``);
  activity.textFormat = 'markdown';
  return activity;
}

/** One neutral reply → one Teams message activity. */
export function renderReply(reply: Reply): Partial<Activity> {
  switch (reply.kind) {
    case 'text': {
      const activity = MessageFactory.text(teamsMarkdown(reply.text));
      activity.textFormat = 'markdown';
      return activity;
    }
    case 'summary':
      return MessageFactory.attachment(CardFactory.adaptiveCard(summaryCard(reply)));
    case 'chart':
      return MessageFactory.attachment(CardFactory.adaptiveCard(chartCard(reply)));
    case 'form':
      return MessageFactory.attachment(CardFactory.adaptiveCard(formCard(reply.form)));
    case 'live':
      return MessageFactory.attachment(CardFactory.adaptiveCard(liveCard(reply)));
    case 'file':
      // In a conversation turn files go through file-consent.ts (a consent card, then an upload);
      // a proactive message has no one to consent, so only the description is left.
      return MessageFactory.text(teamsMarkdown(reply.description));
  }
}
