// Optional yes/no columns of a student list for what a student has or is (a driving licence, a
// certificate, 16 or 18 on the internship's start): what the school already knows need not be asked
// in the intake. Never a date of birth. A VOG is arranged after the match, so it has no column.
import type { AskedRequirement } from '../domain/requirement-kinds.js';
import type { ColumnSpec } from './csv-columns.js';

export const REQUIREMENT_COLUMNS: Record<AskedRequirement, ColumnSpec> = {
  driving_licence: { names: ['rijbewijs', 'driving_licence', 'driving_license'], nameEn: 'driving_licence', required: false },
  minimum_age_16: { names: ['16_plus', '16plus', 'minimum_age_16'], nameEn: '16_plus', required: false },
  minimum_age_18: { names: ['18_plus', '18plus', 'minimum_age_18'], nameEn: '18_plus', required: false },
  safety_certificate: { names: ['vca', 'safety_certificate'], nameEn: 'vca', required: false },
  food_hygiene_certificate: { names: ['hygiene', 'voedselhygiene', 'food_hygiene', 'food_hygiene_certificate'], nameEn: 'hygiene', required: false },
};

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', 'waar', '1', 'x']);
const NO = new Set(['nee', 'n', 'no', 'false', 'onwaar', '0']);

/** `undefined`: left empty (not known; the intake asks it); `'invalid'`: anything else than yes or no. */
export function readYesNo(value: string): boolean | undefined | 'invalid' {
  const v = value.trim().toLowerCase();
  if (v === '') return undefined;
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return 'invalid';
}
