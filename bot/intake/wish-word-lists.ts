// Word lists of the learning-wish coach. Data only; wish-patterns.ts reads them.
//
// Everything is compared after lowercasing and stripping accents ("cliënt" → "client"), token by
// token, so "man" never matches inside "manier" or "management". Pattern syntax:
//   "veel leren"  a phrase: consecutive tokens
//   "marokk*"     a token starting with "marokk" (marokko, marokkaan, marokkaanse)
//   "*"           any one token ("goed met *": "goed met mensen")
//   "<age>"       a number a student could be: 12-30, in digits or written out
//   "lang$"       the match must end its clause (punctuation, end of text, or a word of
//                 CLAUSE_FOLLOWERS next): "ik ben lang" is about the body, "ik ben al lang bezig" is not
//
// Scopes say where a term counts:
//   any      anywhere: the word itself is personal ("moslima", "afkomst", "tattoo")
//   self     only in a self-description (after "ik ben", "als", "mijn", "ik heb"…, or "ik … ben"):
//            "meisje", "man", "jong" are normal words when they are about the work
//   subject  anywhere except right after a word like "met"/"with": "ik heb ADHD" is about the
//            student, "kinderen met ADHD begeleiden" is about the work
import { ENGLISH_STOP_WORDS } from '../../matching/english-stop-words.js';

export type PersonalCategory = 'origin' | 'religion' | 'gender' | 'age' | 'appearance' | 'health';

export interface TermList {
  readonly any?: readonly string[];
  readonly self?: readonly string[];
  readonly subject?: readonly string[];
}

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

// Self-descriptions ("ik ben sociaal"): fine in a motivation letter, but the wish is what to LEARN,
// and traits must stay out of matching. A warning, so the student can rewrite it as a skill.
export const TRAIT_TERMS: TermList = {
  self: [
    'sociaal', 'behulpzaam', 'vriendelijk', 'aardig', 'lief', 'gezellig', 'geduldig', 'zorgzaam', 'empathisch',
    'creatief', 'nauwkeurig', 'precies', 'punctueel', 'stipt', 'betrouwbaar', 'eerlijk', 'flexibel', 'gemotiveerd',
    'enthousiast', 'leergierig', 'nieuwsgierig', 'spontaan', 'rustig', 'vrolijk', 'positief', 'verantwoordelijk',
    'communicatief', 'handig', 'slim', 'netjes', 'georganiseerd', 'hardwerkend', 'harde werker', 'doorzetter',
    'teamspeler', 'teamplayer', 'mensenmens', 'people person', 'aanpakker', 'perfectionist', 'goed met *', 'goed in *',
    'social', 'friendly', 'helpful', 'patient', 'caring', 'creative', 'precise', 'punctual', 'reliable',
    'honest', 'motivated', 'enthusiastic', 'curious', 'hard worker', 'hardworking', 'hard working',
    'team player', 'outgoing', 'calm', 'responsible', 'good with *', 'good at *',
  ],
  any: [
    'ik ben iemand die', 'mijn kwaliteiten', 'mijn sterke punten', 'heb veel geduld', 'heb geduld', 'kan goed met *',
    'i am someone who', 'my strengths', 'my qualities',
  ],
};

