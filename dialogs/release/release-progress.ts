import type { ReleaseOverview } from '../../bot/release/release-overview.js';
import { formatMoment } from '../format-moment.js';
import type { Form } from '../form.js';
import { textOf, textsFor } from '../texts/index.js';
import type { Language, Reply } from '../turn.js';
import { userText } from '../user-text.js';

/** The key of a coordinator's live card that follows a round's release. */
export function releaseProgressKey(roundId: string): string {
  return `release:${roundId}`;
}

const KINDS = ['student-result-card', 'student-result-notice', 'company-result', 'coordinator-summary'] as const;

/** Sent / waiting / failed per kind, each failure with its subject and reason, and a retry button when something failed. */
export function releaseProgressForm(overview: ReleaseOverview, language: Language): Form {
  const t = textsFor(language).release.progress;
  const rows = KINDS.map((kind) => {
    const c = overview.byKind[kind];
    const total = c.pending + c.sending + c.sent + c.failed;
    return { label: t.kinds[kind], value: t.counts(c.sent, total, c.pending + c.sending, c.failed) };
  });
  const failures = overview.failures.slice(0, 50).map((f) => ({ label: `${t.kinds[f.kind]}: ${userText(f.subject)}`, value: reasonText(f.error, language) }));
  const unreachable = overview.unreachableStudents;
  const unreachableSection = unreachable.length
    ? [{ title: t.unreachableTitle(unreachable.length), facts: [
      { label: t.unreachableWhat, value: t.unreachableAdvice(unreachable.length) },
      { label: t.unreachableLabel, value: `${unreachable.slice(0, 50).join(', ')}${unreachable.length > 50 ? ', …' : ''}` },
    ] }]
    : [];
  return {
    id: 'round.release.progress',
    title: t.title(userText(overview.roundName)),
    intro: t.intro(formatMoment(overview.releaseAt, language)),
    fields: [],
    sections: [{ title: t.messagesTitle, facts: rows }, ...(failures.length ? [{ title: t.failuresTitle, facts: failures }] : []), ...unreachableSection],
    actions: overview.failures.length ? [{ verb: 'round.release.retry', label: t.retry, data: { roundId: overview.roundId }, style: 'secondary' }] : [],
  };
}

export function releaseProgressReply(overview: ReleaseOverview, language: Language): Extract<Reply, { kind: 'live' }> {
  return { kind: 'live', key: releaseProgressKey(overview.roundId), form: releaseProgressForm(overview, language), refreshLabel: textsFor(language).release.progress.refresh };
}

/** Reason codes look like 'unknown-outcome:http-502' or 'too-many-attempts:http-429': the part before ':' says what to do. */
function reasonText(code: string, language: Language): string {
  const t = textsFor(language).release.progress;
  return textOf(t.reasons, code.split(':')[0]) ?? t.otherReason(code);
}
