// A CSV sent as a file in the chat instead of pasted into a form.
export const fileImportNl = {
  chooseRound: (file: string) => `Voor welke ronde zijn de studenten in **${file}**?`,
  unknown: (file: string) => `In **${file}** herken ik geen lijst van studenten (kolom **studentnummer**) of van leerbedrijven (kolommen **bedrijfsnaam** en **sbb_nummer**). Sla het bestand op als CSV met die kolommen, en stuur het opnieuw.`,
  notReadable: (file: string, problem: string) => `Ik kan **${file}** niet lezen: ${problem}`,
  expired: 'Dat bestand is niet meer bij mij (het wacht 30 minuten, en niet na een herstart). Stuur het opnieuw.',
  tooLarge: (file: string, megabytes: number) => `**${file}** is groter dan ${megabytes} MB. Zo groot is een lijst van studenten of bedrijven niet; stuur alleen de CSV met de kolommen die Koppel vraagt.`,
  downloadFailed: (file: string) => `Ik kon **${file}** niet ophalen. Stuur het nog eens, of plak de inhoud in het formulier (**studenten importeren** of **bedrijven importeren**).`,
  notForYou: 'Bestanden gebruik ik alleen om studenten of leerbedrijven te importeren; dat doet de stagecoördinator. Er is niets veranderd.',
};

export type FileImportTexts = typeof fileImportNl;
