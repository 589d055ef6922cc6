// What a coordinator may still change in a round, and until when: the programmes until it opens
// (students and companies answer for those), the deadlines while it is open, and the release moment
// until the match is approved (after that `ronde vrijgave` plans or postpones it), and what the fit
// weighs until the match is approved (a run made with other weights is then out of date: the round
// service takes the round back to closed, so it is matched again before anyone approves). Pure: the
// round service applies the result inside one unit of work. The round's contact person may change
// until the round is archived.
import type { Round, RoundStatus, SchoolContact } from '../domain/round.js';
import { sameWeights, type RoundWeights } from '../domain/round-weights.js';
import { choiceDeadlineOf } from '../proposals/proposal-stage.js';

export interface RoundChanges {
  contact?: SchoolContact;
  programmeCodes?: string[];
  wishesDeadline?: string;
  offersDeadline?: string;
  releaseAt?: string;
  weights?: RoundWeights;
  /** proposals rounds only: until the students' choice deadline has passed */
  choiceDeadline?: string;
}

export type RoundEditRefusal =
  | { code: 'not-editable'; field: keyof RoundChanges }
  | { code: 'in-past'; field: keyof RoundChanges }
  | { code: 'order'; field: keyof RoundChanges };

const EDITABLE_IN: Record<keyof RoundChanges, readonly RoundStatus[]> = {
  // Whom to ask may change as long as anyone may still ask.
  contact: ['draft', 'open', 'closed', 'matched', 'approved', 'scheduled', 'released', 'follow-up'],
  programmeCodes: ['draft'],
  wishesDeadline: ['draft', 'open'],
  offersDeadline: ['draft', 'open'],
  releaseAt: ['draft', 'open', 'closed', 'matched'],
  weights: ['draft', 'open', 'closed', 'matched'],
  // Also while students choose (the round is closed again then); checked against the clock below.
  choiceDeadline: ['draft', 'open', 'closed', 'matched', 'approved', 'scheduled'],
};

export function editableFields(status: RoundStatus, round?: Round, now?: Date): Array<keyof RoundChanges> {
  return (Object.keys(EDITABLE_IN) as Array<keyof RoundChanges>).filter((field) => EDITABLE_IN[field].includes(status)
    && (field !== 'choiceDeadline' || round === undefined || choiceDeadlineEditable(round, now ?? new Date())));
}

/** A proposals round's choice deadline may change until it has passed, and never once the final stage was matched. */
function choiceDeadlineEditable(round: Round, now: Date): boolean {
  if (round.mechanism !== 'proposals') return false;
  const deadline = choiceDeadlineOf(round);
  if (round.proposalsReleasedAt === undefined) return true;
  return round.status === 'closed' && deadline !== undefined && now.getTime() < Date.parse(deadline);
}

/** Only what differs from the round counts as a change; every change is checked against the round's state and the clock. */
export function checkRoundEdit(round: Round, wanted: RoundChanges, now: Date): { ok: true; changes: RoundChanges } | { ok: false; refusal: RoundEditRefusal } {
  const changes: RoundChanges = {};
  if (wanted.programmeCodes && [...wanted.programmeCodes].sort().join() !== [...round.programmeCodes].sort().join()) changes.programmeCodes = wanted.programmeCodes;
  if (wanted.weights && !sameWeights(wanted.weights, round.weights)) changes.weights = wanted.weights;
  if (wanted.contact && JSON.stringify(wanted.contact) !== JSON.stringify(round.contact)) changes.contact = wanted.contact;
  for (const field of ['wishesDeadline', 'offersDeadline', 'releaseAt', 'choiceDeadline'] as const) {
    const value = wanted[field];
    const stored = round[field];
    if (value !== undefined && (stored === undefined || new Date(value).getTime() !== new Date(stored).getTime())) changes[field] = value;
  }
  for (const field of Object.keys(changes) as Array<keyof RoundChanges>) {
    if (!EDITABLE_IN[field].includes(round.status)) return { ok: false, refusal: { code: 'not-editable', field } };
    if (field === 'choiceDeadline' && !choiceDeadlineEditable(round, now)) return { ok: false, refusal: { code: 'not-editable', field } };
    const at = changes[field];
    // A deadline moved into the past would close the round behind everyone's back: that is `ronde sluit`.
    if (typeof at === 'string' && new Date(at).getTime() <= now.getTime()) return { ok: false, refusal: { code: 'in-past', field } };
  }
  const next = { ...round, ...changes };
  const release = new Date(next.releaseAt).getTime();
  if (new Date(next.wishesDeadline).getTime() > release) return { ok: false, refusal: { code: 'order', field: changes.releaseAt ? 'releaseAt' : 'wishesDeadline' } };
  if (new Date(next.offersDeadline).getTime() > release) return { ok: false, refusal: { code: 'order', field: changes.releaseAt ? 'releaseAt' : 'offersDeadline' } };
  if (release > new Date(`${next.internshipStart}T23:59:59+01:00`).getTime()) return { ok: false, refusal: { code: 'order', field: 'releaseAt' } };
  return { ok: true, changes };
}
