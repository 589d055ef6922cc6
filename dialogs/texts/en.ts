import { coordinatorEn } from './coordinator-en.js';
import { intakeEn } from './intake-en.js';
import type { Texts } from './nl.js';

// Every English text the dialogs show, in one place; same shape as the Dutch texts.
export const en: Texts = {
  intake: intakeEn,
  coordinator: coordinatorEn,
  welcome: {
    title: 'Welcome to Koppel',
    intro: 'Koppel arranges your internship place through your school. We look at what you want to learn and where you can get to. Never at who you are: not your name, origin, religion, age or looks. No job interview, no "click" meeting.',
    student: [
      { label: 'Learning wish', value: 'Write down what you want to learn. Koppel helps you.' },
      { label: 'Travel', value: 'Tell us how you can travel and for how long.' },
      { label: 'Result', value: 'Everyone hears at the same moment where their internship is.' },
    ],
    company: [
      { label: 'Offer', value: 'Tell us how many internship places and how much supervision you have this round.' },
      { label: 'Matching', value: 'The school matches students on objective criteria. The introduction meeting is not a selection moment.' },
      { label: 'Result', value: 'At the release you learn which students will come to you.' },
    ],
    coordinator: [
      { label: 'Rounds', value: 'Open a round, follow progress and send reminders.' },
      { label: 'Matching', value: 'Let Koppel make the best objective match, explained per student.' },
      { label: 'Release', value: 'A second coordinator approves; then everyone hears at the same moment.' },
    ],
    unknown: (userId: string) =>
      `I don't know you yet. Are you a student or do you work at a host company? Ask your internship coordinator to add you. Coordinators are added by Koppel's administrator with this id: ${userId}`,
  },
  roleLabel: { student: 'You are here as a student.', 'company-contact': 'You are here for a host company.', coordinator: 'You are here as an internship coordinator.' },
  otherLanguage: 'Liever Nederlands? Typ **nederlands**.',
  notUnderstood: "I don't understand that. Type **help** to see what you can do.",
  somethingWentWrong: 'Something went wrong on our side. Nothing was lost. Please try again in a moment.',
};
