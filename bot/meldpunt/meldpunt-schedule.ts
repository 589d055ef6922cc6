import type { LogFields } from '../logger.js';
import { changeWithMessages } from '../follow-up/with-messages.js';
import { byKeys, reportFollowUpKey, userKey, type KoppelStore } from '../store/index.js';
import { toStaff } from './meldpunt-messages.js';

// The meldpunt's scheduled work: on the day of a closed case's aftercare moment, its staff are
// reminded to ask the reporter how things are. The days just before count too, so a pass missed
// while Koppel was down still reminds; the outbox key (case and moment) makes it once.

const LOOK_BACK_DAYS = 7;

export interface MeldpuntPassDeps {
  store: KoppelStore;
  staff: readonly string[];
  now: () => Date;
  queued?: () => void;
  log?: (event: string, fields: LogFields) => void;
}

export async function runMeldpuntPass(deps: MeldpuntPassDeps): Promise<number> {
  if (deps.staff.length === 0) return 0;
  const now = deps.now();
  const days = Array.from({ length: LOOK_BACK_DAYS + 1 }, (_, i) => new Date(now.getTime() - i * 86_400_000).toISOString().slice(0, 10));
  const people = byKeys(...deps.staff.map(userKey));
  const queued = await changeWithMessages(deps.store, { reports: byKeys(...days.map(reportFollowUpKey)), conversations: people, preferences: people }, (draft) => {
    const messages = Object.values(draft.reports)
      .filter((r) => r.state === 'closed' && r.aftercare && days.includes(r.aftercare.followUpOn))
      .flatMap((r) => toStaff(draft, deps.staff, r, 'follow-up-due', r.aftercare?.followUpOn));
    // Counted when new only: the same reminder planned on every pass of the week is queued once.
    return { count: messages.filter((m) => !Object.hasOwn(draft.outbox, m.key)).length, messages };
  }, now);
  if (queued.count > 0) {
    deps.queued?.();
    deps.log?.('meldpunt.pass', { due: queued.count });
  }
  return queued.count;
}
