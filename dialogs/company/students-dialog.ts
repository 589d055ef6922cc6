import type { CompanyStudents } from '../../bot/results/company-result.js';
import { companyMeetingState } from './placement-dialog.js';
import { formatMoment } from '../format-moment.js';
import type { Form } from '../form.js';
import type { Handler } from '../router.js';
import { textsFor } from '../texts/index.js';
import type { Language } from '../turn.js';
import { userText } from '../user-text.js';

/** `mijn studenten`: a company's interns per round, from the release moment on. */
export const showCompanyStudents: Handler = async (turn, services) => {
  const t = textsFor(turn.language);
  const x = t.company.students;
  const role = await services.roleOf(turn.person);
  if (role.kind !== 'company-contact') return [{ kind: 'text', text: x.notAContact }];
  const rounds = await services.companyStudents(role.companyId);
  if (rounds.length === 0) return [{ kind: 'text', text: t.company.offer.noRounds }];
  return rounds.map((round) => ({ kind: 'form', form: companyStudentsForm(round, turn.language) }));
};

/** One round's interns as a company sees them: nothing before the release moment. */
export function companyStudentsForm(round: CompanyStudents, language: Language): Form {
  const t = textsFor(language);
  const x = t.company.students;
  const start = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date(`${round.internshipStart}T12:00:00Z`));
  const f = t.followUp.company;
  const listed = !round.released ? x.notYet(userText(round.roundName), formatMoment(round.releaseAt, language))
    : round.students.length === 0 ? x.none(userText(round.roundName)) : `${x.intro(userText(round.roundName), start)} ${f.noSelection}`;
  // Places not needed this round are said out loud, so nobody keeps them free for nothing.
  const intro = round.released && round.placesLeft > 0 ? `${listed}\n\n${f.placesLeft(round.placesLeft)}` : listed;
  return {
    id: 'company.students', title: x.title, intro, fields: [], actions: [],
    sections: round.students.map((s) => ({
      ...(s.placementId ? { action: { verb: 'company.placement.show', label: f.meeting, data: { placementId: s.placementId } } } : {}),
      title: userText(s.firstName),
      facts: [
        { label: x.wish, value: userText(s.learningWish) },
        { label: x.work, value: s.workProcesses.map((wp) => wp[language]).join('; ') },
        { label: x.location, value: userText(s.location) },
        // Shown only when the student shared it: "no" would tell the company something too.
        ...(s.extraSupport ? [{ label: x.support, value: t.intake.summary.yes }] : []),
        ...(s.supportDetails ? [{ label: x.supportDetails, value: userText(s.supportDetails) }] : []),
        ...(s.placementId ? [{ label: f.meeting, value: s.refusalPending ? f.refusalPending : companyMeetingState(s, language) }] : []),
      ],
    })),
  };
}

