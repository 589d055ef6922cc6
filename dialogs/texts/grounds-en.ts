import type { GroundNames } from './grounds-nl.js';

// English names of the grounds a screen refuses on.
export const groundsEn: GroundNames = {
  origin: 'origin',
  nationality: 'nationality',
  religion: 'religion',
  belief: 'belief',
  'political-opinion': 'political opinion',
  gender: 'gender',
  'sexual-orientation': 'sexual orientation',
  'civil-status': 'civil status',
  age: 'age',
  health: 'health',
  disability: 'disability',
  appearance: 'appearance',
  'mother-tongue': 'mother tongue',
  fit: '"click" or fitting in the team',
  trait: 'character',
};
