import { beforeAll, describe, expect, it } from 'vitest';
import { textSimilarity } from '../../matching/text-similarity.js';
import { findProgramme, loadCatalogue, workProcessesOf, type Catalogue, type Programme } from '../catalogue/index.js';
import { coachWish, type WishIssue } from './wish-coach.js';

const PROGRAMMES = {
  care: '90001', sales: '90002', ict: '90003', kitchen: '90004', electro: '90005', childcare: '90006', logistics: '90007',
} as const;
type ProgrammeKey = keyof typeof PROGRAMMES;

// Written out here rather than imported, so a change of policy shows up as a failing test.
const BLOCKING = new Set(['too-short', 'too-long', 'personal', 'trait', 'no-activity']);

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

function programme(key: ProgrammeKey): Programme {
  const found = findProgramme(catalogue, PROGRAMMES[key]);
  if (!found) throw new Error(`example catalogue lacks ${key}`);
  return found;
}

const label = (issue: WishIssue) => (issue.code === 'personal' ? `personal:${issue.grounds.join('+')}` : issue.code);

// [wish, programme, expected issues in the coach's order: blocking first, then warnings]
const TABLE: [string, ProgrammeKey, string[]][] = [
  // Good wishes
  ['Ik wil leren hoe je wonden verzorgt en cliënten helpt bij het wassen', 'care', []],
  ['ik wil leren afrekenen aan de kassa en klanten adviseren', 'sales', []],
  ['ik wil leren programmeren en software testen', 'ict', []],
  ['ik wil leren gerechten bereiden volgens recept', 'kitchen', []],
  ['ik wil leren orders verzamelen en met de heftruck rijden', 'logistics', []],
  ['ik wil leren activiteiten bedenken voor jonge kinderen', 'childcare', []],
  ['I want to learn how to advise customers and sell products', 'sales', []],
  ['I want to learn how to care for elderly people', 'care', []],
  ['ik wil leren werken met een grote oven', 'kitchen', []],
  // Too short (too long: see 'reports the length limits')
  ['koken', 'kitchen', ['too-short']],
  ['wonden verzorgen', 'care', ['too-short']],
  // Vague (a warning; blocks only together with no-activity)
  ['ik wil veel leren', 'care', ['no-activity', 'vague']],
  ['ik wil ervaring opdoen en mezelf ontwikkelen', 'sales', ['no-activity', 'vague', 'vague']],
  ['ik wil graag een leuke stage bij een groot bedrijf', 'logistics', ['no-activity', 'vague']],
  ['ik wil veel leren over het verzorgen van wonden', 'care', ['vague']],
  ['I want to learn a lot about everything', 'ict', ['no-activity', 'vague', 'vague']],
  // Traits (blocking: the wish is what to learn, not who one is)
  ['ik ben heel sociaal en behulpzaam', 'care', ['trait', 'no-activity']],
  ['ik ben een harde werker en wil leren de kassa te bedienen', 'sales', ['trait']],
  ['ik ben goed met mensen en wil leren klanten te helpen', 'sales', ['trait']],
  ['I am social and I like people', 'care', ['trait', 'no-activity']],
  // Personal characteristics (blocking)
  ['als moslima wil ik in de zorg werken', 'care', ['personal:religion']],
  ['ik ben 16 en wil leren koken', 'kitchen', ['personal:age']],
  ['ik heb ADHD dus ik wil korte taken in de keuken', 'kitchen', ['personal:disability']],
  ['ADHD, dus ik wil graag korte taken in de keuken', 'kitchen', ['personal:disability']],
  ['Ik ben van Marokkaanse afkomst en wil leren verzorgen', 'care', ['personal:origin']],
  ['als man wil ik in de kinderopvang werken', 'childcare', ['personal:gender']],
  ['omdat ik heel lang ben wil ik in het magazijn werken', 'logistics', ['personal:appearance']],
  ['ik ben zwanger en wil in de zorg werken', 'care', ['personal:gender']],
  ['ik heb een tattoo en wil leren verkopen', 'sales', ['personal:appearance']],
  ['As a girl I want to learn nursing', 'care', ['personal:gender']],
  ["I'm 17 and I want to learn cooking", 'kitchen', ['personal:age']],
  ['I have ADHD and want to learn wound care', 'care', ['personal:disability']],
  ['ik heb een migratieachtergrond en wil leren verzorgen', 'care', ['personal:origin']],
  // A culture as subject matter is what to learn: a cuisine, a restaurant of it, a language for clients.
  ['Ik wil in de keuken van een Turks restaurant leren koken', 'kitchen', []],
  ['Ik wil leren Surinaamse en Franse gerechten bereiden', 'kitchen', []],
  ['Ik wil leren Turkse klanten in hun eigen taal te helpen', 'sales', []],
  ['ik ben zelf Turks en wil leren koken', 'kitchen', ['personal:nationality']],
  // False-positive guards: these words are about the work, not the student.
  // Decided: "mannen en vrouwen" as clients is work; only singular self-descriptions ("als vrouw") count.
  ['ik wil leren omgaan met mannen en vrouwen in de thuiszorg', 'care', []],
  ['ik wil meer weten over het management van een winkel', 'sales', []],
  ['ik wil leren op een goede manier met klanten om te gaan', 'sales', []],
  ['ik wil leren de voorraad bij te houden', 'sales', []],
  ['ik wil leren gerechten bereiden voor gasten die houden van lekker eten', 'kitchen', []],
  ['ik wil een armatuur monteren en kabels aanleggen', 'electro', []],
  ['ik wil oudere cliënten verzorgen en medicijnen geven', 'care', []],
  ['ik wil leren kinderen van verschillende culturen te begeleiden', 'childcare', []],
  ['ik wil leren kinderen met autisme te begeleiden', 'childcare', []],
  ['ik wil leren hoe je mensen met een beperking begeleidt', 'care', []],
  ['ik ben al lang bezig met koken en wil leren gerechten bereiden', 'kitchen', []],
  ['kinderen in de leeftijd van 2 tot 4 jaar begeleiden en activiteiten doen', 'childcare', []],
  ['Ik wil leren activiteiten te bedenken voor jongens en meisjes', 'childcare', []],
  ['ik wil leren omgaan met cliënten die een ander geloof hebben', 'care', []],
  ['Ik wil leren cliënten met een migratieachtergrond te verzorgen', 'care', []],
  ['ik wil leren hoe je een mooi bord opmaakt', 'kitchen', []],
  ['ik wil leren hoe je met ouders praat over hun kind', 'childcare', []],
  ['ik wil leren hoe je helpt als een vrouw bevalt', 'care', []],
  // A place alone is no activity
  ['ik wil in een ziekenhuis werken', 'care', ['no-activity']],
];

