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
};
export type PrivacyTexts = typeof privacyNl;
