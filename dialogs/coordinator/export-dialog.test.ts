import { describe, expect, it } from 'vitest';
import { SUPPORT_DETAILS, testData, WISHES } from '../../bot/matching-runs/testing/run-test-support.js';
import { intakeHarness, textOf } from '../testing/intake-fixture.js';
import { exportRemindersEn } from '../texts/export-reminders-en.js';
import { exportRemindersNl } from '../texts/export-reminders-nl.js';
import type { Reply } from '../turn.js';
import { EVERYTHING } from '../../bot/store/index.js';

type FileReply = Extract<Reply, { kind: 'file' }>;
const filesOf = (replies: Reply[]) => replies.filter((r): r is FileReply => r.kind === 'file');
const exports = async (h: Awaited<ReturnType<typeof intakeHarness>>) => (await h.store.read(EVERYTHING)).audit.filter((e) => e.action === 'export.created');

const CONTACT = 'contact-c0';

// The run-service's care round, closed: 14 students with names, wishes and support details.
async function closedRound() {
  const data = testData('closed');
  data.companies.c0.contacts = [{ platform: 'teams', userId: CONTACT }];
  return intakeHarness(data, undefined, ['coord-a', 'coord-b']);
}

describe('ronde export', () => {
  it('hands the coordinator the matching and the figures as two CSV files, with a short text', async () => {
    const h = await closedRound();
    await h.say('ronde match', 'nl', 'coord-a');
    const replies = await h.say('ronde export', 'nl', 'coord-b');
    expect(replies[0]).toEqual({ kind: 'text', text: exportRemindersNl.export.ready('Zorg 2027') });
    const [result, figures] = filesOf(replies);
    expect(filesOf(replies)).toHaveLength(2);
    expect(result).toMatchObject({ mediaType: 'text/csv', description: exportRemindersNl.export.resultDescription('Zorg 2027') });
    expect(result.name).toMatch(/^koppel-r1-run_\d+-koppelingen\.csv$/);
    expect(result.content.startsWith('\uFEFFstudentnummer;status;leerbedrijf;')).toBe(true);
    expect(result.content).toContain('2027001;');
    expect(figures.name).toMatch(/^koppel-r1-run_\d+-cijfers\.csv$/);
    expect(figures.content.startsWith('\uFEFFopleiding;naam opleiding;studenten;')).toBe(true);
    expect(await exports(h)).toHaveLength(1);
  });

  it('puts no names, learning wishes or support details in the files', async () => {
    const h = await closedRound();
    await h.say('ronde match', 'nl', 'coord-a');
    const content = filesOf(await h.say('export', 'nl', 'coord-a')).map((f) => f.content).join('\n');
    const data = await h.store.read(EVERYTHING);
    for (const student of Object.values(data.students)) expect(content).not.toContain(student.displayName);
    for (const wish of WISHES) expect(content).not.toContain(wish);
    expect(content).not.toContain(SUPPORT_DETAILS);
    expect(content).not.toContain('29:user');
  });

  it('speaks English and writes English headers for an English coordinator', async () => {
    const h = await closedRound();
    await h.say('round match', 'en', 'coord-a');
    const replies = await h.say('round export', 'en', 'coord-a');
    expect(textOf(replies)).toContain(exportRemindersEn.export.ready('Zorg 2027'));
    expect(filesOf(replies)[0].content.startsWith('\uFEFFstudent number;status;company;')).toBe(true);
    expect(filesOf(replies)[0].name).toMatch(/-matches\.csv$/);
  });

  it('explains that there is nothing to export before the first match run', async () => {
    const h = await closedRound();
    // No round has a run yet, so Koppel asks which round; choosing it gives the explanation.
    const choice = await h.say('ronde export', 'nl', 'coord-a');
    expect(choice[0].kind === 'form' && choice[0].form.actions.map((a) => [a.verb, a.data?.roundId])).toEqual([['round.export', 'r1']]);
    expect(await h.submit('round.export', { roundId: 'r1' }, 'nl', 'coord-a')).toEqual([{ kind: 'text', text: exportRemindersNl.export.noRun }]);
    expect(await h.submit('round.export', { roundId: 'r1' }, 'en', 'coord-a')).toEqual([{ kind: 'text', text: exportRemindersEn.export.noRun }]);
    expect(await exports(h)).toEqual([]);
  });

  it('refuses a student and a company contact politely, and nothing is exported', async () => {
    const h = await closedRound();
    await h.say('ronde match', 'nl', 'coord-a');
    const refusal = [{ kind: 'text', text: 'Dit kan alleen een stagecoördinator doen. Er is niets veranderd.' }];
    for (const userId of ['29:user-1', CONTACT]) {
      expect(await h.say('ronde export', 'nl', userId)).toEqual(refusal);
      expect(await h.submit('round.export', { roundId: 'r1' }, 'nl', userId)).toEqual(refusal);
    }
    expect(await exports(h)).toEqual([]);
  });
});
