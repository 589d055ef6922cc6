// Checks the values of one row of a student list. Every problem of the row is reported, not
// just the first, so the coordinator fixes each row once.
import type { Catalogue } from '../catalogue/index.js';
import { findProgramme } from '../catalogue/index.js';
import type { Locale, PlatformIdentity } from '../domain/common.js';
import type { Round } from '../domain/round.js';
import type { CsvRow } from './csv-table.js';
import { rowMessages } from './import-messages.js';
import type { ImportProblem } from './import-problem.js';
import { valueOf, type ColumnMap, type StudentField } from './student-columns.js';
import { ASKED_OF_STUDENT, type AskedRequirement } from '../domain/requirement-kinds.js';
import { readYesNo } from './requirement-columns.js';

/** A student as read from the file, before the import gives it an id. */
export interface NewStudent {
  /** Line in the file, to point back at the row. */
  line: number;
  roundId: string;
  studentNumber: string;
  programmeCode: string;
  /** Shown to coordinators and, after release, to the company; never used in matching. */
  displayName?: string;
  identities: PlatformIdentity[];
  /** E-mail or UPN, lowercase: linked to the Teams account when the student first writes to the bot. */
  pendingEmail?: string;
  locale: Locale;
  /** From the optional yes/no columns, when the file answers any: what the student has or is, and every requirement answered. */
  requirementsMet?: AskedRequirement[];
  requirementsAnswered?: AskedRequirement[];
}

export interface RowContext {
  round: Round;
  catalogue: Catalogue;
}

