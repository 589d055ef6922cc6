import { z } from 'zod/v4';
import { COMPANY_HEADERS } from '../companies/company-columns.js';
import { normaliseHeader } from './csv-columns.js';
import { readCsvTable } from './csv-table.js';
import type { ImportMessage } from './import-messages.js';
import { STUDENT_NUMBER_HEADERS } from './student-columns.js';
import type { WaitingItems } from '../waiting/waiting-items.js';

// A CSV a coordinator sent in the chat instead of pasting it: which import it is for (from its
// header row), and a short wait in the store (30 minutes, see WAITING_POLICY) while the coordinator
// chooses the round it belongs to; the choice may reach another Koppel process.

export type ReceivedCsv =
  | { kind: 'students' | 'companies' }
  /** Not a CSV Koppel can read, or one without the columns of either import; `problem` says why when known. */
  | { kind: 'unknown'; problem?: ImportMessage };

export function kindOfCsv(csv: string): ReceivedCsv {
  const table = readCsvTable(csv);
  if (!table.ok) return { kind: 'unknown', problem: table.problems[0]?.message };
  const headers = table.header.values.map(normaliseHeader);
  if (headers.some((h) => STUDENT_NUMBER_HEADERS.includes(h))) return { kind: 'students' };
  if (headers.some((h) => COMPANY_HEADERS.includes(h))) return { kind: 'companies' };
  return { kind: 'unknown' };
}

/** What waits: the file's text and who sent it. Files are read as text, at most a few MB. */
export const ReceivedFilePayload = z.object({ csv: z.string().max(8 * 1024 * 1024), actorId: z.string().min(1).max(200) });

/** Files waiting for a choice, by an unguessable id; only the coordinator who sent one may take it, once. */
export function createReceivedFiles(waiting: WaitingItems) {
  const files = waiting.shelf('received-file', ReceivedFilePayload);
  return {
    keep: (csv: string, actorId: string): Promise<string> => files.put(actorId, { csv, actorId }),
    async take(id: string, actorId: string): Promise<string | undefined> {
      const file = await files.take(id, actorId);
      return file?.actorId === actorId ? file.csv : undefined;
    },
  };
}
