import { z } from 'zod/v4';
import { OrganisationSize, Requirement, Shift, Weekday } from '../../bot/domain/common.js';
import { freeText } from '../../bot/domain/free-text.js';
import type { OfferDraft } from '../../bot/offers/offer-service.js';
import type { Texts } from '../texts/index.js';

// Card values arrive as strings ("3", "mon,tue", "true"); they are checked here, field by field.
const list = z.preprocess((v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v ?? []), z.array(z.string()));
const toggle = z.preprocess((v) => v === true || v === 'true', z.boolean());
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v);

function offerSchema(t: Texts) {
  const x = t.company.offer;
  const count = (min: number, max: number) => z.coerce.number({ error: x.number(min, max) }).int(x.number(min, max)).min(min, x.number(min, max)).max(max, x.number(min, max));
  const required = z.string({ error: x.required }).trim().min(1, x.required);
  const typed = (max: number, required: boolean) => freeText({ max, multiline: true, required }, { characters: t.intake.characters, tooLong: t.intake.tooLong, required: x.required });
  const agreed = z.preprocess((v) => v === true || v === 'true', z.literal(true, { error: x.agreementRequired }));
  return z.object({
    places: z.preprocess(blankToUndefined, count(0, 50)),
    supervisionCapacity: z.preprocess(blankToUndefined, count(0, 50)),
    days: list.pipe(z.array(Weekday).min(1, x.required)),
    // Absent on a card sent before it was asked: one shared day, as before.
    minDays: z.preprocess((v) => blankToUndefined(v) ?? 1, count(1, 7)),
    shiftsNeeded: list.pipe(z.array(z.enum(Shift.options, { error: x.unknownChoice }))),
    periodFrom: z.preprocess(blankToUndefined, z.iso.date().optional()),
    periodTo: z.preprocess(blankToUndefined, z.iso.date().optional()),
    programmeCodes: list.pipe(z.array(z.string()).min(1, x.required)),
    workProcesses: list.pipe(z.array(z.string()).min(1, x.required)),
    organisationType: required,
    organisationSize: z.preprocess(blankToUndefined, z.enum(OrganisationSize.options, { error: x.unknownChoice }).optional()),
    electives: list.pipe(z.array(z.string())),
    learnText: typed(600, true),
    extraSupport: toggle,
    extraSupportKind: typed(300, false),
    locationId: required,
    allowancePerMonth: z.preprocess(blankToUndefined, count(0, 5000).optional()),
    requirements: list.pipe(z.array(Requirement)),
    otherRequirement: typed(300, false),
    placesStayFree: agreed,
    introductionIsNoSelection: agreed,
    noSubjectiveRefusal: agreed,
    actsOnDiscrimination: agreed,
  })
    .refine((v) => !v.periodFrom || !v.periodTo || v.periodFrom <= v.periodTo, { message: x.required, path: ['periodTo'] })
    .refine((v) => v.minDays <= v.days.length, { message: x.minDaysTooMany, path: ['minDays'] });
}

export type ParsedOffer = { ok: true; draft: OfferDraft } | { ok: false; errors: Record<string, string> };

export function parseOfferSubmit(values: Record<string, unknown>, t: Texts): ParsedOffer {
  const result = offerSchema(t).safeParse(values);
  if (!result.success) {
    const errors: Record<string, string> = {};
    for (const issue of result.error.issues) errors[String(issue.path[0] ?? 'places')] ??= issue.message;
    return { ok: false, errors };
  }
  const v = result.data;
  return {
    ok: true,
    draft: {
      places: v.places, supervisionCapacity: v.supervisionCapacity, days: v.days, minDays: v.minDays, shiftsNeeded: v.shiftsNeeded,
      ...(v.periodFrom && v.periodTo ? { period: { from: v.periodFrom, to: v.periodTo } } : {}),
      programmeCodes: v.programmeCodes, workProcesses: v.workProcesses, organisationType: v.organisationType,
      ...(v.organisationSize ? { organisationSize: v.organisationSize } : {}), electives: v.electives, learnText: v.learnText,
      extraSupport: { available: v.extraSupport, ...(v.extraSupport && v.extraSupportKind ? { kind: v.extraSupportKind } : {}) },
      locationId: v.locationId, ...(v.allowancePerMonth !== undefined ? { allowancePerMonth: v.allowancePerMonth } : {}),
      requirements: v.requirements, ...(v.otherRequirement ? { otherRequirementText: v.otherRequirement } : {}),
      agreement: { placesStayFree: true, introductionIsNoSelection: true, noSubjectiveRefusal: true, actsOnDiscrimination: true },
    },
  };
}