describe('coachWish: the example table', () => {
  it.each(TABLE)('%s (%s) → %j', (wish, key, expected) => {
    const advice = coachWish(wish, programme(key));
    expect(advice.issues.map(label)).toEqual(expected);
    expect(advice.ok).toBe(!expected.some((code) => BLOCKING.has(code.split(':')[0])));
  });

  it('has rows enough in both languages', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(25);
    expect(TABLE.filter(([wish]) => /\b(I|I'm)\b/.test(wish)).length).toBeGreaterThanOrEqual(5);
  });
});

describe('coachWish: what an issue carries', () => {
  it('quotes personal words as the student wrote them, with the self-description around them', () => {
    const issues = (text: string) => coachWish(text, programme('care')).issues;
    expect(issues('Als moslima wil ik wonden verzorgen')).toContainEqual({ code: 'personal', grounds: ['religion'], phrase: 'Als moslima' });
    expect(issues("I'm 17 and want to learn wound care")).toContainEqual({ code: 'personal', grounds: ['age'], phrase: "I'm 17" });
    expect(issues('Ik ben geboren in Syrië en wil wonden verzorgen')).toContainEqual({ code: 'personal', grounds: ['origin'], phrase: 'Ik ben geboren in Syrië' });
  });

  it('ignores case and accents', () => {
    const categories = (text: string) => coachWish(text, programme('care')).issues.map(label);
    expect(categories('IK DRAAG EEN HOOFDDOEK en wil wonden verzorgen')).toEqual(['personal:religion']);
    expect(categories('ik ben geboren in Syrie en wil wonden verzorgen')).toEqual(['personal:origin']);
    expect(categories('ik wil leren clienten te verzorgen')).toEqual([]);
  });

  it('reports the length limits with their numbers', () => {
    expect(coachWish('koken', programme('kitchen')).issues).toEqual([{ code: 'too-short', minWords: 4, words: 1 }]);
    const long = 'ik wil leren klanten helpen aan de kassa. '.repeat(15);
    expect(long.length).toBeGreaterThan(600);
    expect(coachWish(long, programme('sales')).issues).toEqual([{ code: 'too-long', maxChars: 600 }]);
    expect(coachWish(`ik wil leren koken ${'x'.repeat(500)}`, programme('kitchen')).issues).toEqual([]);
  });

  it('lets warnings through and blocks on who the student is even in a good wish', () => {
    expect(coachWish('ik wil veel leren over wonden verzorgen', programme('care')).ok).toBe(true);
    expect(coachWish('ik ben heel geduldig en wil leren wonden verzorgen', programme('care')).ok).toBe(false);
    expect(coachWish('ik ben 17 en wil leren wonden verzorgen', programme('care')).ok).toBe(false);
  });
});

describe('coachWish: suggestions', () => {
  it('puts the care work processes first for a care wish', () => {
    const { suggestions } = coachWish('ik wil leren wonden verzorgen en helpen bij wassen', programme('care'));
    expect(suggestions[0]).toEqual({ code: 'B1-K1-W3', score: expect.any(Number) });
    const codes = workProcessesOf(programme('care')).map((wp) => wp.code);
    for (const s of suggestions) expect(codes).toContain(s.code);
    expect(coachWish('ik wil leren wonden verzorgen en helpen bij wassen', programme('ict')).suggestions).toEqual([]);
  });

  it('suggests the software work processes for an ICT wish, best first', () => {
    const { suggestions } = coachWish('ik wil leren programmeren en software testen', programme('ict'));
    expect(suggestions[0].code).toBe('B1-K1-W4');
    for (const s of suggestions) expect(['B1-K1-W2', 'B1-K1-W3', 'B1-K1-W4', 'B1-K1-W5']).toContain(s.code);
    const scores = suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.every((score) => score > 0)).toBe(true);
  });

  it('matches English wishes on the English titles, not on their small words', () => {
    const top = coachWish('I want to learn to design and test software', programme('ict')).suggestions.slice(0, 2);
    expect(top.map((s) => s.code).sort()).toEqual(['B1-K1-W2', 'B1-K1-W4']);
    expect(coachWish('I would like to learn and to do things with the people', programme('ict')).suggestions).toEqual([]);
  });

  it('meets the titles\' verb forms: "monteren" finds "Monteert"', () => {
    expect(coachWish('ik wil leren monteren', programme('electro')).suggestions[0]?.code).toBe('B1-K1-W3');
  });

  it('leaves traits out: "zorgzaam" suggests no care work', () => {
    // Precondition: the shared similarity alone would link the trait to care titles.
    expect(textSimilarity('zorgzaam', 'Stemt de zorg af met andere zorgverleners')).toBeGreaterThan(0);
    expect(coachWish('ik ben heel zorgzaam en wil leren koken', programme('care')).suggestions).toEqual([]);
  });

  it('breaks ties by code order and gives at most five', () => {
    const titles = ['B1-K1-W10', 'B1-K1-W2', 'B1-K1-W1', 'B1-K2-W1', 'B1-K1-W3', 'B1-K1-W4', 'P1-K1-W1'];
    const { suggestions } = coachWish('ik wil leren software testen', fakeProgramme(titles));
    expect(suggestions.map((s) => s.code)).toEqual(['B1-K1-W1', 'B1-K1-W2', 'B1-K1-W3', 'B1-K1-W4', 'B1-K1-W10']);
  });
});

/** Every work process titled "Test software", in the given code order. */
function fakeProgramme(codes: string[]): Programme {
  const tasks = [...new Set(codes.map((c) => c.slice(0, 5)))];
  return {
    code: '99999', name: 'Test', nameEn: 'Test', level: 4,
    sector: { code: 'ict', label: 'ICT', labelEn: 'ICT' },
    organisationTypes: [{ code: 'bedrijf', label: 'Bedrijf', labelEn: 'Company' }],
    electives: [],
    coreTasks: tasks.map((task) => ({
      code: task, title: task,
      workProcesses: codes.filter((c) => c.startsWith(task)).map((code) => ({ code, title: 'Test software' })),
    })),
  };
}
