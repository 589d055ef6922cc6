import { randomInt } from 'node:crypto';

// Case numbers are short enough to read out on the phone and random, so that a number says nothing
// about when or by whom a case was reported, nor how many cases a school has.

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'; // no 0/O, 1/I: read out without confusion

export function newCaseNumber(random: (max: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += ALPHABET[random(ALPHABET.length)];
  return `M-${code}`;
}

export const CASE_NUMBER_PATTERN = /^M-[2-9A-HJ-NP-Z]{6}$/;

/** A case number as someone types it (lower case, spaces, without `M-`), or undefined. */
export function parseCaseNumber(text: string): string | undefined {
  const compact = text.trim().toUpperCase().replace(/\s+/g, '');
  const withPrefix = compact.startsWith('M-') ? compact : `M-${compact}`;
  return CASE_NUMBER_PATTERN.test(withPrefix) ? withPrefix : undefined;
}
