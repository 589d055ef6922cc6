import { describe, expect, it } from 'vitest';
import { findProtectedGround, findProtectedGrounds, type TextUse } from './protected-grounds.js';

type Row = [text: string, use: TextUse, phrase: string, category: string];

// Refused: each names who the student should be, with the phrase a company gets quoted back.
const refused: Row[] = [
  ['Wij zoeken iemand van Nederlandse afkomst.', 'description', 'Nederlandse afkomst', 'origin'],
  ['Geen buitenlanders', 'requirement', 'Geen buitenlanders', 'origin'],
  ['Bij voorkeur autochtoon', 'requirement', 'Bij voorkeur autochtoon', 'origin'],
  ['Marokkaans', 'requirement', 'Marokkaans', 'origin'],
  ['Je moet een native speaker zijn.', 'description', 'moet een native speaker', 'origin'],
  ['Moedertaal Nederlands', 'requirement', 'Moedertaal Nederlands', 'origin'],
  ['Accentloos Nederlands spreken', 'requirement', 'Accentloos', 'origin'],
  ['Geen hoofddoek tijdens het werk.', 'description', 'Geen hoofddoek', 'religion'],
  ['Wij zijn een christelijke organisatie.', 'description', 'christelijke', 'religion'],
  ['Liever geen moslims', 'requirement', 'geen moslims', 'religion'],
  ['Alleen jongens, het werk is zwaar.', 'description', 'Alleen jongens', 'gender'],
  ['Alleen meisjes', 'requirement', 'Alleen meisjes', 'gender'],
  ['Wij zoeken een vrouw voor deze plek.', 'description', 'Wij zoeken een vrouw', 'gender'],
  ['Man', 'requirement', 'Man', 'gender'],
  ['De stagiair moet een man zijn', 'requirement', 'stagiair moet een man', 'gender'],
  ['Jonger dan 20', 'requirement', 'Jonger dan 20', 'age'],
  ['Niet ouder dan 25 jaar', 'requirement', 'Niet ouder dan 25', 'age'],
  ['max 18 jaar', 'requirement', 'max 18 jaar', 'age'],
  ['Minimaal 18 jaar in verband met de machines', 'requirement', 'Minimaal 18 jaar', 'age'],
  ['Wij zoeken een jonge stagiair die graag leert.', 'description', 'Wij zoeken een jonge', 'age'],
  ['Geen beperking', 'requirement', 'Geen beperking', 'health'],
  ['Gezond', 'requirement', 'Gezond', 'health'],
  ['De stagiair moet gezond zijn.', 'description', 'stagiair moet gezond', 'health'],
  ['Geen ADHD', 'requirement', 'Geen ADHD', 'health'],
  ['Geen studenten met een beperking', 'requirement', 'Geen studenten met een beperking', 'health'],
  ['Representatief uiterlijk', 'requirement', 'Representatief uiterlijk', 'appearance'],
  ['Geen tatoeages of piercings.', 'description', 'Geen tatoeages', 'appearance'],
  ['Foto', 'requirement', 'Foto', 'appearance'],
  ['Stuur een cv met foto', 'requirement', 'cv met foto', 'appearance'],
  ['Er moet een klik zijn', 'requirement', 'moet een klik', 'team-fit'],
  ['Iemand die past in het team.', 'description', 'past in het team', 'team-fit'],
  ['Klik', 'requirement', 'Klik', 'team-fit'],
  ['Only men, preferably young', 'requirement', 'Only men', 'gender'],
  ['Marokkaanse jongens gezocht', 'description', 'Marokkaanse', 'origin'],
];

// Passed: the text describes the work, its clients and colleagues, or a legitimate requirement.
const passed: Array<[text: string, use: TextUse]> = [
  ['We werken met mannen en vrouwen in de zorg.', 'description'],
  ['Je verzorgt oudere cliënten in het verpleeghuis.', 'description'],
  ['Je leert kinderen met een beperking begeleiden.', 'description'],
  ['Je begeleidt kinderen met ADHD en autisme.', 'description'],
  ['Ervaring met ouderen met dementie is fijn', 'requirement'],
  ['Je leert gezond koken voor de bewoners.', 'description'],
  ['Je leert de Marokkaanse en Surinaamse keuken kennen.', 'description'],
  ['Je helpt cliënten met een migratieachtergrond en mensen met een ander geloof.', 'description'],
  ['Je werkt in een jong en gezellig team en leert de kassa bedienen.', 'description'],
  ['In het magazijn werk je met de heftruck; management coacht je.', 'description'],
  ['Je maakt foto\'s van producten voor de webwinkel.', 'description'],
  ['Met één klik zet je een bestelling klaar.', 'description'],
  ['Kinderen in de leeftijd van 0 tot 4 jaar.', 'description'],
  ['Je werkt samen met collega\'s van alle leeftijden.', 'description'],
  ['Je spreekt goed Nederlands met klanten.', 'description'],
  ['Extra begeleiding voor studenten met dyslexie of autisme.', 'description'],
  ['Ook geschikt voor studenten met een beperking.', 'description'],
  ['Rijbewijs B en een VOG', 'requirement'],
  ['Je leert zorgplannen opstellen en evalueren in de thuiszorg.', 'description'],
  ['Je werkt in kraamzorg alleen bij vrouwen thuis.', 'description'],
];

describe('findProtectedGround', () => {
  it.each(refused)('refuses %j (%s) quoting %j as %s', (text, use, phrase, category) => {
    expect(findProtectedGround(text, use)).toEqual({ phrase, category });
  });

  it.each(passed)('lets %j (%s) pass', (text, use) => {
    expect(findProtectedGrounds(text, use)).toEqual([]);
  });

  it('reads a requirement stricter than a description: a personal word needs no cue there', () => {
    expect(findProtectedGround('Vrouwen', 'description')).toBeUndefined();
    expect(findProtectedGround('Vrouwen', 'requirement')).toEqual({ phrase: 'Vrouwen', category: 'gender' });
  });

  it('matches whole words only, with accents and case ignored', () => {
    expect(findProtectedGround('Management en manier van werken', 'requirement')).toBeUndefined();
    expect(findProtectedGround('GEEN HOOFDDOEKEN', 'description')).toEqual({ phrase: 'GEEN HOOFDDOEKEN', category: 'religion' });
  });

  it('lists every hit in text order', () => {
    expect(findProtectedGrounds('Alleen jongens, geen hoofddoek en niet ouder dan 20.', 'description').map((h) => h.category))
      .toEqual(['gender', 'religion', 'age']);
  });
});
