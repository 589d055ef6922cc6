import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { Reply } from '../../dialogs/turn.js';
import { adaptiveCard, type AdaptiveCard } from './adaptive-card.js';
import { formCard } from './form-card.js';


export function summaryCard(reply: Extract<Reply, { kind: 'summary' }>): AdaptiveCard {
  return adaptiveCard(reply.title, [
    ...(reply.intro ? [{ type: 'TextBlock', text: reply.intro, wrap: true }] : []),
    { type: 'FactSet', facts: reply.facts.map((f) => ({ title: f.label, value: f.value })) },
  ]);
}

export const LIVE_REFRESH_VERB = 'live.refresh';

/**
 * A card Teams asks the bot to refresh whenever someone views it (Universal Actions), so what it
 * shows is decided on the server at that moment, e.g. a result that only exists from the release on.
 */
export function liveCard(reply: Extract<Reply, { kind: 'live' }>): AdaptiveCard {
  return { ...formCard(reply.form), refresh: { action: { type: 'Action.Execute', verb: LIVE_REFRESH_VERB, data: { key: reply.key } } } };
}

/** One neutral reply → one Teams message activity. */
export function renderReply(reply: Reply): Partial<Activity> {
  switch (reply.kind) {
    case 'text': {
      const activity = MessageFactory.text(reply.text);
      activity.textFormat = 'markdown';
      return activity;
    }
    case 'summary':
      return MessageFactory.attachment(CardFactory.adaptiveCard(summaryCard(reply)));
    case 'form':
      return MessageFactory.attachment(CardFactory.adaptiveCard(formCard(reply.form)));
    case 'live':
      return MessageFactory.attachment(CardFactory.adaptiveCard(liveCard(reply)));
    case 'file':
      return MessageFactory.text(reply.description);
  }
}
