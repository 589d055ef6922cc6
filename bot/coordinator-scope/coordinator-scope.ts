import type { Round } from '../domain/round.js';
import type { PersonKey } from '../people.js';

// A coordinator may be limited to some programmes (COORDINATOR_PROGRAMMES): they see and run only the
// rounds of those programmes. Unlisted coordinators are unrestricted, so a school that sets nothing
// keeps working as before.

/** Coordinator user id → the crebo codes of the programmes they may run rounds for. */
export type CoordinatorLimits = Readonly<Record<string, readonly string[]>>;

/** The programmes a coordinator is limited to; undefined: every round (unrestricted). */
export function programmesOf(limits: CoordinatorLimits, person: Pick<PersonKey, 'userId' | 'aadObjectId'>): readonly string[] | undefined {
  // Own keys only: a user id like `__proto__` is nobody's limit.
  const own = (id: string | undefined) => (id !== undefined && Object.hasOwn(limits, id) ? limits[id] : undefined);
  return own(person.userId) ?? own(person.aadObjectId);
}

/**
 * A round is within a limited coordinator's scope when every programme of it is theirs: a round that
 * also holds another programme's students belongs to a coordinator of both, or an unrestricted one.
 */
export function roundWithin(programmes: readonly string[] | undefined, round: Pick<Round, 'programmeCodes'>): boolean {
  return programmes === undefined || round.programmeCodes.every((code) => programmes.includes(code));
}

/** How many of the coordinators may run this round (every one of them without a round): four eyes needs two. */
export function coordinatorsFor(coordinators: readonly string[], limits: CoordinatorLimits, round?: Pick<Round, 'programmeCodes'>): number {
  return coordinators.filter((id) => round === undefined || roundWithin(programmesOf(limits, { userId: id }), round)).length;
}

/** Parses `29:abc=25655+25491,U0123=25180`; each id must be one of the coordinators. */
export function parseCoordinatorLimits(text: string | undefined, coordinators: readonly string[]): { ok: true; limits: CoordinatorLimits } | { ok: false; message: string } {
  if (text === undefined || text.trim() === '') return { ok: true, limits: {} };
  const limits = new Map<string, string[]>();
  for (const entry of text.split(',')) {
    const match = /^([^=,\s]+)=(\d{5}(?:\+\d{5})*)$/.exec(entry.trim());
    if (!match) return { ok: false, message: `must list coordinators with their programmes as id=crebo+crebo, separated by commas (got '${entry}')` };
    const [, id, codes] = match;
    if (!coordinators.includes(id)) return { ok: false, message: `names '${id}', which is not in COORDINATORS` };
    if (limits.has(id)) return { ok: false, message: `names '${id}' twice` };
    limits.set(id, codes.split('+'));
  }
  return { ok: true, limits: Object.fromEntries(limits) };
}
