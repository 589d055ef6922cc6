import type { Requirement, TransportMode } from '../domain/common.js';

export const CARE = '90001';
export const KITCHEN = '90004';

/** One demo student as written by hand; demo-round.ts turns it into a Student. */
export interface DemoStudentSpec {
  key: string;
  name: string;
  programme: typeof CARE | typeof KITCHEN;
  status: 'confirmed' | 'own-placement' | 'invited';
  home: string;
  postcodeArea: string;
  wish?: string;
  workProcesses?: string[];
  organisationTypes?: string[];
  electives?: string[];
  modes?: TransportMode[];
  maxMinutes?: number;
  /** The student's own words about the support they would like; only coordinators see them. */
  support?: string;
  requirementsMet?: Requirement[];
  ownPlacement?: { companyName: string; place: string };
}

const VOG: Requirement[] = ['certificate_of_conduct'];
const HYGIENE: Requirement[] = ['food_hygiene_certificate'];

export const DEMO_STUDENTS: readonly DemoStudentSpec[] = [
  // Verzorgende-IG (90001)
  {
    key: 'c01', name: 'Sanne de Vries', programme: CARE, status: 'confirmed', home: 'Rotterdam', postcodeArea: '3035',
    wish: 'Ik wil leren hoe je wonden goed verzorgt en verbanden verwisselt. Ook wil ik leren zien wanneer een wond niet goed geneest en dat op tijd melden.',
    workProcesses: ['B1-K1-W4', 'B1-K1-W5'], organisationTypes: ['verpleeghuis', 'ziekenhuis'],
    modes: ['bike', 'public_transport'], maxMinutes: 30, requirementsMet: VOG,
  },
  {
    key: 'c02', name: 'Mohamed El Amrani', programme: CARE, status: 'confirmed', home: 'Rotterdam', postcodeArea: '3082',
    wish: 'Ik wil leren hoe ik ouderen help bij wassen en aankleden, zonder dat ze zich opgejaagd voelen. Ik wil ook leren wat ik wel en niet zelf mag doen.',
    workProcesses: ['B1-K1-W3', 'B1-K1-W1'], organisationTypes: ['verpleeghuis'],
    modes: ['walking', 'public_transport'], maxMinutes: 40, requirementsMet: VOG,
  },
  {
    key: 'c03', name: 'Lotte Bakker', programme: CARE, status: 'confirmed', home: 'Schiedam', postcodeArea: '3117',
    wish: 'Ik wil graag activiteiten doen met ouderen met dementie, zoals samen koken, wandelen of muziek luisteren. Ik wil leren hoe ik rustig blijf als iemand in de war is.',
    workProcesses: ['B1-K1-W1', 'B1-K1-W5'], organisationTypes: ['verpleeghuis'], electives: ['K9011'],
    modes: ['bike'], maxMinutes: 30,
  },
  {
    key: 'c04', name: 'Priya Ramdin', programme: CARE, status: 'confirmed', home: 'Capelle aan den IJssel', postcodeArea: '2903',
    wish: 'Ik wil in de thuiszorg leren werken: bij mensen thuis komen, ze helpen met douchen en zien wat ze nog zelf kunnen. Ik wil ook leren hoe een zorgplan werkt.',
    workProcesses: ['B1-K1-W3', 'B1-K1-W2'], organisationTypes: ['thuiszorg'], electives: ['K9013'],
    modes: ['bike', 'public_transport'], maxMinutes: 30, requirementsMet: VOG,
  },
  {
    key: 'c05', name: 'Daan Jansen', programme: CARE, status: 'confirmed', home: 'Capelle aan den IJssel', postcodeArea: '2907',
    wish: 'Ik wil leren medicijnen klaarzetten en aftekenen, en begrijpen waarom iemand welk medicijn krijgt. Ik wil ook leren hoe je veilig werkt.',
    workProcesses: ['B1-K1-W4', 'B1-K2-W2'], organisationTypes: ['thuiszorg', 'verpleeghuis'],
    modes: ['public_transport'], maxMinutes: 45,
    support: 'Ik heb dyslexie. Als ik rapportages en medicatielijsten samen met mijn begeleider kan nalopen, gaat het goed.',
  },
  {
    key: 'c06', name: 'Fatma Yılmaz', programme: CARE, status: 'confirmed', home: 'Delft', postcodeArea: '2624',
    wish: 'Ik wil in een ziekenhuis leren werken: bloeddruk en temperatuur meten, patiënten voorbereiden op een onderzoek en overdragen aan de verpleegkundige.',
    workProcesses: ['B1-K1-W4', 'B1-K1-W5', 'B1-K2-W1'], organisationTypes: ['ziekenhuis'],
    modes: ['bike'], maxMinutes: 25, requirementsMet: VOG,
  },
  {
    key: 'c07', name: 'Jesse van Dijk', programme: CARE, status: 'confirmed', home: 'Delft', postcodeArea: '2613',
    wish: 'Ik wil wondzorg en katheterzorg leren en hoe je hygiënisch en veilig werkt op een afdeling.',
    workProcesses: ['B1-K1-W4', 'B1-K2-W2'], organisationTypes: ['ziekenhuis', 'verpleeghuis'],
    modes: ['ebike', 'public_transport'], maxMinutes: 40, requirementsMet: VOG,
  },
  {
    key: 'c08', name: 'Amira Haddou', programme: CARE, status: 'confirmed', home: 'Vlaardingen', postcodeArea: '3132',
    wish: 'Ik wil leren hoe je mensen helpt met eten, wassen en naar bed gaan, en hoe je een praatje maakt zodat iemand zich op zijn gemak voelt.',
    workProcesses: ['B1-K1-W3', 'B1-K1-W1'], organisationTypes: ['verpleeghuis'],
    modes: ['walking', 'public_transport'], maxMinutes: 30,
  },
  {
    key: 'c09', name: 'Kevin Tjon', programme: CARE, status: 'confirmed', home: 'Vlaardingen', postcodeArea: '3135',
    wish: 'Ik wil leren hoe je contact houdt met de familie van een bewoner: wat je vertelt, wat je opschrijft en wanneer je de verpleegkundige erbij haalt.',
    workProcesses: ['B1-K1-W1', 'B1-K1-W2'], organisationTypes: ['verpleeghuis', 'thuiszorg'],
    modes: ['public_transport'], maxMinutes: 30,
  },
  {
    key: 'c10', name: 'Emma Visser', programme: CARE, status: 'confirmed', home: 'Vlaardingen', postcodeArea: '3137',
    wish: 'Ik wil activiteiten bedenken en begeleiden voor ouderen, zoals een spelletjesmiddag of bewegen op muziek, en leren helpen bij de persoonlijke verzorging.',
    workProcesses: ['B1-K1-W1', 'B1-K1-W3'], organisationTypes: ['verpleeghuis'], electives: ['K9011'],
    modes: ['bike', 'public_transport'], maxMinutes: 35,
  },
  {
    key: 'c11', name: 'Yusuf Demir', programme: CARE, status: 'confirmed', home: 'Vlaardingen', postcodeArea: '3131',
    wish: 'Ik wil leren medicatie geven en veranderingen in iemands gezondheid op tijd zien, bijvoorbeeld als iemand minder eet of drinkt.',
    workProcesses: ['B1-K1-W4', 'B1-K1-W5'], organisationTypes: ['verpleeghuis'],
    modes: ['walking', 'public_transport'], maxMinutes: 30,
  },
  {
    key: 'c12', name: 'Noor Hendriks', programme: CARE, status: 'confirmed', home: 'Barendrecht', postcodeArea: '2992',
    wish: 'Ik wil werken met mensen met een verstandelijke beperking en leren hoe je iemand helpt met de dagelijkse verzorging en met duidelijke afspraken.',
    workProcesses: ['B1-K1-W3', 'B1-K1-W1'], organisationTypes: ['gehandicaptenzorg'],
    modes: ['scooter'], maxMinutes: 30,
  },
  {
    key: 'c13', name: 'Thijs Mulder', programme: CARE, status: 'confirmed', home: 'Rotterdam', postcodeArea: '3074',
    wish: 'Ik wil leren hoe je samen met de cliënt en de familie een zorgplan maakt en bijstelt, en hoe je dat goed overlegt met collega\'s.',
    workProcesses: ['B1-K1-W2', 'B1-K1-W1', 'B1-K2-W1'], organisationTypes: ['thuiszorg'], electives: ['K9013'],
    modes: ['bike'], maxMinutes: 35, requirementsMet: VOG,
  },
  {
    key: 'c14', name: 'Shanice Martina', programme: CARE, status: 'confirmed', home: 'Ridderkerk', postcodeArea: '2983',
    wish: 'Ik wil leren hoe je iemand helpt die niet meer goed kan lopen: tillen met een tillift, wassen en aankleden, en letten op doorliggen.',
    workProcesses: ['B1-K1-W3', 'B1-K1-W5'], organisationTypes: ['gehandicaptenzorg', 'verpleeghuis'],
    modes: ['bike', 'public_transport'], maxMinutes: 40,
  },
  {
    key: 'c15', name: 'Bram Smit', programme: CARE, status: 'confirmed', home: 'Rotterdam', postcodeArea: '3061',
    wish: 'Ik wil leren hoe je zorgt voor mensen in hun laatste levensfase en hoe je er bent voor hun familie.',
    workProcesses: ['B1-K1-W1', 'B1-K1-W3'], organisationTypes: ['thuiszorg', 'verpleeghuis'], electives: ['K9012'],
    modes: ['public_transport'], maxMinutes: 45,
    support: 'Ik heb een rugblessure en mag voorlopig niet zwaar tillen. Ik wil graag werken waar een tillift is en iemand met mij de planning doorneemt.',
  },
  {
    key: 'c16', name: 'Ilse Kok', programme: CARE, status: 'own-placement', home: 'Rotterdam', postcodeArea: '3043',
    ownPlacement: { companyName: 'Zorghuis Het Anker (demo)', place: 'Rotterdam' },
  },
  { key: 'c17', name: 'Ricardo Lopes', programme: CARE, status: 'invited', home: 'Rotterdam', postcodeArea: '3025' },

  // Zelfstandig werkend kok (90004)
  {
    key: 'k01', name: 'Luuk de Boer', programme: KITCHEN, status: 'confirmed', home: 'Rotterdam', postcodeArea: '3012',
    wish: 'Ik wil leren werken in een drukke keuken waar alles tegelijk klaar moet zijn, en leren hoe je een gerecht mooi opmaakt.',
    workProcesses: ['B1-K1-W2', 'B1-K1-W3'], organisationTypes: ['restaurant'],
    modes: ['bike'], maxMinutes: 30, requirementsMet: HYGIENE,
  },
  {
    key: 'k02', name: 'Aylin Kaya', programme: KITCHEN, status: 'confirmed', home: 'Rotterdam', postcodeArea: '3027',
    wish: 'Ik wil leren sauzen en fonds maken en gerechten volgens recept bereiden, zodat ze elke keer hetzelfde smaken.',
    workProcesses: ['B1-K1-W2', 'B1-K1-W1'], organisationTypes: ['restaurant', 'hotel'],
    modes: ['public_transport'], maxMinutes: 45, requirementsMet: HYGIENE,
  },
  {
    key: 'k03', name: 'Stijn Vermeulen', programme: KITCHEN, status: 'confirmed', home: 'Rotterdam', postcodeArea: '3053',
    wish: 'Ik wil leren hoe je producten bestelt en de voorraad bijhoudt, zodat er zo weinig mogelijk weggegooid wordt.',
    workProcesses: ['B1-K2-W1', 'B1-K2-W2'], organisationTypes: ['bedrijfscatering', 'zorginstelling-keuken'],
    modes: ['ebike'], maxMinutes: 40,
  },
  {
    key: 'k04', name: 'Jayden Pinas', programme: KITCHEN, status: 'confirmed', home: 'Rotterdam', postcodeArea: '3083',
    wish: 'Ik wil leren hoe je hygiënisch werkt: temperaturen meten, etiketteren en de keuken goed schoonmaken.',
    workProcesses: ['B1-K1-W4', 'B1-K2-W3'], organisationTypes: ['zorginstelling-keuken', 'bedrijfscatering'],
    modes: ['bike', 'public_transport'], maxMinutes: 40,
  },
  {
    key: 'k05', name: 'Sophie Willems', programme: KITCHEN, status: 'confirmed', home: 'Schiedam', postcodeArea: '3122',
    wish: 'Ik wil plantaardig leren koken en nieuwe gerechten bedenken voor de menukaart.',
    workProcesses: ['B1-K1-W2', 'P1-K1-W1'], organisationTypes: ['restaurant'], electives: ['K9041'],
    modes: ['bike'], maxMinutes: 35, requirementsMet: HYGIENE,
  },
  {
    key: 'k06', name: 'Rayan Bouzid', programme: KITCHEN, status: 'confirmed', home: 'Schiedam', postcodeArea: '3114',
    wish: 'Ik wil leren koken voor grote groepen, bijvoorbeeld op een feest of bruiloft, en zorgen dat alles op tijd klaar is.',
    workProcesses: ['B1-K1-W1', 'B1-K1-W2'], organisationTypes: ['evenementencatering'],
    modes: ['public_transport'], maxMinutes: 50,
  },
  {
    key: 'k07', name: 'Julia Meijer', programme: KITCHEN, status: 'confirmed', home: 'Den Haag', postcodeArea: '2515',
    wish: 'Ik wil in een hotelkeuken het ontbijt en de lunch leren verzorgen en werken met een vaste mise-en-place.',
    workProcesses: ['B1-K1-W1', 'B1-K1-W3'], organisationTypes: ['hotel'],
    modes: ['bike', 'public_transport'], maxMinutes: 30,
  },
  {
    key: 'k08', name: 'Milan Kuipers', programme: KITCHEN, status: 'confirmed', home: 'Den Haag', postcodeArea: '2564',
    wish: 'Ik wil patisserie leren: taarten, bavarois en desserts maken en mooi opmaken.',
    workProcesses: ['B1-K1-W2', 'B1-K1-W3'], organisationTypes: ['hotel', 'restaurant'], electives: ['K9043'],
    modes: ['scooter'], maxMinutes: 30,
  },
  {
    key: 'k09', name: 'Dewi Soerjadi', programme: KITCHEN, status: 'confirmed', home: 'Den Haag', postcodeArea: '2531',
    wish: 'Ik wil leren koken voor gasten met een allergie of dieet, zonder dat er iets misgaat.',
    workProcesses: ['B1-K1-W4', 'B1-K1-W2'], organisationTypes: ['hotel', 'zorginstelling-keuken'], electives: ['K9042'],
    modes: ['public_transport'], maxMinutes: 50,
    support: 'Ik heb ADHD. Een vaste taak per dienst en een korte uitleg vooraf helpen mij.',
  },
  {
    key: 'k10', name: 'Tim Brouwer', programme: KITCHEN, status: 'confirmed', home: 'Rijswijk', postcodeArea: '2285',
    wish: 'Ik wil leren snel en netjes werken aan de warme kant van een keuken met veel gasten.',
    workProcesses: ['B1-K1-W2', 'B1-K1-W3', 'B1-K1-W4'], organisationTypes: ['restaurant', 'hotel'],
    modes: ['bike'], maxMinutes: 30,
  },
  {
    key: 'k11', name: 'Hanna Postma', programme: KITCHEN, status: 'confirmed', home: 'Delft', postcodeArea: '2628',
    wish: 'Ik wil leren hoe een cateraar een evenement voorbereidt: inkopen, voorbereiden, vervoeren en uitgeven.',
    workProcesses: ['B1-K1-W1', 'B1-K2-W1'], organisationTypes: ['evenementencatering'],
    modes: ['bike'], maxMinutes: 25,
  },
  {
    key: 'k12', name: 'Omar Farah', programme: KITCHEN, status: 'confirmed', home: 'Delft', postcodeArea: '2622',
    wish: 'Ik wil leren hoe je een menu samenstelt en uitrekent wat een gerecht kost.',
    workProcesses: ['P1-K1-W1', 'P1-K1-W2'], organisationTypes: ['bedrijfscatering', 'restaurant'],
    modes: ['walking', 'public_transport'], maxMinutes: 40,
    support: 'Ik ben slechthorend. In een lawaaierige keuken heb ik afspraken nodig over hoe collega\'s mij iets vertellen.',
  },
  {
    key: 'k13', name: 'Eva Dekker', programme: KITCHEN, status: 'confirmed', home: 'Zoetermeer', postcodeArea: '2711',
    wish: 'Ik wil leren lunchgerechten en soepen maken voor een bedrijfsrestaurant en de voorraad bijhouden.',
    workProcesses: ['B1-K1-W2', 'B1-K2-W2'], organisationTypes: ['bedrijfscatering'],
    modes: ['bike'], maxMinutes: 25,
  },
  {
    key: 'k14', name: 'Nick Verbeek', programme: KITCHEN, status: 'confirmed', home: 'Zoetermeer', postcodeArea: '2725',
    wish: 'Ik wil leren hoe je in een grote keuken veilig werkt met messen, snijmachines en hete pannen.',
    workProcesses: ['B1-K1-W4', 'B1-K2-W3'], organisationTypes: ['bedrijfscatering'],
    modes: ['public_transport'], maxMinutes: 40,
  },
  {
    key: 'k15', name: 'Chayenne Koster', programme: KITCHEN, status: 'confirmed', home: 'Ridderkerk', postcodeArea: '2987',
    wish: 'Ik wil leren werken in een eetcafé: snacks, soepen en dagschotels maken en uitgeven als het druk is.',
    workProcesses: ['B1-K1-W2', 'B1-K1-W3'], organisationTypes: ['eetcafe'],
    modes: ['scooter'], maxMinutes: 30,
  },
  {
    key: 'k16', name: 'Bilal Chaouch', programme: KITCHEN, status: 'own-placement', home: 'Rotterdam', postcodeArea: '3036',
    ownPlacement: { companyName: 'Lunchroom De Hoek (demo)', place: 'Rotterdam' },
  },
  { key: 'k17', name: 'Lisa van Leeuwen', programme: KITCHEN, status: 'invited', home: 'Den Haag', postcodeArea: '2546' },
  { key: 'k18', name: 'Dylan Groen', programme: KITCHEN, status: 'invited', home: 'Schiedam', postcodeArea: '3119' },
];
