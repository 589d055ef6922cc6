import type { FileImportTexts } from './file-import-nl.js';

export const fileImportEn: FileImportTexts = {
  chooseRound: (file) => `Which round are the students in **${file}** for?`,
  unknown: (file) => `In **${file}** I see no list of students (column **student_number**) or of host companies (columns **company** and **sbb**). Save the file as CSV with those columns and send it again.`,
  notReadable: (file, problem) => `I cannot read **${file}**: ${problem}`,
  expired: 'I no longer have that file (it waits 30 minutes, and not across a restart). Send it again.',
  tooLarge: (file, megabytes) => `**${file}** is larger than ${megabytes} MB. A list of students or companies is never that large; send only the CSV with the columns Koppel asks for.`,
  downloadFailed: (file) => `I could not fetch **${file}**. Send it again, or paste its content in the form (**import students** or **import companies**).`,
  notForYou: 'I only use files to import students or host companies; the internship coordinator does that. Nothing has changed.',
};
