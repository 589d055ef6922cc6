import { companyNl } from './company-nl.js';
import { coordinatorNl } from './coordinator-nl.js';
import { intakeNl } from './intake-nl.js';

// Every Dutch text the dialogs show, in one place. B1-level Dutch: short sentences, no jargon.
export const nl = {
  intake: intakeNl,
  coordinator: coordinatorNl,
  company: companyNl,
  welcome: {
    title: 'Welkom bij Koppel',
    intro: 'Koppel regelt je stageplek via school. We kijken naar wat je wilt leren en waar je kunt komen. Nooit naar wie je bent: niet naar je naam, afkomst, geloof, leeftijd of uiterlijk. Geen sollicitatie, geen klikgesprek.',
    student: [
      { label: 'start', value: 'Schrijf op wat je wilt leren en hoe je kunt reizen. Koppel helpt je daarbij.' },
      { label: 'mijn gegevens', value: 'Zie alles wat Koppel van je bewaart.' },
      { label: 'uitslag', value: 'Iedereen hoort op hetzelfde moment waar de stage is.' },
    ],
    company: [
      { label: 'aanbod', value: 'Geef aan hoeveel stageplekken en begeleiding u deze ronde heeft.' },
      { label: 'code', value: 'Koppel uw account aan uw bedrijf met de code van de school.' },
      { label: 'Koppeling', value: 'De school koppelt studenten op objectieve criteria. Het kennismakingsgesprek is geen selectiemoment.' },
    ],
    coordinator: [
      { label: 'ronde nieuw', value: 'Een nieuwe stageronde maken (en daarna openen).' },
      { label: 'studenten importeren', value: 'Studenten van een ronde importeren uit een CSV.' },
      { label: 'bedrijven importeren', value: 'Leerbedrijven en hun locaties importeren uit een CSV.' },
      { label: 'bedrijf toevoegen', value: 'Eén leerbedrijf toevoegen met een kaart.' },
      { label: 'bedrijf uitnodigen', value: 'Een code maken voor de contactpersoon van een leerbedrijf.' },
      { label: 'ronde status', value: 'Wie is klaar, en plekken tegenover studenten per opleiding en werkproces.' },
      { label: 'ronde sluit', value: 'De ronde sluiten: niemand kan nog iets veranderen.' },
      { label: 'ronde match', value: 'De koppeling maken en bekijken, met uitleg per student; opnieuw kan altijd.' },
      { label: 'ronde plaats', value: 'Een student met de hand plaatsen, met een reden.' },
      { label: 'ronde goedkeuren', value: 'Goedkeuren door een tweede coördinator (vier ogen).' },
      { label: 'ronde vrijgave', value: 'Het moment van de uitslag plannen of uitstellen.' },
      { label: 'student verwijderen', value: 'De gegevens van een student verwijderen op zijn of haar verzoek.' },
    ],
    unknown: (userId: string) =>
      `Ik ken je nog niet. Ben je student of werk je bij een leerbedrijf? Vraag dan je stagecoördinator (BPV-coördinator) om je toe te voegen. Coördinatoren worden toegevoegd door de beheerder van Koppel met dit id: ${userId}`,
  },
  roleLabel: { student: 'Je bent hier als student.', 'company-contact': 'U bent hier namens een leerbedrijf.', coordinator: 'Je bent hier als stagecoördinator.' },
  otherLanguage: 'Prefer English? Type **english**.',
  demo: {
    usage: 'In de demo wissel je van rol met **demo rol student**, **demo rol bedrijf** of **demo rol coördinator**.',
    roles: { student: 'student', 'company-contact': 'contactpersoon van een leerbedrijf', coordinator: 'stagecoördinator' } as Record<string, string>,
    switched: (role: string) => `Je bent nu **${role}** in de demo. Typ **help** om te zien wat je kunt doen.`,
    notHeld: 'Die rol heb je niet in deze demo.',
  },
  notUnderstood: 'Dat begrijp ik niet. Typ **help** om te zien wat je kunt doen.',
  somethingWentWrong: 'Er ging iets mis aan onze kant. Er is niets verloren gegaan. Probeer het zo nog eens.',
};

export type Texts = typeof nl;
