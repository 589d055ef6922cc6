// A company's offer for a round: read it, and create or replace it while the round accepts offers.
// Least privilege: the company is always the one the person is a contact of, never one named in
// the input, so a contact can only ever read or change their own company's offer.
import { contactOf } from '../school-contact.js';
import { createHash } from 'node:crypto';
import { actorIdOf } from '../actor-id.js';
import { appendAudit } from '../audit-log.js';
import { findProgramme, type Catalogue, type Programme } from '../catalogue/index.js';
import { Id } from '../domain/common.js';
import type { Company } from '../domain/company.js';
import type { Offer } from '../domain/offer.js';
import type { Round } from '../domain/round.js';
import type { KoppelView } from '../koppel-data.js';
import { personScope, roleOf, type PersonKey } from '../people.js';
import { mergeScopes, readSettled, updateSettled } from '../scoped-work.js';
import { acceptsOffers, lockedBecause } from '../rounds/round-lifecycle.js';
import { checkDraft, type CheckedDraft } from './offer-draft.js';
import type { OfferRefusal, OfferResult, OfferService, OfferView } from './offer-types.js';
import { byIds, byKeys, companyKey, type KoppelStore, type Scope } from '../store/index.js';
import { abortable, type Abortable } from '../store/abort.js';

export type { InvalidReason, OfferDraft, OfferRefusal, OfferResult, OfferService, OfferView } from './offer-types.js';

export interface OfferServiceOptions {
  store: KoppelStore;
  catalogue: Catalogue;
  coordinators: readonly string[];
  now: () => Date;
  /** SCHOOL_CONTACT: whom to ask when the round names no contact person. */
  schoolContact?: string;
}

// A refused save writes nothing.
const refusals: Abortable<OfferRefusal> = abortable();

interface Access {
  company: Company;
  round: Round;
}

export function createOfferService({ store, catalogue, coordinators, now, schoolContact }: OfferServiceOptions): OfferService {
  const access = (data: Readonly<KoppelView>, person: PersonKey, roundId: string): Access => {
    const role = roleOf(data, coordinators, person);
    const company = role.kind === 'company-contact' ? ownValue(data.companies, role.companyId) : undefined;
    if (!company) refusals.abort({ code: 'not-a-contact' });
    const round = ownValue(data.rounds, roundId);
    if (!round) refusals.abort({ code: 'unknown-round' });
    // A draft round is the coordinators' own business until it opens.
    if (round.status === 'draft') refusals.abort({ code: 'round-not-open' });
    return { company, round };
  };

  // A contact's own records (to know their company), the round asked for and their company's
  // offers in every round (the previous one is a starting point): never another company's.
  const scopeOf = (person: PersonKey, roundId: string) => (data: Readonly<KoppelView>): Scope => {
    const role = roleOf(data, coordinators, person);
    if (role.kind !== 'company-contact') return personScope(person);
    return mergeScopes(personScope(person), {
      rounds: byIds(roundId), offers: { ids: [offerId(roundId, role.companyId)], keys: [companyKey(role.companyId)] },
    });
  };

  return {
    openRounds: async (person) => {
      // Rounds have no index and are few (a handful a year): a contact sees every open one.
      const data = await store.read({ ...personScope(person), rounds: 'all' });
      if (roleOf(data, coordinators, person).kind !== 'company-contact') return [];
      return Object.values(data.rounds)
        .filter((round) => round.status === 'open')
        .sort((a, b) => laterFirst(a.createdAt, b.createdAt) || compare(b.id, a.id));
    },
    offeredRounds: async (person) => {
      const roles = await store.read(personScope(person));
      const role = roleOf(roles, coordinators, person);
      if (role.kind !== 'company-contact') return [];
      const data = await store.read({ ...personScope(person), rounds: 'all', offers: byKeys(companyKey(role.companyId)) });
      const offered = new Set(Object.values(data.offers).filter((o) => o.companyId === role.companyId).map((o) => o.roundId));
      return Object.values(data.rounds)
        .filter((round) => round.status !== 'draft' && offered.has(round.id))
        .sort((a, b) => laterFirst(a.createdAt, b.createdAt) || compare(b.id, a.id));
    },
    view: (person, roundId) => refusable(async () => {
      const data = await readSettled(store, scopeOf(person, roundId));
      const { company, round } = access(data, person, roundId);
      return viewOf(data, catalogue, company, round, now(), schoolContact);
    }),
    save: (person, roundId, draft) => refusable(() => updateSettled(store, scopeOf(person, roundId), (data) => {
      const at = now();
      const { company, round } = access(data, person, roundId);
      if (!acceptsOffers(round, at)) refusals.abort({ code: 'locked', deadline: round.offersDeadline, because: lockedBecause(round, round.offersDeadline, at) ?? 'deadline-passed' });
      const checked = checkDraft(draft, { company, programmes: roundProgrammes(catalogue, round) });
      if (!checked.ok) refusals.abort(checked.refusal);
      const offer = writeOffer(data, company.id, round.id, checked.fields, at);
      appendAudit(data, {
        actorId: actorIdOf(person), action: 'offer.saved', subjectType: 'offer', subjectId: offer.id,
        detail: { roundId: round.id, companyId: company.id },
      }, at);
      return viewOf(data, catalogue, company, round, at, schoolContact);
    })),
  };
}

