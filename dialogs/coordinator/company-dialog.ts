import type { CompanyField } from '../../bot/companies/company-fields.js';
import { companyImportText, importMessageText } from './import-report-text.js';
import { formatMoment } from '../format-moment.js';
import type { Handler } from '../router.js';
import { textsFor } from '../texts/index.js';
import type { Reply } from '../turn.js';
import { coordinatorOnly } from './round-dialog.js';
import { userText } from '../user-text.js';

const text = (t: string): Reply => ({ kind: 'text', text: t });

export const showCompanyImport: Handler = coordinatorOnly(async (turn) => {
  const x = textsFor(turn.language).coordinator.companies;
  return [{ kind: 'form', form: { id: 'companies.import', title: x.importTitle, intro: x.importIntro, fields: [{ kind: 'text', id: 'csv', label: x.csv, multiline: true, maxLength: 100_000, required: { message: textsFor(turn.language).intake.required } }], actions: [{ verb: 'companies.import', label: x.import }] } }];
});

export const runCompanyImport: Handler = coordinatorOnly(async (turn, services) => {
  const x = textsFor(turn.language).coordinator.companies;
  const csv = turn.input.kind === 'submit' && typeof turn.input.values.csv === 'string' ? turn.input.values.csv : '';
  const report = await services.companies.importCsv(csv, turn.person.userId);
  const message = companyImportText(report, turn.language);
  if (report.ok) return [text(message)];
  return [{ kind: 'form', form: { id: 'companies.import', title: x.importTitle, intro: x.importIntro, notice: { tone: 'warning', text: message }, fields: [{ kind: 'text', id: 'csv', label: x.csv, multiline: true, maxLength: 100_000, value: csv, required: { message: textsFor(turn.language).intake.required } }], actions: [{ verb: 'companies.import', label: x.import }] } }];
});

function addCompanyForm(t: ReturnType<typeof textsFor>, state: { errors?: Record<string, string>; typed?: Record<string, unknown> } = {}): Reply {
  const x = t.coordinator.companies;
  const typed = (id: string) => (typeof state.typed?.[id] === 'string' ? (state.typed[id] as string) : undefined);
  const required = { message: t.intake.required };
  const field = (id: string, label: string, maxLength: number, isRequired = false) => ({ kind: 'text' as const, id, label, maxLength, value: typed(id), ...(isRequired ? { required } : {}) });
  return { kind: 'form', form: {
    id: 'companies.add', title: x.addTitle, intro: x.addIntro, errors: state.errors,
    fields: [
      field('name', x.name, 160, true), field('sbbNumber', x.sbb, 10, true), field('kvkNumber', x.kvk, 8),
      field('locationLabel', x.locationLabel, 120), field('postcode', x.postcode, 7, true), field('municipality', x.municipality, 80, true),
      field('contactEmail', x.contactEmail, 254), field('contactTeamsId', x.contactTeamsId, 200), field('contactMail', x.contactMail, 254),
    ],
    actions: [{ verb: 'companies.add', label: x.add }],
  } };
}

/** The card's input for each value of a company. */
const CARD_FIELD: Record<CompanyField, string> = {
  name: 'name', sbbNumber: 'sbbNumber', kvkNumber: 'kvkNumber', label: 'locationLabel', postcode: 'postcode',
  municipality: 'municipality', teamsId: 'contactTeamsId', email: 'contactEmail', mailContact: 'contactMail',
};

/** `bedrijf toevoegen`: one company by card, checked field by field like a line of the CSV import. */
export const showAddCompany: Handler = coordinatorOnly(async (turn) => [addCompanyForm(textsFor(turn.language))]);

export const addCompany: Handler = coordinatorOnly(async (turn, services) => {
  const t = textsFor(turn.language);
  const values = turn.input.kind === 'submit' ? turn.input.values : {};
  const text = (id: string) => (typeof values[id] === 'string' && (values[id] as string).trim() !== '' ? (values[id] as string).trim() : undefined);
  const result = await services.companies.register({
    name: text('name') ?? '', sbbNumber: text('sbbNumber') ?? '', ...(text('kvkNumber') ? { kvkNumber: text('kvkNumber') } : {}),
    location: { label: text('locationLabel'), postcode: text('postcode') ?? '', municipality: text('municipality') ?? '' },
    ...(text('contactEmail') ? { contactEmail: text('contactEmail') } : {}), ...(text('contactTeamsId') ? { contactTeamsId: text('contactTeamsId') } : {}), ...(text('contactMail') ? { contactMail: text('contactMail') } : {}),
  }, turn.person.userId);
  if (result.ok) {
    const warnings = result.warnings.map((w) => importMessageText(w.message, turn.language));
    return [{ kind: 'text', text: [t.coordinator.companies.added(userText(result.company.name)), ...warnings].join('\n\n') }];
  }
  // Each problem next to the card's field for its value (a registration's problems name their field).
  const errors = Object.fromEntries(result.problems.map((p) => [CARD_FIELD[p.column as CompanyField] ?? p.column ?? '', importMessageText(p.message, turn.language)]));
  return [addCompanyForm(t, { errors, typed: values })];
});

export const showInvite: Handler = coordinatorOnly(async (turn, services) => {
  const x = textsFor(turn.language).coordinator.companies;
  const companies = await services.companies.list();
  if (companies.length === 0) return [text(x.noCompanies)];
  return [{ kind: 'form', form: {
    id: 'companies.invite', title: x.inviteTitle, intro: x.inviteIntro,
    fields: [{ kind: 'choice', id: 'companyId', label: x.company, required: { message: textsFor(turn.language).intake.required }, value: companies[0].id, choices: companies.map((c) => ({ value: c.id, label: `${userText(c.name)} (SBB ${c.sbbNumber})` })) }],
    actions: [{ verb: 'companies.invite', label: x.createCode }],
  } }];
});

export const createInvite: Handler = coordinatorOnly(async (turn, services) => {
  const x = textsFor(turn.language).coordinator.companies;
  const companyId = turn.input.kind === 'submit' && typeof turn.input.values.companyId === 'string' ? turn.input.values.companyId : '';
  const company = (await services.companies.list()).find((c) => c.id === companyId);
  const result = await services.companies.createInvite(companyId, turn.person.userId);
  if (!result.ok || !company) return [text(x.noCompanies)];
  return [text(x.code(userText(company.name), result.code, formatMoment(result.expiresAt, turn.language)))];
});
