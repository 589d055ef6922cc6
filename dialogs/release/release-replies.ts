import type { OutboxEntry } from '../../bot/domain/outbox-entry.js';
import { companyStudentsForm } from '../company/students-dialog.js';
import { formatMoment } from '../format-moment.js';
import { liveResultKey, refreshLive } from '../live-replies.js';
import type { DialogServices } from '../router.js';
import { resultForm } from '../student/result-content.js';
import { textsFor } from '../texts/index.js';
import type { Language, Reply } from '../turn.js';
import { userText } from '../user-text.js';

/** What a release message is about: the outbox entry's kind, recipient and ids (never its words). */
export type ReleaseMessage = Pick<OutboxEntry, 'kind' | 'recipient' | 'subjectIds' | 'roundId'>;

/**
 * The words of one release message, decided when it is sent (from the moment on, so the result is
 * final). An empty answer means there is nothing (left) to say, e.g. a student removed since.
 */
export async function releaseReplies(message: ReleaseMessage, language: Language, services: DialogServices): Promise<Reply[]> {
  const t = textsFor(language).release;
  const [subjectId = ''] = message.subjectIds;
  switch (message.kind) {
    case 'student-result-card': {
      // The card of the student's own chat, as the student would see it when Teams refreshes it.
      const turn = { person: message.recipient, language, input: { kind: 'text' as const, text: '' } };
      const live = await refreshLive(liveResultKey(subjectId), turn, services);
      return live ? [live] : [];
    }
    case 'student-result-notice': {
      const result = await services.studentResult(subjectId);
      return result ? [{ kind: 'text', text: t.studentNotice }, { kind: 'form', form: resultForm(result, language) }] : [];
    }
    case 'company-result': {
      const round = (await services.companyStudents(subjectId)).find((r) => r.roundId === message.roundId);
      return round ? [{ kind: 'text', text: t.companyIntro(userText(round.roundName)) }, { kind: 'form', form: companyStudentsForm(round, language) }] : [];
    }
    case 'coordinator-summary': {
      const overview = await services.release.overview(message.roundId);
      if (!overview) return [];
      const s = t.summary;
      const facts = overview.summary ? [
        { label: s.matched, value: String(overview.summary.matched) },
        { label: s.unmatched, value: String(overview.summary.unmatched) },
        { label: s.ownPlacement, value: String(overview.summary.ownPlacement) },
        { label: s.notConfirmed, value: String(overview.summary.notConfirmed) },
      ] : [];
      // Students Koppel cannot write to hear nothing from it: the coordinators must reach them.
      if (overview.unreachableStudents.length) facts.push({ label: s.unreachable, value: overview.unreachableStudents.join(', ') });
      return [{ kind: 'summary', title: s.title(userText(overview.roundName)), intro: s.intro(formatMoment(overview.releaseAt, language)), facts }];
    }
    default:
      // A notification's words come from notificationReplies, through the notifier: never from here.
      return [];
  }
}
