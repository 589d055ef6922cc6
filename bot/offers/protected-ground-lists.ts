// Word lists of the protected-ground check on an offer's free text. Data only; protected-grounds.ts
// reads them with the learning-wish matcher (bot/intake/wish-patterns.ts), so the pattern syntax is
// the same: lowercase, accents stripped, whole tokens; "marokk*" is a token prefix, "*" any one
// token, "<age>" a number a student could be (14-30, digits or words), "x$" must end its clause.
//
// Scopes, read for an offer (a company writes about the WORK, and sometimes about the student):
//   any      refused anywhere: the phrase can only be about who the student is ("geen buitenlanders",
//            "representatief uiterlijk", "past in het team")
//   subject  refused anywhere except right after a word like "met"/"bij"/"voor"/"van": "kinderen met
//            ADHD begeleiden" describes the work, "geen ADHD" describes the student
//   self     refused only when phrased as a requirement or preference, i.e. after one of
//            REQUIREMENT_CUES below ("alleen jongens", "wij zoeken een vrouw", "moet gezond zijn");
//            "we werken met mannen en vrouwen", "je leert gezond koken" describe the work.
//            In the other-requirement field the whole text IS a requirement, so there these count
//            like `subject` terms.
//
// Legitimate requirements (driving licence, a legal minimum age, certificates) are the controlled
// list in the offer form; a language skill ("je spreekt goed Nederlands") is about the work and stays
// free. Native-ness, accent and every age in free text are not.
import type { PersonalCategory, TermList } from '../intake/wish-word-lists.js';

/** The protected grounds of the wish coach, plus the "klik" that objective matching forbids. */
export type ProtectedCategory = PersonalCategory | 'team-fit';

export const PROTECTED_TERMS: Readonly<Record<ProtectedCategory, TermList>> = {
  origin: {
    any: [
      'nederlands* afkomst', 'nederlands* achtergrond', 'nederlands* roots', 'geen buitenlander*', 'geen allochto*',
      'autochto*', 'native speaker*', 'native dutch', 'moedertaal nederlands', 'nederlands als moedertaal',
      'nederlands* moedertaal', 'moedertaalspreker*', 'accentlo*', 'zonder accent', 'geen accent', 'dutch origin',
      'no foreigners',
    ],
    // After "met"/"van" these are clients or colleagues: "cliënten met een migratieachtergrond".
    subject: [
      'afkomst', 'afkomstig', 'allochto*', 'nationaliteit*', 'migratieachtergrond', 'migrant*', 'buitenlander*',
      'etnisch*', 'etniciteit', 'huidskleur', 'blanke', 'blanken', 'moedertaal',
      'marokk*', 'turk', 'turks', 'turkse', 'turken', 'surina*', 'antill*', 'kaapverd*', 'syrisch*', 'syrier*',
      'somali*', 'eritre*', 'afghaan*', 'afghaans*', 'irakees', 'iraaks*', 'koerd*', 'arabier*', 'afrikaan*',
      'aziat*', 'roemeen*', 'bulgaar*', 'oost europe*', 'nationality', 'ethnicity', 'ethnic',
      'foreigner*', 'moroccan*', 'turkish', 'surinamese',
    ],
    self: ['nederlander*', 'buitenlandse', 'poolse', 'polen', 'accent', 'dutchman', 'origin', 'background'],
  },
  // A named religion steers a match towards or away from a group, about whoever it is said.
  religion: {
    any: [
      'hoofddoek*', 'geen hoofddoek*', 'keppel', 'keppeltje', 'tulband', 'niqaab', 'nikab', 'boerka', 'hijab*',
      'headscarf', 'headscarves',
    ],
    subject: [
      'moslim*', 'islam*', 'christen*', 'christelijk*', 'katholiek*', 'protestant*', 'joods*', 'jood', 'joden',
      'hindoe*', 'hindoeistisch*', 'boeddhis*', 'sikh*', 'muslim*', 'christian*', 'catholic*', 'jewish', 'hindu*',
    ],
    // Religion in general is also a care topic ("cliënten met een ander geloof").
    self: ['geloof', 'gelovig*', 'religie', 'religieus', 'religieuze', 'godsdienst*', 'faith', 'religion', 'religious'],
  },
  // "mannen en vrouwen" are clients or colleagues until a cue makes them the student.
  gender: {
    any: ['geslacht', 'gender', 'mannelijk* stagiair*', 'vrouwelijk* stagiair*', 'mannelijk* student*', 'vrouwelijk* student*'],
    self: [
      'man', 'mannen', 'vrouw', 'vrouwen', 'jongen', 'jongens', 'meisje', 'meisjes', 'meid', 'meiden', 'dame', 'dames',
      'heer', 'heren', 'mannelijk*', 'vrouwelijk*', 'male', 'female', 'men', 'woman', 'women', 'boy', 'boys', 'girl', 'girls',
    ],
  },
  // Legal minimum ages are the controlled requirements; any other age in free text is refused.
  age: {
    any: [
      'jonger dan <age>', 'ouder dan <age>', 'niet ouder dan', 'niet jonger dan', 'te oud', 'te jong',
      'max <age> jaar', 'maximaal <age> jaar', 'minimaal <age> jaar', 'vanaf <age> jaar', 'tot <age> jaar',
      'tussen <age> en <age> jaar', 'leeftijd tussen', 'leeftijd van <age>', 'leeftijd <age>', 'leeftijdsgrens*',
      'leeftijdseis*', 'younger than', 'older than', 'not older than', 'under <age>',
    ],
    subject: [
      '<age> jaar', '<age> jarig*', '<age> jr', 'minderjarig*', 'meerderjarig*', 'geboortejaar', 'geboortedatum',
      '<age> years', 'years old',
    ],
    // "kinderen in de leeftijd van 0 tot 4" describes the work.
    self: ['leeftijd', 'jong', 'jonge', 'jeugdig*', 'age', 'young'],
  },
  // Care work is about illness and disability ("kinderen met een beperking begeleiden"), so most
  // health words count only about the student.
  health: {
    any: [
      'goede gezondheid', 'geen ziekteverzuim', 'good health',
      'geen * met een beperking', 'geen * met een handicap', 'geen * met adhd', 'geen * met autisme', 'geen * met dyslexie',
      'niet geschikt voor * met een beperking', 'niet geschikt voor * met een handicap', 'niet geschikt voor * met adhd',
      'niet geschikt voor * met autisme', 'niet geschikt voor * met dyslexie',
    ],
    subject: ['adhd', 'autisme', 'autistisch*', 'autist*', 'dyslex*', 'dyscalculie', 'autism', 'autistic', 'dyslexia', 'dyslexic'],
    self: [
      'gezond', 'beperking*', 'handicap*', 'gehandicapt*', 'ziek', 'ziekte*', 'chronisch ziek*', 'zwanger*', 'add',
      'depressie*', 'depressief', 'burn out', 'burnout', 'epilep*', 'diabet*', 'psychisch*', 'medicijngebruik',
      'healthy', 'disability', 'disabilities', 'disabled', 'illness', 'pregnant', 'pregnancy',
    ],
  },
  appearance: {
    any: [
      'representatie* uiterlijk', 'verzorgd uiterlijk', 'verzorgd uitzien', 'er goed uitzien', 'tatoea*', 'tattoo*',
      'piercing*', 'pasfoto*', 'cv met foto', 'foto meesturen', 'foto sturen', 'foto toevoegen', 'foto van jezelf',
      'stuur * foto', 'good looking', 'presentable',
    ],
    self: [
      'uiterlijk', 'foto', 'fotos', 'representatief', 'representatieve', 'knap', 'slank', 'lengte', 'gewicht',
      'baard', 'kapsel', 'photo', 'picture', 'appearance', 'looks',
    ],
  },
  // Objective matching has no "klikgesprek": fitting in is a personal judgement, not a job requirement.
  'team-fit': {
    any: [
      'klikgesprek*', 'het klikt', 'klik hebben', 'klik is', 'past in het team', 'past in ons team',
      'past bij het team', 'past bij ons team', 'passen in het team', 'passen in ons team', 'in het team past',
      'in ons team past', 'bij ons past', 'past bij ons', 'teamfit', 'culture fit', 'cultural fit',
      'fits in the team', 'fit in the team', 'fits our team', 'fit in our team',
    ],
    self: ['klik', 'click', 'chemistry'],
  },
};

