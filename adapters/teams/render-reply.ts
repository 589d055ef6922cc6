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
  }
}
