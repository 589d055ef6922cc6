import { companyImportText, importMessageText, studentImportText } from './import-report-text.js';
import type { DialogServices, Handler } from '../router.js';
import { textsFor } from '../texts/index.js';
import type { Reply, Turn } from '../turn.js';
import { coordinatorOnly } from './round-dialog.js';
import { userText } from '../user-text.js';

const text = (t: string): Reply => ({ kind: 'text', text: t });

/**
 * Asked by the adapters before a sent file is downloaded: only a coordinator's file is fetched at all,
 * so a stranger cannot make Koppel request a URL of their choosing. Undefined: go ahead.
 */
export async function refuseFileSender(turn: Turn, services: DialogServices): Promise<Reply[] | undefined> {
  if ((await services.roleOf(turn.person)).kind === 'coordinator') return undefined;
  const language = (await services.languagePreference(turn.person)) ?? turn.language;
  return [text(textsFor(language).fileImport.notForYou)];
}

/**
 * A CSV sent as a file: the same imports as pasting it (all or nothing, every bad line listed),
 * without the length limits of a chat's text fields. Students need their round: the only one that
 * takes students, or the coordinator chooses while the file waits.
 */
export const importSentFile: Handler = async (turn, services) => {
  if (turn.input.kind !== 'file') return [];
  if ((await services.roleOf(turn.person)).kind !== 'coordinator') return [text(textsFor(turn.language).fileImport.notForYou)];
  const { name, content } = turn.input;
  const t = textsFor(turn.language);
  const received = services.receivedFiles.kindOf(content);
  if (received.kind === 'unknown') return [text(received.problem ? t.fileImport.notReadable(name, importMessageText(received.problem, turn.language)) : t.fileImport.unknown(name))];
  if (received.kind === 'companies') return [text(companyImportText(await services.companies.importCsv(content, turn.person.userId), turn.language))];
  const rounds = (await services.rounds.list()).filter((r) => r.status === 'draft' || r.status === 'open');
  if (rounds.length === 0) return [text(t.coordinator.importStudents.noRounds)];
  if (rounds.length === 1) return [text(studentImportText(await services.importStudents(rounds[0].id, content, turn.person.userId), turn.language))];
  const fileId = await services.receivedFiles.keep(content, turn.person.userId);
  return [{ kind: 'form', form: {
    id: 'round.import.file', title: t.coordinator.importStudents.title, intro: t.fileImport.chooseRound(name), fields: [],
    actions: rounds.map((r) => ({ verb: 'round.import.file', label: userText(r.name), data: { roundId: r.id, fileId }, style: 'secondary' as const })),
  } }];
};

/** The round chosen for a file that waited: import it there. */
export const importWaitingFile: Handler = coordinatorOnly(async (turn, services) => {
  const values = turn.input.kind === 'submit' ? turn.input.values : {};
  const csv = typeof values.fileId === 'string' ? await services.receivedFiles.take(values.fileId, turn.person.userId) : undefined;
  if (csv === undefined) return [text(textsFor(turn.language).fileImport.expired)];
  return [text(studentImportText(await services.importStudents(String(values.roundId ?? ''), csv, turn.person.userId), turn.language))];
});
