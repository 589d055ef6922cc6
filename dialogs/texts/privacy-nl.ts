// What Koppel says about privacy to staff: care coordinators, upcoming deletions, erasure requests.
export const privacyNl = {
  support: {
    onlyCareCoordinators: 'Dit kan alleen een zorgcoördinator (ZORGCOORDINATOREN). Een stagecoördinator ziet alleen óf een student extra begeleiding vroeg. Er is niets getoond.',
    title: 'Ondersteuningsbehoefte bekijken',
    intro: 'Alleen voor zorgcoördinatoren. Wat je hier bekijkt, wordt vastgelegd (wie, wanneer, welke student; nooit de inhoud).',
    studentNumber: 'Studentnummer',
    show: 'Bekijken',
    resultTitle: (number: string) => `Ondersteuning van student ${number}`,
    wanted: 'Extra begeleiding gevraagd',
    details: 'Wat de student nodig heeft',
    shared: 'Mag het stagebedrijf dit lezen',
    none: '(niets ingevuld)',
    notFound: (number: string) => `Er is geen student met nummer ${number}.`,
    ambiguous: (number: string) => `Nummer ${number} hoort bij meer dan één student. Vraag de beheerder om hulp.`,
    yes: 'ja',
    no: 'nee',
  },
  deletions: {
    title: 'Wat Koppel binnenkort verwijdert',
    intro: 'Per ronde en soort gegevens: wanneer Koppel ze verwijdert of anoniem maakt. Tellingen zonder namen blijven.',
    none: 'Er staat niets meer op de lijst: alles is al verwijderd.',
    kinds: {
      intake: 'leerwens en antwoorden', support: 'ondersteuningsbehoefte', contact: 'naam, studentnummer en contactgegevens',
      explanations: 'uitleg bij de koppeling en redenen', 'check-ins': 'check-ins (koppeling aan de student)', chat: 'chatgegevens en berichten',
      reports: 'afgesloten meldingen', audit: 'logboek',
    } as Record<string, string>,
    reports: (count: number) => `${count} afgesloten ${count === 1 ? 'melding' : 'meldingen'}`,
  },
  myData: {
    unknown: 'Koppel kent u nog niet: er staat niets over u opgeslagen.',
    ready: 'Hier is alles wat Koppel over u bewaart: één bestand om te bewaren (JSON) en één om te lezen. Klopt er iets niet, of wilt u dat we het verwijderen? Typ **gegevens verwijderen**.',
    jsonDescription: 'Alles wat Koppel over u bewaart, als JSON',
    summaryDescription: 'Alles wat Koppel over u bewaart, om te lezen',
    summaryTitle: 'Wat Koppel over u bewaart',
    empty: '(niets)',
    sections: {
      roles: 'Bekend als', student: 'Uw gegevens als student', round: 'Stageronde', matches: 'Koppelingen', placements: 'Stageplekken',
      checkIns: 'Check-ins', evaluations: 'Evaluaties', contactMoments: 'Contactmomenten', company: 'Uw bedrijf', offers: 'Aanbod van uw bedrijf',
      chat: 'Chatgegevens', messages: 'Berichten van Koppel aan u', reports: 'Uw meldingen', audit: 'Logboek (wat er met uw gegevens gebeurde)',
    } as Record<string, string>,
  },
};
export type PrivacyTexts = typeof privacyNl;
