// The web pages and e-mails for company contacts outside Teams and Slack.
export const webNl = {
  pageTitle: 'Koppel: stages via school',
  skip: 'Naar de inhoud',
  offer: 'Ons aanbod',
  students: 'Onze studenten',
  myData: 'Mijn gegevens downloaden',
  language: 'English',
  required: 'verplicht',
  fixBelow: 'Niet alles is goed ingevuld. Kijk bij de velden hieronder wat er mis is; wat u invulde staat er nog.',
  invalidTitle: 'Deze link werkt niet (meer)',
  invalid: (school: string) => `De link is verlopen, ingetrokken of niet compleet. Vraag de stagecoördinator van ${school} om een nieuwe link.`,
  expired: 'Deze pagina was te lang open. Laad de pagina opnieuw en probeer het nog eens; wat u al opsloeg, blijft bewaard.',
  tooMany: 'Even rustig aan: te veel verzoeken. Probeer het over een minuut opnieuw.',
  mail: {
    subject: (school: string) => `Stages via ${school}`,
    greeting: 'Beste contactpersoon,',
    open: 'Open uw persoonlijke pagina:',
    personal: (until: string) => `Deze link is alleen voor u en werkt tot ${until}. Stuur hem niet door. U hoeft geen wachtwoord of account.`,
    regards: 'Met vriendelijke groet,',
  },
  localMails: 'E-mails (lokaal, niet verstuurd)',
  noMails: 'Nog geen e-mails.',
  noMailCompanies: 'Er is geen leerbedrijf met een contactpersoon per e-mail.',
  revokeTitle: 'Persoonlijke links intrekken',
  revokeIntro: 'Alle links die een leerbedrijf per e-mail kreeg, werken dan niet meer. Het volgende bericht aan het bedrijf brengt een nieuwe link.',
  revoke: 'Links intrekken',
  revoked: (company: string, count: number) => `${count === 1 ? '1 link' : `${count} links`} van ${company} ingetrokken.`,
};

export type WebTexts = typeof webNl;
