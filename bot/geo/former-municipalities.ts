// Municipalities that merged since 2022, by their former name: stored students and companies may
// still name them, and people still say them. Each maps to the municipality it joined (CBS).
export const FORMER_MUNICIPALITIES: Readonly<Record<string, string>> = {
  Hellevoetsluis: 'Voorne aan Zee',
  Brielle: 'Voorne aan Zee',
  Westvoorne: 'Voorne aan Zee',
  Heerhugowaard: 'Dijk en Waard',
  Langedijk: 'Dijk en Waard',
  Boxmeer: 'Land van Cuijk',
  Cuijk: 'Land van Cuijk',
  Grave: 'Land van Cuijk',
  'Mill en Sint Hubert': 'Land van Cuijk',
  'Sint Anthonis': 'Land van Cuijk',
  Landerd: 'Maashorst',
  Uden: 'Maashorst',
  "'s-Gravenhage": 'Den Haag',
  "'s-Hertogenbosch": 'Den Bosch',
};
