import { RETENTION_KINDS, type RetentionKind } from '../domain/retention-kind.js';
import type { Round } from '../domain/round.js';

// The one source of how long Koppel keeps what: the intake's promise, the privacy page, the list of
// upcoming deletions and the scheduled pass all read these periods and this rule, so what a student
// is told and what happens cannot drift apart.

export type RetentionPolicy = Readonly<Record<RetentionKind, number>>;

/**
 * Months after the end of the internship (reports: after the case's aftercare moment; companies:
 * after the company's last internship or its last new contact; audit: after the event), rounded up to the end of a school year. 12 months: "until the end of the school year
 * after your internship"; 0: "until the end of the school year in which your internship ends".
 * Support details are the most sensitive and are needed only to find the place, so they go first.
 */
export const DEFAULT_RETENTION: RetentionPolicy = {
  intake: 12, support: 0, contact: 12, explanations: 12, 'check-ins': 12, chat: 12, reports: 24, companies: 24, audit: 36,
};

/** A school's own periods: `RETENTION_MONTHS=support=0,reports=36`; kinds not named keep the default. */
export function parseRetention(text: string | undefined): { ok: true; policy: RetentionPolicy } | { ok: false; message: string } {
  if (text === undefined || text.trim() === '') return { ok: true, policy: DEFAULT_RETENTION };
  const policy: Record<RetentionKind, number> = { ...DEFAULT_RETENTION };
  for (const part of text.split(',')) {
    const match = /^\s*([a-z-]+)\s*=\s*(\d{1,3})\s*$/.exec(part);
    const kind = match?.[1] as RetentionKind | undefined;
    if (!match || !kind || !RETENTION_KINDS.includes(kind)) {
      return { ok: false, message: `must be a comma-separated list of kind=months, kinds: ${RETENTION_KINDS.join(', ')}` };
    }
    const months = Number(match[2]);
    if (months > 120) return { ok: false, message: `keeps ${kind} for ${months} months: at most 120` };
    policy[kind] = months;
  }
  return { ok: true, policy };
}

/** The end of the school year (1 August, 00:00 in the Netherlands) on or after `months` after `anchor`. */
export function erasureMoment(anchor: Date, months: number): Date {
  const from = new Date(anchor);
  from.setUTCMonth(from.getUTCMonth() + months);
  const year = from.getUTCFullYear();
  // 31 July 22:00 UTC is 1 August 00:00 in Dutch summer time.
  const end = new Date(Date.UTC(year, 6, 31, 22));
  return end.getTime() >= from.getTime() ? end : new Date(Date.UTC(year + 1, 6, 31, 22));
}

const WEEK_MS = 7 * 86_400_000;

export function internshipEnd(round: Pick<Round, 'internshipStart'>, internshipWeeks: number): Date {
  return new Date(Date.parse(`${round.internshipStart}T00:00:00Z`) + internshipWeeks * WEEK_MS);
}

/** The kinds that belong to a round, erased round by round; chat links before the contact details that lead to them. */
export const ROUND_KINDS = ['intake', 'support', 'chat', 'contact', 'explanations', 'check-ins'] as const satisfies readonly RetentionKind[];
export type RoundKind = (typeof ROUND_KINDS)[number];

/** When each kind of a round's data is erased. Chat links go no later than the contact details they lead to. */
export function roundErasures(round: Pick<Round, 'internshipStart'>, policy: RetentionPolicy, internshipWeeks: number): Record<RoundKind, Date> {
  const end = internshipEnd(round, internshipWeeks);
  const at = (kind: RoundKind) => erasureMoment(end, policy[kind]);
  const contact = at('contact');
  const chat = at('chat');
  return {
    intake: at('intake'), support: at('support'), contact, explanations: at('explanations'), 'check-ins': at('check-ins'),
    chat: chat.getTime() < contact.getTime() ? chat : contact,
  };
}
