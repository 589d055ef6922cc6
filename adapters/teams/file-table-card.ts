// A CSV shown in a chat that cannot take a file (the local playground): not a code block cut off at
// the side, but one block per row, its first column as the heading and the others as label and
// value, so every column stays readable on any screen. Long files show their first rows.
import { parse } from 'csv-parse/sync';
import { z } from 'zod/v4';
import type { Reply } from '../../dialogs/turn.js';
import { adaptiveCard, type AdaptiveCard } from './adaptive-card.js';
import { teamsMarkdown } from './inert-markdown.js';

export const TABLE_ROWS_SHOWN = 25;
const Rows = z.array(z.array(z.string()));

function rowsOf(csv: string): string[][] | undefined {
  try {
    const delimiter = (csv.split('\n')[0].match(/;/g)?.length ?? 0) >= (csv.split('\n')[0].match(/,/g)?.length ?? 0) ? ';' : ',';
    const parsed = Rows.safeParse(parse(csv, { delimiter, bom: true, relax_column_count: true, skip_empty_lines: true }));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The card, or undefined when the content is no table (then the caller shows it as text). */
export function fileTableCard(reply: Extract<Reply, { kind: 'file' }>, moreRows: (n: number) => string): AdaptiveCard | undefined {
  const rows = rowsOf(reply.content);
  if (!rows || rows.length < 2) return undefined;
  const [header, ...body] = rows;
  const blocks = body.slice(0, TABLE_ROWS_SHOWN).map((row) => ({
    type: 'Container', separator: true, items: [
      { type: 'TextBlock', text: teamsMarkdown(`${header[0] ?? ''}: ${row[0] ?? ''}`), weight: 'Bolder', wrap: true },
      { type: 'FactSet', facts: header.slice(1).map((title, i) => ({ title: teamsMarkdown(title), value: teamsMarkdown(row[i + 1] ?? '') })).filter((f) => f.value !== '') },
    ],
  }));
  return adaptiveCard(reply.name, [
    ...(reply.description ? [{ type: 'TextBlock', text: teamsMarkdown(reply.description), wrap: true }] : []),
    ...blocks,
    ...(body.length > TABLE_ROWS_SHOWN ? [{ type: 'TextBlock', text: moreRows(body.length - TABLE_ROWS_SHOWN), wrap: true, isSubtle: true }] : []),
  ]);
}
