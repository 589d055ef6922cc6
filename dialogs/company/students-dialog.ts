import { formatMoment } from '../format-moment.js';
import type { Form } from '../form.js';
import type { Handler } from '../router.js';
import { textsFor } from '../texts/index.js';

/** `mijn studenten`: a company's interns per round, from the release moment on. */
export const showCompanyStudents: Handler = async (turn, services) => {
  const t = textsFor(turn.language);
  const x = t.company.students;
  const role = await services.roleOf(turn.person);
  if (role.kind !== 'company-contact') return [{ kind: 'text', text: x.notAContact }];
  const rounds = await services.companyStudents(role.companyId);
  if (rounds.length === 0) return [{ kind: 'text', text: t.company.offer.noRounds }];
  return rounds.map((round) => {
    const start = new Intl.DateTimeFormat(turn.language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date(`${round.internshipStart}T12:00:00Z`));
    const intro = !round.released ? x.notYet(round.roundName, formatMoment(round.releaseAt, turn.language))
      : round.students.length === 0 ? x.none(round.roundName) : x.intro(round.roundName, start);
    const form: Form = {
      id: 'company.students', title: x.title, intro, fields: [], actions: [],
      sections: round.students.map((s) => ({
        title: s.firstName,
        facts: [
          { label: x.wish, value: s.learningWish },
          { label: x.work, value: s.workProcesses.join(', ') },
          { label: x.location, value: s.location },
          { label: x.support, value: s.extraSupport ? t.intake.summary.yes : t.intake.summary.no },
        ],
      })),
    };
    return { kind: 'form', form };
  });
};
