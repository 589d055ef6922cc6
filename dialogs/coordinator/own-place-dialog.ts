// The notice "student 100003 found their own place" comes with what a coordinator can do about it:
// accept the place, or ask the student for more; either with a reason the student reads.
import type { Form } from '../form.js';
import type { Handler } from '../router.js';
import { textsFor } from '../texts/index.js';
import type { Language, Reply } from '../turn.js';
import { coordinatorOnly } from './round-dialog.js';

export function ownPlaceDecisionForm(studentId: string, studentNumber: string, language: Language): Form {
  const x = textsFor(language).roundEdit.ownPlace;
  return {
    id: 'own-place.decide', title: x.title(studentNumber),
    fields: [{ kind: 'text', id: 'reason', label: x.reason, maxLength: 300, multiline: true, required: { message: x.refusals['no-reason'] } }],
    actions: [
      { verb: 'own-place.accept', label: x.accept, data: { studentId } },
      { verb: 'own-place.ask', label: x.ask, data: { studentId } },
    ],
  };
}

export const decideOwnPlace: Handler = coordinatorOnly(async (turn, services) => {
  if (turn.input.kind !== 'submit') return [];
  const x = textsFor(turn.language).roundEdit.ownPlace;
  const values = turn.input.values;
  const studentId = typeof values.studentId === 'string' ? values.studentId : '';
  const reason = typeof values.reason === 'string' ? values.reason : '';
  const outcome = turn.input.verb === 'own-place.accept' ? 'accepted' : 'more-asked';
  const result = await services.decideOwnPlacement(studentId, outcome, reason, turn.person.userId);
  if (!result.ok) {
    const reply: Reply = { kind: 'text', text: x.refusals[result.refusal] };
    return result.refusal === 'no-reason' ? [reply, { kind: 'form', form: ownPlaceDecisionForm(studentId, '', turn.language) }] : [reply];
  }
  const said = outcome === 'accepted' ? x.accepted(result.studentNumber) : x.asked(result.studentNumber);
  return [{ kind: 'text', text: result.notified ? said : `${said} ${x.notReached}` }];
});
