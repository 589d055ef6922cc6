// Dutch texts of what a round's fit weighs (ronde nieuw, ronde wijzigen, the preview).
export const weightsNl = {
  help: 'Waar koppelen we op? Elk deel telt 0 tot 5 keer mee (0 laat het weg); alleen de verhouding telt. Werkprocessen tellen minstens 1 keer: de stage is er om het werk te leren.',
  parts: {
    workProcesses: 'Gewicht: werkprocessen',
    learningWish: 'Gewicht: leerwens',
    organisationType: 'Gewicht: soort en grootte organisatie',
    travel: 'Gewicht: reistijd',
    electives: 'Gewicht: keuzedelen',
    allowance: 'Gewicht: stagevergoeding (hoger past beter)',
  },
  short: {
    workProcesses: 'werkprocessen', learningWish: 'leerwens', organisationType: 'organisatie', travel: 'reistijd', electives: 'keuzedelen', allowance: 'vergoeding',
  },
  bounds: (min: number, max: number) => `Kies een heel getal van ${min} tot ${max}.`,
  label: 'Gewichten',
  list: (parts: readonly { part: string; weight: number }[]) => parts.map((p) => `${p.part} ${p.weight}`).join(', '),
  runStale: 'De laatste koppeling woog anders. De ronde is daarom weer gesloten: typ **ronde match** om opnieuw te koppelen, daarna kan een collega goedkeuren.',
};
export type WeightsTexts = typeof weightsNl;
