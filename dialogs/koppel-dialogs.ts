import { createRouter, textIs } from './router.js';
import { switchLanguage } from './language-dialog.js';
import { notUnderstood, welcome } from './welcome-dialog.js';

/** Every conversation Koppel knows, in the order they are tried. */
export const handleTurn = createRouter(
  [
    { selector: textIs('hallo', 'hoi', 'help', 'hulp', 'hello', 'hi', 'start'), handler: welcome },
    { selector: textIs('nederlands', 'dutch', 'nl'), handler: switchLanguage('nl') },
    { selector: textIs('english', 'engels', 'en'), handler: switchLanguage('en') },
  ],
  notUnderstood,
);