function refusable(run: () => Promise<OfferView>): Promise<OfferResult> {
  return refusals.unlessAborted(async () => ({ ok: true as const, view: await run() }), (refusal) => ({ ok: false as const, refusal }));
}

/** Creates or replaces the company's offer; a changed other requirement goes back to review. */
function writeOffer(data: KoppelView, companyId: string, roundId: string, fields: CheckedDraft, at: Date): Offer {
  const existing = offerOf(data, companyId, roundId);
  const { otherRequirementText, ...rest } = fields;
  // The same text keeps its review (and reason); a changed text waits for the school again.
  const keptReview = existing?.otherRequirement?.text === otherRequirementText ? existing?.otherRequirement : undefined;
  const offer: Offer = {
    ...rest,
    id: existing?.id ?? offerId(roundId, companyId),
    roundId,
    companyId,
    ...(otherRequirementText === undefined ? {} : { otherRequirement: keptReview ?? { text: otherRequirementText, review: 'pending' as const } }),
    updatedAt: at.toISOString(),
  };
  data.offers[offer.id] = offer;
  return offer;
}

/** `off_<roundId>_<companyId>`; hashed only when that would not be a valid id (too long). */
export function offerId(roundId: string, companyId: string): string {
  const plain = `off_${roundId}_${companyId}`;
  return Id.safeParse(plain).success ? plain : `off_${shortHash(plain)}`;
}

function viewOf(data: Readonly<KoppelView>, catalogue: Catalogue, company: Company, round: Round, now: Date, schoolContact?: string): OfferView {
  const offer = offerOf(data, company.id, round.id);
  const contact = contactOf(round, schoolContact);
  const previous = offer ? undefined : previousOffer(data, company.id, round.id);
  return {
    company,
    round,
    ...(offer ? { offer } : {}),
    ...(previous ? { previous } : {}),
    editable: acceptsOffers(round, now),
    ...lockedPart(lockedBecause(round, round.offersDeadline, now)),
    programmes: roundProgrammes(catalogue, round),
    ...(contact ? { contact } : {}),
  };
}

function lockedPart(because: OfferView['lockedBecause']): Pick<OfferView, 'lockedBecause'> {
  return because ? { lockedBecause: because } : {};
}

// The canonical id first; an offer stored under another id for the same company and round still counts.
function offerOf(data: Readonly<KoppelView>, companyId: string, roundId: string): Offer | undefined {
  const canonical = ownValue(data.offers, offerId(roundId, companyId));
  if (canonical?.companyId === companyId && canonical.roundId === roundId) return canonical;
  return Object.values(data.offers).find((o) => o.companyId === companyId && o.roundId === roundId);
}

/** The company's most recently saved offer in any other round: a starting point, never reused as is. */
function previousOffer(data: Readonly<KoppelView>, companyId: string, roundId: string): Offer | undefined {
  return Object.values(data.offers)
    .filter((o) => o.companyId === companyId && o.roundId !== roundId)
    .sort((a, b) => laterFirst(a.updatedAt, b.updatedAt) || compare(b.id, a.id))[0];
}

function roundProgrammes(catalogue: Catalogue, round: Round): Programme[] {
  return round.programmeCodes.flatMap((code) => findProgramme(catalogue, code) ?? []);
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

// Ids may be any `Id`, including names like `constructor`: look up own entries only.
function ownValue<T>(record: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

// Times may carry different offsets, so they are compared as moments, not as text.
function laterFirst(a: string, b: string): number {
  return Date.parse(b) - Date.parse(a);
}

// Code-unit order, not locale order: the same on every machine.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
