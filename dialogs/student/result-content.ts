import type { StudentMeeting, StudentResult } from '../../bot/results/student-result.js';
import { formatMoment } from '../format-moment.js';
import type { Form, FormAction } from '../form.js';
import { textOf, textsFor } from '../texts/index.js';
import { liveResultKey } from '../../bot/results/live-keys.js';
import type { Language, Reply } from '../turn.js';
import { reportAction } from '../meldpunt/report-form.js';
import { userText } from '../user-text.js';
import { contactText, withContact } from '../school-contact-text.js';

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
      return { ...base, intro: withContact(x.notYet(formatMoment(result.releaseAt, language)), result.contact, language) };
    case 'own-placement':
      return { ...base, intro: withContact(x.ownPlace(userText(result.companyName), userText(result.place)), result.contact, language) };
    case 'no-place-yet':
      // Without a place the school finds one with the student: say whom to ask.
      return { ...base, intro: withContact(result.newPlaceBy ? textsFor(language).followUp.student.placeEnded(formatDate(result.newPlaceBy, language)) : x.noPlace, result.contact, language) };
    case 'placed':
      return placedForm(result, language);
  }
}

/** A place: where, what, when, the next step and what to arrange, and what the student can do now. */
function placedForm(result: Extract<StudentResult, { kind: 'placed' }>, language: Language): Form {
  const t = textsFor(language);
  const x = t.intake.result;
  const f = t.followUp.student;
  const todos = result.todos.map((r) => textOf(f.todos, r)).filter((todo): todo is string => todo !== undefined);
  return {
    id: 'student.result', title: x.title, intro: result.acknowledged ? `${x.placed} ${f.acknowledged}` : x.placed, fields: [],
    sections: [{
      title: userText(result.companyName),
      facts: [
        { label: x.where, value: `${userText(result.locationLabel)}, ${userText(result.municipality)}` },
        ...(result.minutes !== undefined ? [{ label: x.travel, value: x.travelValue(result.minutes, (result.mode ? textOf(t.intake.travel.modeLabels, result.mode) : undefined) ?? result.mode ?? '') }] : []),
        { label: x.learn, value: userText(result.learnText) },
        ...(result.allowancePerMonth !== undefined ? [{ label: t.intake.ranking.allowance, value: t.intake.ranking.allowanceValue(result.allowancePerMonth) }] : []),
        { label: x.start, value: formatDate(`${result.internshipStart}T12:00:00Z`, language) },
        { label: f.next, value: f.nextValue },
        { label: f.meeting, value: meetingState(result.meeting, language) },
        ...todos.map((todo) => ({ label: f.todo, value: todo })),
        ...(result.certificateOfConduct ? [{ label: f.todo, value: f.vogState[result.certificateOfConduct] }] : []),
        ...(result.contact ? [{ label: t.intake.schoolContact.label, value: contactText(result.contact, language)! }] : []),
        // Where and how to report, on the card every placed student keeps.
        { label: t.meldpunt.report, value: t.meldpunt.promise },
      ],
    }],
    actions: [
      ...(result.acknowledged ? [] : [{ verb: 'placement.acknowledge' as const, label: f.acknowledge }]),
      ...meetingActions(result.meeting, language),
      ...vogActions(result, language),
      { verb: 'placement.problem.form' as const, label: f.problem, style: 'secondary' as const },
      reportAction(language, 'command'),
    ],
  };
}

/** While a VOG the offer asks is not arranged: mark it applied for, or arranged. */
function vogActions(result: Extract<StudentResult, { kind: 'placed' }>, language: Language): FormAction[] {
  if (!result.todos.includes('certificate_of_conduct') || result.certificateOfConduct === 'arranged') return [];
  const f = textsFor(language).followUp.student;
  return [
    ...(result.certificateOfConduct === 'requested' ? [] : [{ verb: 'placement.vog' as const, label: f.vogRequested, data: { state: 'requested' }, style: 'secondary' as const }]),
    { verb: 'placement.vog' as const, label: f.vogArranged, data: { state: 'arranged' }, style: 'secondary' as const },
  ];
}

function meetingState(meeting: StudentMeeting | undefined, language: Language): string {
  const f = textsFor(language).followUp.student;
  if (!meeting) return f.meetingNone;
  if (meeting.heldConfirmed) return f.meetingHeld;
  if (meeting.chosen) return f.meetingPlanned(formatMoment(meeting.chosen, language));
  if (meeting.otherAsked) return f.meetingOtherAsked;
  return f.meetingChoose;
}

/** A button per proposed moment and one to ask another; after the chosen moment, one to say it took place. */
function meetingActions(meeting: StudentMeeting | undefined, language: Language): FormAction[] {
  const f = textsFor(language).followUp.student;
  if (!meeting || meeting.heldConfirmed) return [];
  if (meeting.chosen) return meeting.passed ? [{ verb: 'placement.held.form' as const, label: f.held }] : [];
  if (meeting.otherAsked) return [];
  return [
    ...meeting.proposed.map((moment) => ({ verb: 'placement.moment' as const, label: formatMoment(moment, language), data: { moment }, style: 'secondary' as const })),
    { verb: 'placement.other-moment' as const, label: f.otherMoment, style: 'secondary' as const },
  ];
}

function formatDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date(iso));
}
