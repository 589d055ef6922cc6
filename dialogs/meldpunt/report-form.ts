import { CONTACT_WISHES, REPORT_PHASES, REPORT_TEXT_MAX, type Report } from '../../bot/domain/report.js';
import type { Form, FormAction } from '../form.js';
import { textsFor } from '../texts/index.js';
import type { Language } from '../turn.js';

// The short card of a report: what, when, in which phase, which company, whether and how to be
// contacted, and anonymous or named. Consent for SBB is asked apart, after the report is in.

export interface ReportFormOptions {
  /** A student with a place: "my internship company" is offered, and Koppel fills in which. */
  ownCompany: boolean;
  source: Report['source'];
  values?: Record<string, string>;
  errors?: Record<string, string>;
}

export function reportForm(language: Language, { ownCompany, source, values = {}, errors }: ReportFormOptions): Form {
  const m = textsFor(language).meldpunt;
  const required = { message: m.required };
  const companies = (ownCompany ? (['own', 'other', 'none'] as const) : (['other', 'none'] as const)).map((value) => ({ value, label: m.companies[value] }));
  return {
    id: 'meldpunt.report', title: m.formTitle, intro: m.formIntro,
    fields: [
      { kind: 'text', id: 'what', label: m.what, help: m.whatHelp, multiline: true, maxLength: REPORT_TEXT_MAX, required, value: values.what },
      { kind: 'choice', id: 'phase', label: m.phase, style: 'expanded', required, choices: REPORT_PHASES.map((p) => ({ value: p, label: m.phases[p] })), value: values.phase ?? (source === 'check-in' ? 'internship' : undefined) },
      { kind: 'date', id: 'happenedOn', label: m.happenedOn, value: values.happenedOn },
      { kind: 'choice', id: 'company', label: m.company, style: 'expanded', choices: companies, value: values.company ?? (ownCompany && source !== 'command' ? 'own' : 'none') },
      { kind: 'text', id: 'companyText', label: m.companyText, maxLength: 200, value: values.companyText },
      { kind: 'choice', id: 'contactWish', label: m.contactWish, style: 'expanded', required, choices: CONTACT_WISHES.map((w) => ({ value: w, label: m.contactWishes[w] })), value: values.contactWish ?? 'none' },
      { kind: 'text', id: 'contactDetail', label: m.contactDetail, maxLength: 200, value: values.contactDetail },
      { kind: 'choice', id: 'anonymous', label: m.anonymous, style: 'expanded', required, choices: [{ value: 'yes', label: m.anonymousChoices.yes }, { value: 'no', label: m.anonymousChoices.no }], value: values.anonymous ?? 'yes' },
      { kind: 'choice', id: 'coordinatorsMayKnow', label: m.coordinatorsMayKnow, style: 'expanded', choices: [{ value: 'no', label: m.no }, { value: 'yes', label: m.yes }], value: values.coordinatorsMayKnow ?? 'no' },
    ],
    actions: [{ verb: 'meldpunt.report', label: m.send, data: { source } }],
    ...(errors ? { errors } : {}),
  };
}

/** Consent for SBB, asked on its own card once the report is in. */
export function consentForm(language: Language, caseNumber: string): Form {
  const m = textsFor(language).meldpunt;
  return {
    id: 'meldpunt.consent', title: m.consentTitle, intro: m.consentIntro, fields: [],
    actions: [
      { verb: 'meldpunt.consent', label: m.consentYes, data: { caseNumber, give: 'yes' } },
      { verb: 'meldpunt.consent', label: m.consentNo, data: { caseNumber, give: 'no' }, style: 'secondary' },
    ],
  };
}

/** The button that opens the report card, for the result card, help and every check-in. */
export function reportAction(language: Language, source: Report['source']): FormAction {
  return { verb: 'meldpunt.form', label: textsFor(language).meldpunt.report, data: { source }, style: 'secondary' as const };
}
