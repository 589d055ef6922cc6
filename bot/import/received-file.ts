import { randomUUID } from 'node:crypto';
import { COMPANY_HEADERS } from '../companies/company-columns.js';
import { normaliseHeader } from './csv-columns.js';
import { readCsvTable } from './csv-table.js';
import type { Bilingual } from './import-messages.js';
import { STUDENT_NUMBER_HEADERS } from './student-columns.js';

// A CSV a coordinator sent in the chat instead of pasting it: which import it is for (from its
// header row), and a short wait in memory while the coordinator chooses the round it belongs to.

export type ReceivedCsv =
  | { kind: 'students' | 'companies' }
  /** Not a CSV Koppel can read, or one without the columns of either import; `problem` says why when known. */
  | { kind: 'unknown'; problem?: Bilingual };

export function kindOfCsv(csv: string): ReceivedCsv {
  const table = readCsvTable(csv);
  if (!table.ok) return { kind: 'unknown', problem: table.problems[0]?.message };
  const headers = table.header.values.map(normaliseHeader);
  if (headers.some((h) => STUDENT_NUMBER_HEADERS.includes(h))) return { kind: 'students' };
  if (headers.some((h) => COMPANY_HEADERS.includes(h))) return { kind: 'companies' };
  return { kind: 'unknown' };
}

export const RECEIVED_FILE_TTL_MS = 30 * 60_000;

interface Waiting { csv: string; actorId: string; until: number }

/** Files waiting for a choice, by an unguessable id; only the coordinator who sent one may take it, once. */
export function createReceivedFiles(now: () => Date, ttlMs = RECEIVED_FILE_TTL_MS) {
  const waiting = new Map<string, Waiting>();
  const prune = () => {
    for (const [id, file] of waiting) if (file.until <= now().getTime()) waiting.delete(id);
  };
  return {
    keep(csv: string, actorId: string): string {
      prune();
      const id = randomUUID();
      waiting.set(id, { csv, actorId, until: now().getTime() + ttlMs });
      return id;
    },
    take(id: string, actorId: string): string | undefined {
      prune();
      const file = waiting.get(id);
      if (!file || file.actorId !== actorId) return undefined;
      waiting.delete(id);
      return file.csv;
    },
  };
}
