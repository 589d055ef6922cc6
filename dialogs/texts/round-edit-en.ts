import type { RoundEditTexts } from './round-edit-nl.js';

const plural = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;

export const roundEditEn: RoundEditTexts = {
  ownPlace: {
    title: (student) => `Own internship place of ${student}`,
    reason: 'Reason (the student reads it)',
    accept: 'Accept the place',
    ask: 'Ask for more',
    accepted: (student) => `The own place of ${student} is accepted. The student hears it from Koppel.`,
    asked: (student) => `Your question was sent to ${student}.`,
    notReached: 'The student has never opened Koppel: contact them yourself.',
    refusals: { 'unknown-student': 'I do not know that student.', 'no-own-placement': 'This student has not reported an own place (now).', 'no-reason': 'Give a reason (3 to 300 characters).' },
    toStudentAccepted: (company, reason) => `Your internship coordinator accepted your own internship place at **${company}**. ${reason}`,
    toStudentAsked: (company, reason) => `Your internship coordinator would like to know more about your own internship place at **${company}**: ${reason} Type **start** to change your place, or answer your coordinator.`,
  },
  edit: {
    chooseRound: 'Which round do you want to change?',
    title: (round) => `Change round: ${round}`,
    intro: (what) => `You can still change: ${what}. The rest is fixed.`,
    parts: { programmeCodes: 'the programmes (until the round opens)', wishesDeadline: 'the deadline for learning wishes', offersDeadline: 'the deadline for offers', releaseAt: 'the moment of the result (until approval)', weights: 'what the matching weighs (until approval)', choiceDeadline: 'until when students choose from their proposals (until that deadline)', contact: 'the school\'s contact person' },
    save: 'Save changes',
    saved: (round, what) => `Round **${round}** is changed: ${what}.`,
    nothing: 'Nothing changed.',
    changed: { programmeCodes: 'programmes', wishesDeadline: 'deadline learning wishes', offersDeadline: 'deadline offers', releaseAt: 'moment of the result', weights: 'weights', choiceDeadline: 'choice deadline', contact: 'contact person' },
    refusals: {
      'not-editable': 'This can no longer change in this phase of the round.',
      'in-past': 'Choose a moment in the future. Do you want to close the round now? Type **close round**.',
      order: 'The deadlines come before the result, and the result before the internship starts.',
      'unknown-programme': 'Choose programmes from the list.',
      'unknown-round': 'That round does not exist (any more).',
      unreadable: 'Fill in a date and time.',
    },
    nothingEditable: 'Nothing in this round can change any more. After approval, plan or move the result with **round release**.',
  },
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
