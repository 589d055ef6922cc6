// Dutch texts of `ronde export` (the round as files) and `ronde herinner` (remind now), and of
// handing over a file in the chat.
const plural = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;
/** "1 student krijgt", but "1 student en 0 bedrijven krijgen": the verb agrees with the whole list. */
export const oneSubject = (...counts: Array<number | undefined>) => {
  const named = counts.filter((n) => n !== undefined);
  return named.length === 1 && named[0] === 1;
};

export const exportRemindersNl = {
  export: {
    chooseRound: 'Van welke ronde wil je de export?',
    ready: (round: string) => `De export van **${round}**: de koppeling per studentnummer (geen namen, geen leerwensen) en de cijfers per opleiding. Beide bestanden zijn CSV.`,
    resultDescription: (round: string) => `Koppeling van ${round}: per studentnummer de plek en waarom.`,
    figuresDescription: (round: string) => `Cijfers van ${round} per opleiding.`,
    noRun: 'Er is nog geen koppeling om te exporteren. Sluit de ronde en typ **ronde match**.',
  },
  remind: {
    chooseRound: 'Voor welke open ronde?',
    title: (round: string) => `Herinnering sturen: ${round}`,
    intro: 'Studenten die hun leerwens nog niet hebben bevestigd en leerbedrijven zonder aanbod krijgen nu een herinnering. Iedereen hoogstens één keer per dag.',
    who: 'Wie krijgt een herinnering?',
    whoChoices: { both: 'Studenten en leerbedrijven', students: 'Alleen studenten', companies: 'Alleen leerbedrijven' },
    send: 'Herinnering sturen',
    // Queued in the coordinator's turn and sent right after it: "krijgen nu", not "kregen".
    reminded: (students: number | undefined, companies: number | undefined) =>
      `${[students === undefined ? '' : plural(students, 'student', 'studenten'), companies === undefined ? '' : plural(companies, 'bedrijf', 'bedrijven')].filter(Boolean).join(' en ')} ${oneSubject(students, companies) ? 'krijgt' : 'krijgen'} nu een herinnering`,
    unreachable: (n: number) => `${n} nog niet bereikbaar (nog nooit met Koppel gepraat)`,
    alreadyToday: (n: number) => `${n} vandaag al herinnerd`,
    pastDeadline: { students: 'De deadline voor de leerwensen is al voorbij; studenten kregen niets.', companies: 'De deadline voor het aanbod is al voorbij; leerbedrijven kregen niets.' },
    refusals: {
      'unknown-round': 'Die ronde bestaat niet (meer).',
      'round-not-open': 'Herinneren kan alleen in een open ronde, vóór de deadline.',
      'deadline-passed': 'De deadline is al voorbij. Een herinnering heeft geen zin meer.',
    },
  },
  files: {
    moreRows: (n: number) => `… en nog ${plural(n, 'regel', 'regels')}. Het hele bestand krijg je in Teams zelf, of met **ronde export** in een chat die bestanden aankan.`,
    notPersonal: (name: string) => `Bestanden (zoals **${name}**) kan ik alleen in je persoonlijke chat met Koppel sturen. Open die chat en vraag het daar nog eens.`,
    uploaded: (name: string) => `**${name}** staat in je OneDrive.`,
    declined: (name: string) => `Goed, ik stuur **${name}** niet.`,
    expired: 'Dit bestand is niet meer beschikbaar: het blijft 30 minuten klaarstaan, en niet na een herstart van Koppel. Vraag het opnieuw, bijvoorbeeld met **ronde export**.',
    uploadFailed: (name: string) => `Het opslaan van **${name}** lukte niet. Vraag het bestand opnieuw, bijvoorbeeld met **ronde export**.`,
  },
};

export type ExportRemindersTexts = typeof exportRemindersNl;
