// One entry for both screens, as the command line, the benchmark and the evaluation test use them.
// The product paths call the screens directly: the wish coach screenWish, the offer check
// screenRequirement with the use of each field.
import type { ScreenKind, ScreenVerdict } from './grounds.js';
import { screenRequirement } from './requirement-screen.js';
import { screenWish } from './wish-screen.js';

export function screen(kind: ScreenKind, text: string): ScreenVerdict {
  return kind === 'wish' ? screenWish(text) : screenRequirement(text, 'requirement');
}
