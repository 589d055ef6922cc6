// The words in the two export files of a round (`ronde export`): columns, statuses and the reasons
// that are not the matching core's own.
export const exportFilesNl = {
  resultHeader: ['studentnummer', 'status', 'leerbedrijf', 'aanbod-id', 'locatie', 'reistijd (min)', 'met de hand geplaatst', 'redenen', 'wat zou helpen'],
  figuresHeader: ['opleiding', 'naam opleiding', 'studenten', 'bevestigd', 'eigen stageplek', 'gekoppeld', 'niet gekoppeld', 'bruikbare plekken', 'onbenutte plekken'],
  status: { matched: 'gekoppeld', proposed: 'voorstellen', unmatched: 'niet gekoppeld', 'own-placement': 'eigen stageplek', 'not-confirmed': 'niet bevestigd' },
  yes: 'ja',
  no: 'nee',
  /** the pin's reason is free text and stays in Koppel; the export only says a person decided */
  pinned: 'met de hand geplaatst door een coördinator (reden vastgelegd in Koppel)',
  /** the words a wish and an offer share are the student's words: the export only says the wish fits */
  learningWish: 'past bij de leerwens (de gedeelde woorden staan in Koppel)',
  brokenRules: (rules: string) => `buiten de regels om: ${rules}`,
  total: 'totaal',
  resultFile: 'koppelingen',
  figuresFile: 'cijfers',
};

export type ExportFilesTexts = typeof exportFilesNl;
