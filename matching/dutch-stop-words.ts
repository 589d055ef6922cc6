// Words that carry no meaning for "what can be learned here". Compared after lowercasing and
// stripping diacritics, so "één" is listed as "een".

/** Common Dutch function words. */
export const DUTCH_STOP_WORDS: readonly string[] = [
  'aan', 'al', 'alle', 'alles', 'als', 'altijd', 'andere', 'ben', 'bij', 'daar', 'dan', 'dat', 'de', 'der', 'deze',
  'die', 'dit', 'doch', 'doen', 'door', 'dus', 'een', 'eens', 'en', 'er', 'ge', 'geen', 'geweest', 'haar', 'had',
  'heb', 'hebben', 'heeft', 'hem', 'het', 'hier', 'hij', 'hoe', 'hun', 'iemand', 'iets', 'ik', 'in', 'is', 'ja',
  'je', 'jij', 'jou', 'jouw', 'kan', 'kon', 'kunnen', 'maar', 'me', 'meer', 'men', 'met', 'mij', 'mijn', 'moet',
  'na', 'naar', 'niet', 'niets', 'nog', 'nu', 'of', 'om', 'omdat', 'onder', 'ons', 'ook', 'op', 'over', 'reeds',
  'te', 'tegen', 'toch', 'toen', 'tot', 'u', 'uit', 'uw', 'van', 'veel', 'voor', 'want', 'waren', 'was', 'wat',
  'we', 'wel', 'werd', 'wezen', 'wie', 'wij', 'wil', 'worden', 'wordt', 'zal', 'ze', 'zelf', 'zich', 'zij', 'zijn',
  'zo', 'zonder', 'zou', 'elk', 'elke', 'onze', 'jullie', 'hen', 'waar', 'wanneer', 'waarom', 'welke',
];

/**
 * Words every learning wish or offer text contains ("ik wil graag leren …", "je leert …"): they
 * would make every pair look similar, so they are dropped too.
 */
export const LEARNING_TEXT_FILLERS: readonly string[] = [
  'wil', 'wilt', 'willen', 'graag', 'leren', 'leer', 'leert', 'leuk', 'vind', 'vinden', 'kun', 'kunt', 'mag',
  'mogen', 'gaan', 'gaat', 'ga', 'bezig', 'zijn', 'krijg', 'krijgt', 'krijgen', 'soms', 'vooral', 'echt', 'stage',
  'stagiair', 'stagiaire', 'student', 'studenten', 'bedrijf', 'hier', 'beetje', 'heel', 'werken',
];
