import type { CheckInAnswer, CheckInMoment, CheckInQuestion } from '../../bot/domain/check-in.js';

// The private check-ins in B1-level Dutch: short questions, buttons only, and what happens with the answers.

export const checkInsNl = {
  title: (moment: string) => `Hoe gaat je stage? (${moment})`,
  intro: 'Een paar korte vragen, alleen voor jou. Je stagebedrijf ziet je antwoorden nooit. School ziet alleen getallen van alle studenten samen, niet wat jij antwoordt.',
  moments: { 'week-2': 'week 2', halfway: 'halverwege', 'last-week': 'laatste week' } satisfies Record<CheckInMoment, string>,
  questions: {
    'be-yourself': 'Kun je op je stage zijn wie je bent?',
    'treated-fairly': 'Word je op je stage eerlijk behandeld?',
    learning: 'Leer je wat je wilde leren?',
    supervision: 'Krijg je genoeg begeleiding?',
  } satisfies Record<CheckInQuestion, string>,
  answers: { yes: 'Ja', partly: 'Een beetje', no: 'Nee' } satisfies Record<CheckInAnswer, string>,
  conversation: 'Wil je een gesprek met iemand van school?',
  conversationHelp: 'School hoort dan alleen dat je een gesprek wilt, niet wat je hier antwoordt.',
  send: 'Versturen',
  required: 'Kies een antwoord.',
  thanks: 'Dank je wel voor je antwoorden!',
  worried: 'Dat klinkt niet fijn. Je hoeft het niet alleen op te lossen. Je kunt het melden bij het meldpunt van school, ook anoniem. Of vraag een gesprek met iemand van school.',
  askConversation: 'Ja, ik wil een gesprek',
  conversationAsked: 'School weet nu dat je een gesprek wilt. Iemand van school neemt contact met je op. Wat je hier antwoordde, blijft van jou.',
  unknown: 'Deze vragen zijn niet (meer) voor jou.',
  answered: 'Je hebt deze vragen al beantwoord. Dank je wel!',
  coordinatorAlert: (studentNumber: string, moment: string) => `Student ${studentNumber} wil graag een gesprek met iemand van school (check-in ${moment}). Neem contact op met de student.`,
  figuresTitle: (round: string) => `Check-ins: ${round}`,
  figuresIntro: 'Alleen getallen van groepen. Minder dan 5 laat Koppel zien als "< 5".',
  figuresNone: 'Er zijn nog geen check-ins in deze ronde.',
  figuresGroup: (programme: string, moment: string) => `${programme}, ${moment}`,
  figuresLine: (asked: number, answered: string, conversations: string) => `gevraagd ${asked}, beantwoord ${answered}, gesprek gevraagd ${conversations}`,
  figuresAnswer: (question: string, yes: string, partly: string, no: string) => `${question} ja ${yes}, een beetje ${partly}, nee ${no}`,
};

export type CheckInTexts = typeof checkInsNl;
