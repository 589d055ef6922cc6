import { z } from 'zod/v4';
import { IsoDate } from '../../bot/domain/common.js';
import { AFTERCARE_TEXT_MAX } from '../../bot/domain/report.js';
import { parseCaseNumber } from '../../bot/meldpunt/case-number.js';
import { hasConsent } from '../../bot/meldpunt/report-desk.js';
import type { StaffCase } from '../../bot/meldpunt/meldpunt-service.js';
import type { Form } from '../form.js';
import type { Handler } from '../router.js';
import { textsFor } from '../texts/index.js';
import type { Language, Reply, Turn } from '../turn.js';
import { userText } from '../user-text.js';
import { formatDate } from './format-date.js';

// The meldpunt staff's side: open cases, one case with what the reporter wrote (as typed text),
// and its steps: in conversation, closed with aftercare and a follow-up moment, forwarded to SBB
// (only with consent). Everyone else gets the same short refusal and sees nothing of a case.

const text = (t: string): Reply => ({ kind: 'text', text: t });
const values = (turn: Turn): Record<string, unknown> => (turn.input.kind === 'submit' ? turn.input.values : {});
const caseOf = (turn: Turn): string | undefined => {
  const raw = turn.input.kind === 'submit' ? turn.input.values.caseNumber : turn.input.kind === 'text' ? turn.input.args : undefined;
  return typeof raw === 'string' ? parseCaseNumber(raw) : undefined;
};

export const showCases: Handler = async (turn, services) => {
  const m = textsFor(turn.language).meldpunt;
  // A case number after the command opens that case at once.
  if (caseOf(turn)) return showCase(turn, services);
  const open = await services.meldpunt.openCases(turn.person);
  if (!open.ok) return [text(m.staff.onlyStaff)];
  if (open.value.length === 0) return [text(m.staff.listNone)];
  return [{
    kind: 'form', form: {
      id: 'meldpunt.cases', title: m.staff.listTitle, fields: [],
      intro: open.value.map((r) => `${r.id}: ${m.states[r.state]}, ${m.phases[r.phase]} (${formatDate(r.createdAt, turn.language)})`).join('\n'),
      actions: open.value.slice(0, 12).map((r) => ({ verb: 'meldpunt.case', label: `${m.staff.open} ${r.id}`, data: { caseNumber: r.id } })),
    },
  }];
};

export const showCase: Handler = async (turn, services) => {
  const m = textsFor(turn.language).meldpunt;
  if (!services.meldpunt.isStaff(turn.person)) return [text(m.staff.onlyStaff)];
  const caseNumber = caseOf(turn);
  const found = caseNumber ? await services.meldpunt.staffCase(turn.person, caseNumber) : undefined;
  if (!found?.ok) return [text(m.staff.refusals['unknown-case'])];
  return [{ kind: 'form', form: caseForm(found.value, turn.language) }];
};

export function caseForm({ report, reporter, companyName }: StaffCase, language: Language): Form {
  const m = textsFor(language).meldpunt;
  const s = m.staff;
  const company = companyName ?? report.companyText;
  const sbb = report.sbb.forwardedAt ? s.sbbForwarded(formatDate(report.sbb.forwardedAt, language))
    : hasConsent(report) ? s.sbbGiven : report.sbb.withdrawnAt ? s.sbbWithdrawn : s.sbbNone;
  const facts = [
    { label: s.state, value: m.states[report.state] },
    { label: s.reported, value: formatDate(report.createdAt, language) },
    { label: s.source, value: s.sources[report.source] },
    { label: s.phase, value: m.phases[report.phase] },
    ...(report.happenedOn ? [{ label: s.happenedOn, value: formatDate(report.happenedOn, language) }] : []),
    ...(company ? [{ label: s.company, value: userText(company) }] : []),
    { label: s.contactWish, value: m.contactWishes[report.contactWish] },
    ...(report.contactDetail ? [{ label: s.contactDetail, value: userText(report.contactDetail) }] : []),
    { label: s.reporter, value: reporter ? `${s.roles[reporter.role]} ${userText(reporter.label)}`.trim() : s.anonymous },
    { label: s.coordinators, value: report.coordinatorsMayKnow ? m.yes : m.no },
    { label: s.sbb, value: sbb },
    ...(report.aftercare ? [{ label: s.aftercare, value: userText(report.aftercare.note) }, { label: s.followUpOn, value: formatDate(report.aftercare.followUpOn, language) }] : []),
  ];
  const data = { caseNumber: report.id };
  return {
    id: 'meldpunt.case', title: s.caseTitle(report.id), intro: `**${s.what}:** ${userText(report.what)}`, fields: [],
    sections: [{ title: s.caseTitle(report.id), facts }],
    actions: [
      ...(report.state === 'received' ? [{ verb: 'meldpunt.case.in-conversation' as const, label: s.inConversation, data }] : []),
      ...(report.state !== 'closed' ? [{ verb: 'meldpunt.case.close.form' as const, label: s.close, data, style: 'secondary' as const }] : []),
      ...(!report.sbb.forwardedAt && hasConsent(report) ? [{ verb: 'meldpunt.case.forward' as const, label: s.forward, data, style: 'secondary' as const }] : []),
    ],
  };
}

