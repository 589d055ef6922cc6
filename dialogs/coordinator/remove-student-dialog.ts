import type { Handler } from '../router.js';
import { textsFor } from '../texts/index.js';
import { coordinatorOnly } from './round-dialog.js';

/** `student verwijderen`: a coordinator deletes a student's data on their request, after confirming. */
export const showRemoveStudent: Handler = coordinatorOnly(async (turn) => {
  const x = textsFor(turn.language).coordinator.removeStudent;
  return [{
    kind: 'form',
    form: {
      id: 'student.remove', title: x.title, intro: x.intro,
      fields: [{
        kind: 'text', id: 'studentNumber', label: x.studentNumber, maxLength: 20, required: { message: textsFor(turn.language).intake.required },
        // `student verwijderen 100234` fills in the number; deleting still needs the button.
        ...(turn.input.kind === 'text' && turn.input.args ? { value: turn.input.args } : {}),
      }],
      actions: [{ verb: 'student.remove', label: x.confirm }],
    },
  }];
});

export const removeStudent: Handler = coordinatorOnly(async (turn, services) => {
  const x = textsFor(turn.language).coordinator.removeStudent;
  const number = turn.input.kind === 'submit' && typeof turn.input.values.studentNumber === 'string' ? turn.input.values.studentNumber.trim() : '';
  if (!number) return showRemoveStudent(turn, services);
  const result = await services.removeStudent(number, turn.person.userId);
  const text = result.ok ? x.done(number) : result.reason === 'not-found' ? x.notFound(number) : x.ambiguous(number);
  return [{ kind: 'text', text }];
});
