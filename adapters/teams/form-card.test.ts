import { describe, expect, it } from 'vitest';
import type { Form } from '../../dialogs/form.js';
import { adaptiveCardProblems } from '../../test/support/adaptive-card-check.js';
import { formCard } from './form-card.js';

const everyField: Form = {
  id: 'example',
  title: 'Hoe kom je bij je stage?',
  intro: 'We zoeken een plek waar je **echt** kunt komen.',
  notice: { tone: 'warning', text: 'Je leerwens is nog wat kort.' },
  fields: [
    { kind: 'text', id: 'wish', label: 'Leerwens', maxLength: 600, multiline: true, value: 'Ik wil leren', required: { message: 'Schrijf je leerwens op.' }, help: 'Begin met "Ik wil leren…"' },
    { kind: 'number', id: 'minutes', label: 'Minuten', min: 5, max: 180, value: 30 },
    { kind: 'choice', id: 'area', label: 'Gemeente', choices: [{ value: 'rotterdam', label: 'Rotterdam' }, { value: 'delft', label: 'Delft' }], value: 'delft' },
    { kind: 'multi-choice', id: 'modes', label: 'Vervoer', choices: [{ value: 'bike', label: 'Fiets' }, { value: 'car', label: 'Auto' }], value: ['bike', 'car'] },
    { kind: 'toggle', id: 'support', label: 'Extra begeleiding', value: true },
    { kind: 'date', id: 'start', label: 'Startdatum', value: '2027-02-01' },
    { kind: 'time', id: 'at', label: 'Tijd', value: '09:00' },
  ],
  actions: [{ verb: 'student.travel.save', label: 'Opslaan' }, { verb: 'student.back', label: 'Terug', style: 'secondary', data: { to: 'wish' } }],
  errors: { minutes: 'Kies tussen 5 en 180 minuten.' },
  sections: [{ title: 'Reizen', facts: [{ label: 'Vervoer', value: 'fiets' }], action: { verb: 'intake.edit', label: 'Aanpassen', data: { step: 'travel' } } }],
};

describe('form → Adaptive Card', () => {
  it('renders every field kind in a card that Microsoft\'s renderer accepts without problems', () => {
    expect(adaptiveCardProblems(formCard(everyField))).toEqual([]);
  });

  it('keeps what was entered, shows errors next to their field, and sends the verb back', () => {
    const card = formCard(everyField);
    const body = card.body as Array<Record<string, unknown>>;
    const json = JSON.stringify(card);
    expect(body.find((b) => b.id === 'wish')).toMatchObject({ type: 'Input.Text', value: 'Ik wil leren', isMultiline: true, maxLength: 600, isRequired: true, errorMessage: 'Schrijf je leerwens op.' });
    expect(body.find((b) => b.id === 'modes')).toMatchObject({ isMultiSelect: true, value: 'bike,car' });
    expect(body.find((b) => b.id === 'support')).toEqual({ type: 'Input.Toggle', id: 'support', title: 'Extra begeleiding', value: 'true', valueOn: 'true', valueOff: 'false' });
    const minutesAt = body.findIndex((b) => b.id === 'minutes');
    expect(body[minutesAt + 1]).toMatchObject({ text: 'Kies tussen 5 en 180 minuten.', color: 'Attention' });
    expect(json).toContain('Je leerwens is nog wat kort.');
    expect(json).toContain('"actions":[{"type":"Action.Submit","title":"Aanpassen","data":{"verb":"intake.edit","step":"travel"},"associatedInputs":"none"}]');
    expect(card.actions).toEqual([
      { type: 'Action.Submit', title: 'Opslaan', data: { verb: 'student.travel.save' }, style: 'positive' },
      { type: 'Action.Submit', title: 'Terug', data: { verb: 'student.back', to: 'wish' }, associatedInputs: 'none' },
    ]);
  });
});
