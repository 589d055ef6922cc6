import type { ReportPhase } from '../../bot/domain/report.js';

// The evaluation after the internship in B1-level Dutch, for the student (je) and the company (u).

export const evaluationsNl = {
  title: 'Terugblik op de stage',
  introStudent: 'Je stage is klaar. Wil je terugkijken? Het duurt 1 minuut. School ziet alleen getallen van alle studenten samen.',
  introCompany: 'De stage is afgelopen. Wilt u terugkijken? Het duurt 1 minuut. School ziet alleen getallen van alle leerbedrijven samen.',
  satisfaction: { student: 'Hoe tevreden ben je met je stageplek?', company: 'Hoe tevreden bent u met de koppeling?' },
  satisfactionChoices: ['1 - helemaal niet', '2', '3', '4', '5 - heel tevreden'],
  selectionConversation: { student: 'Voelde het kennismakingsgesprek toch als een sollicitatie?', company: 'Werd het kennismakingsgesprek toch een selectiegesprek?' },
  discrimination: { student: 'Heb je discriminatie meegemaakt? Zo ja, wanneer?', company: 'Heeft u discriminatie gezien of gehoord? Zo ja, wanneer?' },
  discriminationNo: 'Nee',
  phases: {
    searching: 'Bij het zoeken naar een stageplek',
    introduction: 'Bij het kennismakingsgesprek',
    internship: 'Tijdens de stage',
    school: 'Op school',
  } satisfies Record<ReportPhase, string>,
  agreementsKept: { student: 'Zijn de afspraken nagekomen?', company: 'Zijn de afspraken met school nagekomen?' },
  agreements: { yes: 'Ja', partly: 'Een deel', no: 'Nee' },
  matchAgain: 'Doet u een volgende keer weer mee met koppelen?',
  yes: 'Ja',
  no: 'Nee',
  send: 'Versturen',
  required: 'Kies een antwoord.',
  thanks: 'Dank je wel! Dit helpt school om stages eerlijker te maken.',
  thanksCompany: 'Dank u wel! Dit helpt school om stages eerlijker te maken.',
  discriminationOffer: 'Wil je melden wat er gebeurde? Het meldpunt van school leest het, ook als je anoniem blijft.',
  unknown: 'Deze terugblik is niet (meer) voor u.',
  answered: 'Deze terugblik is al ingevuld. Dank u wel!',
  figuresTitle: (round: string) => `Terugblik: ${round}`,
  figuresIntro: 'Alleen getallen. Minder dan 5 laat Koppel zien als "< 5". Met minder dan 5 antwoorden ziet u geen details.',
  sides: { student: 'Studenten', company: 'Leerbedrijven' },
  figuresLine: (asked: number, answered: string) => `gevraagd ${asked}, ingevuld ${answered}`,
  figuresDetail: (satisfaction: string, selection: string, discrimination: string, agreements: string, again: string) =>
    `tevreden (1-5): ${satisfaction}; toch een selectiegesprek: ${selection}; discriminatie: ${discrimination}; afspraken nagekomen: ${agreements}${again ? `; weer meedoen: ${again}` : ''}`,
};

export type EvaluationTexts = typeof evaluationsNl;
