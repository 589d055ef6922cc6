import type { ScopeRefs } from '../../bot/coordinator-scope/scope-check.js';
import { roundWithin } from '../../bot/coordinator-scope/coordinator-scope.js';
import type { DialogServices } from '../router.js';
import { textsFor } from '../texts/index.js';
import type { Reply, Turn } from '../turn.js';
import { roundNamed } from './choose-round.js';

// The one place where a coordinator limited to some programmes (COORDINATOR_PROGRAMMES) is kept to
// their rounds, before any handler runs: every card action is checked by the records it names (a
// round, placement, student, student number, erasure request, contact moment, offer, the programmes of a new round), a typed
// round name by its round, and the handler gets services whose lists hold only their rounds, so a
// round is never chosen, shown or counted outside them. Unrestricted coordinators and everyone else
// pass untouched.

export type GuardOutcome = { replies: Reply[] } | { services: DialogServices };

/** Card actions of another role a coordinator may also hold: a care coordinator reads support details of every programme. */
const OTHER_ROLES = new Set(['support.read']);

export async function guardCoordinatorScope(turn: Turn, services: DialogServices): Promise<GuardOutcome> {
  const own = services.coordinatorScope.programmesOf(turn.person);
  if (own === undefined) return { services };
  if (turn.input.kind === 'submit' && OTHER_ROLES.has(turn.input.verb)) return { services };
  if ((await services.roleOf(turn.person)).kind !== 'coordinator') return { services };
  const refs = await refsOf(turn, services);
  const verdict = await services.coordinatorScope.check(turn.person, refs);
  if (!verdict.ok) {
    const t = textsFor(turn.language).coordinator;
    const label = (codes: readonly string[]) => labelled(codes, services, turn.language);
    return { replies: [{ kind: 'text', text: verdict.programmes.length > 0 ? t.outOfScope(label(verdict.programmes), label(own)) : t.onlyUnrestricted(label(own)) }] };
  }
  return { services: limitedServices(services, own) };
}

/** The records a turn names: a card's values, or a round typed after a command (`ronde status Kok 2027`). */
async function refsOf(turn: Turn, services: DialogServices): Promise<ScopeRefs> {
  if (turn.input.kind === 'text') {
    const named = turn.input.args ? roundNamed(await services.rounds.list(), turn.input.args) : undefined;
    return named ? { roundIds: [named.id] } : {};
  }
  if (turn.input.kind !== 'submit') return {};
  const v = turn.input.values;
  const one = (key: string): string[] => (typeof v[key] === 'string' && v[key] !== '' ? [v[key]] : []);
  return {
    roundIds: one('roundId'), placementIds: one('placementId'), studentIds: one('studentId'), studentNumbers: one('studentNumber'), requestIds: one('requestId'), momentIds: one('momentId'), offerIds: one('offerId'),
    programmeCodes: one('programmeCodes').flatMap((codes) => codes.split(',').filter(Boolean)),
  };
}

/** The services as a limited coordinator sees them: lists of rounds, programmes, deletions and requests hold only theirs. */
function limitedServices(services: DialogServices, own: readonly string[]): DialogServices {
  const mine = async () => (await services.rounds.list()).filter((round) => roundWithin(own, round));
  return {
    ...services,
    rounds: { ...services.rounds, list: mine },
    programmes: () => services.programmes().filter((p) => own.includes(p.code)),
    retention: {
      ...services.retention,
      // Rounds outside their programmes are left out; the meldpunt's closed cases are a school-wide number.
      upcoming: async () => {
        const ids = new Set((await mine()).map((r) => r.id));
        return (await services.retention.upcoming()).filter((d) => d.roundId === undefined || ids.has(d.roundId));
      },
    },
    contactMoments: {
      ...services.contactMoments,
      open: async (person) => {
        const ids = new Set((await mine()).map((r) => r.id));
        return (await services.contactMoments.open(person))?.filter((m) => ids.has(m.moment.roundId));
      },
    },
    otherRequirements: {
      ...services.otherRequirements,
      list: async () => {
        const ids = new Set((await mine()).map((r) => r.id));
        return (await services.otherRequirements.list()).filter((item) => ids.has(item.roundId));
      },
    },
    erasureRequests: {
      ...services.erasureRequests,
      open: async () => {
        const ids = new Set((await mine()).map((r) => r.id));
        return (await services.erasureRequests.open()).filter((o) => o.roundId !== undefined && ids.has(o.roundId));
      },
    },
  };
}

function labelled(codes: readonly string[], services: DialogServices, language: Turn['language']): string {
  const names = new Map(services.programmes().map((p) => [p.code, language === 'en' ? p.nameEn : p.name]));
  return codes.map((code) => (names.has(code) ? `${code} ${names.get(code)}` : code)).join(', ');
}
