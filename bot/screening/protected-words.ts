// The words of the protected grounds, for both screens. Data only; protected-lexicon.ts looks
// tokens up in it. Words are lowercase without accents; "marokk*" is any token starting so.
//
// A word alone never decides a verdict: the screens' grammar decides who it is about (the student,
// or the clients, dishes and languages of the work). The kind says what role a word can play:
//   person     names someone by the ground: "moslim", "meisje", "Turk", "buitenlander"
//   attribute  describes someone by it: "Turkse", "islamitische", "vrouwelijke", "homoseksuele"
//   topic      names the characteristic itself: "afkomst", "geloof", "hoofddoek", "ADHD", "moedertaal"
//   own        a topic only with "mijn"/"eigen"/"dezelfde": "mijn cultuur", "mijn eigen taal"
//   state      how someone is, only after "ben"/"is"/"zijn": "ik ben jong", "moet gezond zijn"
//   place      where someone comes from, only after "kom uit", "geboren in", "ouders uit"
import type { ProtectedGround } from './grounds.js';

export type WordKind = 'person' | 'attribute' | 'topic' | 'own' | 'state' | 'place';
export type WordList = Partial<Record<WordKind, string>>;

export const PROTECTED_WORDS: Readonly<Record<ProtectedGround, WordList>> = {
  origin: {
    person: `allochtoon allochtonen autochtoon autochtonen buitenlander buitenlanders migrant migranten vluchteling
      vluchtelingen statushouder statushouders asielzoeker asielzoekers berber berbers koerd koerden arabier arabieren
      afrikaan afrikanen aziaat aziaten creool creolen hindostaan hindostanen blanke blanken zwarte zwarten getinte
      foreigner foreigners immigrant immigrants refugee refugees arab arabs`,
    attribute: `allochtone autochtone buitenlandse etnisch etnische westers westerse koerdische berberse arabisch arabische
      afrikaans afrikaanse aziatisch aziatische creoolse hindostaanse caribisch caribische blank getint gekleurde
      foreign ethnic kurdish berber african asian caribbean white black`,
    topic: 'afkomst komaf afkomstig migratieachtergrond etniciteit huidskleur ras ethnicity race origin origins descent',
    own: 'achtergrond achtergronden roots cultuur culturen land volk mensen background culture country people',
    place: `turkije marokko suriname antillen curacao aruba bonaire syrie somalie eritrea afghanistan irak iran polen
      roemenie bulgarije ghana nigeria egypte china india pakistan indonesie kaapverdie afrika azie oekraine rusland
      nederland belgie buitenland turkey morocco syria somalia iraq poland romania africa asia abroad netherlands`,
  },
  nationality: {
    person: `turk turken marokkaan marokkanen surinamer surinamers antilliaan antillianen syrier syriers somalier
      somaliers eritreeer eritreeers afghaan afghanen irakees irakezen iraniers roemeen roemenen bulgaar bulgaren
      nederlander nederlanders belg belgen duitser duitsers dutchman moroccans syrians afghans iraqis somalis eritreans
      national nationals citizen citizens`,
    attribute: `turks turkse marokkaans marokkaanse surinaams surinaamse antilliaans antilliaanse syrisch syrische
      somalisch somalische eritrees eritrese afghaans afghaanse iraaks iraakse iraans iraanse pools poolse roemeens roemeense
      bulgaars bulgaarse nederlands nederlandse belgisch belgische duits duitse frans franse italiaans italiaanse spaans
      spaanse chinees chinese indiaas indiase pakistaans pakistaanse egyptisch egyptische ghanees ghanese nigeriaans
      nigeriaanse kaapverdisch kaapverdische oekraiens oekraiense russisch russische moluks molukse indisch indische
      indonesisch indonesische portugees portugese turkish moroccan dutch surinamese syrian romanian bulgarian afghan
      iraqi somali eritrean ukrainian russian chinese indian pakistani nigerian ghanaian antillean french italian
      german spanish belgian polish`,
    topic: 'nationaliteit nationaliteiten nationality paspoort passport staatsburger staatsburgerschap citizenship',
  },
  religion: {
    person: `moslim moslims moslima moslimas moslem muslim muslims muslima christen christenen christian christians
      katholiek katholieken catholic catholics protestant protestanten jood joden jew jews hindoe hindoes hindu hindus
      boeddhist boeddhisten buddhist buddhists sikh sikhs gelovige gelovigen believer believers`,
    attribute: `islamitisch islamitische islamic christelijk christelijke katholieke joods joodse jewish hindoestaans
      hindoestaanse boeddhistisch boeddhistische gereformeerd gereformeerde orthodox orthodoxe religieus religieuze
      religious gelovig praktiserend praktiserende`,
    topic: `geloof geloven religie religies godsdienst religion faith hoofddoek hoofddoeken hijab hijabs headscarf
      headscarves keppel keppeltje tulband turban niqaab nikab boerka burka islam christendom jodendom ramadan moskee
      kerk synagoge tempel mosque church`,
  },
  belief: {
    person: 'atheist atheisten agnost agnosten humanist humanisten atheists',
    attribute: 'atheistisch atheistische ongelovig ongelovige',
    topic: 'levensovertuiging overtuiging overtuigingen belief beliefs',
  },
  'political-opinion': {
    topic: 'politieke political politics stemgedrag',
  },
  gender: {
    person: `man mannen vrouw vrouwen jongen jongens meisje meisjes meid meiden dame dames heer heren jongeman
      transgender transvrouw transman girl girls boy boys woman women men lady ladies gentleman guy`,
    attribute: `mannelijk mannelijke vrouwelijk vrouwelijke male female trans nonbinair nonbinary`,
    topic: 'geslacht gender zwangerschap pregnancy sekse',
    state: 'zwanger pregnant',
  },
  'sexual-orientation': {
    person: 'homo homos lesbienne lesbiennes lesbo bi hetero gay gays lesbian lesbians bisexual queer lhbti lhbtiq lgbt lgbtq lgbtqi',
    attribute: 'homoseksueel homoseksuele lesbisch lesbische biseksueel biseksuele heteroseksueel heteroseksuele',
    topic: 'geaardheid seksualiteit sexuality orientation',
  },
  'civil-status': {
    person: 'moeder moeders vader vaders mother mothers father fathers',
    topic: 'burgerlijke kinderwens',
    state: 'getrouwd gescheiden ongehuwd alleenstaand alleenstaande married divorced single',
  },
  age: {
    person: 'tiener tieners puber pubers minderjarige minderjarigen meerderjarige teenager teenagers',
    attribute: 'jong jonge jeugdig jeugdige young older younger',
    topic: 'leeftijd leeftijden geboortedatum geboortejaar age',
    state: 'oud minderjarig meerderjarig old',
  },
  health: {
    topic: `ziekte ziektes gezondheid medicijnen medicatie diabetes epilepsie astma migraine depressie burnout angststoornis
      allergie rugklachten hernia hiv kanker ziekteverzuim ziekteverleden health illness disease medication depression
      anxiety asthma epilepsy allergy`,
    state: 'ziek gezond allergisch depressief sick ill healthy',
  },
  disability: {
    person: 'autist autisten rolstoelgebruiker rolstoelgebruikers',
    topic: `beperking beperkingen handicap handicaps adhd autisme dyslexie dyscalculie rolstoel disability
      disabilities autism dyslexia wheelchair`,
    state: 'gehandicapt autistisch dyslectisch doof blind slechthorend slechtziend deaf disabled autistic dyslexic',
  },
  appearance: {
    topic: `uiterlijk tattoo tattoos tatoeage tatoeages piercing piercings foto fotos pasfoto baard kapsel lengte gewicht
      looks appearance photo picture weight beard postuur figuur`,
    state: `knap mooi lelijk lang klein groot dik dun slank blond getatoeeerd representatief representatieve pretty
      beautiful tall short fat thin ugly attractive aantrekkelijk presentable`,
  },
  'mother-tongue': {
    topic: 'moedertaal moedertaalniveau moedertaalspreker moedertaalsprekers accent accentloos thuistaal native speaker speakers',
    own: 'taal language',
  },
  fit: {
    topic: 'klik klikt klikken klikgesprek teamfit chemistry click',
  },
};

/** Names of languages: "Nederlands", "Turks" as a skill or subject is about the work, never a ground. */
export const LANGUAGE_NAMES = new Set(`nederlands turks arabisch engels frans duits pools spaans italiaans papiaments berbers
  tamazight koerdisch somalisch tigrinya chinees russisch portugees oekraiens dutch turkish arabic french german spanish
  polish italian russian chinese ukrainian somali kurdish papiamento english`.split(/\s+/));
