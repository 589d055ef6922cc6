// A proposals round ("Student kiest uit de 2 beste plekken"): the coordinator's view of its two
// stages, and the student's card with their proposals. B1-level Dutch; no company names for students.

const plural = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;

export const proposalsNl = {
  coordinator: {
    choiceDeadline: 'Keuzedeadline voor de voorstellen (leeg: 5 dagen na de voorstellen)',
    previewTitle: (round: string) => `Voorstellen: ${round}`,
    previewSummary: (proposed: number, unmatched: number, own: number, notConfirmed: number) =>
      `${plural(proposed, 'student krijgt', 'studenten krijgen')} voorstellen · ${unmatched} nog zonder plek · ${own} eigen plek · ${notConfirmed} niet bevestigd`,
    previewIntro: 'Dit is de eerste stap van een voorstellenronde. Na de goedkeuring (vier ogen) en **ronde vrijgave** krijgen alle studenten tegelijk hun voorstellen, zonder bedrijfsnamen. Bedrijven horen nog niets. Na de keuzedeadline maakt **ronde match** de definitieve koppeling.',
    perStudent: 'Voorstellen per student',
    proposalCounts: (counts: string) => `Aantal voorstellen per student: ${counts}`,
    proposalLine: (n: number, company: string, fitPercent: number, minutes: number | null) =>
      `voorstel ${n}: ${company}, passing ${fitPercent}%${minutes === null ? '' : `, ± ${minutes} min`}`,
    releaseIntro: 'Kies het moment waarop alle studenten tegelijk hun voorstellen krijgen. Bedrijven horen dan nog niets.',
    scheduled: (round: string, at: string) => `De voorstellen van **${round}** gaan op ${at} naar alle studenten tegelijk.`,
    stage: { proposals: 'Stap 1 van 2: voorstellen', final: 'Stap 2 van 2: definitieve koppeling' },
    stageLabel: 'Fase',
    releasedAt: 'Voorstellen verstuurd',
    chose: 'Gekozen',
    choseCount: (chose: number, students: number) => `${chose} van ${students} studenten`,
    deadlineLabel: 'Keuzedeadline',
    proposalsAt: 'Voorstellen gaan uit op',
    next: {
      choosing: 'De studenten kiezen nog. Wie niet kiest, plaatst school op het beste voorstel. Na de keuzedeadline: **ronde match** voor de definitieve koppeling.',
      final: 'De keuzedeadline is voorbij: typ **ronde match** voor de definitieve koppeling. Die volgt de keuzes van de studenten.',
    },
    choicesOpen: 'De studenten kiezen nog uit hun voorstellen. De definitieve koppeling kan pas na de keuzedeadline (zie **ronde status**).',
  },
  student: {
    title: 'Jouw stagevoorstellen',
    intro: (deadline: string) => `School heeft deze plekken voor je gevonden. Plek A is de plek die school voor je kiest als je zelf niet kiest. Kies de plek die jij wilt. Je kunt je keuze veranderen tot ${deadline}. Kies je niet, dan plaatst school je op je beste voorstel, plek A.`,
    closed: 'De keuzedeadline is voorbij. Je keuze staat vast; de uitslag krijg je op het moment van de uitslag.',
    closedNoChoice: 'De keuzedeadline is voorbij. Je hebt niet gekozen, dus school plaatst je op je beste voorstel (plek A). De uitslag krijg je op het moment van de uitslag.',
    place: (letter: string) => `Plek ${letter}`,
    best: 'beste voorstel',
    yourChoice: 'jouw keuze',
    work: 'Wat je doet',
    learn: 'Wat je leert',
    where: 'Waar',
    travel: 'Reistijd',
    minutes: (n: number) => `± ${n} minuten`,
    unknownTravel: 'niet bekend',
    allowance: 'Stagevergoeding',
    perMonth: (euros: string) => `€ ${euros} per maand`,
    choose: (letter: string) => `Kies plek ${letter}`,
    chosen: (letter: string, deadline: string) => `Je hebt gekozen voor plek ${letter}. Je kunt dit veranderen tot ${deadline}.`,
    none: 'Je hebt geen stagevoorstellen. Die krijg je alleen in een voorstellenronde, op het moment dat school ze verstuurt.',
    released: (round: string, deadline: string) => `Je stagevoorstellen voor **${round}** zijn er! Iedereen krijgt ze op hetzelfde moment. Kies vóór ${deadline} de plek die jij wilt.`,
    reminder: (deadline: string) => `Herinnering: je hebt nog geen plek gekozen uit je voorstellen. Kies vóór ${deadline}. Kies je niet, dan plaatst school je op je beste voorstel.`,
    refusals: {
      'no-proposals': 'Je hebt geen stagevoorstellen om uit te kiezen.',
      'deadline-passed': 'De keuzedeadline is voorbij. Je keuze kan niet meer veranderen.',
      'not-proposed': 'Die plek hoort niet bij jouw voorstellen. Kies een van de plekken op de kaart.',
      unreadable: 'Dat kon ik niet lezen. Kies een plek met een van de knoppen op de kaart.',
    },
  },
};

export type ProposalsTexts = typeof proposalsNl;
