import type { SlackTexts } from './slack-nl.js';

export const slackEn: SlackTexts = {
  open: 'Open',
  close: 'Close',
  yes: 'Yes',
  more: (count) => `… ${count} more parts do not fit here. Type the command in the chat with Koppel to see everything.`,
  moreOptions: (count) => `${count} more choices do not fit in this list.`,
  formExpired: 'This form has expired. Type the command again to open it.',
  onlyFirstFile: (name, others) => `Koppel reads one file per message; only **${name}** was read. Send **${others}** in a message of its own.`,
};
