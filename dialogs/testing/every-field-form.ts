import type { Form } from '../form.js';

/** One form with every field kind, help, a notice, errors, a section with its own button and two actions: each adapter's renderer is checked on it. */
export const everyField: Form = {
  id: 'example',
  title: 'Hoe kom je bij je stage?',
  intro: 'We zoeken een plek waar je **echt** kunt komen.',
  notice: { tone: 'warning', text: 'Je leerwens is nog wat kort.' },
  fields: [
    { kind: 'text', id: 'wish', label: 'Leerwens', maxLength: 600, multiline: true, value: 'Ik wil leren', required: { message: 'Schrijf je leerwens op.' }, help: 'Begin met "Ik wil leren…"' },
    { kind: 'number', id: 'minutes', label: 'Minuten', min: 5, max: 180, value: 30 },
    { kind: 'choice', id: 'area', label: 'Gemeente', choices: [{ value: 'rotterdam', label: 'Rotterdam' }, { value: 'delft', label: 'Delft' }], value: 'delft' },
    { kind: 'choice', id: 'how', label: 'Hoe', style: 'expanded', choices: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] },
    { kind: 'multi-choice', id: 'modes', label: 'Vervoer', choices: [{ value: 'bike', label: 'Fiets' }, { value: 'car', label: 'Auto' }], value: ['bike', 'car'] },
    { kind: 'toggle', id: 'support', label: 'Extra begeleiding', value: true },
    { kind: 'date', id: 'start', label: 'Startdatum', value: '2027-02-01' },
    { kind: 'time', id: 'at', label: 'Tijd', value: '09:00' },
  ],
  actions: [{ verb: 'intake.save.travel', label: 'Opslaan', data: { roundId: 'r1' } }, { verb: 'intake.show', label: 'Terug', style: 'secondary', data: { to: 'wish' } }],
  errors: { minutes: 'Kies tussen 5 en 180 minuten.' },
  sections: [{ title: 'Reizen', facts: [{ label: 'Vervoer', value: 'fiets' }], action: { verb: 'intake.edit', label: 'Aanpassen', data: { step: 'travel' } } }],
};
