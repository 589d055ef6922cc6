import type { RoundEditTexts } from './round-edit-nl.js';

const plural = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;

export const roundEditEn: RoundEditTexts = {
  closeEarly: {
    title: (round) => `Close the round now? ${round}`,
    intro: (parts) => `The deadlines have not passed yet: ${parts.join('; ')}. After closing nobody can change anything, and once matched that cannot be undone.`,
    wishesUntil: (at) => `learning wishes until ${at}`,
    offersUntil: (at) => `offers until ${at}`,
    unconfirmed: (n) => `${plural(n, 'student has', 'students have')} not confirmed their learning wish yet`,
    unanswered: (n) => `${plural(n, 'host company has', 'host companies have')} not given an offer yet`,
    confirm: 'Close now anyway',
  },
};
