import { changeWithMessages } from '../follow-up/with-messages.js';
import type { LogFields } from '../logger.js';
import { canReach } from '../outbox/queue-notifications.js';
import { conversationKey } from '../people.js';
import { byIds, byKeys, roundKey, studentKey, type KoppelStore, type Scope } from '../store/index.js';
import { anyMomentOpen, dueCheckIns, type CheckInSettings } from './check-in-plan.js';

// The check-ins' scheduled work, run by the reminder schedule: per round in its internships, the
// check-ins due today are made and their questions queued in one unit of work. The check-in's id
// (placement and moment) and the outbox key are stored once, so however often this runs, across
// restarts and processes, a student is asked each moment once. A check-in is made only when its
// student can be reached: one who has not opened Koppel yet is asked at a later pass within the
// week, or the moment they first write (`askDueOnContact`).

export interface CheckInPassDeps {
  store: KoppelStore;
  now: () => Date;
  settings: CheckInSettings;
  queued?: () => void;
  log?: (event: string, fields: LogFields) => void;
}

export async function runCheckInPass(deps: CheckInPassDeps): Promise<number> {
  const { rounds } = await deps.store.read({ rounds: 'all' });
  let asked = 0;
  const open = Object.values(rounds).filter((r) => (r.status === 'released' || r.status === 'follow-up') && anyMomentOpen(r.internshipStart, deps.now(), deps.settings));
  for (const round of open) {
    const ofRound = byKeys(roundKey(round.id));
    asked += await askDue(deps, round.id, { rounds: byIds(round.id), placements: ofRound, students: ofRound, checkIns: ofRound });
  }
  return signalled(deps, asked);
}

/** A student who just became reachable gets the check-in due now, without waiting for the next pass. */
export async function askDueOnContact(deps: CheckInPassDeps, studentId: string): Promise<number> {
  const { students } = await deps.store.read({ students: byIds(studentId) });
  const student = Object.hasOwn(students, studentId) ? students[studentId] : undefined;
  if (!student) return 0;
  const own = byKeys(studentKey(studentId));
  return signalled(deps, await askDue(deps, student.roundId, { rounds: byIds(student.roundId), placements: own, students: byIds(studentId), checkIns: own }));
}

async function askDue(deps: CheckInPassDeps, roundId: string, scope: Scope): Promise<number> {
  const now = deps.now();
  // The students' conversations are read with the rest: whether a student can be reached decides whether their check-in is made.
  const { students } = await deps.store.read({ students: scope.students });
  const reachable = { ...scope, conversations: byIds(...Object.values(students).flatMap((s) => s.identities.map(conversationKey))) };
  const outcome = await changeWithMessages(deps.store, reachable, (draft) => {
    const due = dueCheckIns(draft, roundId, now, deps.settings).filter((d) => canReach(draft, d.message.recipient));
    for (const { checkIn } of due) draft.checkIns[checkIn.id] = checkIn;
    return { count: due.length, messages: due.map((d) => d.message) };
  }, now);
  return outcome.count;
}

function signalled(deps: CheckInPassDeps, asked: number): number {
  if (asked > 0) {
    deps.queued?.();
    deps.log?.('check-ins.asked', { count: asked });
  }
  return asked;
}
