import { z } from 'zod/v4';
import type { Report } from '../../bot/domain/report.js';
import type { Form } from '../form.js';
import { ReportInput } from '../../bot/meldpunt/report-input.js';
import { parseCaseNumber } from '../../bot/meldpunt/case-number.js';
import type { Handler } from '../router.js';
import { textsFor } from '../texts/index.js';
import type { Language, Reply, Turn } from '../turn.js';
import { formatDate } from './format-date.js';
import { consentForm, reportForm } from './report-form.js';

// Reporting to the meldpunt, for anyone who has the app: the card, the case number and who will
// handle it, the separate question about SBB, and the reporter's own cases.

const Source = z.enum(['command', 'check-in', 'problem']).catch('command');
const text = (t: string): Reply => ({ kind: 'text', text: t });
const values = (turn: Turn): Record<string, unknown> => (turn.input.kind === 'submit' ? turn.input.values : {});
const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const yes = z.preprocess((v) => v === 'yes' || v === true || v === 'true', z.boolean());

/** The card's values as strings, so a refused card comes back as it was filled in. */
function typed(raw: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(['what', 'phase', 'happenedOn', 'company', 'companyText', 'contactWish', 'contactDetail', 'anonymous', 'coordinatorsMayKnow']
    .filter((k) => typeof raw[k] === 'string').map((k) => [k, raw[k] as string]));
}

export const showReport: Handler = async (turn, services) => {
  const source = Source.parse(values(turn).source);
  const role = await services.roleOf(turn.person);
  return [{ kind: 'form', form: reportForm(turn.language, { ownCompany: role.kind === 'student', source }) }];
};

export const sendReport: Handler = async (turn, services) => {
  const m = textsFor(turn.language).meldpunt;
  const raw = values(turn);
  const source = Source.parse(raw.source);
  const role = await services.roleOf(turn.person);
  const refused = (errors: Record<string, string>): Reply[] => [{ kind: 'form', form: reportForm(turn.language, { ownCompany: role.kind === 'student', source, values: typed(raw), errors }) }];
  const parsed = ReportInput.safeParse({
    phase: blank(raw.phase), what: blank(raw.what), happenedOn: blank(raw.happenedOn), company: blank(raw.company) ?? 'none', companyText: blank(raw.companyText),
    contactWish: blank(raw.contactWish) ?? 'none', contactDetail: blank(raw.contactDetail),
    anonymous: raw.anonymous === undefined ? true : yes.parse(raw.anonymous), coordinatorsMayKnow: yes.parse(raw.coordinatorsMayKnow),
  });
  if (!parsed.success) {
    const message = (code: string) => (code === 'too-short' ? m.tooShort : code === 'too-long' ? m.tooLong : m.required);
    return refused(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), message(i.message)])));
  }
  const filed = await services.meldpunt.file(turn.person, parsed.data, source);
  if (!filed.ok) return filed.reason === 'too-many' ? [text(m.tooMany)] : refused({ company: m.noOwnCompany });
  const { report } = filed;
  return [
    text(`${m.received(report.id)}\n\n${report.anonymous ? m.whoHandlesAnonymous : m.whoHandles}`),
    { kind: 'form', form: consentForm(turn.language, report.id) },
  ];
};

export const answerConsent: Handler = async (turn, services) => {
  const m = textsFor(turn.language).meldpunt;
  const raw = values(turn);
  const caseNumber = typeof raw.caseNumber === 'string' ? parseCaseNumber(raw.caseNumber) : undefined;
  if (!caseNumber) return [text(m.unknownCase)];
  const give = raw.give === 'yes';
  const result = await services.meldpunt.setConsent(turn.person, caseNumber, give);
  if (result.ok) return [text(give ? m.consentGiven(caseNumber) : m.consentWithdrawn(caseNumber))];
  // Saying no to a report that never had consent is simply the answer it already was.
  if (result.reason === 'already') return [text(give ? m.consentAlready : m.consentWithdrawn(caseNumber))];
  return [text(result.reason === 'forwarded' ? m.consentForwarded : m.unknownCase)];
};

export const showOwnReports: Handler = async (turn, services) => {
  const m = textsFor(turn.language).meldpunt;
  const cases = await services.meldpunt.ownCases(turn.person);
  if (cases.length === 0) return [text(m.ownNone)];
  return [{ kind: 'form', form: ownCasesForm(turn.language, cases) }];
};

function ownCasesForm(language: Language, cases: readonly Report[]): Form {
  const m = textsFor(language).meldpunt;
  return {
    id: 'meldpunt.own', title: m.ownTitle, fields: [],
    intro: cases.map((c) => m.ownLine(c.id, m.states[c.state], formatDate(c.createdAt, language))).join('\n'),
    // Consent can change until the report is forwarded.
    actions: cases.filter((c) => !c.sbb.forwardedAt).slice(0, 5).map((c) => {
      const given = c.sbb.givenAt !== undefined && c.sbb.withdrawnAt === undefined;
      return { verb: 'meldpunt.consent', label: given ? m.withdraw(c.id) : m.give(c.id), data: { caseNumber: c.id, give: given ? 'no' : 'yes' }, style: 'secondary' as const };
    }),
  };
}
