import type { PersonKey } from './people.js';

// Proactive messages as facts (ids only). bot/ decides *that* someone must hear something;
// dialogs decide the words; an adapter delivers them with the person's stored conversation.

export type Notification =
  | { kind: 'round-opened'; roundId: string; studentId: string }
  | { kind: 'wish-reminder'; roundId: string; studentId: string; deadline: string }
  | { kind: 'own-placement-reported'; roundId: string; studentId: string }
  | { kind: 'offer-requested'; roundId: string; companyId: string }
  | { kind: 'offer-reminder'; roundId: string; companyId: string; deadline: string };

export type DeliveryResult = 'sent' | 'no-conversation' | 'failed';

export interface Notifier {
  notify(recipient: PersonKey, notification: Notification): Promise<DeliveryResult>;
}
