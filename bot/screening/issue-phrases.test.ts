// Every phrase the screening issue names, as a named regression case: the wish screen refused
// cultures as subject matter, and the requirement screen let protected grounds through.
import { describe, expect, it } from 'vitest';
import type { Ground } from './grounds.js';
import { screenRequirement } from './requirement-screen.js';
import { screenWish } from './wish-screen.js';

describe('wish screen: subject matter is allowed', () => {
  it.each([
    'Ik wil leren Surinaamse en Franse gerechten bereiden',
    'Ik wil leren Italiaanse en Turkse gerechten bereiden',
    'Ik wil Turkse klanten in hun eigen taal helpen',
    'Ik wil leren cultuursensitieve zorg te geven',
  ])('allows %j', (text) => {
    expect(screenWish(text)).toEqual({ verdict: 'allow', grounds: [], findings: [] });
  });
});

describe('wish screen: describing oneself is refused', () => {
  it.each<[string, string, Ground]>([
    ['ik ben zelf Turks en wil leren koken', 'ik ben zelf Turks', 'nationality'],
    ['Als moslim wil ik leren wonden verzorgen', 'Als moslim', 'religion'],
    ['ik ben een meisje en wil leren lassen', 'ik ben een meisje', 'gender'],
    ["ik wil collega's die net als ik moslim zijn", "collega's die net als ik moslim", 'religion'],
  ])('refuses %j, quoting %j as %s', (text, phrase, ground) => {
    expect(screenWish(text).findings).toEqual([{ phrase, grounds: [ground] }]);
  });
});

describe('requirement screen: what the issue found let through is refused', () => {
  it.each<[string, string, Ground]>([
    ['Alleen Nederlandse studenten', 'Alleen Nederlandse studenten', 'nationality'],
    ['Onder de 25', 'Onder de 25', 'age'],
    ['Moet goed in ons team passen', 'ons team passen', 'fit'],
  ])('refuses %j, quoting %j as %s', (text, phrase, ground) => {
    expect(screenRequirement(text).findings).toEqual([{ phrase, grounds: [ground] }]);
  });
});

describe('requirement screen: what it caught before stays caught', () => {
  it.each<[string, Ground]>([
    ['jongens', 'gender'],
    ['geen hoofddoek', 'religion'],
    ['Nederlands als moedertaal', 'mother-tongue'],
    ['minimaal 21 jaar', 'age'],
    ['klik', 'fit'],
    ['representatief uiterlijk', 'appearance'],
    ['geen moslims', 'religion'],
  ])('refuses %j as %s', (text, ground) => {
    expect(screenRequirement(text)).toMatchObject({ verdict: 'refuse', grounds: [ground] });
  });
});

describe('requirement screen: legitimate, job-related requirements are allowed', () => {
  it.each([
    'Nederlands op niveau 2F',
    'Minimaal 18 jaar in verband met het werken met de heftruck',
    'VOG',
    'Rijbewijs B',
  ])('allows %j', (text) => {
    expect(screenRequirement(text).verdict).toBe('allow');
  });
});

describe('every refusal names each phrase and its ground, all at once', () => {
  it('lists three problems of one text together, in text order', () => {
    const { findings } = screenRequirement('Alleen Nederlandse studenten, onder de 25, moet goed in ons team passen. Geen hoofddoek.');
    expect(findings).toEqual([
      { phrase: 'Alleen Nederlandse studenten', grounds: ['nationality'] },
      { phrase: 'onder de 25', grounds: ['age'] },
      { phrase: 'ons team passen', grounds: ['fit'] },
      { phrase: 'Geen hoofddoek', grounds: ['religion'] },
    ]);
  });

  it('lists every self-description in a wish', () => {
    const { findings } = screenWish('Ik ben 16, ik ben zelf Turks en als moslima wil ik leren koken');
    expect(findings.map((f) => f.grounds)).toEqual([['age'], ['nationality'], ['religion']]);
  });
});
