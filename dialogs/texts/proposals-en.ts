import type { ProposalsTexts } from './proposals-nl.js';

const plural = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;

export const proposalsEn: ProposalsTexts = {
  coordinator: {
    choiceDeadline: 'Choice deadline for the proposals (empty: 5 days after the proposals)',
    previewTitle: (round) => `Proposals: ${round}`,
    previewSummary: (proposed, unmatched, own, notConfirmed) =>
      `${plural(proposed, 'student gets', 'students get')} proposals · ${unmatched} without a place yet · ${own} own place · ${notConfirmed} not confirmed`,
    previewIntro: 'This is the first step of a proposals round. After approval (four eyes) and **round release** all students get their proposals at the same moment, without company names. Companies hear nothing yet. After the choice deadline **round match** makes the final match.',
    perStudent: 'Proposals per student',
    proposalCounts: (counts) => `Number of proposals per student: ${counts}`,
    proposalLine: (n, company, fitPercent, minutes) =>
      `proposal ${n}: ${company}, fit ${fitPercent}%${minutes === null ? '' : `, ± ${minutes} min`}`,
    releaseIntro: 'Choose the moment at which all students get their proposals at once. Companies hear nothing yet.',
    scheduled: (round, at) => `The proposals of **${round}** go to all students at once on ${at}.`,
    stage: { proposals: 'Step 1 of 2: proposals', final: 'Step 2 of 2: final match' },
    stageLabel: 'Stage',
    releasedAt: 'Proposals sent',
    chose: 'Chosen',
    choseCount: (chose, students) => `${chose} of ${students} students`,
    deadlineLabel: 'Choice deadline',
    proposalsAt: 'Proposals go out on',
    next: {
      choosing: 'Students are still choosing. Whoever does not choose is placed by the school on their best proposal. After the choice deadline: **round match** for the final match.',
      final: 'The choice deadline has passed: type **round match** for the final match. It follows the students\' choices.',
    },
    choicesOpen: 'Students are still choosing from their proposals. The final match can only be made after the choice deadline (see **round status**).',
  },
  student: {
    title: 'Your internship proposals',
    intro: (deadline) => `The school found these places for you. Place A is the one the school chooses for you if you do not choose. Choose the place you want. You can change your choice until ${deadline}. If you do not choose, the school places you on your best proposal, place A.`,
    closed: 'The choice deadline has passed. Your choice is final; you get the result at the moment of the result.',
    closedNoChoice: 'The choice deadline has passed. You did not choose, so the school places you on your best proposal (place A). You get the result at the moment of the result.',
    place: (letter) => `Place ${letter}`,
    best: 'best proposal',
    yourChoice: 'your choice',
    work: 'What you do',
    learn: 'What you learn',
    where: 'Where',
    travel: 'Travel time',
    minutes: (n) => `± ${n} minutes`,
    unknownTravel: 'not known',
    allowance: 'Internship allowance',
    perMonth: (euros) => `€ ${euros} a month`,
    choose: (letter) => `Choose place ${letter}`,
    chosen: (letter, deadline) => `You chose place ${letter}. You can change this until ${deadline}.`,
    none: 'You have no internship proposals. You only get them in a proposals round, at the moment the school sends them.',
    released: (round, deadline) => `Your internship proposals for **${round}** are here! Everyone gets them at the same moment. Choose the place you want before ${deadline}.`,
    reminder: (deadline) => `Reminder: you have not chosen a place from your proposals yet. Choose before ${deadline}. If you do not choose, the school places you on your best proposal.`,
    refusals: {
      'no-proposals': 'You have no internship proposals to choose from.',
      'deadline-passed': 'The choice deadline has passed. Your choice can no longer change.',
      'not-proposed': 'That place is not one of your proposals. Choose one of the places on the card.',
      unreadable: 'I could not read that. Choose a place with one of the buttons on the card.',
    },
  },
};
