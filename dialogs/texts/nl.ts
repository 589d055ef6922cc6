import { coordinatorNl } from './coordinator-nl.js';
import { intakeNl } from './intake-nl.js';

// Every Dutch text the dialogs show, in one place. B1-level Dutch: short sentences, no jargon.
export const nl = {
  intake: intakeNl,
  coordinator: coordinatorNl,
  welcome: {
    title: 'Welkom bij Koppel',
    intro: 'Koppel regelt je stageplek via school. We kijken naar wat je wilt leren en waar je kunt komen. Nooit naar wie je bent: niet naar je naam, afkomst, geloof, leeftijd of uiterlijk. Geen sollicitatie, geen klikgesprek.',
    student: [
      { label: 'Leerwens', value: 'Schrijf op wat je wilt leren. Koppel helpt je daarbij.' },
      { label: 'Reizen', value: 'Vertel hoe je kunt reizen en hoe lang.' },
      { label: 'Uitslag', value: 'Iedereen hoort op hetzelfde moment waar de stage is.' },
    ],
    company: [
      { label: 'Aanbod', value: 'Geef aan hoeveel stageplekken en begeleiding u deze ronde heeft.' },
      { label: 'Koppeling', value: 'De school koppelt studenten op objectieve criteria. Het kennismakingsgesprek is geen selectiemoment.' },
      { label: 'Uitslag', value: 'Bij de vrijgave hoort u welke studenten bij u komen.' },
    ],
    coordinator: [
      { label: 'Rondes', value: 'Open een ronde, volg de voortgang en stuur herinneringen.' },
      { label: 'Matchen', value: 'Laat Koppel de beste objectieve koppeling maken, met uitleg per student.' },
      { label: 'Vrijgave', value: 'Een tweede coördinator keurt goed; daarna hoort iedereen het op hetzelfde moment.' },
    ],
    unknown: (userId: string) =>
      `Ik ken je nog niet. Ben je student of werk je bij een leerbedrijf? Vraag dan je stagecoördinator (BPV-coördinator) om je toe te voegen. Coördinatoren worden toegevoegd door de beheerder van Koppel met dit id: ${userId}`,
  },
  roleLabel: { student: 'Je bent hier als student.', 'company-contact': 'U bent hier namens een leerbedrijf.', coordinator: 'Je bent hier als stagecoördinator.' },
  otherLanguage: 'Prefer English? Type **english**.',
  notUnderstood: 'Dat begrijp ik niet. Typ **help** om te zien wat je kunt doen.',
  somethingWentWrong: 'Er ging iets mis aan onze kant. Er is niets verloren gegaan. Probeer het zo nog eens.',
};

export type Texts = typeof nl;
