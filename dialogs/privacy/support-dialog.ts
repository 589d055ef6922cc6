import type { Handler } from '../router.js';
import { textsFor } from '../texts/index.js';
import { userText } from '../user-text.js';

/** Enough for a school's programmes; a longer list is better searched by number. */
const MAX_LISTED = 100;

/** `ondersteuning 100234`: a care coordinator reads one student's support details; anyone else is told which role can. */
export const showSupportForm: Handler = async (turn, services) => {
  const t = textsFor(turn.language);
  const x = t.privacy.support;
  if (!services.supportDetails.isCareCoordinator(turn.person)) return [{ kind: 'text', text: x.onlyCareCoordinators }];
  const given = turn.input.kind === 'text' ? turn.input.args : undefined;
  if (given) return readSupport(given, turn, services);
  const asked = await services.supportDetails.requests(turn.person);
  const listed = asked.ok && asked.students.length > 0
    ? x.asked(asked.students.slice(0, MAX_LISTED).map((s) => `${userText(s.studentNumber)}${s.hasDetails ? '' : ` ${x.noDetails}`}`).join(', '))
    : x.noneAsked;
  return [{
    kind: 'form',
    form: {
      id: 'support.read', title: x.title, intro: `${x.intro}\n\n${listed}`,
      fields: [{ kind: 'text', id: 'studentNumber', label: x.studentNumber, maxLength: 20, required: { message: t.intake.required } }],
      actions: [{ verb: 'support.read', label: x.show }],
    },
  }];
};

export const showSupport: Handler = async (turn, services) => {
  const x = textsFor(turn.language).privacy.support;
  if (!services.supportDetails.isCareCoordinator(turn.person)) return [{ kind: 'text', text: x.onlyCareCoordinators }];
  const number = turn.input.kind === 'submit' && typeof turn.input.values.studentNumber === 'string' ? turn.input.values.studentNumber.trim() : '';
  if (!number) return showSupportForm({ ...turn, input: { kind: 'text', text: '' } }, services);
  return readSupport(number, turn, services);
};

async function readSupport(number: string, turn: Parameters<Handler>[0], services: Parameters<Handler>[1]) {
  const x = textsFor(turn.language).privacy.support;
  const read = await services.supportDetails.read(turn.person, number);
  if (!read.ok) {
    const text = read.reason === 'not-care-coordinator' ? x.onlyCareCoordinators : read.reason === 'not-found' ? x.notFound(userText(number)) : x.ambiguous(userText(number));
    return [{ kind: 'text' as const, text }];
  }
  const need = read.supportNeed;
  return [{
    kind: 'summary' as const,
    title: x.resultTitle(userText(read.studentNumber)),
    facts: [
      { label: x.wanted, value: need?.wanted ? x.yes : x.no },
      { label: x.details, value: need?.details ? userText(need.details) : x.none },
      { label: x.shared, value: need?.shareWithCompany ? x.yes : x.no },
    ],
  }];
}
