import { performance } from 'node:perf_hooks';
import { startFakeConnector, type Delivery, type FakeConnector } from '../../bot/release/testing/fake-connector.js';

// The fake Bot Framework connector, without rate limits or injected failures, routing what the bot
// sends to the simulated student whose chat it is. In local mode botbuilder sends a turn's replies
// while the turn runs and answers /api/messages only afterwards, so once that HTTP answer is in,
// every reply of the turn has arrived here: the student then takes what was collected.

export interface ArrivedReply {
  /** performance.now() when the connector had read the whole activity. */
  at: number;
  /** The id the connector gave the message (a card's submit refers to it as replyToId). */
  activityId: string;
  activity: Record<string, unknown>;
}

export interface TurnConnector {
  /** The serviceUrl to put on activities. */
  serviceUrl: string;
  /** Starts collecting a conversation's replies for a new turn, dropping anything collected before. */
  expect(conversationId: string): void;
  /** The message replies collected since `expect` (typing indicators left aside). */
  take(conversationId: string): ArrivedReply[];
  /** Replies that arrived while their student had no turn in flight, e.g. late typing indicators. */
  strays(): { typing: number; messages: number };
  stop(): Promise<void>;
}

export async function startTurnConnector(maxLifetimeMs: number): Promise<TurnConnector> {
  const collecting = new Map<string, ArrivedReply[]>();
  const stray = { typing: 0, messages: 0 };
  const onDelivery = (delivery: Delivery) => {
    const activity = delivery.activity ?? {};
    // A slow turn makes teams-ai send "typing" every second until the first message; it is no reply.
    const typing = activity.type === 'typing';
    const replies = collecting.get(delivery.conversationId);
    if (!replies) stray[typing ? 'typing' : 'messages'] += 1;
    else if (!typing) replies.push({ at: performance.now(), activityId: delivery.activityId, activity });
    // The connector keeps every delivery; only the routing above is needed, so memory stays flat.
    connector.deliveries.length = 0;
  };
  const connector: FakeConnector = await startFakeConnector({ unlimited: true, keepActivities: true, onDelivery, maxLifetimeMs });
  return {
    serviceUrl: `${connector.url}/`,
    expect: (conversationId) => void collecting.set(conversationId, []),
    take: (conversationId) => {
      const replies = collecting.get(conversationId) ?? [];
      collecting.delete(conversationId);
      return replies;
    },
    strays: () => ({ ...stray }),
    stop: () => connector.stop(),
  };
}
