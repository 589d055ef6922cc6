import type { Round } from './domain/round.js';

/** Whom to ask about a round: its own contact person, else the school-wide SCHOOL_CONTACT as written. */
export type ContactInfo =
  | { kind: 'person'; name: string; email?: string; phone?: string }
  | { kind: 'text'; text: string };

export function contactOf(round: Pick<Round, 'contact'> | undefined, fallback: string | undefined): ContactInfo | undefined {
  if (round?.contact) return { kind: 'person', ...round.contact };
  return fallback ? { kind: 'text', text: fallback } : undefined;
}
