import type { Programme } from '../../bot/catalogue/index.js';
import type { Round } from '../../bot/domain/round.js';
import type { Form } from '../form.js';
import type { Texts } from '../texts/index.js';
import { userText } from '../user-text.js';
import { weightFields } from './weight-fields.js';
import { contactFields } from './contact-fields.js';

export function newRoundForm(t: Texts, programmes: Programme[], state: { errors?: Record<string, string>; typed?: Record<string, unknown> } = {}): Form {
  const x = t.coordinator.newRound;
  const typed = (id: string) => (typeof state.typed?.[id] === 'string' ? (state.typed[id] as string) : undefined);
  const required = { message: x.required };
  return {
    id: 'round.new', title: x.title, intro: x.intro, errors: state.errors,
    fields: [
      { kind: 'text', id: 'name', label: x.name, placeholder: x.namePlaceholder, maxLength: 120, value: typed('name'), required },
      { kind: 'multi-choice', id: 'programmeCodes', label: x.programmes, value: typed('programmeCodes')?.split(','), required, choices: programmes.map((p) => ({ value: p.code, label: `${p.name} (${p.code}, niveau ${p.level})` })) },
      { kind: 'choice', id: 'mechanism', label: x.mechanism, value: typed('mechanism') ?? 'school', style: 'expanded', required, choices: Object.entries(x.mechanisms).map(([value, label]) => ({ value, label })) },
      { kind: 'date', id: 'wishesDeadline', label: x.wishesDeadline, value: typed('wishesDeadline'), required },
      { kind: 'date', id: 'offersDeadline', label: x.offersDeadline, value: typed('offersDeadline'), required },
      { kind: 'date', id: 'releaseDate', label: x.releaseDate, value: typed('releaseDate'), required },
      { kind: 'time', id: 'releaseTime', label: x.releaseTime, value: typed('releaseTime') ?? '09:00', required },
      { kind: 'date', id: 'internshipStart', label: x.internshipStart, value: typed('internshipStart'), required },
      ...weightFields(t, undefined, state.typed),
      // Only a proposals round uses it; left empty, students get some days after the proposals.
      { kind: 'date', id: 'choiceDeadline', label: t.proposals.coordinator.choiceDeadline, value: typed('choiceDeadline') },
      ...contactFields(t, undefined, state.typed),
    ],
    actions: [{ verb: 'round.create', label: x.create }],
  };
}

export function nextStepsForm(t: Texts, round: Round, notice?: Form['notice']): Form {
  const x = t.coordinator.newRound;
  return {
    id: 'round.next', title: x.next, intro: x.created(userText(round.name)), notice, fields: [],
    actions: [
      { verb: 'round.import.form', label: x.import, data: { roundId: round.id }, style: 'secondary' },
      { verb: 'round.open', label: x.open, data: { roundId: round.id }, style: 'secondary' },
    ],
  };
}

export function importForm(t: Texts, rounds: Round[], state: { roundId?: string; csv?: string; notice?: Form['notice'] } = {}): Form {
  const x = t.coordinator.importStudents;
  return {
    id: 'round.import', title: x.title, intro: x.intro, notice: state.notice,
    fields: [
      { kind: 'choice', id: 'roundId', label: x.round, value: state.roundId ?? rounds[0]?.id, required: { message: t.coordinator.newRound.required }, choices: rounds.map((r) => ({ value: r.id, label: userText(r.name) })) },
      { kind: 'text', id: 'csv', label: x.csv, placeholder: x.csvPlaceholder, multiline: true, maxLength: 100_000, value: state.csv, required: { message: t.coordinator.newRound.required } },
    ],
    actions: [{ verb: 'round.import', label: x.submit }],
  };
}
