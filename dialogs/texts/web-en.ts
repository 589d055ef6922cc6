import type { WebTexts } from './web-nl.js';

export const webEn: WebTexts = {
  pageTitle: 'Koppel: internships through school',
  skip: 'Skip to content',
  offer: 'Our offer',
  students: 'Our students',
  language: 'Nederlands',
  required: 'required',
  fixBelow: 'Not everything is filled in correctly. See the fields below for what is wrong; what you entered is still there.',
  invalidTitle: 'This link does not work (any more)',
  invalid: (school) => `The link has expired, was revoked or is incomplete. Ask the internship coordinator of ${school} for a new link.`,
  expired: 'This page was open too long. Reload the page and try again; whatever you saved is kept.',
  tooMany: 'Slow down a little: too many requests. Try again in a minute.',
  mail: {
    subject: (school) => `Internships through ${school}`,
    greeting: 'Dear contact,',
    open: 'Open your personal page:',
    personal: (until) => `This link is for you only and works until ${until}. Do not forward it. You need no password or account.`,
    regards: 'Kind regards,',
  },
  localMails: 'E-mails (local, not sent)',
  noMails: 'No e-mails yet.',
  noMailCompanies: 'No host company has a contact by e-mail.',
  revokeTitle: 'Revoke personal links',
  revokeIntro: 'Every link a host company got by e-mail stops working. The next message to the company brings a new link.',
  revoke: 'Revoke links',
  revoked: (company, count) => `${count === 1 ? '1 link' : `${count} links`} of ${company} revoked.`,
};
