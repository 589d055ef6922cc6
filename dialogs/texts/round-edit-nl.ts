// Dutch texts of changing a round after it was made, and of closing it before its deadlines.
const plural = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;

export const roundEditNl = {
  ownPlace: {
    title: (student: string) => `Eigen stageplek van ${student}`,
    reason: 'Reden (de student leest die)',
    accept: 'Plek goedkeuren',
    ask: 'Meer vragen',
    accepted: (student: string) => `De eigen plek van ${student} is goedgekeurd. De student hoort het van Koppel.`,
    asked: (student: string) => `Je vraag is naar ${student} gestuurd.`,
    notReached: 'De student heeft Koppel nog nooit geopend: neem zelf contact op.',
    refusals: { 'unknown-student': 'Die student ken ik niet.', 'no-own-placement': 'Deze student heeft (nu) geen eigen plek gemeld.', 'no-reason': 'Geef een reden (3 tot 300 tekens).' },
    toStudentAccepted: (company: string, reason: string) => `Je stagecoördinator heeft je eigen stageplek bij **${company}** goedgekeurd. ${reason}`,
    toStudentAsked: (company: string, reason: string) => `Je stagecoördinator wil meer weten over je eigen stageplek bij **${company}**: ${reason} Typ **start** om je plek aan te passen, of antwoord je stagecoördinator.`,
  },
  edit: {
    chooseRound: 'Welke ronde wil je wijzigen?',
    title: (round: string) => `Ronde wijzigen: ${round}`,
    intro: (what: string) => `Je kunt nu nog wijzigen: ${what}. De rest ligt vast.`,
    parts: { programmeCodes: 'de opleidingen (tot de ronde open is)', wishesDeadline: 'de deadline van de leerwensen', offersDeadline: 'de deadline van het aanbod', releaseAt: 'het moment van de uitslag (tot de goedkeuring)', weights: 'wat de koppeling weegt (tot de goedkeuring)', choiceDeadline: 'tot wanneer studenten kiezen uit hun voorstellen (tot die deadline)', contact: 'de contactpersoon van school' },
    save: 'Wijzigingen opslaan',
    saved: (round: string, what: string) => `Ronde **${round}** is gewijzigd: ${what}.`,
    nothing: 'Er is niets veranderd.',
    changed: { programmeCodes: 'opleidingen', wishesDeadline: 'deadline leerwensen', offersDeadline: 'deadline aanbod', releaseAt: 'moment van de uitslag', weights: 'gewichten', choiceDeadline: 'keuzedeadline', contact: 'contactpersoon' },
    refusals: {
      'not-editable': 'Dit kan in deze fase van de ronde niet meer veranderen.',
      'in-past': 'Kies een moment in de toekomst. Wil je de ronde nu sluiten? Typ **ronde sluit**.',
      order: 'De deadlines liggen vóór de uitslag, en de uitslag vóór de start van de stage.',
      'unknown-programme': 'Kies opleidingen uit de lijst.',
      'unknown-round': 'Die ronde bestaat niet (meer).',
      unreadable: 'Vul een datum en tijd in.',
    },
    nothingEditable: 'Aan deze ronde kan niets meer veranderen. Na de goedkeuring plan of verschuif je de uitslag met **ronde vrijgave**.',
  },
  closeEarly: {
    title: (round: string) => `Ronde nu sluiten? ${round}`,
    intro: (parts: string[]) => `De deadlines zijn nog niet voorbij: ${parts.join('; ')}. Na het sluiten kan niemand meer iets veranderen, en dat kan niet terug zodra er gekoppeld is.`,
    wishesUntil: (at: string) => `leerwensen tot ${at}`,
    offersUntil: (at: string) => `aanbod tot ${at}`,
    unconfirmed: (n: number) => `${plural(n, 'student heeft', 'studenten hebben')} de leerwens nog niet bevestigd`,
    unanswered: (n: number) => `${plural(n, 'leerbedrijf heeft', 'leerbedrijven hebben')} nog geen aanbod gegeven`,
    confirm: 'Toch nu sluiten',
  },
};
export type RoundEditTexts = typeof roundEditNl;
