import { describe, expect, it } from 'vitest';
import { Round } from '../../bot/domain/round.js';
import { handleTurn } from '../koppel-dialogs.js';
import { formOf, intakeHarness, readable, roundData, STUDENT_USER, textOf } from '../testing/intake-fixture.js';
import type { Turn } from '../turn.js';
import { EVERYTHING } from '../../bot/store/index.js';

const STUDENTS_CSV = 'studentnummer;opleiding;email;naam\n200001;90001;a@school.nl;Jansen, Piet\n200002;90001;b@school.nl;Vries, Anna de\n';
const COMPANIES_CSV = 'bedrijfsnaam;sbb_nummer;postcode;plaats;contact_email\nBakkerij Kok;7654321;3111 AB;Schiedam;jan@bakkerijkok.nl\n';

async function harness(extraDraftRound = false) {
  const data = roundData();
  if (extraDraftRound) {
    data.rounds.r2 = Round.parse({ ...data.rounds.r1, id: 'r2', name: 'Techniek 2027', status: 'draft' });
  }
  const h = await intakeHarness(data);
  const send = (name: string, content: string, userId = 'coord-1') => {
    const turn: Turn = { person: { platform: 'teams', userId }, language: 'nl', input: { kind: 'file', name, content } };
    return handleTurn(turn, h.services()).then(readable);
  };
  const numbers = async (roundId: string) => Object.values((await h.store.read(EVERYTHING)).students).filter((s) => s.roundId === roundId).map((s) => s.studentNumber).sort();
  return { ...h, send, numbers };
}

describe('a CSV sent as a file in the chat', () => {
  it('imports students into the only round that takes them', async () => {
    const h = await harness();
    const replies = await h.send('export-eduarte.csv', STUDENTS_CSV);
    expect(textOf(replies)).toMatch(/2 studenten/);
    expect(await h.numbers('r1')).toEqual(['100234', '200001', '200002']);
  });

  it('lets the coordinator choose the round when there are several, then imports the waiting file once', async () => {
    const h = await harness(true);
    const choice = formOf(await h.send('export.csv', STUDENTS_CSV));
    expect(choice.intro).toContain('export.csv');
    expect(choice.actions.map((a) => a.label)).toEqual(['Zorg februari 2027', 'Techniek 2027']);
    expect(await h.numbers('r2')).toEqual([]);
    const toR2 = choice.actions[1];
    expect(textOf(await h.submit(toR2.verb, toR2.data, 'nl', 'coord-1'))).toMatch(/2 studenten/);
    expect(await h.numbers('r2')).toEqual(['200001', '200002']);
    // The file was taken: pressing again (or another round) imports nothing more.
    expect(textOf(await h.submit(choice.actions[0].verb, choice.actions[0].data, 'nl', 'coord-1'))).toContain('Stuur het opnieuw');
    expect(await h.numbers('r1')).toEqual(['100234']);
  });

  it('does not hand a waiting file to another coordinator', async () => {
    const h = await harness(true);
    const choice = formOf(await h.send('export.csv', STUDENTS_CSV));
    expect(textOf(await h.submit(choice.actions[1].verb, choice.actions[1].data, 'nl', 'coord-2'))).toContain('Stuur het opnieuw');
    expect(await h.numbers('r2')).toEqual([]);
  });

  it('imports host companies from their columns', async () => {
    const h = await harness();
    await h.send('bedrijven.csv', COMPANIES_CSV);
    expect(Object.values((await h.store.read(EVERYTHING)).companies).map((c) => c.name)).toEqual(['Bakkerij Kok']);
  });

  it('says what it cannot use, and changes nothing', async () => {
    const h = await harness();
    const before = JSON.stringify(await h.store.read(EVERYTHING));
    expect(textOf(await h.send('cijfers.csv', 'vak;cijfer\nrekenen;7\n'))).toContain('herken ik geen lijst');
    expect(textOf(await h.send('lijst.xlsx', 'PK\u0003\u0004\u0000binary'))).toContain('Ik kan **lijst.xlsx** niet lezen');
    expect(textOf(await h.send('export.csv', STUDENTS_CSV, STUDENT_USER))).toContain('dat doet de stagecoördinator');
    expect(JSON.stringify(await h.store.read(EVERYTHING))).toBe(before);
  });
});
