import { companyNl } from './company-nl.js';
import { groundsNl } from './grounds-nl.js';
import { coordinatorNl } from './coordinator-nl.js';
import { intakeNl } from './intake-nl.js';
import { releaseNl } from './release-nl.js';
import { followUpNl } from './follow-up-nl.js';
import { webNl } from './web-nl.js';
import { slackNl } from './slack-nl.js';
import { exportFilesNl } from './export-files-nl.js';
import { importMessagesNl, importReportNl } from './import-messages-nl.js';
import { fileImportNl } from './file-import-nl.js';
import { exportRemindersNl } from './export-reminders-nl.js';
import { meldpuntNl } from './meldpunt-nl.js';
import { checkInsNl } from './check-ins-nl.js';
import { contactMomentsNl } from './contact-moments-nl.js';
import { evaluationsNl } from './evaluations-nl.js';
import { privacyNl } from './privacy-nl.js';
import { approvalNl } from './approval-nl.js';
import { roundEditNl } from './round-edit-nl.js';
import { weightsNl } from './weights-nl.js';
import { proposalsNl } from './proposals-nl.js';

// Every Dutch text the dialogs show, in one place. B1-level Dutch: short sentences, no jargon.
export const nl = {
  intake: intakeNl,
  coordinator: coordinatorNl,
  company: companyNl,
  grounds: groundsNl,
  release: releaseNl,
  followUp: followUpNl,
  web: webNl,
  slack: slackNl,
  exportFiles: exportFilesNl,
  importMessages: importMessagesNl,
  importReport: importReportNl,
  fileImport: fileImportNl,
  exportReminders: exportRemindersNl,
  meldpunt: meldpuntNl,
  checkIns: checkInsNl,
  contactMoments: contactMomentsNl,
  evaluations: evaluationsNl,
  privacy: privacyNl,
  approval: approvalNl,
  roundEdit: roundEditNl,
  weights: weightsNl,
  proposals: proposalsNl,
  welcome: {
    title: 'Welkom bij Koppel',
    // Each audience its own words and register: je for students and coordinators, u for companies.
    introCompany: 'Koppel koppelt studenten van de school aan uw stageplekken, op wat ze willen leren en waar ze kunnen komen. Nooit op wie ze zijn: niet op naam, afkomst, geloof, leeftijd of uiterlijk. U geeft uw plekken en begeleiding op; het kennismakingsgesprek is geen selectiemoment.',
    introCoordinator: 'Koppel koppelt je studenten objectief aan de stageplekken van leerbedrijven, op wat ze willen leren en waar ze kunnen komen, nooit op wie ze zijn. Jij maakt de ronde, een tweede coördinator keurt de koppeling goed.',
    intro: 'Koppel regelt je stageplek via school. We kijken naar wat je wilt leren en waar je kunt komen. Nooit naar wie je bent: niet naar je naam, afkomst, geloof, leeftijd of uiterlijk. Geen sollicitatie, geen klikgesprek.',
    student: [
      { label: 'start', value: 'Schrijf op wat je wilt leren en hoe je kunt reizen. Koppel helpt je daarbij.' },
      { label: 'mijn gegevens', value: 'Zie alles wat Koppel van je bewaart. Met **mijn gegevens downloaden** krijg je het als bestand, met **gegevens verwijderen** vraag je of we het verwijderen.' },
      { label: 'uitslag', value: 'Iedereen hoort op hetzelfde moment waar de stage is.' },
      { label: 'voorstellen', value: 'In een voorstellenronde: je stagevoorstellen bekijken en er een kiezen, tot de keuzedeadline.' },
      { label: 'melden', value: 'Iets oneerlijks meegemaakt, zoals discriminatie? Meld het bij het meldpunt van school. Alleen het meldpunt leest het, je mag anoniem blijven, en niets gaat verder zonder jouw toestemming.' },
      { label: 'mijn meldingen', value: 'Zie hoe het met je meldingen staat.' },
    ],
    company: [
      { label: 'aanbod', value: 'Geef aan hoeveel stageplekken en begeleiding u deze ronde heeft.' },
      { label: 'code', value: 'Koppel uw account aan uw bedrijf met de code van de school.' },
      { label: 'mijn gegevens downloaden', value: 'Alles wat Koppel over u bewaart, als bestand. Met **gegevens verwijderen** vraagt u of we het verwijderen.' },
      { label: 'melden', value: 'Iets gezien dat niet eerlijk was, zoals discriminatie? Meld het bij het meldpunt van school. Alleen het meldpunt leest het.' },
      { label: 'Koppeling', value: 'De school koppelt studenten op objectieve criteria. Het kennismakingsgesprek is geen selectiemoment.' },
    ],
    // For the meldpunt's staff (MELDPUNT), on top of what their other role shows.
    // For whoever plans contact moments (coordinators and BPV_DOCENTEN).
    planner: [
      { label: 'contactmoment plannen / plan contact moment', value: 'Een contactmoment plannen; student, leerbedrijf en u krijgen een uitnodiging en een herinnering.' },
      { label: 'contactmomenten / contact moments', value: 'De geplande contactmomenten, en vastleggen of ze gehouden zijn.' },
    ],
    meldpunt: [
      { label: 'meldingen / reports', value: 'De open meldingen. Met een meldnummer erachter (meldingen M-ABC234) opent u die melding.' },
      { label: 'melden / report', value: 'Zelf iets melden.' },
    ],
    // For care coordinators (ZORGCOORDINATOREN).
    care: [
      { label: 'ondersteuning / support needs', value: 'Wie extra begeleiding vroeg; met een studentnummer erachter (ondersteuning 100234) leest u wat die student nodig heeft. Dat wordt vastgelegd.' },
    ],
    // Every coordinator command, Dutch words first with the English alias (a test checks this against the routes).
    coordinator: [
      { label: 'ronde nieuw / new round', value: 'Een nieuwe stageronde maken (en daarna openen).' },
      { label: 'studenten importeren / import students', value: 'Studenten van een ronde importeren uit een CSV.' },
      { label: 'bedrijven importeren / import companies', value: 'Leerbedrijven en hun locaties importeren uit een CSV.' },
      { label: 'bedrijf toevoegen / add company', value: 'Eén leerbedrijf toevoegen met een kaart.' },
      { label: 'bedrijf uitnodigen / invite company', value: 'Een code maken voor de contactpersoon van een leerbedrijf.' },
      { label: 'links intrekken / revoke links', value: 'De persoonlijke links van een leerbedrijf per e-mail intrekken.' },
      { label: 'ronde eisen / round requirements', value: 'De andere eisen van leerbedrijven (vrije tekst) goedkeuren of afkeuren met een reden; ze tellen nooit mee bij het koppelen.' },
      { label: 'ronde status / round status', value: 'Wie is klaar, en plekken tegenover studenten per opleiding en werkproces.' },
      { label: 'ronde herinner / round remind', value: 'Nu een herinnering sturen aan wie nog niet klaar is (hoogstens één per dag).' },
      { label: 'ronde sluit / close round', value: 'De ronde sluiten: niemand kan nog iets veranderen.' },
      { label: 'ronde match / round match', value: 'De koppeling maken en bekijken, met uitleg per student; opnieuw kan altijd. In een voorstellenronde eerst de voorstellen per student, en na de keuzedeadline de definitieve koppeling die de keuzes volgt.' },
      { label: 'ronde plaats / place student', value: 'Een student met de hand plaatsen, met een reden.' },
      { label: 'ronde goedkeuren / approve round', value: 'Goedkeuren door een tweede coördinator (vier ogen).' },
      { label: 'ronde wijzigen / edit round', value: 'Opleidingen (tot de ronde open is), deadlines, het moment van de uitslag en de gewichten van de koppeling (tot de goedkeuring) aanpassen.' },
      { label: 'ronde vrijgave / round release', value: 'Het moment van de uitslag plannen of uitstellen, en daarna de verzending volgen.' },
      { label: 'ronde export / round export', value: 'De koppeling en de cijfers als CSV-bestanden (alleen in de persoonlijke chat).' },
      { label: 'ronde cijfers / round figures', value: 'De cijfers van een ronde, met een grafiek.' },
      { label: 'dashboard', value: 'Een link (8 uur geldig) naar de cijfers met grafieken, de koppelingen met uitleg en de indicatoren als CSV.' },
      { label: 'ronde plekken / round places', value: 'Na de koppeling: waar een of drie extra plekken de meeste studenten zonder plek zouden plaatsen.' },
      { label: 'ronde opvolging / round follow-up', value: 'Na de uitslag: wie bevestigde, kennismakingsgesprekken, afwijzingen om over te beslissen, en wie nog wacht.' },
      { label: 'ronde check-ins / round check-ins', value: 'De check-ins tijdens de stage, alleen als getallen per opleiding. Groepen kleiner dan 5 ziet u als "< 5".' },
      { label: 'ronde evaluaties / round evaluations', value: 'De terugblik van studenten en leerbedrijven na de stage, alleen als getallen.' },
      { label: 'ronde herkoppel / round rematch', value: 'Een nieuwe koppeling voor afgewezen en nog niet geplaatste studenten, op de plekken die over zijn.' },
      { label: 'ronde herkoppel goedkeuren / approve rematch', value: 'Een herkoppeling goedkeuren (een andere coördinator) en meteen vrijgeven.' },
      { label: 'ronde archiveren / archive round', value: 'Een afgeronde ronde archiveren, als iedere student een plek heeft.' },
      { label: 'student verwijderen / delete student', value: 'De gegevens van een student verwijderen op zijn of haar verzoek.' },
      { label: 'verwijderverzoeken / erasure requests', value: 'Verzoeken om gegevens te verwijderen uitvoeren of weigeren, met een reden.' },
      { label: 'verwijderingen / upcoming deletions', value: 'Zien welke gegevens Koppel binnenkort verwijdert, per ronde.' },
    ],
    unknown: (userId: string) =>
      `Ik ken je nog niet. Ben je student of werk je bij een leerbedrijf? Vraag dan je stagecoördinator (BPV-coördinator) om je toe te voegen. Coördinatoren worden toegevoegd door de beheerder van Koppel met dit id: ${userId}`,
  },
  roleLabel: { student: 'Je bent hier als student.', 'company-contact': 'U bent hier namens een leerbedrijf.', coordinator: 'Je bent hier als stagecoördinator.' },
  otherLanguage: 'Prefer English? Type **english**.',
  demo: {
    welcome: 'Dit is de **demo** van Koppel: de ronde, studenten en bedrijven zijn verzonnen, en alles staat los van echte gegevens. Jij bent hier coördinator, student én contactpersoon van een leerbedrijf. Wissel van rol met **demo rol student**, **demo rol bedrijf** of **demo rol coördinator**.',
    usage: 'In de demo wissel je van rol met **demo rol student**, **demo rol bedrijf** of **demo rol coördinator**.',
    roles: { student: 'student', 'company-contact': 'contactpersoon van een leerbedrijf', coordinator: 'stagecoördinator' },
    switched: (role: string) => `Je bent nu **${role}** in de demo. Typ **help** om te zien wat je kunt doen.`,
    notHeld: 'Die rol heb je niet in deze demo.',
  },
  notUnderstood: 'Dat begrijp ik niet. Typ **help** om te zien wat je kunt doen.',
  somethingWentWrong: 'Er ging iets mis aan onze kant. Er is niets verloren gegaan. Probeer het zo nog eens.',
};

export type Texts = typeof nl;
