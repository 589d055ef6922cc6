// The programme catalogue: which programmes (opleidingen) a school runs, and for each one the
// core tasks and work processes of its qualification file, the types of organisation a student
// can be placed at, and its electives. Students and companies choose from these lists, so the
// matching core compares codes instead of free text.
import { z } from 'zod/v4';

export const WORK_PROCESS_CODE = /^[BP]\d-K\d-W\d+$/;
export const CORE_TASK_CODE = /^[BP]\d-K\d$/;
export const CREBO_CODE = /^\d{5}$/;
export const ELECTIVE_CODE = /^K\d{4}$/;
export const LABEL_CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = z.string().trim().min(1, { error: 'must not be empty' });

/** Quotes the offending value so a coordinator can find it in their file. */
function shown(input: unknown): string {
  return typeof input === 'string' ? `'${input}'` : JSON.stringify(input) ?? String(input);
}

function codeLike(pattern: RegExp, what: string) {
  return z.string().regex(pattern, { error: (issue) => `${shown(issue.input)} is not ${what}` });
}

// ---- Checks across items -------------------------------------------------------------------
// Zod skips refinements once anything inside has failed. These run regardless, so a school
// sees every problem of its file in one pass; that is also why they read the value
// defensively instead of trusting its type.

type Path = (string | number)[];
type RefineContext = Pick<z.RefinementCtx, 'addIssue'>;

function alwaysRun<T>(refine: (value: unknown, ctx: RefineContext) => void): z.core.$ZodCheck<T> {
  const check = z.superRefine<T>((value, ctx) => refine(value, ctx));
  check._zod.def.when = () => true;
  return check;
}

function listAt(value: unknown, key: string): unknown[] {
  const list = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return Array.isArray(list) ? list : [];
}

function codeOf(item: unknown): string | undefined {
  const code = typeof item === 'object' && item !== null ? (item as Record<string, unknown>).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

export interface Duplicate {
  index: number;
  firstIndex: number;
  key: string;
}

/** Every key that was already seen, with the index of its first occurrence; undefined keys are skipped. */
export function findDuplicates(keys: readonly (string | undefined)[]): Duplicate[] {
  const seen = new Map<string, number>();
  const duplicates: Duplicate[] = [];
  keys.forEach((key, index) => {
    if (key === undefined) return;
    const firstIndex = seen.get(key);
    if (firstIndex === undefined) seen.set(key, index);
    else duplicates.push({ index, firstIndex, key });
  });
  return duplicates;
}

function reportDuplicates(ctx: RefineContext, keys: (string | undefined)[], pathOf: (i: number) => Path, what: string): void {
  for (const dup of findDuplicates(keys)) {
    ctx.addIssue({
      code: 'custom',
      path: pathOf(dup.index),
      message: `${what} '${dup.key}' appears more than once`,
      // Relative to the schema that found it; describe-issues makes it absolute for the message.
      params: { firstAt: pathOf(dup.firstIndex), depth: pathOf(dup.index).length },
    });
  }
}

/** The code carries the qualification file's structure: W-codes start with their K-code. */
function workProcessesBelongToTask(task: unknown, ctx: RefineContext): void {
  const taskCode = codeOf(task);
  if (taskCode === undefined || !CORE_TASK_CODE.test(taskCode)) return;
  listAt(task, 'workProcesses').forEach((wp, index) => {
    const code = codeOf(wp);
    // A malformed code already has its own problem; one message per mistake is enough.
    if (code === undefined || !WORK_PROCESS_CODE.test(code) || code.startsWith(`${taskCode}-`)) return;
    ctx.addIssue({
      code: 'custom',
      path: ['workProcesses', index, 'code'],
      message: `'${code}' does not belong to core task ${taskCode} (it should start with ${taskCode}-)`,
    });
  });
}

/** Work processes are what students and offers share, so one code must mean one thing. */
function codesUniqueInProgramme(programme: unknown, ctx: RefineContext): void {
  const tasks = listAt(programme, 'coreTasks');
  reportDuplicates(ctx, tasks.map(codeOf), (i) => ['coreTasks', i, 'code'], 'core task');
  const flat = tasks.flatMap((task, t) =>
    listAt(task, 'workProcesses').map((wp, w) => ({ code: codeOf(wp), path: ['coreTasks', t, 'workProcesses', w, 'code'] })),
  );
  reportDuplicates(ctx, flat.map((x) => x.code), (i) => flat[i].path, 'work process');
  for (const [key, what] of [['organisationTypes', 'organisation type'], ['electives', 'elective']]) {
    reportDuplicates(ctx, listAt(programme, key).map(codeOf), (i) => [key, i, 'code'], what);
  }
}

// ---- Schemas -------------------------------------------------------------------------------

export const WorkProcessSchema = z.strictObject({
  code: codeLike(WORK_PROCESS_CODE, 'a work-process code like B1-K1-W1'),
  title: text,
  titleEn: text.optional(),
});

export const CoreTaskSchema = z
  .strictObject({
    code: codeLike(CORE_TASK_CODE, 'a core-task code like B1-K1'),
    title: text,
    titleEn: text.optional(),
    workProcesses: z.array(WorkProcessSchema).min(1, { error: 'needs at least one work process' }),
  })
  .check(alwaysRun(workProcessesBelongToTask));

/** A code from a controlled list with its Dutch label (what users see) and English label. */
export const LabelSchema = z.strictObject({
  code: codeLike(LABEL_CODE, 'a code of lowercase letters, digits and dashes like verpleeghuis'),
  label: text,
  labelEn: text,
});

export const ElectiveSchema = z.strictObject({
  code: codeLike(ELECTIVE_CODE, 'an elective code like K0123'),
  title: text,
  titleEn: text.optional(),
});

const levelError = 'must be a level from 1 to 4';

export const ProgrammeSchema = z
  .strictObject({
    code: codeLike(CREBO_CODE, 'a crebo number of 5 digits like 25491'),
    name: text,
    nameEn: text,
    level: z.number().int({ error: levelError }).min(1, { error: levelError }).max(4, { error: levelError }),
    sector: LabelSchema,
    organisationTypes: z.array(LabelSchema).min(1, { error: 'needs at least one type of organisation' }),
    electives: z.array(ElectiveSchema).default([]),
    coreTasks: z.array(CoreTaskSchema).min(1, { error: 'needs at least one core task' }),
  })
  .check(alwaysRun(codesUniqueInProgramme));

export const CatalogueSchema = z
  .strictObject({
    // Shown to coordinators, so a school never mistakes the example set for its own.
    description: text,
    isExample: z.boolean(),
    version: text,
    year: z.number().int().min(2000).max(2100),
    programmes: z.array(ProgrammeSchema).min(1, { error: 'needs at least one programme' }),
  })
  .check(
    alwaysRun((catalogue, ctx) => {
      reportDuplicates(ctx, listAt(catalogue, 'programmes').map(codeOf), (i) => ['programmes', i, 'code'], 'crebo');
    }),
  );

export type WorkProcess = z.infer<typeof WorkProcessSchema>;
export type CoreTask = z.infer<typeof CoreTaskSchema>;
export type Label = z.infer<typeof LabelSchema>;
export type OrganisationType = Label;
export type Sector = Label;
export type Elective = z.infer<typeof ElectiveSchema>;
export type Programme = z.infer<typeof ProgrammeSchema>;
export type Catalogue = z.infer<typeof CatalogueSchema>;
