import type { Language } from '../../dialogs/turn.js';

// The few words only Slack needs (its buttons, the modal frame and its limits, such as one file
// per message); everything else comes from dialogs/texts, so Teams and Slack say the same.
const nl = {
  open: 'Openen',
  close: 'Sluiten',
  yes: 'Ja',
  more: (count: number) => `… nog ${count} onderdelen passen hier niet. Typ het commando in de chat met Koppel om alles te zien.`,
  moreOptions: (count: number) => `Nog ${count} keuzes passen niet in deze lijst.`,
  formExpired: 'Dit formulier is verlopen. Typ het commando opnieuw om het te openen.',
  onlyFirstFile: (name: string, others: string) => `Koppel leest één bestand per bericht; alleen **${name}** is gelezen. Stuur **${others}** in een eigen bericht.`,
};

const en: typeof nl = {
  open: 'Open',
  close: 'Close',
  yes: 'Yes',
  more: (count) => `… ${count} more parts do not fit here. Type the command in the chat with Koppel to see everything.`,
  moreOptions: (count) => `${count} more choices do not fit in this list.`,
  formExpired: 'This form has expired. Type the command again to open it.',
  onlyFirstFile: (name, others) => `Koppel reads one file per message; only **${name}** was read. Send **${others}** in a message of its own.`,
};

export type SlackTexts = typeof nl;

export function slackTexts(language: Language): SlackTexts {
  return language === 'en' ? en : nl;
}
