import type { StudentResult } from '../../bot/results/student-result.js';
import { formatMoment } from '../format-moment.js';
import type { Form } from '../form.js';
import { textsFor } from '../texts/index.js';
import { liveResultKey } from '../../bot/results/live-keys.js';
import type { Language, Reply } from '../turn.js';
import { userText } from '../user-text.js';

/** A student's result as a live card: what it shows is decided again each time it is looked at. */
export function liveResultReply(studentId: string, result: StudentResult, language: Language): Extract<Reply, { kind: 'live' }> {
  return { kind: 'live', key: liveResultKey(studentId), form: resultForm(result, language), refreshLabel: textsFor(language).intake.result.refresh };
}

/** A student's result as a card: before the release only the moment, after it the place and the next step. */
export function resultForm(result: StudentResult, language: Language): Form {
  const t = textsFor(language).intake;
  const x = t.result;
  const base = { id: 'student.result', title: x.title, fields: [], actions: [] };
  switch (result.kind) {
    case 'not-yet':
      return { ...base, intro: x.notYet(formatMoment(result.releaseAt, language)) };
    case 'own-placement':
      return { ...base, intro: x.ownPlace(userText(result.companyName), userText(result.place)) };
    case 'no-place-yet':
      return { ...base, intro: x.noPlace };
    case 'placed':
      return {
        ...base,
        intro: x.placed,
        sections: [{
          title: userText(result.companyName),
          facts: [
            { label: x.where, value: `${userText(result.locationLabel)}, ${userText(result.municipality)}` },
            ...(result.minutes !== undefined ? [{ label: x.travel, value: x.travelValue(result.minutes, t.travel.modeLabels[result.mode ?? ''] ?? result.mode ?? '') }] : []),
            { label: x.learn, value: userText(result.learnText) },
            { label: x.start, value: new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date(`${result.internshipStart}T12:00:00Z`)) },
            { label: x.next, value: x.nextValue },
          ],
        }],
      };
  }
}
