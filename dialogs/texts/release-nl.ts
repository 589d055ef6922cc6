// The release: what students, companies and coordinators hear at the moment, and how coordinators follow it.
export const releaseNl = {
  studentNotice: 'De uitslag is er! Iedereen hoort het nu, op hetzelfde moment.',
  companyIntro: (round: string) => `De uitslag van **${round}** is er. Dit zijn de studenten die bij u komen.`,
  summary: {
    title: (round: string) => `Uitslag verstuurd: ${round}`,
    intro: (at: string) => `De studenten hebben hun uitslag gekregen op ${at}; daarna de leerbedrijven. Volg de verzending met **ronde vrijgave**; de uitslag als bestand krijgt u met **ronde export**.`,
    matched: 'Geplaatst',
    unmatched: 'Nog zonder plek (de school zoekt verder)',
    ownPlacement: 'Eigen plek',
    notConfirmed: 'Niet bevestigd',
    unreachable: 'Niet bereikbaar in de chat (zelf contact opnemen)',
  },
  progress: {
    title: (round: string) => `Verzending van de uitslag: ${round}`,
    intro: (at: string) => `Uitslag vrijgegeven op ${at}. Iedere student kon de uitslag vanaf dat moment zien; hieronder ziet u hoe ver de berichten zijn.`,
    kinds: {
      'student-result-card': 'Uitslagkaarten van studenten bijgewerkt',
      'student-result-notice': 'Berichten aan studenten',
      'company-result': 'Berichten aan leerbedrijven',
      'coordinator-summary': 'Samenvattingen aan coördinatoren',
    },
    counts: (sent: number, total: number, waiting: number, failed: number) =>
      `${sent} van ${total} verstuurd${waiting ? `, ${waiting} wachtend` : ''}${failed ? `, ${failed} niet gelukt` : ''}`,
    messagesTitle: 'Berichten',
    failuresTitle: 'Niet gelukt',
    unreachableTitle: (count: number) => `Niet bereikbaar: ${count} ${count === 1 ? 'student' : 'studenten'}`,
    unreachableWhat: 'Wat nu?',
    unreachableAdvice: (count: number) => `${count === 1 ? 'Deze student heeft' : 'Deze studenten hebben'} nog nooit met Koppel gepraat, dus Koppel kan niet als eerste schrijven. Met "uitslag" zien ze hun uitslag zodra ze Koppel openen. Neem zelf contact op.`,
    unreachableLabel: 'Studentnummers',
    reasons: {
      'no-conversation': 'nog nooit met Koppel gepraat: Koppel kan niet als eerste schrijven',
      'no-card-to-update': 'geen uitslagkaart om bij te werken (het bericht is wel verstuurd)',
      'unknown-after-restart': 'misschien al aangekomen (de server herstartte tijdens het versturen): controleer dit eerst',
      'unknown-outcome': 'misschien al aangekomen (fout bij het chatplatform): controleer dit eerst',
      'too-many-attempts': 'te vaak geprobeerd',
    },
    otherReason: (code: string) => `fout: ${code}`,
    retry: 'Mislukte berichten opnieuw versturen',
    stillUnreachable: (count: number) => `${count} ${count === 1 ? 'bericht verstuur ik niet opnieuw: die persoon heeft' : 'berichten verstuur ik niet opnieuw: die mensen hebben'} Koppel nog nooit geopend, dus het zou weer mislukken. Vraag ze Koppel één keer te openen; daarna kan het wel.`,
    retried: (count: number) => (count === 0 ? 'Er is niets opnieuw te versturen.' : `${count} ${count === 1 ? 'bericht wordt' : 'berichten worden'} opnieuw verstuurd.`),
    refresh: 'Vernieuwen',
    notReleased: 'Deze ronde is nog niet vrijgegeven.',
  },
};

export type ReleaseTexts = typeof releaseNl;
