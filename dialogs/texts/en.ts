import { companyEn } from './company-en.js';
import { groundsEn } from './grounds-en.js';
import { coordinatorEn } from './coordinator-en.js';
import { intakeEn } from './intake-en.js';
import { releaseEn } from './release-en.js';
import { followUpEn } from './follow-up-en.js';
import { webEn } from './web-en.js';
import { slackEn } from './slack-en.js';
import { exportFilesEn } from './export-files-en.js';
import { importMessagesEn, importReportEn } from './import-messages-en.js';
import { fileImportEn } from './file-import-en.js';
import { exportRemindersEn } from './export-reminders-en.js';
import { meldpuntEn } from './meldpunt-en.js';
import { checkInsEn } from './check-ins-en.js';
import { contactMomentsEn } from './contact-moments-en.js';
import { evaluationsEn } from './evaluations-en.js';
import { privacyEn } from './privacy-en.js';
import { approvalEn } from './approval-en.js';
import { roundEditEn } from './round-edit-en.js';
import { weightsEn } from './weights-en.js';
import { proposalsEn } from './proposals-en.js';
import type { Texts } from './nl.js';

// Every English text the dialogs show, in one place; same shape as the Dutch texts.
export const en: Texts = {
  intake: intakeEn,
  coordinator: coordinatorEn,
  company: companyEn,
  grounds: groundsEn,
  release: releaseEn,
  followUp: followUpEn,
  web: webEn,
  slack: slackEn,
  exportFiles: exportFilesEn,
  importMessages: importMessagesEn,
  importReport: importReportEn,
  fileImport: fileImportEn,
  exportReminders: exportRemindersEn,
  meldpunt: meldpuntEn,
  checkIns: checkInsEn,
  contactMoments: contactMomentsEn,
  evaluations: evaluationsEn,
  privacy: privacyEn,
  approval: approvalEn,
  roundEdit: roundEditEn,
  weights: weightsEn,
  proposals: proposalsEn,
  welcome: {
    title: 'Welcome to Koppel',
    introCompany: 'Koppel matches the school\'s students to your internship places, on what they want to learn and where they can get to. Never on who they are: not name, origin, religion, age or looks. You give your places and supervision; the introduction meeting is no selection.',
    introCoordinator: 'Koppel matches your students objectively to the places of host companies, on what they want to learn and where they can get to, never on who they are. You make the round, a second coordinator approves the matching.',
    intro: 'Koppel arranges your internship place through your school. We look at what you want to learn and where you can get to. Never at who you are: not your name, origin, religion, age or looks. No job interview, no "click" meeting.',
    student: [
      { label: 'start', value: 'Write down what you want to learn and how you can travel. Koppel helps you.' },
      { label: 'my data', value: 'See everything Koppel keeps about you. **download my data** gives it as a file, **erase my data** asks us to delete it.' },
      { label: 'result', value: 'Everyone hears at the same moment where their internship is.' },
      { label: 'proposals', value: 'In a proposals round: see your internship proposals and choose one, until the choice deadline.' },
      { label: 'report', value: 'Something unfair happened, like discrimination? Report it to the school\'s reporting point. Only they read it, you may stay anonymous, and nothing goes further without your consent.' },
      { label: 'my reports', value: 'See how your reports stand.' },
    ],
    company: [
      { label: 'offer', value: 'Tell us how many internship places and how much supervision you have this round.' },
      { label: 'code', value: 'Link your account to your company with the code from the school.' },
      { label: 'download my data', value: 'Everything Koppel keeps about you, as a file. **erase my data** asks us to delete it.' },
      { label: 'report', value: 'Saw something unfair, like discrimination? Report it to the school\'s reporting point. Only they read it.' },
      { label: 'Matching', value: 'The school matches students on objective criteria. The introduction meeting is not a selection moment.' },
    ],
    // Every coordinator command, Dutch words first with the English alias (a test checks this against the routes).
    planner: [
      { label: 'contactmoment plannen / plan contact moment', value: 'Plan a contact moment; student, host company and you get an invitation and a reminder.' },
      { label: 'contactmomenten / contact moments', value: 'The planned contact moments, and recording whether they were held.' },
    ],
    meldpunt: [
      { label: 'meldingen / reports', value: 'The open reports. With a case number after it (reports M-ABC234) you open that report.' },
      { label: 'melden / report', value: 'Report something yourself.' },
    ],
    care: [
      { label: 'ondersteuning / support needs', value: 'Who asked for extra support; with a student number after it (support needs 100234) you read what that student needs. This is recorded.' },
    ],
    coordinator: [
      { label: 'ronde nieuw / new round', value: 'Create a new internship round (and then open it).' },
      { label: 'studenten importeren / import students', value: 'Import the students of a round from a CSV.' },
      { label: 'bedrijven importeren / import companies', value: 'Import host companies and their locations from a CSV.' },
      { label: 'bedrijf toevoegen / add company', value: 'Add one host company with a card.' },
      { label: 'bedrijf uitnodigen / invite company', value: 'Create a code for the contact of a host company.' },
      { label: 'links intrekken / revoke links', value: 'Revoke the personal links of a host company reached by e-mail.' },
      { label: 'ronde eisen / round requirements', value: 'Approve the other requirements of host companies (free text), or refuse them with a reason; they never count in the matching.' },
      { label: 'ronde status / round status', value: 'Who is done, and places against students per programme and work process.' },
      { label: 'ronde herinner / round remind', value: 'Send a reminder now to whoever is not done yet (at most one a day).' },
      { label: 'ronde sluit / close round', value: 'Close the round: nobody can change anything any more.' },
      { label: 'ronde match / round match', value: 'Make and review the matching, explained per student; you can always run it again. In a proposals round first the proposals per student, and after the choice deadline the final match that follows the choices.' },
      { label: 'ronde plaats / place student', value: 'Place a student by hand, with a reason.' },
      { label: 'ronde goedkeuren / approve round', value: 'Approval by a second coordinator (four eyes).' },
      { label: 'ronde wijzigen / edit round', value: 'Change the programmes (until the round opens), deadlines, the moment of the result and the weights of the matching (until approval).' },
      { label: 'ronde vrijgave / round release', value: 'Schedule or postpone the moment of the result, and then follow the delivery.' },
      { label: 'ronde export / round export', value: 'The matching and the figures as CSV files (personal chat only).' },
      { label: 'ronde cijfers / round figures', value: "A round's figures, with a chart." },
      { label: 'dashboard', value: 'A link (valid 8 hours) to the figures with charts, the matches with their explanation and the indicators as CSV.' },
      { label: 'ronde plekken / round places', value: 'After the match: where one or three extra places would place most students still without one.' },
      { label: 'ronde opvolging / round follow-up', value: 'After the result: who confirmed, introduction meetings, refusals to decide on, and who is still waiting.' },
      { label: 'ronde check-ins / round check-ins', value: 'The check-ins during the internship, as figures per programme only. Groups smaller than 5 show as "< 5".' },
      { label: 'ronde evaluaties / round evaluations', value: 'The look back of students and host companies after the internship, as figures only.' },
      { label: 'ronde herkoppel / round rematch', value: 'A new match for refused and unplaced students, on the places that are left.' },
      { label: 'ronde herkoppel goedkeuren / approve rematch', value: 'Approve a rematch (another coordinator) and release it at once.' },
      { label: 'ronde archiveren / archive round', value: 'Archive a finished round, once every student has a place.' },
      { label: 'student verwijderen / delete student', value: "Delete a student's data at their request." },
      { label: 'verwijderverzoeken / erasure requests', value: 'Carry out or refuse requests to delete data, with a reason.' },
      { label: 'verwijderingen / upcoming deletions', value: 'See which data Koppel deletes next, per round.' },
    ],
    unknown: (userId: string) =>
      `I don't know you yet. Are you a student or do you work at a host company? Ask your internship coordinator to add you. Coordinators are added by Koppel's administrator with this id: ${userId}`,
  },
  roleLabel: { student: 'You are here as a student.', 'company-contact': 'You are here for a host company.', coordinator: 'You are here as an internship coordinator.' },
  otherLanguage: 'Liever Nederlands? Typ **nederlands**.',
  demo: {
    welcome: 'This is the Koppel **demo**: the round, students and companies are made up, and it is kept apart from real data. You are coordinator, student and host company contact at once. Switch roles with **demo role student**, **demo role company** or **demo role coordinator**.',
    usage: 'In the demo, switch roles with **demo role student**, **demo role company** or **demo role coordinator**.',
    roles: { student: 'student', 'company-contact': 'host company contact', coordinator: 'internship coordinator' },
    switched: (role) => `You are now **${role}** in the demo. Type **help** to see what you can do.`,
    notHeld: 'You do not have that role in this demo.',
  },
  notUnderstood: "I don't understand that. Type **help** to see what you can do.",
  somethingWentWrong: 'Something went wrong on our side. Nothing was lost. Please try again in a moment.',
};
