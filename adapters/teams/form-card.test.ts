import { describe, expect, it } from 'vitest';
import { adaptiveCardProblems } from '../../test/support/adaptive-card-check.js';
import { everyField } from '../../dialogs/testing/every-field-form.js';
import { formCard } from './form-card.js';


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
      { type: 'Action.Submit', title: 'Opslaan', data: { verb: 'intake.save.travel', roundId: 'r1' }, style: 'positive' },
      { type: 'Action.Submit', title: 'Terug', data: { verb: 'intake.show', to: 'wish' }, associatedInputs: 'none' },
    ]);
  });
});