/**
 * What turns a description into a requirement or preference about the student. A `self` term counts
 * when one of these comes right before it, with at most a few REQUIREMENT_SKIP_WORDS in between.
 */
export const REQUIREMENT_CUES: readonly string[] = [
  'alleen', 'uitsluitend', 'enkel', 'geen', 'zonder', 'niet', 'liever', 'liefst', 'bij voorkeur', 'voorkeur voor',
  'voorkeur', 'wij zoeken', 'we zoeken', 'zoeken wij', 'zoeken we', 'wij willen', 'we willen', 'wij nemen', 'we nemen',
  'moet', 'moeten', 'dient', 'dienen', 'vereist', 'vereiste', 'eis', 'eisen', 'stagiair is', 'stagiaire is',
  'student is', 'kandidaat is', 'stagiair moet', 'student moet', 'geschikt voor', 'minimaal', 'maximaal', 'max',
  'vanaf', 'must be', 'should be', 'only', 'no', 'not', 'without', 'preferably', 'prefer',
  'we are looking for', 'looking for', 'required', 'must have',
];

/** Allowed between a cue and its term: "wij zoeken (bij voorkeur) (een) (jonge) vrouw". */
export const REQUIREMENT_SKIP_WORDS: readonly string[] = [
  'een', 'de', 'het', 'heel', 'erg', 'zeer', 'echt', 'wel', 'ook', 'graag', 'liefst', 'liever',
  'stagiair', 'stagiaire', 'stagiairs', 'student', 'studenten', 'kandidaat', 'kandidaten', 'iemand', 'persoon',
  'personen', 'zijn', 'is', 'te', 'a', 'an', 'the', 'very', 'really', 'also', 'intern', 'interns', 'candidate',
  'person', 'someone', 'be',
];

/** Cue words quoted with a hit for context when they come right before it: "geen ADHD", not "ADHD". */
export const QUOTED_CUES: readonly string[] = ['geen', 'alleen', 'uitsluitend', 'zonder', 'niet', 'no', 'only', 'without'];

/** A nationality adjective before these names dishes or goods: "de Marokkaanse keuken" is the work. */
export const WORK_NOUNS: readonly string[] = [
  'keuken', 'keukens', 'gerecht', 'gerechten', 'recept', 'recepten', 'specialiteit', 'specialiteiten', 'producten',
  'product', 'artikelen', 'kruiden', 'cuisine', 'dishes', 'food', 'products',
];
