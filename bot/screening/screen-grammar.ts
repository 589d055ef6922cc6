// What both screens' grammars share: the words that say who a phrase is about, and numbers read
// as ages. Lowercase, no accents, chat spellings written out (screen-tokens.ts).
import { sensesOf } from './protected-lexicon.js';
import type { Token } from './screen-tokens.js';

/** People the work is for, and things the work makes: a ground next to these is subject matter. */
export const CLIENT_HEADS = new Set(`klant klanten client clienten patient patienten bewoner bewoners gast gasten kind kinderen
  ouders gezin gezinnen families mensen ouderen jongeren leerlingen doelgroep gemeenschap gemeenschappen wijk buurt cursisten
  nieuwkomers bezoekers deelnemers zorgvragers baby babys peuters kleuters pubers cliente customers customer clients patients
  residents guests children kids family people community communities visitors participants elderly gerechten gerecht keuken
  keukens recept recepten eten maaltijden hapjes snacks producten product artikelen kruiden specialiteiten food dishes dish
  cuisine meals recipes products taal talen language languages cultuur culturen culture cultures feestdagen feesten holidays
  markt winkel winkels restaurant restaurants supermarkt bakkerij slagerij toko kapsalon muziek dans literatuur geschiedenis
  kunst feest bruiloft bruiloften gebruiken tradities traditions customs market shop store bakery history music art
  school scholen basisschool kinderopvang opvang zorg verpleeghuis buurthuis club vereniging gebedshuis tolk tolken
  vertaling vertalen interpreter stijl style haar kapsels voeding dieet diet wensen behoeften needs`.split(/\s+/));

/** Who a requirement is about: the student, by whatever name a company gives them. */
export const STUDENT_HEADS = new Set(`student studenten studente students stagiair stagiaire stagiairs stagiaires stagiar stagair
  kandidaat kandidaten iemand persoon personen medewerker medewerkers kracht krachten sollicitant sollicitanten bbler mboer
  leerling type lid leden intern interns trainee trainees candidate candidates applicant applicants someone person persons
  employee employees member members jij je u you`.split(/\s+/));

/** A student word, also as written in a hurry: "studentes", "stagiares", "kandidaten". */
export function isStudentHead(norm: string): boolean {
  return STUDENT_HEADS.has(norm) || /^(student|stagia|stagai|stagie|kandida)/.test(norm);
}

const AGE_WORDS = new Map(Object.entries({
  twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19, twintig: 20,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
}));

/** The number a token writes, if it writes a whole one ("16", "zestien"). */
export function numberOf(norm: string): number | undefined {
  if (/^\d{1,3}$/.test(norm)) return Number(norm);
  return AGE_WORDS.get(norm);
}

/** Whether the token has any protected sense. */
export function isProtected(token: Token | undefined): boolean {
  return token !== undefined && sensesOf(token.norm).length > 0;
}

/** Walks back from `i` over `skip` words in the same clause; the first other index, or -1. */
export function backOver(tokens: readonly Token[], i: number, skip: (t: Token) => boolean): number {
  let k = i - 1;
  while (k >= 0 && !tokens[k].clauseEnd && skip(tokens[k])) k--;
  return k >= 0 && !tokens[k].clauseEnd ? k : -1;
}

/** Whether the words from `i` on start with `words`, all in one clause. */
export function startsWith(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  return words.every((w, n) => tokens[i + n]?.norm === w && (n === words.length - 1 || !tokens[i + n].clauseEnd));
}
