import type { Notification } from '../bot/notifications.js';
import { withinTurn } from '../bot/store/turn-reads.js';
import { refuseFileSender } from './coordinator/file-import-dialog.js';
import { handleTurn } from './koppel-dialogs.js';
import { refreshLive } from './live-replies.js';
import { notificationReplies } from './notification-replies.js';
import { reachesRecipient } from './coordinator/message-scope.js';
import type { DialogServices } from './router.js';
import type { Language, Reply, Turn } from './turn.js';

export type LiveReply = Extract<Reply, { kind: 'live' }>;

/** What an adapter asks of the people part besides a turn: linking, and where it can write to someone later. */
export interface PeopleSide {
  /** Links someone the school imported by e-mail or UPN, once the platform tells us theirs. */
  linkByEmail(person: Turn['person'], emails: readonly string[]): Promise<string | undefined>;
  /** Keeps the latest conversation reference per person, for proactive messages. */
  rememberConversation(person: Turn['person'], reference: object): Promise<unknown>;
  /** Keeps the message id of a sent live card, so it can be updated in place later. */
  rememberLiveMessage(person: Turn['person'], key: string, activityId: string): Promise<void>;
}

export type ConversationServices = DialogServices & PeopleSide;

/**
 * The one port every adapter (Teams, Slack, the web pages) is given: the dialogs, bound once to the
 * services, and what an adapter asks directly (a person's role and language, type-ahead lists, the
 * dashboard's figures) through `services`. An adapter never hands services back to the dialogs.
 */
export interface Conversations extends PeopleSide {
  handleTurn(turn: Turn): Promise<Reply[]>;
  /** The current content of a live card for the person viewing it; undefined: nothing to show. */
  refreshLive(key: string, turn: Turn): Promise<LiveReply | undefined>;
  /** A file sent in the chat is read only for someone who may import; anyone else gets these replies. */
  refuseFileSender(turn: Turn): Promise<Reply[] | undefined>;
  /** The words of a proactive message, e.g. for the page a mailed message links to. */
  notificationReplies(notification: Notification, language: Language): Promise<Reply[]>;
  /** Whether a proactive message may reach this person: a coordinator limited to some programmes hears only of their rounds. */
  reachesRecipient(recipient: Turn['person'], message: { kind: string; roundId: string } | Notification): Promise<boolean>;
  /** Runs everything one incoming activity asks (who, which language, the turn itself) as one turn, whose same reads are read once. */
  withinTurn<T>(work: () => Promise<T>): Promise<T>;
  services: DialogServices;
}

export function createConversations(services: ConversationServices): Conversations {
  return {
    handleTurn: (turn) => handleTurn(turn, services),
    refreshLive: (key, turn) => refreshLive(key, turn, services),
    refuseFileSender: (turn) => refuseFileSender(turn, services),
    notificationReplies: (notification, language) => notificationReplies(notification, language, services),
    reachesRecipient: (recipient, message) => reachesRecipient(recipient, message, services),
    withinTurn,
    linkByEmail: (person, emails) => services.linkByEmail(person, emails),
    rememberConversation: (person, reference) => services.rememberConversation(person, reference),
    rememberLiveMessage: (person, key, activityId) => services.rememberLiveMessage(person, key, activityId),
    services,
  };
}
