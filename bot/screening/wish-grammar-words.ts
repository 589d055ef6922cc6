// Word lists of the wish screen's grammar (wish-screen.ts). Data only; lowercase, no accents,
// chat spellings already written out by screen-tokens.ts ("k ben" is "ik ben").

/** The student as subject: Dutch and English. */
export const FIRST_PERSON = new Set(['ik', 'i']);
/** "ik ben", "I am", "ik word 17", "I was born". */
export const COPULAS = new Set(['ben', 'am', 'was', 'word', 'wordt']);
/** "ik heb ADHD", "I have autism", "ik lijd aan", "I suffer from". */
export const HAVE_VERBS = new Set(['heb', 'have', 'had', 'lijd', 'suffer', 'draag', 'wear', 'zit', 'slik', 'gebruik', 'take']);
/** Words that open the student's own things. */
export const POSSESSIVES = new Set(['mijn', 'my', 'mij', 'mine']);
/** Family whose origin or belief is the student's: "mijn ouders komen uit Turkije". */
export const KIN = new Set([
  'ouders', 'familie', 'vader', 'moeder', 'pa', 'ma', 'opa', 'oma', 'opas', 'omas', 'grootouders', 'parents', 'family',
  'father', 'mother', 'dad', 'mom', 'mum', 'grandparents',
]);
/** "komen uit", "zijn", "come from", "are". */
export const KIN_VERBS = new Set(['komen', 'komt', 'kwamen', 'kwam', 'zijn', 'is', 'waren', 'come', 'comes', 'came', 'are', 'is', 'were']);
/** After these, a place is where someone comes from. */
export const FROM_WORDS = new Set(['uit', 'from', 'van']);
export const BORN_WORDS = new Set(['geboren', 'born']);

/** Between a verb and what it says about the student: "ik ben (nog) (heel) (een) …". */
export const NOUN_PHRASE_FILLERS = new Set([
  'een', 'heel', 'erg', 'zeer', 'super', 'echt', 'best', 'wel', 'nog', 'pas', 'al', 'zelf', 'ook', 'half', 'geen', 'niet',
  'gewoon', 'nogal', 'vrij', 'maar', 'eigenlijk', 'last', 'van', 'aan', 'uit', 'a', 'an', 'very', 'really', 'quite', 'so',
  'also', 'still', 'just', 'only', 'too', 'not', 'from', 'of', 'myself', 'mezelf', 'mijzelf', 'jaar', 'jr', 'jarig',
  'jarige', 'years', 'year', 'yrs', 'old', 'yo', 'oud', 'geboren', 'born', 'in', 'met', 'with', 'lichte', 'milde',
  'ernstige', 'mild', 'zware', 'chronische', 'chronisch', 'vaak', 'soms', 'sometimes', 'often', 'beetje', 'bit', 'little',
]);

/** Coordinations that go on describing: "ik ben Turks en moslim". */
export const AND_WORDS = new Set(['en', 'and', 'of', 'or', 'maar']);

/** "als meisje", "as a girl": the student speaking as one of a group. */
export const AS_WORDS = new Set(['als', 'as', 'being']);
/** After "als een vrouw …" these make it the student's clause again: "als een vrouw wil ik …". */
export const AS_CLAUSE_GOES_ON = new Set(['wil', 'ben', 'heb', 'vind', 'kan', 'zou', 'ik', 'i', 'want', 'would', 'am', 'have']);

/** Who the student would work with or for: a wish about them is a wish for people like oneself. */
export const COLLEAGUE_HEADS = new Set([
  'collega', 'collegas', 'team', 'teamgenoten', 'baas', 'bazen', 'leidinggevende', 'werkgever', 'begeleider',
  'praktijkopleider', 'stagebegeleider', 'eigenaar', 'eigenaren', 'bedrijf', 'organisatie', 'werkplek', 'colleague',
  'colleagues', 'coworker', 'coworkers', 'boss', 'manager', 'supervisor', 'employer', 'mentor', 'company', 'workplace',
]);
/** Between a group word and its colleague head: "(andere) Turkse collega's". */
export const HEAD_FILLERS = new Set(['andere', 'other', 'ook', 'also', 'alleen', 'only', 'een', 'a', 'an', 'veel', 'many', 'meer', 'more']);
/** What a colleague head continues with before describing them: "collega's die ook moslim zijn". */
export const HEAD_RELATIVES = new Set(['die', 'dat', 'who', 'that', 'met', 'with', 'van', 'uit', 'from', 'of']);
/** Verbs of speaking: "een baas die Turks spreekt" names a language, not a people. */
export const SPEAK_VERBS = new Set(['spreekt', 'spreken', 'spreek', 'praat', 'praten', 'speaks', 'speak', 'talk', 'talks']);

