// Checks a company's offer draft against what the round and the company allow, before anything is
// stored: choices come from controlled lists (the round's programmes in the catalogue, the company's
// own locations, the allowed requirements), limits are the stored offer's own, and free text may
// not name a protected ground. Pure: the service runs it inside the update that saves.
import type { z } from 'zod/v4';
import { DAYS, ORGANISATION_SIZES, REQUIREMENTS, SHIFTS } from '../../matching/matching-input.js';
import { workProcessRefsOf, type Programme } from '../catalogue/index.js';
import type { Company } from '../domain/company.js';
import { CurrentOfferAgreement, Offer } from '../domain/offer.js';
import { screenRequirement, type TextUse } from '../screening/requirement-screen.js';
import type { InvalidReason, OfferDraft, OfferRefusal, ProtectedGroundFinding } from './offer-types.js';

// A save now needs every agreement, also one that older stored offers lack.
const NewOffer = Offer.extend({ agreement: CurrentOfferAgreement });

/** The offer's own fields as checked; the service adds ids, the review state and the time. */
export type CheckedDraft = Omit<Offer, 'id' | 'roundId' | 'companyId' | 'updatedAt' | 'otherRequirement'> & {
  otherRequirementText?: string;
};

export interface DraftContext {
  company: Company;
  /** The round's programmes: the only ones an offer of this round can be for. */
  programmes: readonly Programme[];
}

export type DraftCheck = { ok: true; fields: CheckedDraft } | { ok: false; refusal: OfferRefusal };

// Stand-ins for what the service fills in, so the stored schema can check the rest.
const PLACEHOLDER = { id: 'off_check', roundId: 'check', companyId: 'check', updatedAt: '1970-01-01T00:00:00.000Z' };

export function checkDraft(draft: OfferDraft, context: DraftContext): DraftCheck {
  const fields = normalise(draft);
  const refusal = choiceRefusal(fields, context) ?? shapeRefusal(fields) ?? periodRefusal(fields) ?? minDaysRefusal(fields) ?? protectedRefusal(fields);
  return refusal ? { ok: false, refusal } : { ok: true, fields };
}

// Card values arrive trimmed or not, sometimes twice: store them clean and once.
function normalise(draft: OfferDraft): CheckedDraft {
  const available = draft.extraSupport?.available === true;
  const kind = available ? optionalText(draft.extraSupport?.kind) : undefined;
  const otherRequirementText = optionalText(draft.otherRequirementText);
  return {
    places: draft.places,
    supervisionCapacity: draft.supervisionCapacity,
    ...(draft.period === undefined ? {} : { period: { from: text(draft.period.from), to: text(draft.period.to) } }),
    days: list(draft.days) as CheckedDraft['days'],
    minDays: draft.minDays ?? 1,
    shiftsNeeded: list(draft.shiftsNeeded) as CheckedDraft['shiftsNeeded'],
    programmeCodes: list(draft.programmeCodes),
    workProcesses: list(draft.workProcesses),
    organisationType: text(draft.organisationType),
    ...(draft.organisationSize === undefined ? {} : { organisationSize: draft.organisationSize }),
    electives: list(draft.electives),
    learnText: text(draft.learnText),
    extraSupport: kind === undefined ? { available } : { available, kind },
    locationId: text(draft.locationId),
    ...(draft.allowancePerMonth === undefined ? {} : { allowancePerMonth: draft.allowancePerMonth }),
    requirements: list(draft.requirements) as CheckedDraft['requirements'],
    ...(otherRequirementText === undefined ? {} : { otherRequirementText }),
    agreement: draft.agreement,
  };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function optionalText(value: unknown): string | undefined {
  const trimmed = text(value);
  return trimmed === '' ? undefined : trimmed;
}

function list(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.map((item) => String(item).trim()))];
}