const STUDENT_NUMBER = /^[A-Za-z0-9]{1,20}$/;
const CREBO = /^\d{5}$/;
const AAD_OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Teams user ids look like 29:1AbC…; the prefix is a small number followed by a colon.
const TEAMS_USER_ID = /^\d{1,3}:[A-Za-z0-9_.:=+/-]{1,190}$/;
const EMAIL = /^[^\s@"<>,;]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;
const LANGUAGES = new Map<string, Locale>([['nl', 'nl'], ['nederlands', 'nl'], ['dutch', 'nl'], ['en', 'en'], ['engels', 'en'], ['english', 'en']]);

type Check<T> = { value: T } | { problem: Omit<ImportProblem, 'line' | 'column'>; field: StudentField };

/** The values that must be unique in a round, as far as they are valid on their own. */
export interface RowKeys {
  line: number;
  studentNumber?: string;
  teamsId?: string;
  email?: string;
}

export interface RowResult {
  keys: RowKeys;
  student?: NewStudent;
  problems: ImportProblem[];
}

export function readStudentRow(row: CsvRow, columns: ColumnMap, context: RowContext): RowResult {
  const get = (field: StudentField) => valueOf(row, columns, field);
  const checks = {
    studentNumber: checkStudentNumber(get('studentNumber')),
    programmeCode: checkProgramme(get('programme'), context),
    teamsId: checkTeamsId(get('teamsId')),
    email: checkEmail(get('email')),
    name: checkName(get('name')),
    language: checkLanguage(get('language')),
  };
  const answerChecks = ASKED_OF_STUDENT.map((r) => [r, checkYesNo(r, get(r), columns[r]?.header ?? r)] as const);
  const valid = <T>(check: Check<T>): T | undefined => ('value' in check ? check.value : undefined);
  const keys = { line: row.line, studentNumber: valid(checks.studentNumber), teamsId: valid(checks.teamsId), email: valid(checks.email) };
  const problems: ImportProblem[] = [...Object.values(checks), ...answerChecks.map(([, check]) => check)].flatMap((check) =>
    'problem' in check ? [{ line: row.line, column: columns[check.field]?.header ?? check.field, ...check.problem }] : []);
  if (!get('teamsId') && !get('email')) {
    problems.push({ line: row.line, code: 'identity-missing', message: rowMessages.identityMissing() });
  }
  if (problems.length > 0) return { keys, problems };
  // No problems: every check holds a value.
  const v = <T>(check: Check<T>): T => (check as { value: T }).value;
  const values = {
    studentNumber: v(checks.studentNumber), programmeCode: v(checks.programmeCode), teamsId: v(checks.teamsId),
    email: v(checks.email), name: v(checks.name), language: v(checks.language),
    answers: answerChecks.flatMap(([r, check]) => {
      const answer = v(check);
      return answer === undefined ? [] : [[r, answer] as const];
    }),
  };
  return { keys, student: buildStudent(row.line, context.round.id, values), problems };
}

interface RowValues {
  studentNumber: string;
  programmeCode: string;
  teamsId?: string;
  email?: string;
  name?: string;
  language: Locale;
  answers: ReadonlyArray<readonly [AskedRequirement, boolean]>;
}

function buildStudent(line: number, roundId: string, values: RowValues): NewStudent {
  return {
    line,
    roundId,
    studentNumber: values.studentNumber,
    programmeCode: values.programmeCode,
    ...(values.name !== undefined ? { displayName: values.name } : {}),
    identities: values.teamsId !== undefined ? [{ platform: 'teams', userId: values.teamsId }] : [],
    ...(values.email !== undefined ? { pendingEmail: values.email } : {}),
    locale: values.language,
    ...(values.answers.length > 0 ? {
      requirementsMet: values.answers.filter(([, yes]) => yes).map(([r]) => r),
      requirementsAnswered: values.answers.map(([r]) => r),
    } : {}),
  };
}

function checkStudentNumber(value: string): Check<string> {
  if (value === '') return { field: 'studentNumber', problem: { code: 'student-number', message: rowMessages.studentNumberMissing() } };
  if (!STUDENT_NUMBER.test(value)) return { field: 'studentNumber', problem: { code: 'student-number', message: rowMessages.studentNumberInvalid(value) } };
  return { value };
}

function checkProgramme(value: string, { round, catalogue }: RowContext): Check<string> {
  const fail = (code: ImportProblem['code'], message: ImportProblem['message']): Check<string> => ({ field: 'programme', problem: { code, message } });
  if (value === '') return fail('programme', rowMessages.programmeMissing());
  if (!CREBO.test(value)) return fail('programme', rowMessages.programmeInvalid(value));
  if (!round.programmeCodes.includes(value)) return fail('programme-not-in-round', rowMessages.programmeNotInRound(value, round.programmeCodes));
  if (findProgramme(catalogue, value) === undefined) return fail('programme-not-in-catalogue', rowMessages.programmeNotInCatalogue(value));
  return { value };
}

function checkTeamsId(value: string): Check<string | undefined> {
  if (value === '') return { value: undefined };
  // Teams gives Azure AD object ids in lowercase; storing them so lets the lookup compare exactly.
  if (AAD_OBJECT_ID.test(value)) return { value: value.toLowerCase() };
  if (TEAMS_USER_ID.test(value)) return { value };
  return { field: 'teamsId', problem: { code: 'teams-id', message: rowMessages.teamsIdInvalid(value) } };
}

function checkEmail(value: string): Check<string | undefined> {
  if (value === '') return { value: undefined };
  if (value.length > 254 || !EMAIL.test(value)) return { field: 'email', problem: { code: 'email', message: rowMessages.emailInvalid(value) } };
  return { value: value.toLowerCase() };
}

function checkName(raw: string): Check<string | undefined> {
  // A cell typed with Alt+Enter in Excel holds a line break; a name reads as one line.
  const value = raw.replace(/\s+/g, ' ');
  if (value === '') return { value: undefined };
  if (value.length > 120 || /\p{Cc}/u.test(value)) return { field: 'name', problem: { code: 'name', message: rowMessages.nameInvalid() } };
  return { value };
}

function checkYesNo(requirement: AskedRequirement, value: string, column: string): Check<boolean | undefined> {
  const answer = readYesNo(value);
  if (answer === 'invalid') return { field: requirement, problem: { code: 'yes-no', message: rowMessages.yesNoInvalid(column, value) } };
  return { value: answer };
}

function checkLanguage(value: string): Check<Locale> {
  if (value === '') return { value: 'nl' };
  const locale = LANGUAGES.get(value.toLowerCase());
  if (locale === undefined) return { field: 'language', problem: { code: 'language', message: rowMessages.languageInvalid(value) } };
  return { value: locale };
}
