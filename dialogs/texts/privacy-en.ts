import type { PrivacyTexts } from './privacy-nl.js';

export const privacyEn: PrivacyTexts = {
  support: {
    onlyCareCoordinators: 'Only a care coordinator (ZORGCOORDINATOREN) can do this. An internship coordinator sees only whether a student asked for extra support. Nothing was shown.',
    title: 'Read support needs',
    intro: 'For care coordinators only. What you read here is recorded (who, when, which student; never the content).',
    studentNumber: 'Student number',
    show: 'Show',
    resultTitle: (number: string) => `Support for student ${number}`,
    wanted: 'Extra support asked',
    details: 'What the student needs',
    shared: 'The company may read this',
    none: '(nothing written)',
    notFound: (number: string) => `There is no student with number ${number}.`,
    ambiguous: (number: string) => `Number ${number} belongs to more than one student. Ask the administrator for help.`,
    yes: 'yes',
    no: 'no',
  },
  deletions: {
    title: 'What Koppel deletes next',
    intro: 'Per round and kind of data: when Koppel deletes it or makes it anonymous. Counts without names stay.',
    none: 'Nothing left on the list: everything has been deleted.',
    kinds: {
      intake: 'learning wish and answers', support: 'support needs', contact: 'name, student number and contact details',
      explanations: 'match explanations and reasons', 'check-ins': 'check-ins (link to the student)', chat: 'chat details and messages',
      reports: 'closed reports', audit: 'audit trail',
    },
    reports: (count: number) => `${count} closed ${count === 1 ? 'report' : 'reports'}`,
  },
  myData: {
    unknown: 'Koppel does not know you yet: nothing is stored about you.',
    ready: 'Here is everything Koppel keeps about you: one file to keep (JSON) and one to read. Is something wrong, or do you want it deleted? Type **erase my data**.',
    jsonDescription: 'Everything Koppel keeps about you, as JSON',
    summaryDescription: 'Everything Koppel keeps about you, to read',
    summaryTitle: 'What Koppel keeps about you',
    empty: '(nothing)',
    sections: {
      roles: 'Known as', student: 'Your data as a student', round: 'Internship round', matches: 'Matches', placements: 'Internship places',
      checkIns: 'Check-ins', evaluations: 'Evaluations', contactMoments: 'Contact moments', company: 'Your company', offers: "Your company's offers",
      chat: 'Chat details', messages: 'Messages Koppel sent you', reports: 'Your reports', audit: 'Audit trail (what happened to your data)',
    },
  },
};
