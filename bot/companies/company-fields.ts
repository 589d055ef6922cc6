// Checks the values that describe one company location and its contact, wherever they come from:
// a CSV row or the registration card. Each field is checked on its own, so every problem shows at once.
import type { Gazetteer } from '../geo/gazetteer.js';
import { rowMessages } from '../import/import-messages.js';
import { companyValueMessages as m, companyWarningMessages } from '../import/import-messages.js';
import type { CompanyProblemCode, ImportProblem } from './company-problem.js';

export type CompanyField = 'name' | 'sbbNumber' | 'kvkNumber' | 'label' | 'postcode' | 'municipality' | 'teamsId' | 'email' | 'mailContact';

export type RawFields = Record<CompanyField, string>;

export const DEFAULT_LOCATION_LABEL = 'Hoofdlocatie';

export interface FieldValues {
  name: string;
  sbbNumber: string;
  kvkNumber?: string;
  label: string;
  postcodeArea: string;
  municipality: string;
  teamsId?: string;
  email?: string;
  /** A contact outside Teams and Slack, reached by e-mail with a personal link. */
  mailContact?: string;
}

/** A problem before it is placed: the CSV names the column and line, the card the input field. */
export interface FieldProblem {
  field: CompanyField;
  code: CompanyProblemCode;
  message: ImportProblem['message'];
}

export interface FieldsResult {
  /** Every value that is valid on its own, also when other fields have problems. */
  valid: Partial<FieldValues>;
  problems: FieldProblem[];
  warnings: FieldProblem[];
}

const SBB = /^\d{6,10}$/;
const KVK = /^\d{8}$/;
// "3011 AB", "3011AB" or "3011": only the four digits take part in travel estimates.
const POSTCODE = /^([1-9]\d{3})\s?(?:[A-Za-z]{2})?$/;
const AAD_OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Teams user ids look like 29:1AbC…; the prefix is a small number followed by a colon.
const TEAMS_USER_ID = /^\d{1,3}:[A-Za-z0-9_.:=+/-]{1,190}$/;
const EMAIL = /^[^\s@"<>,;]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

type Check<T> = { value: T } | { problem: Omit<FieldProblem, 'field'> };
const fail = (code: CompanyProblemCode, message: ImportProblem['message']): Check<never> => ({ problem: { code, message } });

export function checkFields(raw: RawFields, gazetteer: Gazetteer): FieldsResult {
  const checks: { [K in CompanyField]: Check<unknown> } = {
    name: checkText(raw.name, 160, 'company-name', m.nameMissing(), m.nameInvalid()),
    sbbNumber: checkSbb(raw.sbbNumber),
    kvkNumber: checkKvk(raw.kvkNumber),
    label: raw.label.trim() === '' ? { value: DEFAULT_LOCATION_LABEL } : checkText(raw.label, 120, 'location-label', m.labelInvalid(), m.labelInvalid()),
    postcode: checkPostcode(raw.postcode),
    municipality: checkText(raw.municipality, 80, 'municipality', m.municipalityMissing(), m.municipalityInvalid()),
    teamsId: checkTeamsId(raw.teamsId),
    email: checkEmail(raw.email),
    mailContact: checkEmail(raw.mailContact ?? ''),
  };
  const problems: FieldProblem[] = [];
  const valid: Record<string, unknown> = {};
  for (const [field, check] of Object.entries(checks) as Array<[CompanyField, Check<unknown>]>) {
    if ('problem' in check) problems.push({ field, ...check.problem });
    else if (check.value !== undefined) valid[field === 'postcode' ? 'postcodeArea' : field] = check.value;
  }
  const place = typeof valid.municipality === 'string' ? placeIn(valid.municipality, gazetteer) : undefined;
  if (place) valid.municipality = place.name;
  const postcode = typeof valid.postcodeArea === 'string' ? valid.postcodeArea : undefined;
  // A postcode in another town places the location there; the municipality is trusted (see the gazetteer).
  const elsewhere = place?.known && postcode && !gazetteer.postcodeFits(postcode, place.name) ? gazetteer.nearestMunicipality(postcode) : undefined;
  const warnings: FieldProblem[] = [
    ...(place && !place.known ? [{ field: 'municipality' as const, code: 'municipality-unknown' as const, message: companyWarningMessages.municipalityUnknown(place.name) }] : []),
    ...(elsewhere && postcode && place ? [{ field: 'postcode' as const, code: 'postcode-elsewhere' as const, message: companyWarningMessages.postcodeElsewhere(postcode, elsewhere, place.name) }] : []),
  ];
  return { valid: valid as Partial<FieldValues>, problems, warnings };
}

/** All values, when the fields had no problems. */
export function completeValues(result: FieldsResult): FieldValues | undefined {
  const { name, sbbNumber, label, postcodeArea, municipality } = result.valid;
  if (result.problems.length > 0 || !name || !sbbNumber || !label || !postcodeArea || !municipality) return undefined;
  return { ...result.valid, name, sbbNumber, label, postcodeArea, municipality };
}

// The gazetteer's spelling when it knows the place, so "rotterdam" and "Rotterdam" are one place.
function placeIn(municipality: string, gazetteer: Gazetteer): { name: string; known: boolean } {
  // A former name (a merged municipality) becomes the current one, so travel is estimated from there.
  const name = gazetteer.canonicalName(municipality);
  return name ? { name, known: true } : { name: municipality, known: false };
}

function checkText(raw: string, max: number, code: CompanyProblemCode, missing: ImportProblem['message'], invalid: ImportProblem['message']): Check<string> {
  // A cell typed with Alt+Enter in Excel holds a line break; a name reads as one line.
  const value = raw.replace(/\s+/g, ' ').trim();
  if (value === '') return fail(code, missing);
  if (value.length > max || /\p{Cc}/u.test(value)) return fail(code, invalid);
  return { value };
}

function checkSbb(raw: string): Check<string> {
  const value = raw.replace(/\s+/g, '');
  if (value === '') return fail('sbb-number', m.sbbMissing());
  return SBB.test(value) ? { value } : fail('sbb-number', m.sbbInvalid(raw.trim()));
}

function checkKvk(raw: string): Check<string | undefined> {
  // KvK numbers are often written in groups: "1234 5678".
  const value = raw.replace(/\s+/g, '');
  if (value === '') return { value: undefined };
  return KVK.test(value) ? { value } : fail('kvk-number', m.kvkInvalid(raw.trim()));
}

function checkPostcode(raw: string): Check<string> {
  const value = raw.trim();
  if (value === '') return fail('postcode', m.postcodeMissing());
  const match = POSTCODE.exec(value);
  return match ? { value: match[1] } : fail('postcode', m.postcodeInvalid(value));
}

function checkTeamsId(raw: string): Check<string | undefined> {
  const value = raw.trim();
  if (value === '') return { value: undefined };
  // Teams gives Azure AD object ids in lowercase; storing them so lets the lookup compare exactly.
  if (AAD_OBJECT_ID.test(value)) return { value: value.toLowerCase() };
  if (TEAMS_USER_ID.test(value)) return { value };
  return fail('teams-id', rowMessages.teamsIdInvalid(value));
}

function checkEmail(raw: string): Check<string | undefined> {
  const value = raw.trim();
  if (value === '') return { value: undefined };
  if (value.length > 254 || !EMAIL.test(value)) return fail('email', rowMessages.emailInvalid(value));
  return { value: value.toLowerCase() };
}