function choiceRefusal(fields: CheckedDraft, { company, programmes }: DraftContext): OfferRefusal | undefined {
  const byCode = new Map(programmes.map((p) => [p.code, p]));
  const chosen = fields.programmeCodes.flatMap((code) => byCode.get(code) ?? []);
  // Without a programme nothing else can be judged yet; the shape check says a programme is required.
  const ofChosen = (values: readonly string[]) => (chosen.length === 0 ? [] : values);
  const checks: Array<[field: string, values: readonly string[], allowed: Iterable<string>]> = [
    ['days', fields.days, DAYS],
    ['shiftsNeeded', fields.shiftsNeeded, SHIFTS],
    ['organisationSize', fields.organisationSize === undefined ? [] : [fields.organisationSize], ORGANISATION_SIZES],
    ['programmeCodes', fields.programmeCodes, byCode.keys()],
    ['workProcesses', ofChosen(fields.workProcesses), chosen.flatMap((p) => workProcessRefsOf(p))],
    ['organisationType', ofChosen(nonEmpty(fields.organisationType)), chosen.flatMap((p) => p.organisationTypes.map((o) => o.code))],
    // Only the electives of the programmes the offer is for, from the catalogue: the codes students choose from.
    ['electives', ofChosen(fields.electives), chosen.flatMap((p) => p.electives.map((e) => e.code))],
    ['locationId', nonEmpty(fields.locationId), company.locations.map((l) => l.id)],
    ['requirements', fields.requirements, REQUIREMENTS],
  ];
  for (const [field, values, allowed] of checks) {
    const known = new Set(allowed);
    const unknown = values.filter((v) => !known.has(v));
    if (unknown.length > 0) return { code: 'unknown-choice', field, values: unknown };
  }
  return undefined;
}

// An empty answer is "required", reported by the shape check, not an unknown choice.
function nonEmpty(value: string): string[] {
  return value === '' ? [] : [value];
}

function shapeRefusal(fields: CheckedDraft): OfferRefusal | undefined {
  const { otherRequirementText, ...rest } = fields;
  const candidate = {
    ...rest,
    ...PLACEHOLDER,
    ...(otherRequirementText === undefined ? {} : { otherRequirement: { text: otherRequirementText, review: 'pending' } }),
  };
  const result = NewOffer.safeParse(candidate, { reportInput: true });
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  return { code: 'invalid', field: fieldOf(issue.path), reason: reasonOf(issue) };
}

function fieldOf(path: readonly PropertyKey[]): string {
  if (path[0] === 'otherRequirement') return 'otherRequirementText';
  return path.filter((part) => typeof part === 'string').join('.');
}

function reasonOf(issue: z.core.$ZodIssue): InvalidReason {
  switch (issue.code) {
    case 'too_small':
      return (issue.origin === 'string' || issue.origin === 'array') && Number(issue.minimum) === 1 ? 'required' : 'too-small';
    case 'too_big':
      return 'too-big';
    case 'invalid_type':
      return issue.input === undefined ? 'required' : 'format';
    case 'invalid_value':
      // The agreement's three statements are literal `true`: anything else means not agreed.
      return 'required';
    default:
      return 'format';
  }
}

function periodRefusal(fields: CheckedDraft): OfferRefusal | undefined {
  const period = fields.period;
  return period && period.from > period.to ? { code: 'invalid', field: 'period.to', reason: 'order' } : undefined;
}

/** More days asked than the offer has could never match anyone: say so now, not after the round. */
function minDaysRefusal(fields: CheckedDraft): OfferRefusal | undefined {
  return fields.minDays > fields.days.length ? { code: 'invalid', field: 'minDays', reason: 'too-big' } : undefined;
}

// Every phrase of every field at once: a company fixes them in one go, not one per save.
function protectedRefusal(fields: CheckedDraft): OfferRefusal | undefined {
  const texts: Array<[field: ProtectedGroundFinding['field'], value: string | undefined, use: TextUse]> = [
    ['learnText', fields.learnText, 'description'],
    ['extraSupportKind', fields.extraSupport.kind, 'description'],
    ['otherRequirementText', fields.otherRequirementText, 'requirement'],
  ];
  const findings = texts.flatMap(([field, value, use]) =>
    value === undefined ? [] : screenRequirement(value, use).findings.map((f) => ({ field, phrase: f.phrase, grounds: [...f.grounds] })));
  return findings.length > 0 ? { code: 'protected-ground', findings } : undefined;
}
