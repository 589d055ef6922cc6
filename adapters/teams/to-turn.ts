import type { Activity } from 'botbuilder';
import { languageOf, type Turn } from '../../dialogs/turn.js';

/**
 * A Teams message activity → a neutral turn. In channels and group chats Teams includes the
 * bot's @mention in the text; it is removed so "@Koppel help" reads as "help".
 */
export function toTurn(activity: Activity): Turn | undefined {
  if (!activity.from?.id) return undefined;
  const person = {
    platform: 'teams' as const,
    userId: activity.from.id,
    ...(activity.from.aadObjectId ? { aadObjectId: activity.from.aadObjectId } : {}),
  };
  const language = languageOf(activity.locale);
  const value = activity.value as Record<string, unknown> | undefined;
  if (value && typeof value === 'object' && typeof value.verb === 'string') {
    return { person, language, input: { kind: 'submit', verb: value.verb, values: value } };
  }
  return { person, language, input: { kind: 'text', text: withoutMentions(activity) } };
}

function withoutMentions(activity: Activity): string {
  let text = activity.text ?? '';
  for (const entity of activity.entities ?? []) {
    if (entity.type === 'mention' && typeof entity.text === 'string') text = text.replace(entity.text, '');
  }
  return text.replace(/<at>[^<]*<\/at>/g, '').trim();
}
