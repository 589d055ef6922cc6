// Dutch texts of four eyes: what the approver sees, a manual placement that breaks a hard rule, and
// what to do when Koppel knows only one coordinator.
const plural = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;

export const approvalNl = {
  title: (round: string) => `Goedkeuren: ${round}`,
  intro: 'Dit keur je goed. Kijk vooral naar wie geen plek heeft en naar de plaatsingen met de hand.',
  figures: 'Cijfers',
  placed: 'Gekoppeld',
  unplaced: 'Nog zonder plek',
  ownPlaces: 'Eigen plek',
  notConfirmed: 'Niet bevestigd',
  runBy: 'Gedraaid door',
  you: 'jou',
  anotherCoordinator: 'een andere coördinator',
  unplacedTitle: (n: number) => `Nog zonder plek (${n})`,
  pinsTitle: (n: number) => `Met de hand geplaatst (${n})`,
  pin: (company: string, reason: string, by: string) => `${company}. Reden: ${reason} (door ${by})`,
  breaks: (rules: string) => `Let op, breekt: ${rules}`,
  changesTitle: 'Sinds de vorige goedkeuring',
  firstApproval: 'Dit is de eerste goedkeuring van deze ronde.',
  noChanges: (by: string, at: string) => `Niets veranderd sinds de goedkeuring door ${by} op ${at}.`,
  changedSince: (by: string, at: string, n: number) => `${plural(n, 'student heeft', 'studenten hebben')} een andere plek dan bij de goedkeuring door ${by} op ${at}.`,
  noPlace: 'geen plek',
  change: (from: string, to: string) => `${from} → ${to}`,
  approveButton: 'Goedkeuren',
  typed: (runId: string) => `Geen knop te zien? Typ **ronde goedkeuren ${runId}**.`,
  changedNotice: 'De koppeling is opnieuw gedraaid nadat je hem bekeek. Dit is de nieuwe stand.',
  pinWarning: (rules: string) => `Deze plaatsing breekt een harde regel: ${rules}. Weet je het zeker? Druk dan op **Toch plaatsen**. De regels staan ook bij de koppeling.`,
  placeAnyway: 'Toch plaatsen',
};
export type ApprovalTexts = typeof approvalNl;
