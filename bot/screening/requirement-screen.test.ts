import { describe, expect, it } from 'vitest';
import { screenRequirement, type TextUse } from './requirement-screen.js';

type Row = [text: string, use: TextUse, phrase: string, ground: string];

// Refused: each names who the student should be, with the phrase a company gets quoted back.
const refused: Row[] = [
  ['Wij zoeken iemand van Nederlandse afkomst.', 'description', 'Wij zoeken iemand van Nederlandse afkomst', 'origin'],
  ['Geen buitenlanders', 'requirement', 'Geen buitenlanders', 'origin'],
  ['Bij voorkeur autochtoon', 'requirement', 'Bij voorkeur autochtoon', 'origin'],
  ['Je moet een native speaker zijn.', 'description', 'moet een native speaker', 'mother-tongue'],
  ['Moedertaal Nederlands', 'requirement', 'Moedertaal Nederlands', 'mother-tongue'],
  ['Geen hoofddoek tijdens het werk.', 'description', 'Geen hoofddoek', 'religion'],
  ['Alleen jongens, het werk is zwaar.', 'description', 'Alleen jongens', 'gender'],
  ['Wij zoeken een vrouw voor deze plek.', 'description', 'Wij zoeken een vrouw', 'gender'],
  ['De stagiair moet een man zijn', 'requirement', 'moet een man', 'gender'],
  ['Geen studenten met een beperking', 'requirement', 'Geen studenten met een beperking', 'disability'],
  ['Stuur een cv met foto', 'requirement', 'foto', 'appearance'],
  ['Iemand die past in het team.', 'description', 'past in het team', 'fit'],
  ['Marokkaanse jongens gezocht', 'description', 'Marokkaanse jongens', 'nationality'],
  ['Je onderschrijft onze christelijke identiteit', 'requirement', 'christelijke', 'religion'],
];

// Allowed: the text describes the work, its clients and colleagues, or a legitimate requirement.
const allowed: Array<[text: string, use: TextUse]> = [
  ['We werken met mannen en vrouwen in de zorg.', 'description'],
  ['Je begeleidt kinderen met ADHD en autisme.', 'description'],
  ['Ervaring met ouderen met dementie is fijn', 'requirement'],
  ['Je leert de Marokkaanse en Surinaamse keuken kennen.', 'description'],
  ['Je werkt in een jong en gezellig team en leert de kassa bedienen.', 'description'],
  ['In het magazijn werk je met de heftruck; management coacht je.', 'description'],
  ["Je maakt foto's van producten voor de webwinkel.", 'description'],
  ['Met één klik zet je een bestelling klaar.', 'description'],
  ['Kinderen in de leeftijd van 0 tot 4 jaar.', 'description'],
  ['Ook geschikt voor studenten met een beperking.', 'description'],
  ['Je werkt in kraamzorg alleen bij vrouwen thuis.', 'description'],
  // A company may say what it is; it may not ask the student to share it (see the refused row above).
  ['Wij zijn een christelijke organisatie.', 'description'],
  ['Minimaal 18 jaar in verband met de heftruck', 'requirement'],
  ['Geen nachtdiensten voor studenten onder de 18 (wettelijk)', 'requirement'],
];

describe('screenRequirement', () => {
  it.each(refused)('refuses %j (%s) quoting %j as %s', (text, use, phrase, ground) => {
    expect(screenRequirement(text, use).findings).toContainEqual({ phrase, grounds: expect.arrayContaining([ground]) });
  });

  it.each(allowed)('allows %j (%s)', (text, use) => {
    expect(screenRequirement(text, use).findings).toEqual([]);
  });

  it('reads the other-requirement field stricter than a description: a bare group is a requirement there', () => {
    expect(screenRequirement('Vrouwen', 'description').verdict).toBe('allow');
    expect(screenRequirement('Vrouwen', 'requirement').findings).toEqual([{ phrase: 'Vrouwen', grounds: ['gender'] }]);
  });

  it('matches whole words only, with accents and case ignored', () => {
    expect(screenRequirement('Management en manier van werken').verdict).toBe('allow');
    expect(screenRequirement('GEEN HOOFDDOEKEN', 'description').findings).toEqual([{ phrase: 'GEEN HOOFDDOEKEN', grounds: ['religion'] }]);
  });

  it('allows a legal minimum age only for named work, and never a maximum', () => {
    expect(screenRequirement('Minimaal 18 jaar').verdict).toBe('refuse');
    expect(screenRequirement('Minimaal 21 jaar vanwege de heftruck').verdict).toBe('refuse');
    expect(screenRequirement('18+ vanwege alcohol schenken').verdict).toBe('allow');
    expect(screenRequirement('Maximaal 18 jaar vanwege de heftruck, tussen 16 en 18').verdict).toBe('refuse');
  });
});
