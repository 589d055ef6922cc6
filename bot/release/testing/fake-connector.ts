import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A stand-in for the Bot Framework connector on 127.0.0.1, for tests and the benchmarks.
// It serves the two calls a release makes (send a new activity, update an existing one), enforces
// Teams-like limits with token buckets answering 429 + Retry-After, injects random failures before
// delivering, and records every delivery so duplicates can be counted. It stops by itself.
// The turns benchmark switches the limits off and keeps each activity, to see what a turn answered.

export type FailureStatus = 412 | 429 | 502 | 504;

export interface FakeConnectorOptions {
  /** Global requests per second (bucket of the same size); default 50 like Teams per app per tenant. */
  perSecond?: number;
  /** Per conversation; default 7. */
  perConversationPerSecond?: number;
  /** Probability per request of answering this status instead of delivering. */
  failures?: Partial<Record<FailureStatus, number>>;
  /** Retry-After sent with an injected 429, in seconds; default 1. */
  retryAfterSeconds?: number;
  seed?: number;
  /** Activities that exist before the release (the pre-delivered result cards). */
  knownActivities?: Array<{ conversationId: string; activityId: string }>;
  /** Called for each delivery before it is answered: a test can kill the sender at an exact point. */
  onDelivery?: (delivery: Delivery, delivered: number) => void;
  /** The limits' clock in ms; default Date.now. */
  now?: () => number;
  /** Stops by itself after this long; default 10 minutes. */
  maxLifetimeMs?: number;
  /** No rate limits at all: a load test measures the bot, not Teams' throttling. */
  unlimited?: boolean;
  /** Keep each delivered activity's body on its delivery (memory grows with every delivery). */
  keepActivities?: boolean;
}

export interface Delivery {
  op: 'send' | 'update';
  conversationId: string;
  activityId: string;
  text: string;
  at: number;
  /** The activity as sent, only with `keepActivities`. */
  activity?: Record<string, unknown>;
}

export interface FakeConnectorStats {
  requests: number;
  delivered: number;
  limited: number;
  injected: Record<string, number>;
  rejected: number;
}

export interface FakeConnector {
  url: string;
  deliveries: Delivery[];
  stats: FakeConnectorStats;
  stop(): Promise<void>;
}

// A new message: SendToConversation, or ReplyToActivity (what botbuilder's proactive sends use).
const SEND = /^\/v3\/conversations\/([^/]+)\/activities(?:\/[^/]+)?\/?$/;
const UPDATE = /^\/v3\/conversations\/([^/]+)\/activities\/([^/]+)$/;
const MAX_BODY_BYTES = 64 * 1024;

export async function startFakeConnector(options: FakeConnectorOptions = {}): Promise<FakeConnector> {
  const state = createState(options);
  const server = createServer((request, response) => {
    void handle(state, request, response).catch(() => answer(response, 500, { error: 'internal' }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  let stopped: Promise<void> | undefined;
  const stop = () => (stopped ??= new Promise<void>((resolve) => {
    clearTimeout(lifetime);
    server.close(() => resolve());
    server.closeAllConnections();
  }));
  const lifetime = setTimeout(() => void stop(), options.maxLifetimeMs ?? 600_000);
  lifetime.unref();
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, deliveries: state.deliveries, stats: state.stats, stop };
}

interface State {
  options: FakeConnectorOptions;
  global: TokenBucket;
  conversations: Map<string, TokenBucket>;
  activities: Set<string>;
  deliveries: Delivery[];
  stats: FakeConnectorStats;
  random: () => number;
  now: () => number;
  nextId: number;
}

function createState(options: FakeConnectorOptions): State {
  const perSecond = options.perSecond ?? 50;
  const now = options.now ?? Date.now;
  return {
    options,
    now,
    global: new TokenBucket(perSecond, now()),
    conversations: new Map(),
    activities: new Set((options.knownActivities ?? []).map((a) => `${a.conversationId}/${a.activityId}`)),
    deliveries: [],
    stats: { requests: 0, delivered: 0, limited: 0, injected: {}, rejected: 0 },
    random: seededRandom(options.seed ?? 1),
    nextId: 1,
  };
}

async function handle(state: State, request: IncomingMessage, response: ServerResponse): Promise<void> {
  state.stats.requests += 1;
  const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  const send = request.method === 'POST' ? SEND.exec(path) : null;
  const update = request.method === 'PUT' ? UPDATE.exec(path) : null;
  const body = await readJson(request);
  if ((!send && !update) || body === undefined) return reject(state, response, 400, 'bad-request');
  const conversationId = decodeURIComponent((send ?? update)![1]);
  if (!state.options.unlimited && refusedByLimits(state, conversationId, response)) return;
  if (injectedFailure(state, response)) return;
  const activityId = update ? decodeURIComponent(update[2]) : `act-${state.nextId++}`;
  if (update && !state.activities.has(`${conversationId}/${activityId}`)) return reject(state, response, 404, 'activity-not-found');
  state.activities.add(`${conversationId}/${activityId}`);
  const text = typeof body.text === 'string' ? body.text : String(body.type ?? '');
  const delivery: Delivery = { op: update ? 'update' : 'send', conversationId, activityId, text, at: state.now(), ...(state.options.keepActivities ? { activity: body } : {}) };
  state.deliveries.push(delivery);
  state.stats.delivered += 1;
  state.options.onDelivery?.(delivery, state.deliveries.length);
  answer(response, update ? 200 : 201, { id: activityId });
}

function refusedByLimits(state: State, conversationId: string, response: ServerResponse): boolean {
  const perConversation = state.options.perConversationPerSecond ?? 7;
  let bucket = state.conversations.get(conversationId);
  const nowMs = state.now();
  if (!bucket) state.conversations.set(conversationId, (bucket = new TokenBucket(perConversation, nowMs)));
  const wait = Math.max(state.global.waitMs(nowMs), bucket.waitMs(nowMs));
  if (wait === 0) {
    state.global.take(nowMs);
    bucket.take(nowMs);
    return false;
  }
  state.stats.limited += 1;
  answer(response, 429, { error: 'too-many-requests' }, { 'retry-after': String(Math.max(1, Math.ceil(wait / 1000))) });
  return true;
}

function injectedFailure(state: State, response: ServerResponse): boolean {
  const roll = state.random();
  let threshold = 0;
  for (const [status, probability] of Object.entries(state.options.failures ?? {})) {
    threshold += probability ?? 0;
    if (roll >= threshold) continue;
    state.stats.injected[status] = (state.stats.injected[status] ?? 0) + 1;
    const headers: Record<string, string> = status === '429' ? { 'retry-after': String(state.options.retryAfterSeconds ?? 1) } : {};
    answer(response, Number(status), { error: `injected-${status}` }, headers);
    return true;
  }
  return false;
}

function reject(state: State, response: ServerResponse, status: number, error: string): void {
  state.stats.rejected += 1;
  answer(response, status, { error });
}

function answer(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (response.headersSent) return;
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  try {
    const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Holds up to `rate` tokens and gains `rate` per second. */
class TokenBucket {
  private tokens: number;

  constructor(private readonly rate: number, private updatedMs: number) {
    this.tokens = rate;
  }

  waitMs(nowMs: number): number {
    this.tokens = Math.min(this.rate, this.tokens + ((nowMs - this.updatedMs) * this.rate) / 1000);
    this.updatedMs = nowMs;
    return this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) * 1000) / this.rate);
  }

  take(nowMs: number): void {
    this.waitMs(nowMs);
    this.tokens -= 1;
  }
}

/** mulberry32: the same failures for the same seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
