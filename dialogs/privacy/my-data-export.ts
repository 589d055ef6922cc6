import type { PersonalData } from '../../bot/privacy/personal-data.js';
import type { Language } from '../turn.js';
import { textOf, textsFor } from '../texts/index.js';

// The readable twin of the JSON export: every section and every stored value, as plain text lines,
// so nothing in the JSON is missing here. It is a file the person downloads, never shown to others.

export function readableSummary(data: PersonalData, language: Language, at: string): string {
  const x = textsFor(language).privacy.myData;
  const lines = [x.summaryTitle, at, ''];
  for (const [section, value] of Object.entries(data)) {
    lines.push(`## ${textOf(x.sections, section) ?? section}`);
    const flat = flatten(value);
    lines.push(...(flat.length > 0 ? flat : [x.empty]), '');
  }
  return lines.join('\n');
}

function flatten(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => flatten(v, `${path}[${i + 1}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => flatten(v, path ? `${path}.${k}` : k));
  if (value === undefined) return [];
  return [`${path || '-'}: ${String(value)}`];
}
