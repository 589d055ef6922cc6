import type { ExportFilesTexts } from './export-files-nl.js';

export const exportFilesEn: ExportFilesTexts = {
  resultHeader: ['student number', 'status', 'company', 'offer id', 'location', 'travel (min)', 'placed by hand', 'reasons', 'what would help'],
  figuresHeader: ['programme', 'programme name', 'students', 'confirmed', 'own place', 'matched', 'unmatched', 'usable places', 'unused places'],
  status: { matched: 'matched', proposed: 'proposals', unmatched: 'unmatched', 'own-placement': 'own place', 'not-confirmed': 'not confirmed' },
  yes: 'yes',
  no: 'no',
  pinned: 'placed by hand by a coordinator (reason recorded in Koppel)',
  learningWish: 'fits the learning wish (the shared words are in Koppel)',
  brokenRules: (rules) => `outside the rules: ${rules}`,
  total: 'total',
  resultFile: 'matches',
  figuresFile: 'figures',
};