function closeForm(language: Language, caseNumber: string, errors?: Record<string, string>): Form {
  const s = textsFor(language).meldpunt.staff;
  const required = { message: textsFor(language).meldpunt.required };
  return {
    id: 'meldpunt.case.close', title: s.closeTitle, intro: s.caseTitle(caseNumber),
    fields: [
      { kind: 'text', id: 'note', label: s.closeNote, help: s.closeNoteHelp, multiline: true, maxLength: AFTERCARE_TEXT_MAX, required },
      { kind: 'date', id: 'followUpOn', label: s.followUpMoment, required },
    ],
    actions: [{ verb: 'meldpunt.case.close', label: s.close, data: { caseNumber } }],
    ...(errors ? { errors } : {}),
  };
}

export const showClose: Handler = async (turn, services) => {
  const m = textsFor(turn.language).meldpunt;
  const caseNumber = caseOf(turn);
  if (!services.meldpunt.isStaff(turn.person)) return [text(m.staff.onlyStaff)];
  return caseNumber ? [{ kind: 'form', form: closeForm(turn.language, caseNumber) }] : [text(m.staff.refusals['unknown-case'])];
};

const CloseValues = z.object({ note: z.string().trim().min(3, 'too-short').max(AFTERCARE_TEXT_MAX, 'too-long'), followUpOn: IsoDate });

/** A staff step on a case: the reporter hears of it through the outbox, the staff member sees the case as it is now. */
function caseStep(kind: 'in-conversation' | 'close' | 'forward'): Handler {
  return async (turn, services) => {
    const m = textsFor(turn.language).meldpunt;
    if (!services.meldpunt.isStaff(turn.person)) return [text(m.staff.onlyStaff)];
    const caseNumber = caseOf(turn);
    if (!caseNumber) return [text(m.staff.refusals['unknown-case'])];
    let step: Parameters<typeof services.meldpunt.move>[2];
    if (kind === 'close') {
      const parsed = CloseValues.safeParse(values(turn));
      if (!parsed.success) {
        const message = (code: string) => (code === 'too-short' ? m.tooShort : code === 'too-long' ? m.tooLong : m.required);
        return [{ kind: 'form', form: closeForm(turn.language, caseNumber, Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), message(i.message)]))) }];
      }
      step = { kind: 'close', ...parsed.data };
    } else {
      step = { kind };
    }
    const moved = await services.meldpunt.move(turn.person, caseNumber, step);
    if (!moved.ok) return [text(m.staff.refusals[moved.reason])];
    const done = kind === 'forward' ? m.staff.forwardedDone : m.staff.moved(caseNumber, m.states[moved.value.state]);
    const found = await services.meldpunt.staffCase(turn.person, caseNumber);
    return [text(done), ...(found.ok ? [{ kind: 'form' as const, form: caseForm(found.value, turn.language) }] : [])];
  };
}

export const markInConversation = caseStep('in-conversation');
export const closeCase = caseStep('close');
export const forwardCase = caseStep('forward');
