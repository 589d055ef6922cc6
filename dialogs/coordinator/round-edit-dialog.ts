// `ronde wijzigen`: change what may still change in a round, on a card that shows only those fields,
// filled in with the round's current values (Amsterdam time).
import { z } from 'zod/v4';
import type { Round } from '../../bot/domain/round.js';
import { editableFields, type RoundChanges } from '../../bot/rounds/round-edit.js';
import { choiceDeadlineOf } from '../../bot/proposals/proposal-stage.js';
import { amsterdamMoment } from '../amsterdam-time.js';
import type { Field, Form } from '../form.js';
import type { DialogServices, Handler } from '../router.js';
import { textsFor } from '../texts/index.js';
import type { Language, Reply } from '../turn.js';
import { parseTime } from '../typed-moment.js';
import { userText } from '../user-text.js';
import { chooseRound } from './choose-round.js';
import { coordinatorOnly } from './round-dialog.js';
import { parseWeights, weightFieldId, weightFields } from './weight-fields.js';
import { contactFields, parseContact } from './contact-fields.js';

const text = (t: string): Reply => ({ kind: 'text', text: t });
// Until the match is approved the dates and weights may move; the contact person as long as anyone may ask.
const EDITABLE_STATES = ['draft', 'open', 'closed', 'matched', 'approved', 'scheduled', 'released', 'follow-up'] as const;

function local(iso: string): { date: string; time: string } {
  const [date, time] = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso)).split(' ');
  return { date, time };
}

function editForm(round: Round, services: DialogServices, language: Language, errors?: Record<string, string>, typed?: Record<string, unknown>): Form {
  const t = textsFor(language);
  const x = t.roundEdit.edit;
  const n = t.coordinator.newRound;
  const fields = editableFields(round.status, round, services.now());
  const required = { message: n.required };
  const inputs: Field[] = [];
  if (fields.includes('programmeCodes')) {
    inputs.push({ kind: 'multi-choice', id: 'programmeCodes', label: n.programmes, value: round.programmeCodes, required, choices: services.programmes().map((p) => ({ value: p.code, label: `${language === 'en' ? p.nameEn : p.name} (${p.code})` })) });
  }
  if (fields.includes('wishesDeadline')) inputs.push({ kind: 'date', id: 'wishesDate', label: n.wishesDeadline, value: local(round.wishesDeadline).date, required });
  if (fields.includes('offersDeadline')) inputs.push({ kind: 'date', id: 'offersDate', label: n.offersDeadline, value: local(round.offersDeadline).date, required });
  if (fields.includes('releaseAt')) {
    inputs.push({ kind: 'date', id: 'releaseDate', label: n.releaseDate, value: local(round.releaseAt).date, required });
    inputs.push({ kind: 'time', id: 'releaseTime', label: n.releaseTime, value: local(round.releaseAt).time, required });
  }
  if (fields.includes('weights')) inputs.push(...weightFields(t, round.weights, typed));
  if (fields.includes('choiceDeadline')) {
    const deadline = choiceDeadlineOf(round);
    inputs.push({ kind: 'date', id: 'choiceDate', label: t.proposals.coordinator.choiceDeadline, value: deadline ? local(deadline).date : undefined });
  }
  if (fields.includes('contact')) inputs.push(...contactFields(t, round.contact, typed));
  return {
    id: 'round.edit', title: x.title(userText(round.name)), intro: x.intro(fields.map((f) => x.parts[f]).join(', ')), errors, fields: inputs,
    actions: [{ verb: 'round.edit.save', label: x.save, data: { roundId: round.id } }],
  };
}

export const showEditRound: Handler = coordinatorOnly(async (turn, services) => {
  const t = textsFor(turn.language);
  const found = await chooseRound(turn, services, 'round.edit.form', [...EDITABLE_STATES], t.roundEdit.edit.chooseRound);
  if ('replies' in found) return found.replies;
  // An approved round of one stage has nothing left to change here (the release is `ronde vrijgave`).
  if (editableFields(found.round.status, found.round, services.now()).length === 0) return [text(t.roundEdit.edit.refusals['not-editable'])];
  return [{ kind: 'form', form: editForm(found.round, services, turn.language) }];
});

const optionalDate = z.preprocess((v) => (v === '' ? undefined : v), z.iso.date().optional());
const EditSubmit = z.object({
  roundId: z.string().min(1),
  programmeCodes: z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(z.string()).optional()),
  wishesDate: optionalDate, offersDate: optionalDate, releaseDate: optionalDate, choiceDate: optionalDate,
  releaseTime: z.string().max(20).optional(),
});

export const saveEditRound: Handler = coordinatorOnly(async (turn, services) => {
  const t = textsFor(turn.language);
  const x = t.roundEdit.edit;
  const parsed = EditSubmit.safeParse(turn.input.kind === 'submit' ? turn.input.values : {});
  if (!parsed.success) return [text(x.refusals.unreadable)];
  const v = parsed.data;
  const values = turn.input.kind === 'submit' ? turn.input.values : {};
  const weights = parseWeights(values, t);
  const contact = parseContact(values, t);
  if (!weights.ok || !contact.ok) {
    const round = (await services.rounds.list()).find((r) => r.id === v.roundId);
    return round ? [{ kind: 'form', form: editForm(round, services, turn.language, { ...(weights.ok ? {} : weights.errors), ...(contact.ok ? {} : contact.errors) }, values) }] : [text(x.refusals['unknown-round'])];
  }
  const time = v.releaseTime ? parseTime(v.releaseTime) : undefined;
  // Deadlines are at 17:00, as when the round was made.
  const wanted: RoundChanges = {
    ...(v.programmeCodes ? { programmeCodes: v.programmeCodes } : {}),
    ...(v.wishesDate ? { wishesDeadline: amsterdamMoment(v.wishesDate, '17:00') } : {}),
    ...(v.offersDate ? { offersDeadline: amsterdamMoment(v.offersDate, '17:00') } : {}),
    ...(v.releaseDate && time ? { releaseAt: amsterdamMoment(v.releaseDate, time) } : {}),
    ...(weights.weights ? { weights: weights.weights } : {}),
    ...(v.choiceDate ? { choiceDeadline: amsterdamMoment(v.choiceDate, '17:00') } : {}),
    ...(contact.contact ? { contact: contact.contact } : {}),
  };
  const result = await services.rounds.edit(v.roundId, turn.person.userId, wanted);
  if (!result.ok) {
    const round = (await services.rounds.list()).find((r) => r.id === v.roundId);
    const message = x.refusals[result.refusal.code];
    if (!round || result.refusal.code === 'not-editable' || !('field' in result.refusal)) return [text(message)];
    const field = { programmeCodes: 'programmeCodes', wishesDeadline: 'wishesDate', offersDeadline: 'offersDate', releaseAt: 'releaseDate', weights: weightFieldId('workProcesses'), choiceDeadline: 'choiceDate', contact: 'contactName' }[result.refusal.field];
    return [{ kind: 'form', form: editForm(round, services, turn.language, { [field]: message }) }];
  }
  if (result.changed.length === 0) return [text(x.nothing)];
  const saved = x.saved(userText(result.round.name), result.changed.map((f) => x.changed[f]).join(', '));
  return [text(result.runStale ? `${saved}\n\n${t.weights.runStale}` : saved)];
});