export const PERSONAL_TERMS: Readonly<Record<PersonalCategory, TermList>> = {
  // Nationality words that point at a migration background (the "ethnic match" the field research
  // warns about). Not flagged: "Nederlands" (the language of school and work) and cuisines
  // ("Italiaans koken"); "Pools"/"polish" are left out because of "pools" and "to polish".
  origin: {
    // General words are someone else's after "met"/"van": "cliënten met een migratieachtergrond".
    subject: [
      'afkomst', 'afkomstig', 'allochto*', 'autochto*', 'nationaliteit*', 'migratieachtergrond', 'migrant*',
      'vluchteling*', 'statushouder*', 'asielzoeker*', 'etnisch*', 'etniciteit', 'huidskleur', 'ras', 'ethnicity',
      'ethnic', 'immigrant*', 'refugee*', 'nationality', 'skin colour', 'skin color',
    ],
    any: [
      'marokk*', 'turk', 'turks', 'turkse', 'turken', 'turkije', 'surina*', 'antill*', 'kaapverd*', 'syrie', 'syrisch*', 'syrier*',
      'somali*', 'eritre*', 'afghaan*', 'afghan*', 'irak*', 'iraaks*', 'koerd*', 'arabisch*', 'arabier*',
      'berber*', 'afrikaan*', 'moroccan*', 'turkish', 'surinamese', 'antillean*', 'syrian*', 'eritrean*',
      'kurdish', 'arab', 'arabic',
    ],
    self: ['achtergrond', 'roots', 'nederlander', 'buitenlander', 'geboren in', 'background', 'origin', 'race'],
  },
  // A named religion is flagged even about others: it steers a match towards a group.
  religion: {
    any: [
      'moslim*', 'islam*', 'moskee*', 'hoofddoek*', 'christen*', 'christelijk*', 'katholiek*', 'protestant*',
      'joods*', 'jood', 'joden', 'hindoe*', 'boeddhis*', 'sikh*', 'kerk', 'kerken', 'bidden', 'gebed*', 'ramadan',
      'keppel', 'tulband', 'niqaab', 'boerka', 'muslim*', 'mosque*', 'hijab*', 'headscarf', 'christian*',
      'catholic*', 'jewish', 'hindu*', 'buddhis*', 'church', 'pray', 'praying', 'prayer*',
    ],
    // Religion in general is also a care topic ("cliënten met een ander geloof"), so only one's own.
    self: ['geloof', 'religie', 'godsdienst', 'gelovig', 'religieus', 'faith', 'religion', 'religious'],
  },
  // Singular words about the student ("als meisje", "ik ben een jongen"); "mannen en vrouwen" in a
  // wish are clients or colleagues, which is about the work.
  gender: {
    any: [
      'gender', 'geslacht', 'transgender', 'non binair', 'nonbinair', 'lhbt*', 'lgbt*', 'homo', 'homoseksueel',
      'lesbisch', 'lesbienne', 'biseksueel', 'queer', 'gay', 'lesbian', 'bisexual', 'non binary', 'nonbinary',
    ],
    self: ['meisje', 'meid', 'jongen', 'vrouw', 'man', 'vrouwelijk', 'mannelijk', 'girl', 'boy', 'woman', 'male', 'female'],
  },
  age: {
    any: [
      '<age> jaar oud', '<age> years old', '<age> year old', 'minderjarig*', 'geboortedatum', 'geboortejaar',
      'leeftijd <age>',
    ],
    self: ['<age> jaar', '<age> jarige', '<age> jarig', '<age>$', 'leeftijd', 'jong$', 'oud$', 'age', 'young$'],
  },
  // Body words only as a self-description and at the end of a clause ("ik ben lang"), so "al lang
  // bezig", "klein bedrijf" and "het uiterlijk van een gerecht" stay free.
  appearance: {
    any: ['tattoo*', 'tatoea*', 'piercing*', 'verzorgd uiterlijk'],
    self: [
      'uiterlijk', 'looks', 'appearance', 'lengte', 'gewicht', 'baard', 'kapsel', 'knap$', 'mooi$', 'lelijk$', 'lang$',
      'klein$', 'groot$', 'dik$', 'dun$', 'slank$', 'blond$', 'pretty$', 'beautiful$', 'tall$', 'short$', 'fat$',
      'thin$', 'ugly$', 'beard',
    ],
  },
  // Care students learn about illness and medicines ("medicijnen delen", "cliënten met een
  // beperking"), so most health words count only when the student says they are their own.
  health: {
    subject: ['adhd', 'autisme', 'autistisch', 'autist', 'dyslexie', 'dyslectisch', 'dyscalculie', 'autism', 'autistic', 'dyslexia', 'dyslexic'],
    self: [
      'add', 'ziek$', 'ziekte', 'chronisch ziek', 'medicijnen', 'medicatie', 'beperking', 'handicap', 'gehandicapt',
      'zwanger', 'diabetes', 'epilepsie', 'astma', 'migraine', 'depressie', 'depressief', 'angststoornis', 'burn out',
      'burnout', 'allergie', 'allergisch', 'rugklachten', 'hernia', 'slechthorend', 'doof', 'blind', 'slechtziend',
      'rolstoel', 'sick$', 'ill$', 'illness', 'disease', 'medication', 'disability', 'disabled', 'pregnant',
      'epilepsy', 'asthma', 'depression', 'depressed', 'anxiety', 'deaf', 'allergic', 'wheelchair',
    ],
  },
};

// What opens a self-description. Traits use the first list; personal terms also the second ("als
// meisje", "mijn geloof", "ik heb ADHD").
export const TRAIT_PREFIXES: readonly string[] = [
  'ik ben', 'ben ik', 'ik vind mezelf', 'ik vind mijzelf', 'i am', 'i m', 'im', 'i consider myself',
];
export const PERSONAL_PREFIXES: readonly string[] = [
  ...TRAIT_PREFIXES, 'ik heb', 'heb ik', 'ik heb last van', 'ik lijd aan', 'mijn', 'als', 'ik gebruik', 'ik slik',
  'ik zit in', 'i have', 'i ve', 'my', 'as', 'i take', 'i suffer from',
];

/** Dutch "als" takes no article in a self-description ("als meisje"); "als een vrouw bevalt" is about a client. */
export const NO_SKIP_PREFIXES: readonly string[] = ['als'];

/** Words allowed between a prefix and its term: "ik ben (nog) (heel) jong", "als (een) meisje". */
export const SELF_SKIP_WORDS: readonly string[] = [
  'een', 'heel', 'erg', 'zeer', 'best', 'echt', 'wel', 'nog', 'pas', 'al', 'net', 'bijna', 'ook', 'zelf', 'nogal',
  'vrij', 'super', 'altijd', 'te', 'vaak', 'a', 'an', 'very', 'really', 'quite', 'so', 'just', 'only', 'also',
  'still', 'always', 'too', 'often',
];

/** A clause-final term may still be followed by these: "ik ben 16 en wil…", "omdat ik lang ben". */
export const CLAUSE_FOLLOWERS: readonly string[] = [
  'en', 'of', 'maar', 'dus', 'want', 'ben', 'heb', 'and', 'or', 'but', 'so',
];

/** Verbs that close a Dutch subordinate self-description: "omdat ik ADHD heb", "dat ik 16 ben". */
export const SUBORDINATE_VERBS: readonly string[] = ['ben', 'heb'];

/** Skipped between a client marker and its term: "mensen van verschillende afkomst". */
export const CLIENT_MARKER_FILLERS: readonly string[] = [
  'een', 'a', 'an', 'verschillende', 'andere', 'diverse', 'allerlei', 'different', 'other', 'various',
];

/** A condition right after these is someone else's: "kinderen met autisme", "hulp bij dyslexie". */
export const CLIENT_MARKERS: readonly string[] = [
  'met', 'bij', 'voor', 'van', 'over', 'zoals', 'en', 'of', 'with', 'for', 'about', 'like', 'and', 'or',
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
