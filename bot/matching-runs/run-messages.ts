// Texts of the exports that are not the core's own reasons, in Dutch and English.
import type { Language } from '../../matching/index.js';

export interface ExportMessages {
  resultHeader: readonly string[];
  figuresHeader: readonly string[];
  status: { matched: string; proposed: string; unmatched: string; 'own-placement': string; 'not-confirmed': string };
  yes: string;
  no: string;
  /** the pin's reason is free text and stays in Koppel; the export only says a person decided */
  pinned: string;
  /** the words a wish and an offer share are the student's words: the export only says the wish fits */
  learningWish: string;
  brokenRules: (rules: string) => string;
  unknownProgramme: (code: string) => string;
  help: string;
  total: string;
  resultFile: string;
  figuresFile: string;
}

const nl: ExportMessages = {
  resultHeader: ['studentnummer', 'status', 'leerbedrijf', 'aanbod-id', 'locatie', 'reistijd (min)', 'met de hand geplaatst', 'redenen', 'wat zou helpen'],
  figuresHeader: ['opleiding', 'naam opleiding', 'studenten', 'bevestigd', 'eigen stageplek', 'gekoppeld', 'niet gekoppeld', 'bruikbare plekken', 'onbenutte plekken'],
  status: { matched: 'gekoppeld', proposed: 'voorstellen', unmatched: 'niet gekoppeld', 'own-placement': 'eigen stageplek', 'not-confirmed': 'niet bevestigd' },
  yes: 'ja',
  no: 'nee',
  pinned: 'met de hand geplaatst door een coördinator (reden vastgelegd in Koppel)',
  learningWish: 'past bij de leerwens (de gedeelde woorden staan in Koppel)',
  brokenRules: (rules) => `buiten de regels om: ${rules}`,
  unknownProgramme: (code) => `opleiding ${code} staat niet in de catalogus`,
  help: 'wat zou helpen',
  total: 'totaal',
  resultFile: 'koppelingen',
  figuresFile: 'cijfers',
};

const en: ExportMessages = {
  resultHeader: ['student number', 'status', 'company', 'offer id', 'location', 'travel (min)', 'placed by hand', 'reasons', 'what would help'],
  figuresHeader: ['programme', 'programme name', 'students', 'confirmed', 'own place', 'matched', 'unmatched', 'usable places', 'unused places'],
  status: { matched: 'matched', proposed: 'proposals', unmatched: 'unmatched', 'own-placement': 'own place', 'not-confirmed': 'not confirmed' },
  yes: 'yes',
  no: 'no',
  pinned: 'placed by hand by a coordinator (reason recorded in Koppel)',
  learningWish: 'fits the learning wish (the shared words are in Koppel)',
  brokenRules: (rules) => `outside the rules: ${rules}`,
  unknownProgramme: (code) => `programme ${code} is not in the catalogue`,
  help: 'what would help',
  total: 'total',
  resultFile: 'matches',
  figuresFile: 'figures',
};

export const EXPORT_MESSAGES: Readonly<Record<Language, ExportMessages>> = { nl, en };
