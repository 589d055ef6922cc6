import { oneSubject, type ExportRemindersTexts } from './export-reminders-nl.js';

// English texts of `round export` and `round remind`, and of handing over a file in the chat.
const plural = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;

export const exportRemindersEn: ExportRemindersTexts = {
  export: {
    chooseRound: 'Which round do you want to export?',
    ready: (round) => `The export of **${round}**: the matching per student number (no names, no learning wishes) and the figures per programme. Both files are CSV.`,
    resultDescription: (round) => `Matching of ${round}: per student number the place and why.`,
    figuresDescription: (round) => `Figures of ${round} per programme.`,
    noRun: 'There is no matching to export yet. Close the round and type **round match**.',
  },
  remind: {
    chooseRound: 'For which open round?',
    title: (round) => `Send a reminder: ${round}`,
    intro: 'Students who have not confirmed their learning wish and host companies without an offer get a reminder now. Everyone at most once a day.',
    who: 'Who gets a reminder?',
    whoChoices: { both: 'Students and host companies', students: 'Students only', companies: 'Host companies only' },
    send: 'Send reminder',
    reminded: (students, companies) =>
      `${[students === undefined ? '' : plural(students, 'student', 'students'), companies === undefined ? '' : plural(companies, 'company', 'companies')].filter(Boolean).join(' and ')} ${oneSubject(students, companies) ? 'is' : 'are'} getting a reminder now`,
    unreachable: (n) => `${n} not reachable yet (never talked with Koppel)`,
    alreadyToday: (n) => `${n} already reminded today`,
    pastDeadline: { students: 'The deadline for learning wishes has passed; students got nothing.', companies: 'The deadline for offers has passed; host companies got nothing.' },
    refusals: {
      'unknown-round': 'That round does not exist (any more).',
      'round-not-open': 'Reminders can only be sent in an open round, before the deadline.',
      'deadline-passed': 'The deadline has passed. A reminder makes no sense any more.',
    },
  },
  files: {
    moreRows: (n) => `… and ${n} more ${n === 1 ? 'row' : 'rows'}. You get the whole file in Teams itself, or with **round export** in a chat that takes files.`,
    notPersonal: (name) => `I can only send files (such as **${name}**) in your personal chat with Koppel. Open that chat and ask there again.`,
    uploaded: (name) => `**${name}** is in your OneDrive.`,
    declined: (name) => `All right, I will not send **${name}**.`,
    expired: 'This file is no longer available: it stays ready for 30 minutes, and not after Koppel restarts. Ask for it again, for example with **round export**.',
    uploadFailed: (name) => `Saving **${name}** did not work. Ask for the file again, for example with **round export**.`,
  },
};
