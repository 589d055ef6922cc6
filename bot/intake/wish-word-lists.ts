// Word lists of the learning-wish coach. Data only; wish-patterns.ts and wish-activity.ts read them.
//
// Everything is compared after lowercasing and stripping accents ("cliënt" → "client"), token by
// token, so "man" never matches inside "manier" or "management". A phrase is consecutive tokens;
// "*" stands for any one token. What a wish says about the student is the wish screen's
// (bot/screening/), not these lists'.
import { ENGLISH_STOP_WORDS } from '../../matching/english-stop-words.js';

// Fillers that carry the wish but say nothing about what to learn. Only a warning: "ik wil veel
// leren over wondzorg" still says enough to match on.
export const VAGUE_PHRASES: readonly string[] = [
  'veel leren', 'heel veel leren', 'alles leren', 'van alles', 'alles wat', 'zoveel mogelijk', 'zo veel mogelijk',
  'ervaring opdoen', 'ervaring op doen', 'werkervaring opdoen', 'ervaring krijgen', 'ervaring te krijgen',
  'nieuwe dingen', 'dingen leren', 'iets leren', 'mezelf ontwikkelen', 'mijzelf ontwikkelen', 'me ontwikkelen',
  'mij ontwikkelen', 'mezelf verbeteren', 'beter worden', 'weet ik niet', 'weet het niet', 'weet ik nog niet',
  'geen idee', 'maakt niet uit', 'maakt me niet uit', 'leuke stage', 'kijken wat ik', 'ontdekken wat ik',
  'learn a lot', 'a lot', 'lots of things', 'many things', 'new things', 'everything', 'anything',
  'gain experience', 'get experience', 'work experience', 'develop myself', 'improve myself',
  'i don t know', 'don t know', 'no idea', 'doesn t matter', 'whatever', 'nice internship',
];

// ---- Activity ------------------------------------------------------------------------------

/** Infinitives that name no concrete work: "ik wil leren", "ervaring opdoen", "stage lopen". */
export const GENERIC_VERBS: readonly string[] = [
  'leren', 'willen', 'worden', 'zijn', 'hebben', 'gaan', 'kunnen', 'moeten', 'mogen', 'zullen', 'doen', 'opdoen',
  'werken', 'krijgen', 'weten', 'kennen', 'zien', 'vinden', 'komen', 'staan', 'zitten', 'liggen', 'blijven',
  'lopen', 'ontwikkelen', 'ontdekken', 'proberen', 'meemaken', 'meedoen', 'ervaren', 'groeien', 'snappen',
  'begrijpen', 'beginnen', 'starten', 'verdienen', 'halen', 'maken', 'houden', 'verbeteren',
];

/** Words ending in -en that are not verbs: plurals and adverbs a wish often holds. */
export const NON_VERBS: readonly string[] = [
  'mensen', 'kinderen', 'klanten', 'ouderen', 'clienten', 'patienten', 'jongeren', 'volwassenen', 'vrouwen',
  'mannen', 'jongen', 'jongens', 'meiden', 'dieren', 'dingen', 'zaken', 'uren', 'dagen', 'weken', 'maanden', 'jaren', 'ochtenden',
  'avonden', 'weekenden', 'bedrijven', 'keuken', 'keukens', 'talen', 'vakken', 'lessen', 'taken', 'ervaringen',
  'vaardigheden', 'mogelijkheden', 'kansen', 'problemen', 'producten', 'goederen', 'gerechten', 'samen', 'alleen',
  'boven', 'beneden', 'buiten', 'binnen', 'even', 'open', 'eigen', 'tussen', 'misschien', 'meteen', 'examen',
  'reden', 'oven', 'morgen', 'verschillen', 'culturen', 'leeftijden', 'handen', 'ogen', 'huizen', 'vrienden',
];

/** "werken met een oven", "omgaan met agressie": what follows names the work. */
export const WORK_WITH_VERBS: readonly string[] = ['werken', 'werk', 'omgaan', 'gaan', 'work', 'working', 'deal', 'dealing'];
export const WORK_WITH_WORDS: readonly string[] = ['met', 'with'];

/** "hoe je een bord opmaakt": after these the clause holds a conjugated verb. */
export const HOW_WORDS: readonly string[] = ['hoe'];
export const HOW_SUBJECTS: readonly string[] = ['je', 'jij', 'ik', 'men', 'u', 'we', 'wij'];

/** Stems of skills and work a first-year names without a verb: "de kassa", "het magazijn". */
export const SKILL_STEMS: readonly string[] = [
  'verzorg', 'verpleeg', 'wond', 'zorg', 'kassa', 'afreken', 'verkoop', 'verkop', 'advies', 'advis', 'program',
  'codeer', 'coder', 'softwar', 'website', 'ontwerp', 'test', 'kook', 'kok', 'bak', 'gerecht', 'recept', 'bereid',
  'serveer', 'bedien', 'install', 'monteer', 'monter', 'bedrad', 'elektr', 'solder', 'lass', 'timmer', 'schilder',
  'magazijn', 'voorraad', 'keuken', 'help', 'order', 'inpak', 'heftruck', 'schoonmak', 'hygien', 'administrat', 'boekhoud',
  'begeleid', 'observ', 'opvang', 'reparat', 'onderhoud', 'storing', 'logistiek', 'nurs', 'cook', 'checkout',
  'warehous', 'repair', 'weld', 'paint', 'clean', 'wiring',
];

/** English skill words matched whole ("care" is not "career"). */
export const SKILL_WORDS: readonly string[] = ['care', 'cash', 'sales', 'stock', 'customer', 'customers', 'kitchen', 'app', 'apps'];

/** Content words that still name no activity: "veel werk", "een nieuwe stage". */
export const NON_ACTIVITY_WORDS: readonly string[] = ['werk', 'work', 'eigen', 'nieuw', 'nieuwe', 'stage', 'internship', 'job', 'baan'];

/** English -ing words that are no activity. */
export const ING_NON_ACTIVITIES: readonly string[] = [
  'thing', 'nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'during', 'being', 'going',
  'doing', 'getting', 'having', 'learning', 'working', 'interesting', 'boring', 'amazing', 'bring', 'spring',
];


/** After "to", these are no verb: "to the kitchen", "to learn", "to be". */
export const TO_NON_VERBS: readonly string[] = [
  ...ENGLISH_STOP_WORDS, 'go', 'become', 'know', 'see', 'gain', 'make', 'find', 'try', 'experience', 'grow',
  'develop', 'people', 'customers', 'clients', 'children', 'school', 'improve',
];
