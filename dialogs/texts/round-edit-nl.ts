// Dutch texts of changing a round after it was made, and of closing it before its deadlines.
const plural = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;

export const roundEditNl = {
  closeEarly: {
    title: (round: string) => `Ronde nu sluiten? ${round}`,
    intro: (parts: string[]) => `De deadlines zijn nog niet voorbij: ${parts.join('; ')}. Na het sluiten kan niemand meer iets veranderen, en dat kan niet terug zodra er gekoppeld is.`,
    wishesUntil: (at: string) => `leerwensen tot ${at}`,
    offersUntil: (at: string) => `aanbod tot ${at}`,
    unconfirmed: (n: number) => `${plural(n, 'student heeft', 'studenten hebben')} de leerwens nog niet bevestigd`,
    unanswered: (n: number) => `${plural(n, 'leerbedrijf heeft', 'leerbedrijven hebben')} nog geen aanbod gegeven`,
    confirm: 'Toch nu sluiten',
  },
};
export type RoundEditTexts = typeof roundEditNl;
