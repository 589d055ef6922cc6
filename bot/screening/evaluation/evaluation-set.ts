// Loads the labelled evaluation set (the JSON files next to this one), checked with zod so a typo
// in a label fails loudly instead of skewing the figures.
import { readFileSync } from 'node:fs';
import { z } from 'zod/v4';
import { Ground, ScreenKind } from '../grounds.js';

export const LabelledText = z.strictObject({
  text: z.string().min(1).max(600),
  language: z.enum(['nl', 'en']),
  verdict: z.enum(['allow', 'refuse']),
  grounds: z.array(Ground),
}).refine((row) => (row.verdict === 'refuse') === (row.grounds.length > 0), {
  message: 'a refused text names its ground(s); an allowed one names none',
});
export type LabelledText = z.infer<typeof LabelledText>;

export interface LabelledSet {
  kind: ScreenKind;
  texts: LabelledText[];
}

const FILES: Record<ScreenKind, URL> = {
  wish: new URL('./wish-texts.json', import.meta.url),
  requirement: new URL('./requirement-texts.json', import.meta.url),
};

export function loadLabelledSet(kind: ScreenKind, file: URL = FILES[kind]): LabelledSet {
  const parsed = z.array(LabelledText).safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file.pathname}: ${z.prettifyError(parsed.error)}`);
  return { kind, texts: parsed.data };
}

export function loadEvaluationSet(): LabelledSet[] {
  return ScreenKind.options.map((kind) => loadLabelledSet(kind));
}
