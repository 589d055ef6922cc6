import { formatMoment } from '../format-moment.js';
import type { Handler } from '../router.js';
import { textsFor } from '../texts/index.js';
import type { Reply } from '../turn.js';
import { coordinatorOnly } from './round-dialog.js';

const text = (t: string): Reply => ({ kind: 'text', text: t });

export const showCompanyImport: Handler = coordinatorOnly(async (turn) => {
  const x = textsFor(turn.language).coordinator.companies;
  return [{ kind: 'form', form: { id: 'companies.import', title: x.importTitle, intro: x.importIntro, fields: [{ kind: 'text', id: 'csv', label: x.csv, multiline: true, maxLength: 100_000, required: { message: textsFor(turn.language).intake.required } }], actions: [{ verb: 'companies.import', label: x.import }] } }];
});

export const runCompanyImport: Handler = coordinatorOnly(async (turn, services) => {
  const x = textsFor(turn.language).coordinator.companies;
  const csv = turn.input.kind === 'submit' && typeof turn.input.values.csv === 'string' ? turn.input.values.csv : '';
  const report = await services.companies.importCsv(csv, turn.person.userId, turn.language);
  if (report.ok) return [text(report.message)];
  return [{ kind: 'form', form: { id: 'companies.import', title: x.importTitle, intro: x.importIntro, notice: { tone: 'warning', text: report.message }, fields: [{ kind: 'text', id: 'csv', label: x.csv, multiline: true, maxLength: 100_000, value: csv, required: { message: textsFor(turn.language).intake.required } }], actions: [{ verb: 'companies.import', label: x.import }] } }];
});

export const showInvite: Handler = coordinatorOnly(async (turn, services) => {
  const x = textsFor(turn.language).coordinator.companies;
  const companies = await services.companies.list();
  if (companies.length === 0) return [text(x.noCompanies)];
  return [{ kind: 'form', form: {
    id: 'companies.invite', title: x.inviteTitle, intro: x.inviteIntro,
    fields: [{ kind: 'choice', id: 'companyId', label: x.company, required: { message: textsFor(turn.language).intake.required }, value: companies[0].id, choices: companies.map((c) => ({ value: c.id, label: `${c.name} (SBB ${c.sbbNumber})` })) }],
    actions: [{ verb: 'companies.invite', label: x.createCode }],
  } }];
});

export const createInvite: Handler = coordinatorOnly(async (turn, services) => {
  const x = textsFor(turn.language).coordinator.companies;
  const companyId = turn.input.kind === 'submit' && typeof turn.input.values.companyId === 'string' ? turn.input.values.companyId : '';
  const company = (await services.companies.list()).find((c) => c.id === companyId);
  const result = await services.companies.createInvite(companyId, turn.person.userId);
  if (!result.ok || !company) return [text(x.noCompanies)];
  return [text(x.code(company.name, result.code, formatMoment(result.expiresAt, turn.language)))];
});

/** `ronde status`: companies that answered, and usable places against students per programme and work process. */
export const showStatus: Handler = coordinatorOnly(async (turn, services) => {
  const t = textsFor(turn.language);
  const x = t.coordinator.status;
  const rounds = await services.rounds.list();
  const asked = turn.input.kind === 'submit' && typeof turn.input.values.roundId === 'string' ? turn.input.values.roundId : undefined;
  const round = rounds.find((r) => r.id === asked) ?? (rounds.length === 1 ? rounds[0] : undefined);
  if (!round) {
    if (rounds.length === 0) return [text(x.noRounds)];
    return [{ kind: 'form', form: { id: 'round.status.choose', title: x.chooseRound, fields: [], actions: rounds.map((r) => ({ verb: 'round.status', label: r.name, data: { roundId: r.id }, style: 'secondary' as const })) } }];
  }
  const supply = await services.roundSupply(round.id);
  const lines = (items: typeof supply.perProgramme) => items.map((l) => ({ label: l.label, value: x.line(l.usable, l.studentsTotal, l.shortage) }));
  return [{ kind: 'form', form: {
    id: 'round.status', title: x.title(round.name), fields: [],
    sections: [
      { title: x.companies, facts: [{ label: x.companies, value: x.answered(supply.companiesAnswered, supply.companiesInvited) }] },
      { title: x.perProgramme, facts: lines(supply.perProgramme) },
      ...(supply.perWorkProcess.length ? [{ title: x.perWorkProcess, facts: lines(supply.perWorkProcess) }] : []),
    ],
    actions: [{ verb: 'round.status', label: x.refresh, data: { roundId: round.id }, style: 'secondary' }],
  } }];
});
