import type { Handler } from './router.js';
import type { Language } from './turn.js';
import { welcome } from './welcome-dialog.js';

/** `nederlands` / `english`: the person's own choice, remembered, then the welcome in that language. */
export function switchLanguage(language: Language): Handler {
  return async (turn, services) => {
    await services.setLanguagePreference(turn.person, language);
    return welcome({ ...turn, language }, services);
  };
}
