import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { findProgramme } from '../../bot/catalogue/index.js';
import { loadCatalogue } from '../../bot/catalogue/load-catalogue.js';
import { coachWish } from '../../bot/intake/wish-coach.js';
import { BENCH_PROGRAMME, benchData, benchStudentId } from './bench-data.js';
import { checkStore, runTurnsBench } from './run-turns.js';
import { runStudent, WISHES, type TurnRecord } from './simulated-student.js';
import { seededRandom } from './stats.js';
import { teamsUser } from './teams-activity.js';
import { startTurnConnector, type TurnConnector } from './turn-connector.js';

describe('the turns benchmark', () => {
  it('walks a few students through the whole intake of a real Koppel: nothing lost, all confirmed as submitted', async () => {
    const result = await runTurnsBench({
      store: 'lowdb', students: 12, concurrent: 4, thinkMs: [0, 0], startSpreadMs: 0, seed: 7,
      turnTimeoutMs: 10_000, maxRunMs: 30_000,
    });
    expect(result.turns.filter((t) => t.outcome !== 'ok')).toEqual([]);
    expect(result.turns).toHaveLength(4 * 9);
    expect(result.lost).toBe(0);
    expect(result.check).toEqual({ confirmedAsSubmitted: 4, wrong: [], othersChanged: 0, resultCardsKept: 4 });
    expect(result.turns.every((t) => t.latencyMs! > 0 && t.latencyMs! <= t.httpMs!)).toBe(true);
  }, 40_000);

  it('only uses learning wishes the coach accepts without a warning, so every walk has the same turns', async () => {
    const programme = findProgramme(await loadCatalogue(undefined), BENCH_PROGRAMME)!;
    for (const wish of WISHES) expect({ wish, ...coachWish(wish, programme) }).toMatchObject({ wish, ok: true, issues: [] });
  });
});

describe('what counts as lost', () => {
  let bot: Server | undefined;
  let connector: TurnConnector | undefined;
  afterEach(async () => {
    await connector?.stop();
    bot?.closeAllConnections();
    if (bot) await new Promise((resolve) => bot!.close(resolve));
    bot = connector = undefined;
  });

  /** A stand-in bot that answers `start` with the privacy card, then `answer`s whatever comes next. */
  async function walkAgainst(answer: 'without-reply' | 'never', turnTimeoutMs = 5_000): Promise<TurnRecord[]> {
    connector = await startTurnConnector(60_000);
    bot = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', async () => {
        const activity = JSON.parse(body) as { text?: string; conversation: { id: string }; serviceUrl: string; id: string };
        if (activity.text !== 'start' && answer === 'never') return;
        if (activity.text === 'start') {
          const card = { type: 'AdaptiveCard', version: '1.5', body: [], actions: [{ type: 'Action.Submit', title: 'Beginnen', data: { verb: 'intake.start' } }] };
          await fetch(`${activity.serviceUrl}v3/conversations/${encodeURIComponent(activity.conversation.id)}/activities/${activity.id}`, {
            method: 'POST', headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] }),
          });
        }
        // Answered, but the turn's reply never reaches the connector.
        response.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => bot!.listen(0, '127.0.0.1', resolve));
    const turns: TurnRecord[] = [];
    const messagesUrl = `http://127.0.0.1:${(bot.address() as AddressInfo).port}/api/messages`;
    const run = await runStudent(0, teamsUser(0), {
      messagesUrl: () => messagesUrl,
      connector, random: seededRandom(1), thinkMs: () => 0, turnTimeoutMs, deadline: performance.now() + 20_000,
      record: (turn) => turns.push(turn),
    });
    expect(run.finished).toBe(false);
    return turns;
  }

  it('a turn whose reply never arrives at the connector is lost, and the student stops there', async () => {
    const turns = await walkAgainst('without-reply');
    expect(turns.map((t) => [t.step, t.outcome])).toEqual([['start', 'ok'], ['privacy', 'unexpected-reply']]);
    expect(turns[1].latencyMs).toBeUndefined();
  });

  it('a turn the bot does not answer in time is lost', async () => {
    const turns = await walkAgainst('never', 500);
    expect(turns.map((t) => [t.step, t.outcome])).toEqual([['start', 'ok'], ['privacy', 'timeout']]);
  });

  it('a student not confirmed, or saved with other answers than submitted, is lost', () => {
    const data = benchData(3);
    const submitted = {
      learningWish: { text: WISHES[0], workProcesses: ['B1-K1-W3'], organisationTypes: [], organisationSizes: [], electives: [] },
      travel: { municipality: 'Delft', modes: ['bike'], maxMinutes: 30, reachableMunicipalities: [] },
      availability: { days: ['mon'], early: false, evening: false, weekend: false },
      supportNeed: { wanted: false },
    };
    Object.assign(data.students[benchStudentId(0)], { intakeStatus: 'confirmed', ...submitted });
    Object.assign(data.students[benchStudentId(1)], { intakeStatus: 'confirmed', ...submitted, travel: { ...submitted.travel, maxMinutes: 45 } });
    const runs = [0, 1, 2].map((index) => ({ index, submitted, finished: true }));
    const check = checkStore(data, runs, 3);
    expect(check.confirmedAsSubmitted).toBe(1);
    expect(check.wrong).toEqual([
      { index: 1, reason: 'saved travel differ from what was submitted' },
      { index: 2, reason: 'intake is invited at step privacy' },
    ]);
  });
});
