import { changeWithMessages } from '../follow-up/with-messages.js';
import type { LogFields } from '../logger.js';
import { byIds, byKeys, roundKey, type KoppelStore } from '../store/index.js';
import { dueCheckIns, type CheckInSettings } from './check-in-plan.js';

// The check-ins' scheduled work, run by the reminder schedule: per round in its internships, the
// check-ins due today are made and their questions queued in one unit of work. The check-in's id
// (placement and moment) and the outbox key are stored once, so however often this runs, across
// restarts and processes, a student is asked each moment once.

export interface CheckInPassDeps {
  store: KoppelStore;
  now: () => Date;
  settings: CheckInSettings;
  queued?: () => void;
  log?: (event: string, fields: LogFields) => void;
}

export async function runCheckInPass(deps: CheckInPassDeps): Promise<number> {
  const now = deps.now();
  const { rounds } = await deps.store.read({ rounds: 'all' });
  let asked = 0;
  for (const round of Object.values(rounds).filter((r) => r.status === 'released' || r.status === 'follow-up')) {
    const ofRound = byKeys(roundKey(round.id));
    asked += await changeWithMessages(deps.store, { rounds: byIds(round.id), placements: ofRound, students: ofRound, checkIns: ofRound }, (draft) => {
      const due = dueCheckIns(draft, round.id, now, deps.settings);
      for (const { checkIn } of due) draft.checkIns[checkIn.id] = checkIn;
      return { count: due.length, messages: due.map((d) => d.message) };
    }, now).then((r) => r.count);
  }
  if (asked > 0) {
    deps.queued?.();
    deps.log?.('check-ins.asked', { count: asked });
  }
  return asked;
}
