import { throttlingRetryPolicy } from '@azure/core-rest-pipeline';
import type { CloudAdapter, TurnContext } from 'botbuilder';

// botbuilder's connector client retries failed calls by itself (Azure's default retry policy): after
// a 429 with Retry-After, and after a 5xx or a cut connection. The last two can resend a NEW message
// that Teams already delivered, so Koppel's promise "never twice" needs them off. A 429 means Teams
// refused it, so that retry stays where no outbox does it instead.

interface Pipeline {
  removePolicy(options: { name: string }): unknown;
  addPolicy(policy: unknown, options?: { phase?: 'Retry' }): void;
}
interface PipelineOwner { client?: { pipeline?: Pipeline } }

const DEFAULT_RETRY_POLICY = 'defaultRetryPolicy';

function pipelineOf(context: TurnContext, adapter: CloudAdapter): Pipeline | undefined {
  return context.turnState.get<PipelineOwner | undefined>(adapter.ConnectorClientKey)?.client?.pipeline;
}

/** No retries at all: the caller (the release outbox) decides after every failure. */
export function withoutClientRetries(context: TurnContext, adapter: CloudAdapter): void {
  pipelineOf(context, adapter)?.removePolicy({ name: DEFAULT_RETRY_POLICY });
}

/** Only the retry after Teams' own "too many requests" (429, Retry-After), which never delivered anything. */
export function onlyThrottlingRetries(context: TurnContext, adapter: CloudAdapter): void {
  const pipeline = pipelineOf(context, adapter);
  if (!pipeline) return;
  const throttling = throttlingRetryPolicy({ maxRetries: 3 });
  pipeline.removePolicy({ name: DEFAULT_RETRY_POLICY });
  pipeline.removePolicy({ name: throttling.name });
  pipeline.addPolicy(throttling, { phase: 'Retry' });
}
