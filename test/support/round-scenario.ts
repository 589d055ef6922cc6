// The people and files of the small round in round-release.e2e.test.ts: three students whose travel
// decides two of their places, two host companies, the CSVs a coordinator imports, and how a student
// and a company contact go through their cards.
import { expect } from 'vitest';
import { messageWith, type BotMessage, type PlaygroundSpeaker } from './playground-api.js';

const textOf = (messages: BotMessage[]) => messages.map((m) => m.text).join('\n');

export const ROUND = 'VIG voorjaar';
/** The second coordinator approves (four eyes). The playground has six users and all are taken, so B
 * has no chat of their own and writes in the coordinator's personal chat. */
export const COORDINATOR_B = '29:second-coordinator';
export const LINDE = 'Zorggroep De Linde';
export const MAASSTAD = 'Thuiszorg Maasstad';

export const STUDENTS = [
  {
    userId: 'user-id-1', number: '100301', first: 'Megan', last: 'Bowen',
    wish: 'Ik wil leren hoe ik cliënten help bij het wassen en aankleden in een verpleeghuis.', codes: 'B1-K1-W3', types: 'verpleeghuis',
    // By bike, twenty minutes from Delft: only the Delft location is reachable.
    travel: { municipality: 'Delft', modes: 'bike', maxMinutes: '20' }, mustGoTo: LINDE,
  },
  {
    userId: 'user-id-2', number: '100302', first: 'Adele', last: 'Vance',
    wish: 'Ik wil leren hoe ik wonden verzorg, medicijnen klaarzet en injecties geef bij mensen thuis.', codes: 'B1-K1-W4', types: 'thuiszorg',
    travel: { municipality: 'Rotterdam', modes: 'bike', maxMinutes: '20' }, mustGoTo: MAASSTAD,
  },
  {
    userId: 'user-id-3', number: '100303', first: 'Isaiah', last: 'Langer',
    wish: 'Ik wil leren hoe ik veranderingen in de gezondheid van cliënten opmerk en een zorgplan bijhoud.', codes: 'B1-K1-W5,B1-K1-W2', types: '',
    // By public transport from Schiedam an hour is enough for both: the matching decides.
    travel: { municipality: 'Schiedam', modes: 'public_transport', maxMinutes: '60' }, mustGoTo: undefined,
  },
] as const;

export const COMPANIES = [
  { userId: 'user-id-4', name: LINDE, workProcesses: '90001/B1-K1-W3,90001/B1-K1-W5', type: 'verpleeghuis', learn: 'Je helpt bewoners bij de persoonlijke verzorging en leert wonden verzorgen.' },
  { userId: 'user-id-5', name: MAASSTAD, workProcesses: '90001/B1-K1-W4,90001/B1-K1-W5', type: 'thuiszorg', learn: 'Je gaat mee op huisbezoek, zet medicijnen klaar en leert verpleegtechnische handelingen.' },
] as const;

export const STUDENT_CSV = [
  'studentnummer;opleiding;email;naam',
  '100301;90001;meganb@example.com;Megan Bowen',
  '100302;90001;adelev@example.com;Adele Vance',
  '100303;90001;isaiahl@example.com;Isaiah Langer',
].join('\n');

export const COMPANY_CSV = [
  'bedrijfsnaam;sbb_nummer;locatie;postcode;plaats;contact_email',
  `${LINDE};1234567;Verpleeghuis De Linde;2611 AB;Delft;pattif@example.com`,
  `${MAASSTAD};7654321;Wijkteam Centrum;3011 AB;Rotterdam;lynner@example.com`,
].join('\n');

/** Date and time as a Dutch coordinator types them (Amsterdam). */
export function amsterdam(at: Date): { date: string; time: string } {
  const [date, time] = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', dateStyle: 'short', timeStyle: 'short' }).format(at).split(' ');
  return { date, time };
}

/** A student from `hallo` to a confirmed wish, by card submits; returns the result card Koppel sent. */
export async function walkIntake(chat: PlaygroundSpeaker, s: (typeof STUDENTS)[number]): Promise<BotMessage> {
  // Teams tells Koppel the e-mail of whoever writes first: that links them to the imported student.
  expect(textOf(await chat.say('hallo'))).toContain('You are here as a student.');
  expect(textOf(await chat.say('nederlands'))).toContain('Je bent hier als student.');
  const privacy = messageWith(await chat.say('start'), 'Zo werkt Koppel');
  const wish = messageWith(await chat.press(privacy, 'Beginnen'), 'Wat wil je leren?');
  const work = messageWith(await chat.press(wish, 'Verder', { text: s.wish }), 'Welk werk past bij je leerwens?');
  const organisation = messageWith(await chat.press(work, 'Verder', { codes: s.codes }), 'Waar wil je stage lopen?');
  const travel = messageWith(await chat.press(organisation, 'Verder', { organisationTypes: s.types }), 'Hoe kom je bij je stage?');
  const days = messageWith(await chat.press(travel, 'Verder', { ...s.travel }), 'Wanneer kun je?');
  const support = messageWith(await chat.press(days, 'Verder', { days: 'mon,tue,wed,thu' }), 'Extra begeleiding');
  const summary = messageWith(await chat.press(support, 'Verder'), 'Klopt alles?');
  expect(summary.text).toContain(s.travel.municipality);
  const confirmed = await chat.press(summary, 'Alles klopt, bevestigen');
  expect(textOf(confirmed)).toContain('Je leerwens is bevestigd');
  // The result card comes with the confirmation; until the release it only names the moment.
  const card = messageWith(confirmed, 'Jouw stageplek');
  expect(card.text).toContain('zie je hier waar je stage loopt');
  return card;
}

export async function giveOffer(chat: PlaygroundSpeaker, c: (typeof COMPANIES)[number]): Promise<void> {
  expect(textOf(await chat.say('hallo'))).toContain('You are here for a host company.');
  expect(textOf(await chat.say('nederlands'))).toContain('U bent hier namens een leerbedrijf.');
  const form = messageWith(await chat.say('aanbod'), `Uw stageaanbod: ${ROUND}`);
  const saved = await chat.press(form, 'Aanbod opslaan', {
    places: '2', supervisionCapacity: '2', workProcesses: c.workProcesses, organisationType: c.type, learnText: c.learn,
    placesStayFree: 'true', introductionIsNoSelection: 'true', noSubjectiveRefusal: 'true', actsOnDiscrimination: 'true',
  });
  expect(textOf(saved)).toContain('Wij plaatsen hier hoogstens 2 studenten.');
}