/** "zoals ik", "net als ik", "like me": the wish is for people like oneself. */
export const LIKE_ME = [['zoals', 'ik'], ['zoals', 'mij'], ['als', 'ik', 'ben'], ['net', 'als', 'ik'], ['like', 'me'], ['like', 'myself'], ['as', 'me']];
/** "dezelfde afkomst (als ik)", "the same religion". */
export const SAME_WORDS = new Set(['dezelfde', 'hetzelfde', 'zelfde', 'same']);
/** Group words before "zoals ik": "mensen zoals ik". */
export const PEOPLE_WORDS = new Set(['mensen', 'people', 'jongeren', 'personen', 'collegas', 'colleagues', 'iemand', 'someone']);

/** A bare clause that introduces its writer: "Turks meisje zoekt stage", "16 jaar, wil leren koken". */
export const HEADLINE_VERBS = new Set(['zoekt', 'zoek', 'wil', 'wilt', 'wants', 'seeks', 'looking', 'searching', 'needs']);
/** Religious practice the student tells of: "ik bid", "ik ga naar de moskee", "I pray". */
export const PRACTICE_VERBS = new Set(['bid', 'pray', 'vast', 'fast']);
export const WORSHIP_PLACES = new Set(['moskee', 'kerk', 'synagoge', 'tempel', 'mosque', 'church', 'synagogue', 'temple']);
/** "ik val op jongens": attraction names a sexual orientation. */
export const ATTRACTION = [['val', 'op'], ['am', 'into'], ['like', 'boys'], ['like', 'girls']];

/** Character words a student describes themself with (the wish asks what to LEARN, not who one is). */
export const TRAIT_WORDS = new Set(`sociaal behulpzaam vriendelijk aardig lief gezellig geduldig zorgzaam empathisch creatief
  nauwkeurig precies punctueel stipt betrouwbaar eerlijk flexibel gemotiveerd enthousiast leergierig nieuwsgierig spontaan
  rustig vrolijk positief verantwoordelijk communicatief slim netjes georganiseerd hardwerkend doorzetter teamspeler
  teamplayer mensenmens aanpakker perfectionist zelfstandig ambitieus stressbestendig sportief verlegen open serieus
  energiek proactief klantvriendelijk servicegericht accuraat zorgvuldig loyaal optimistisch grappig behulpzame
  social friendly helpful patient caring creative precise punctual reliable honest motivated enthusiastic curious
  hardworking outgoing calm responsible independent ambitious organised organized shy polite kind loyal cheerful
  eager funny trustworthy`.split(/\s+/));
/** Two words that make one trait: "harde werker", "team player". */
export const TRAIT_PAIRS = [['harde', 'werker'], ['hard', 'worker'], ['team', 'player'], ['people', 'person'], ['snelle', 'leerder'], ['fast', 'learner'], ['quick', 'learner']];
/** Trait phrases wherever they stand: "mijn sterke punten", "ik kan goed met mensen". */
export const TRAIT_PHRASES = [
  ['ik', 'ben', 'iemand', 'die'], ['mijn', 'kwaliteiten'], ['mijn', 'sterke', 'punten'], ['ik', 'heb', 'veel', 'geduld'],
  ['ik', 'heb', 'geduld'], ['ik', 'kan', 'goed', 'met', 'mensen'], ['ik', 'ben', 'goed', 'met', 'mensen'],
  ['i', 'am', 'someone', 'who'], ['my', 'strengths'], ['my', 'qualities'], ['i', 'am', 'good', 'with', 'people'],
  ['ik', 'vind', 'mezelf'], ['ik', 'vind', 'mijzelf'], ['i', 'consider', 'myself'],
];

/** After a number these make it no age: "ik ben 40 uur beschikbaar". */
export const NOT_AGE_UNITS = new Set([
  'uur', 'uren', 'dagen', 'dag', 'weken', 'week', 'maanden', 'keer', 'procent', 'euro', 'km', 'kilometer', 'minuten',
  'hours', 'days', 'weeks', 'months', 'times', 'percent', 'minutes', 'kilo', 'kg',
]);
