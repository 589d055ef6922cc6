import type { Requirement, Weekday } from '../domain/common.js';
import { CARE, KITCHEN } from './demo-students.js';

/** One demo company and, unless it is the playground's own, its offer for the demo round. */
export interface DemoCompanySpec {
  key: string;
  name: string;
  locations: { label: string; municipality: string; postcodeArea: string }[];
  offer?: {
    programme: typeof CARE | typeof KITCHEN;
    /** Index into locations. */
    location: number;
    places: number;
    supervisionCapacity: number;
    days: Weekday[];
    workProcesses: string[];
    organisationType: string;
    learnText: string;
    extraSupport?: string;
    requirements?: Requirement[];
    allowancePerMonth?: number;
  };
}

const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

export const DEMO_COMPANIES: readonly DemoCompanySpec[] = [
  {
    key: 'maasoever', name: 'Zorgcentrum Maasoever',
    locations: [
      { label: 'Locatie Kralingen', municipality: 'Rotterdam', postcodeArea: '3063' },
      { label: 'Locatie Nieuwland', municipality: 'Schiedam', postcodeArea: '3118' },
    ],
    offer: {
      programme: CARE, location: 0, places: 4, supervisionCapacity: 2, days: WEEKDAYS,
      workProcesses: ['B1-K1-W1', 'B1-K1-W3', 'B1-K1-W4', 'B1-K1-W5', 'B1-K2-W2'], organisationType: 'verpleeghuis',
      learnText: 'Op onze afdelingen voor ouderen met dementie help je bewoners bij wassen, aankleden en eten. Je leert wondzorg en medicatie aanreiken onder begeleiding, je rapporteert in het zorgdossier en je doet mee aan activiteiten met bewoners en hun familie.',
      allowancePerMonth: 250,
    },
  },
  {
    key: 'aanhuis', name: 'Thuiszorg Aan Huis',
    locations: [{ label: 'Wijkteam Schollevaar', municipality: 'Capelle aan den IJssel', postcodeArea: '2905' }],
    offer: {
      programme: CARE, location: 0, places: 3, supervisionCapacity: 3, days: WEEKDAYS,
      workProcesses: ['B1-K1-W1', 'B1-K1-W2', 'B1-K1-W3', 'B1-K1-W4', 'B1-K2-W1'], organisationType: 'thuiszorg',
      learnText: 'Je gaat mee op route bij cliënten thuis. Je leert persoonlijke verzorging, helpen met douchen, steunkousen aantrekken, medicijnen aanreiken en afspraken in het zorgplan bijhouden. Je overlegt met de wijkverpleegkundige en met de familie.',
      extraSupport: 'Een vaste werkbegeleider, extra tijd voor rapportages en elke week een kort gesprek over hoe het gaat.',
      allowancePerMonth: 200,
    },
  },
  {
    key: 'hofvandelft', name: 'Ziekenhuis Hof van Delft',
    locations: [{ label: 'Hoofdgebouw', municipality: 'Delft', postcodeArea: '2625' }],
    offer: {
      programme: CARE, location: 0, places: 4, supervisionCapacity: 2, days: ['mon', 'tue', 'wed', 'thu'],
      workProcesses: ['B1-K1-W4', 'B1-K1-W5', 'B1-K2-W1', 'B1-K2-W2'], organisationType: 'ziekenhuis',
      learnText: 'Op de afdeling chirurgie leer je controles doen (bloeddruk, temperatuur, pols), wondzorg na een operatie en patiënten voorbereiden op een onderzoek. Je draagt over aan de verpleegkundige en werkt volgens de regels voor hygiëne en veiligheid.',
      requirements: ['certificate_of_conduct'], allowancePerMonth: 300,
    },
  },
  {
    key: 'deschie', name: 'Woonzorgcentrum De Schie',
    locations: [{ label: 'Woonzorgcentrum', municipality: 'Schiedam', postcodeArea: '3116' }],
    offer: {
      programme: CARE, location: 0, places: 3, supervisionCapacity: 3, days: WEEKDAYS,
      workProcesses: ['B1-K1-W1', 'B1-K1-W3', 'B1-K1-W5'], organisationType: 'verpleeghuis',
      learnText: 'Kleinschalig wonen voor ouderen met dementie. Je helpt bij de dagelijkse verzorging, organiseert samen met de activiteitenbegeleider activiteiten zoals koken, wandelen en muziek, en houdt contact met de familie.',
    },
  },
  {
    key: 'samenverder', name: 'Stichting Samen Verder',
    locations: [
      { label: 'Woongroep Carnisselande', municipality: 'Barendrecht', postcodeArea: '2993' },
      { label: 'Dagbesteding Centrum', municipality: 'Ridderkerk', postcodeArea: '2981' },
    ],
    offer: {
      programme: CARE, location: 0, places: 2, supervisionCapacity: 2, days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
      workProcesses: ['B1-K1-W1', 'B1-K1-W2', 'B1-K1-W3', 'B1-K1-W5'], organisationType: 'gehandicaptenzorg',
      learnText: 'In onze woongroepen voor mensen met een verstandelijke beperking help je bij de dagelijkse verzorging, de dagstructuur en activiteiten. Je leert werken met duidelijke afspraken, een tillift en het ondersteuningsplan.',
      extraSupport: 'Een vaste begeleider en een rustige plek om te rapporteren; je begint met korte diensten.',
    },
  },
  {
    key: 'westhaven', name: 'Zorgcentrum Westhaven',
    locations: [{ label: 'Zorgcentrum', municipality: 'Vlaardingen', postcodeArea: '3134' }],
    offer: {
      programme: CARE, location: 0, places: 3, supervisionCapacity: 1, days: WEEKDAYS,
      workProcesses: ['B1-K1-W1', 'B1-K1-W3', 'B1-K1-W4', 'B1-K1-W5'], organisationType: 'verpleeghuis',
      learnText: 'Je werkt op een afdeling voor ouderen: persoonlijke verzorging, helpen bij eten en drinken, medicatie aanreiken en veranderingen in gezondheid signaleren en melden. Je maakt ook een praatje en helpt bij activiteiten.',
    },
  },
  {
    key: 'maasstad', name: 'Wijkzorgteam Maasstad',
    locations: [{ label: 'Teampost Zuid', municipality: 'Rotterdam', postcodeArea: '3073' }],
    offer: {
      programme: CARE, location: 0, places: 4, supervisionCapacity: 2, days: WEEKDAYS,
      workProcesses: ['B1-K1-W1', 'B1-K1-W2', 'B1-K1-W3', 'B1-K1-W4', 'B1-K2-W1'], organisationType: 'thuiszorg',
      learnText: 'Wijkverpleging in Rotterdam-Zuid: je bezoekt cliënten thuis, helpt bij wassen en aankleden, doet eenvoudige wondzorg en overlegt met de huisarts en de familie over het zorgplan. Je leert ook zorgen voor mensen in hun laatste levensfase.',
      allowancePerMonth: 200,
    },
  },
  {
    key: 'dekade', name: 'Restaurant De Kade',
    locations: [{ label: 'Restaurant', municipality: 'Rotterdam', postcodeArea: '3011' }],
    offer: {
      programme: KITCHEN, location: 0, places: 4, supervisionCapacity: 3, days: ['wed', 'thu', 'fri', 'sat'],
      workProcesses: ['B1-K1-W1', 'B1-K1-W2', 'B1-K1-W3', 'B1-K1-W4', 'P1-K1-W1'], organisationType: 'restaurant',
      learnText: 'À-la-carterestaurant met een open keuken. Je leert mise-en-place, gerechten en sauzen volgens recept bereiden en mooi opmaken tijdens de drukke avondservice. Je denkt mee over de seizoenskaart, ook plantaardige gerechten.',
      requirements: ['food_hygiene_certificate'], allowancePerMonth: 350,
    },
  },
  {
    key: 'duinzicht', name: 'Hotel Duinzicht',
    locations: [
      { label: 'Hotel', municipality: 'Den Haag', postcodeArea: '2586' },
      { label: 'Banqueting', municipality: 'Rijswijk', postcodeArea: '2288' },
    ],
    offer: {
      programme: KITCHEN, location: 0, places: 4, supervisionCapacity: 3, days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
      workProcesses: ['B1-K1-W1', 'B1-K1-W2', 'B1-K1-W3', 'B1-K1-W4', 'B1-K2-W2'], organisationType: 'hotel',
      learnText: 'In de hotelkeuken verzorg je ontbijt, lunch en diner. Je leert werken met een vaste mise-en-place, desserts en patisserie maken en koken voor gasten met een dieet of allergie.',
      allowancePerMonth: 300,
    },
  },
  {
    key: 'stadskantoor', name: 'Bedrijfsrestaurant Stadskantoor',
    locations: [{ label: 'Stadskantoor', municipality: 'Zoetermeer', postcodeArea: '2711' }],
    offer: {
      programme: KITCHEN, location: 0, places: 3, supervisionCapacity: 3, days: WEEKDAYS,
      workProcesses: ['B1-K1-W1', 'B1-K1-W2', 'B1-K1-W4', 'B1-K2-W1', 'B1-K2-W2', 'B1-K2-W3'], organisationType: 'bedrijfscatering',
      learnText: 'Je maakt elke dag lunchgerechten, soepen en salades voor 400 medewerkers. Je leert producten ontvangen, de voorraad bijhouden, veilig werken met messen en machines en hygiënisch werken in een grote keuken.',
    },
  },
  {
    key: 'demolen', name: 'Eetcafé De Molen',
    locations: [{ label: 'Eetcafé', municipality: 'Ridderkerk', postcodeArea: '2982' }],
    offer: {
      programme: KITCHEN, location: 0, places: 3, supervisionCapacity: 2, days: ['thu', 'fri', 'sat', 'sun'],
      workProcesses: ['B1-K1-W1', 'B1-K1-W2', 'B1-K1-W3', 'B1-K2-W3'], organisationType: 'eetcafe',
      learnText: 'Een druk eetcafé met dagschotels, soepen en snacks. Je leert bereiden, uitgeven als het druk is en de keuken schoonmaken na de dienst.',
      allowancePerMonth: 150,
    },
  },
  {
    key: 'delftsblauw', name: 'Partycatering Delfts Blauw',
    locations: [{ label: 'Productiekeuken', municipality: 'Delft', postcodeArea: '2627' }],
    offer: {
      programme: KITCHEN, location: 0, places: 3, supervisionCapacity: 3, days: ['tue', 'wed', 'thu', 'fri', 'sat'],
      workProcesses: ['B1-K1-W1', 'B1-K1-W2', 'B1-K1-W3', 'B1-K2-W1', 'P1-K1-W1', 'P1-K1-W2'], organisationType: 'evenementencatering',
      learnText: 'Je bereidt buffetten en hapjes voor feesten, bruiloften en bedrijfsfeesten. Je leert inkopen, grote hoeveelheden voorbereiden, menu\'s samenstellen, koken voor gasten met een allergie of dieet, vervoeren en uitgeven op locatie.',
      extraSupport: 'Een vaste werkbegeleider; we maken samen een weekplanning en leggen nieuwe taken stap voor stap uit.',
    },
  },
  {
    key: 'ijsselland', name: 'Centrale keuken Zorggroep IJsselland',
    locations: [{ label: 'Centrale keuken', municipality: 'Capelle aan den IJssel', postcodeArea: '2902' }],
    offer: {
      programme: KITCHEN, location: 0, places: 3, supervisionCapacity: 3, days: WEEKDAYS,
      workProcesses: ['B1-K1-W2', 'B1-K1-W4', 'B1-K2-W1', 'B1-K2-W2', 'P1-K1-W1', 'P1-K1-W2'], organisationType: 'zorginstelling-keuken',
      learnText: 'Je kookt voor de bewoners van drie zorgcentra, ook voor diëten en allergieën. Je leert hygiënisch werken volgens HACCP, temperaturen meten, de voorraad bestellen en bijhouden, menu\'s samenstellen en de kostprijs berekenen.',
      extraSupport: 'Een rustige keuken met vaste werktijden en een vaste begeleider die instructies ook op papier geeft.',
    },
  },
];

/** The playground user's own company: it has no offer yet, so the newcomer fills in the offer card. */
export const DEMO_PLAYGROUND_COMPANY: DemoCompanySpec = {
  key: 'playground', name: 'Brasserie Het Proeflokaal',
  locations: [{ label: 'Brasserie', municipality: 'Schiedam', postcodeArea: '3111' }],
};
