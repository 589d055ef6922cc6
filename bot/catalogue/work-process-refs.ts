// A work process is its qualification (crebo) and its code together: `90001/B1-K1-W1`. Codes alone
// collide (Verzorgende-IG and Kok both have a B1-K1-W1), so forms, offers, the core's input and
// every text use the reference, and show the title rather than the code.
//
// Stored data from before held bare codes. A student has one programme, so their bare codes are
// already unambiguous and stay as they are. An offer's bare code is read as belonging to each of the
// offer's programmes that has it: the old form gave the same value to each of those boxes, so that
// is exactly what the company's tick meant. Reading it so at this one boundary serves the lowdb file
// and PostgreSQL rows alike without rewriting them; the next save of the offer stores references.
import { qualificationOf, workProcessCodeOf, workProcessRef, WORK_PROCESS_SEPARATOR } from '../../matching/index.js';
import type { Catalogue, Programme, WorkProcess } from './programme.js';
import { workProcessesOf, type Lang } from './load-catalogue.js';

export { qualificationOf, workProcessCodeOf, workProcessRef };

export function isWorkProcessRef(value: string): boolean {
  return value.includes(WORK_PROCESS_SEPARATOR);
}

/** Every work process of these programmes, as references, in qualification-file order. */
export function workProcessRefsOf(programme: Programme): string[] {
  return workProcessesOf(programme).map((wp) => workProcessRef(programme.code, wp.code));
}

/** A student's chosen work processes as references: their codes are of their own programme. */
export function studentWorkProcessRefs(programmeCode: string, codes: readonly string[]): string[] {
  return codes.map((code) => (isWorkProcessRef(code) ? code : workProcessRef(programmeCode, code)));
}

/** An offer's work processes as references; bare codes from before are read as described above. */
export function offerWorkProcessRefs(
  offer: { workProcesses: readonly string[]; programmeCodes?: readonly string[] },
  catalogue?: Pick<Catalogue, 'programmes'>,
): string[] {
  const refs = offer.workProcesses.flatMap((value) => {
    if (isWorkProcessRef(value)) return [value];
    const programmes = offer.programmeCodes ?? [];
    const having = catalogue === undefined ? programmes : programmes.filter((code) => hasCode(catalogue, code, value));
    return having.map((code) => workProcessRef(code, value));
  });
  return [...new Set(refs)];
}

function hasCode(catalogue: Pick<Catalogue, 'programmes'>, programmeCode: string, code: string): boolean {
  const programme = catalogue.programmes.find((p) => p.code === programmeCode);
  return programme !== undefined && workProcessesOf(programme).some((wp) => wp.code === code);
}

/** Looks in the catalogue, or in just the programmes a view carries (e.g. a round's). */
export function findWorkProcess(catalogue: Pick<Catalogue, 'programmes'>, ref: string): { programme: Programme; workProcess: WorkProcess } | undefined {
  const programme = catalogue.programmes.find((p) => p.code === qualificationOf(ref));
  const code = workProcessCodeOf(ref);
  const workProcess = programme && workProcessesOf(programme).find((wp) => wp.code === code);
  return programme && workProcess ? { programme, workProcess } : undefined;
}

/** "Biedt persoonlijke verzorging (B1-K1-W3)"; the reference itself when the catalogue has no such work process. */
export function workProcessTitle(catalogue: Pick<Catalogue, 'programmes'>, ref: string, lang: Lang): string {
  const found = findWorkProcess(catalogue, ref);
  if (!found) return ref;
  const title = lang === 'en' ? (found.workProcess.titleEn ?? found.workProcess.title) : found.workProcess.title;
  return `${title} (${found.workProcess.code})`;
}

/** The programme's name, for headings above its work processes. */
export function programmeName(programme: Programme, lang: Lang): string {
  return lang === 'en' ? programme.nameEn : programme.name;
}
