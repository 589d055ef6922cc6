import type { ContactMomentKind } from '../../bot/domain/contact-moment.js';

// Contact moments in B1-level Dutch: for student and company short and clear, for school staff the figures.

export const contactMomentsNl = {
  onlyPlanners: 'Dit kan alleen een stagecoördinator of BPV-docent.',
  planTitle: 'Contactmoment plannen',
  planIntro: 'Per stage minstens 3 contactmomenten tussen student, school en leerbedrijf. Eén daarvan is op de stageplek, met student, school en praktijkopleider samen.',
  studentNumber: 'Studentnummer',
  kind: 'Soort contactmoment',
  kinds: { 'on-site': 'Bezoek op de stageplek', online: 'Online gesprek', 'at-school': 'Gesprek op school' } satisfies Record<ContactMomentKind, string>,
  date: 'Datum',
  time: 'Tijd',
  plan: 'Plannen en uitnodigen',
  required: 'Vul dit in.',
  planned: (kind: string, at: string, studentNumber: string) => `${kind} gepland op ${at} voor student ${studentNumber}. Student, leerbedrijf en u krijgen een uitnodiging.`,
  refusals: {
    'not-planner': 'Dit kan alleen een stagecoördinator of BPV-docent.',
    'unknown-student': 'Dat studentnummer kent Koppel niet in een ronde met stages.',
    'no-placement': 'Deze student heeft nu geen stageplek.',
    'in-the-past': 'Kies een moment in de toekomst.',
    unknown: 'Dat contactmoment kent Koppel niet.',
    'not-yet': 'Dit contactmoment is nog niet geweest.',
  },
  listTitle: 'Contactmomenten',
  listNone: 'Er zijn geen geplande contactmomenten.',
  line: (kind: string, at: string, studentNumber: string, company: string) => `${at}: ${kind}, student ${studentNumber}, ${company}`,
  held: 'Gehouden',
  notHeld: 'Niet gehouden',
  recorded: (outcome: string) => `Vastgelegd: ${outcome}.`,
  invited: (kind: string, at: string, company: string) => `Uitnodiging: ${kind} op ${at} (${company}). Student, school en leerbedrijf praten samen over hoe de stage gaat.`,
  reminder: (kind: string, at: string, company: string) => `Herinnering: morgen ${kind} op ${at} (${company}).`,
  figuresLabel: 'Contactmomenten',
  incompleteLabel: 'Nog niet rond (gehouden, bezoek op de stageplek)',
  incompleteLine: (studentNumber: string, held: number, onSite: string) => `${studentNumber} (${held}, ${onSite})`,
  yes: 'ja',
  no: 'nee',
  figures: (enough: number, onSite: number, internships: number, planned: number, notHeld: number) =>
    `${enough} van ${internships} stages hadden er 3 of meer; bezoek op de stageplek bij ${onSite}; ${planned} gepland, ${notHeld} niet gehouden`,
};

export type ContactMomentTexts = typeof contactMomentsNl;
