// Word lists of the requirement screen's grammar (requirement-screen.ts). Data only; lowercase, no
// accents, chat spellings written out (screen-tokens.ts).

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Before a ground, these make it a requirement or preference about the student. */
export const RESTRICTIVE_CUES = set(`alleen uitsluitend enkel geen zonder niet liever liefst voorkeur vooral zoeken zoek zoekt
  moet moeten dient dienen vereist vereiste eis eisen verplicht minimaal maximaal max wees bent te must should only no not
  without prefer preferably preference mainly looking seeking need needs required requirement requirements strictly`);
/** After a ground, these do the same: "jongens gezocht", "Nederlander vereist". */
export const POST_CUES = set(`gezocht gevraagd gewenst vereist verplicht wanted preferred required only pre must voorwaarde`);
/** Before a ground, these make a statement that includes everyone: "ongeacht afkomst". */
export const INCLUSIVE_BEFORE = set('ongeacht ongeachte regardless irrespective ook even also');
/** After a ground: "hoofddoek mag", "studenten met een beperking zijn welkom", "LHBTI-vriendelijk". */
export const INCLUSIVE_AFTER = set(`welkom welcome mag mogen toegestaan allowed probleem problem uit matter vriendelijk friendly
  inclusief inclusive geen`);
/** These after an inclusive word turn it round: "hoofddoek mag niet". */
export const NEGATIONS = set('niet not nooit never');

/** Before a ground, these make it someone else: the clients, colleagues or things of the work. */
export const CLIENT_MARKERS = set('met bij voor van aan onder tussen over zoals naar with for of among about like to');
/** Possessives of others: "klanten in hun moedertaal helpen". */
export const OTHERS_POSSESSIVES = set('hun their haar her his');
/** Work done for people: "je verzorgt mannen en vrouwen", "you help Muslim patients". */
export const WORK_VERBS = set(`helpen helpt help helps verzorgen verzorgt verzorg begeleiden begeleidt begeleid ondersteunen
  ondersteunt bedienen bedient adviseren adviseert verplegen verpleegt opvangen vangt knippen knipt behandelen behandelt
  coachen coacht bezoeken bezoekt ontvangen ontvangt serveren serveert koken kookt bereiden bereidt onderwijzen assisteren
  assisteert care cares serve serves support supports assist assists advise advises treat treats teach teaches visit
  visits cook cooks prepare prepares`);
/** Before a student word, these are for or with them: "extra begeleiding voor studenten met dyslexie", "ervaring met studenten met autisme". */
export const BENEFIT = set('voor for ook also met with');

/** Between a marker or cue and the ground it governs: "met (een) (andere) …", "geen (jonge) …". */
export const NOUN_PHRASE_FILLERS = set(`een de het the a an andere verschillende diverse allerlei different other various veel
  many onze our alle all elke iedere every any ook also wel graag echt heel erg zeer very really liefst liever bij en of and or`);

/** Copulas a requirement about the student is written with: "je bent jong", "must be healthy". */
export const COPULAS = set('bent ben is zijn zijt wees be are am');

/** With a ground, a legal minimum age for named work or machines is allowed ("18+ i.v.m. de heftruck"). */
export const LEGAL_MINIMUM_AGES = new Set([16, 18]);
export const LEGAL_REASONS = set(`heftruck vorkheftruck reachtruck hoogwerker machine machines zaagmachine cirkelzaag
  kettingzaag snijmachine pers gevaarlijke chemicalien alcohol drank sterke tappen tapvergunning nachtdienst nachtdiensten
  nachtwerk wettelijk wettelijke wet arbowet arbeidstijdenwet verplicht kraan shovel tractor trekker rijbewijs bestelbus
  forklift machinery chainsaw crane law legal legally licence license alcoholische bezorgauto gewasbescherming
  bestrijdingsmiddelen`);
/** Words that make a number an age: "onder de 25", "16-20 jaar", "18+". */
export const AGE_UNITS = set('jaar jr years year yrs jarig jarige jarigen');
export const MAXIMUM_AGE_WORDS = set('onder jonger max maximaal maximum tot under younger below upto beneden');
export const MINIMUM_AGE_WORDS = set('minimaal min vanaf minimum boven ouder least over older');
export const AGE_WORDS = set('leeftijd age leeftijdsgrens leeftijdseis');
export const RANGE_WORDS = set('tot en t m of to and or');

/** "moet goed in ons team passen", "you fit in our team": a "klik", whatever it is called. */
export const FIT_VERBS = set('past passen passend passende passt fit fits fitting klikken klikt aansluiten aansluit');
export const FIT_PLACES = set('team teams bedrijfscultuur cultuur sfeer groep collegas collega crew us club familie');
export const FIT_PHRASES = [
  ['bij', 'ons'], ['in', 'ons'], ['binnen', 'ons'], ['goed', 'gevoel'], ['gut', 'feeling'], ['good', 'vibe'], ['goede', 'vibe'],
  ['culture', 'fit'], ['cultural', 'fit'], ['good', 'fit'], ['goede', 'match'], ['juiste', 'type'], ['right', 'type'],
];
/** "met één klik", "klik op de knop": a click of the mouse. */
export const CLICK_OF_A_MOUSE = set('op on hier here en and muis mouse dubbel double');

/** A photo is work ("foto's van producten maken") unless it is of the student. */
export const PHOTO_WORDS = set('foto fotos pasfoto photo picture');
export const PHOTO_OF_STUDENT = set(`cv sollicitatie stuur meesturen mee sturen send attach toevoegen jezelf yourself pasfoto
  resume application jou you`);

/** Topics that describe the student wherever a company writes them. */
export const ALWAYS_ABOUT_STUDENT = set(`uiterlijk moedertaal moedertaalspreker moedertaalsprekers accentloos native nationaliteit
  geslacht gezondheid ziekteverzuim ziekteverleden hoofddoek hoofddoeken hijab hijabs headscarf keppel tulband niqaab nikab
  boerka burka tattoo tattoos tatoeage tatoeages piercing piercings pasfoto looks appearance geaardheid levensovertuiging
  klik klikgesprek teamfit chemistry click`);

/** Nouns a ground may describe without being about the student: "jong team", "christelijke school". */
export const OTHER_HEADS = set(`team teams collega collegas bedrijf organisatie school omgeving sfeer werkplek afdeling
  company organisation organization workplace department colleagues`);
/** A belief or identity the student must share: "je onderschrijft onze christelijke identiteit". */
export const SUBSCRIBE_VERBS = set('onderschrijft onderschrijven deelt delen share shares belijdt belijden endorse endorses');
/** "als je ziek bent": a condition, not a requirement. */
export const CONDITIONALS = set('als wanneer indien if when');
/** Looks asked for in words, not by a listed word: "je moet er goed uitzien". */
export const APPEARANCE_PHRASES = [
  ['er', 'goed', 'uitzien'], ['er', 'goed', 'uit'], ['er', 'verzorgd', 'uit'], ['verzorgd', 'uitzien'], ['good', 'looking'],
  ['look', 'good'], ['goed', 'uitziend'], ['goed', 'uitziende'],
];
/** A mother tongue asked for in other words: "Nederlandstalig van huis uit", "first language". */
export const MOTHER_TONGUE_PHRASES = [
  ['van', 'huis', 'uit'], ['eerste', 'taal'], ['first', 'language'], ['mother', 'tongue'], ['native', 'level'],
];
