import type { Ground } from '../../bot/screening/grounds.js';

/** How a refusal names each ground; typed by the ground list, so a new ground without a name does not compile. */
export type GroundNames = Readonly<Record<Ground, string>>;

// Dutch names of the grounds a screen refuses on, as the law and a student would say them.
export const groundsNl: GroundNames = {
  origin: 'afkomst',
  nationality: 'nationaliteit',
  religion: 'geloof',
  belief: 'levensovertuiging',
  'political-opinion': 'politieke mening',
  gender: 'geslacht',
  'sexual-orientation': 'seksuele geaardheid',
  'civil-status': 'burgerlijke staat',
  age: 'leeftijd',
  health: 'gezondheid',
  disability: 'beperking',
  appearance: 'uiterlijk',
  'mother-tongue': 'moedertaal',
  fit: '"klik" of passen in het team',
  trait: 'karakter',
};
