import { afterEach, describe, expect, it } from 'vitest';
import { Round } from '../../bot/domain/round.js';
import { BEFORE_DEADLINE, companyRoundData, roundData } from '../../dialogs/testing/intake-fixture.js';
import { MAX_FILE_BYTES, type Reply, type Turn } from '../../dialogs/turn.js';
import { downloadSharedFile, mayCarryToken } from './slack-files.js';
import { BOT_TOKEN, slackHarness, type SlackHarness } from './testing/slack-harness.js';
import { slackUser } from './testing/slack-user.js';
import { EVERYTHING } from '../../bot/store/index.js';

// A coordinator sends the school's CSV as a file in the DM with Koppel instead of pasting it.

const studentsCsv = '\uFEFFstudentnummer;opleiding;email;naam\r\n100234;90001;student@school.nl;Daniëlle de Vries\r\n100235;90001;sem@school.nl;Sem Jansen\r\n';

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** The adapter with a stand-in for the dialogs that records every turn and answers "received". */
async function recordingHarness() {
  const turns: Turn[] = [];
  const handleTurn = async (turn: Turn): Promise<Reply[]> => {
    turns.push(turn);
    return [{ kind: 'text', text: turn.input.kind === 'file' ? `Ontvangen: ${turn.input.name}` : 'Tekst' }];
  };
  h = await slackHarness({ data: companyRoundData(), now: BEFORE_DEADLINE, users: { U0COORD1: { locale: 'nl-NL' } }, handleTurn });
  return { h, turns, coordinator: slackUser(h, 'U0COORD1') };
}

const dmTexts = (harness: SlackHarness, channel: string) => harness.fake.callsOf('chat.postMessage').filter((c) => c.body.channel === channel).map((c) => String(c.body.text));
const settle = () => new Promise((r) => setTimeout(r, 300));

describe('a CSV file sent to Koppel in the Slack DM', () => {
  it('becomes one file turn with the exact text (no BOM), downloaded with the bot token; the reply comes in the DM', async () => {
    const { h, turns, coordinator } = await recordingHarness();
    const file = h.fake.shareFile('studenten.csv', studentsCsv);
    const ack = await coordinator.sendFiles([file], 'Hier is het bestand');
    expect(ack.status).toBe(200);
    expect(ack.ms).toBeLessThan(1000);
    await h.fake.waitFor(() => dmTexts(h, 'DU0COORD1').length === 1);

    expect(turns.map((t) => t.input)).toEqual([{ kind: 'file', name: 'studenten.csv', content: studentsCsv.slice(1) }]);
    expect(turns[0].person).toEqual({ platform: 'slack', userId: 'U0COORD1' });
    expect(dmTexts(h, 'DU0COORD1')).toEqual(['Ontvangen: studenten.csv']);
    // url_private_download, then where it redirects: both with the bot token.
    expect(h.fake.downloads.map((d) => d.path)).toEqual([`/files-pri/${file.id}/download/studenten.csv`, `/files-tmb/${file.id}/studenten.csv`]);
    expect(h.fake.downloads.map((d) => d.authorization)).toEqual([`Bearer ${BOT_TOKEN}`, `Bearer ${BOT_TOKEN}`]);
    expect(JSON.stringify(h.logs)).not.toMatch(/xoxb|files-pri|files-tmb/);
  });

  it('ignores a redelivered file_share and the files Koppel itself uploads in the DM', async () => {
    const { h, turns, coordinator } = await recordingHarness();
    const file = h.fake.shareFile('studenten.csv', studentsCsv);
    await coordinator.sendFiles([file], '', 1);
    await h.requests.event({ type: 'message', subtype: 'file_share', channel_type: 'im', channel: 'DU0COORD1', user: 'UKOPPELBOT', text: '', files: [file] });
    await h.requests.event({ type: 'message', subtype: 'file_share', channel_type: 'im', channel: 'DU0COORD1', user: 'UKOPPELBOT', bot_id: 'BKOPPEL', text: '', files: [file] });
    await h.requests.event({ type: 'message', subtype: 'file_share', channel_type: 'channel', channel: 'C0GENERAL', user: 'U0COORD1', text: '', files: [file] });
    await settle();
    expect(turns).toEqual([]);
    expect(h.fake.downloads).toEqual([]);
    expect(h.fake.callsOf('chat.postMessage')).toEqual([]);
  });

  it('reads only the first of several files, and says which were left', async () => {
    const { h, turns, coordinator } = await recordingHarness();
    const students = h.fake.shareFile('studenten.csv', studentsCsv);
    const companies = h.fake.shareFile('bedrijven.csv', 'bedrijfsnaam;sbb_nummer\r\n');
    await coordinator.sendFiles([students, companies]);
    await h.fake.waitFor(() => dmTexts(h, 'DU0COORD1').length === 2);
    expect(turns.map((t) => t.input.kind === 'file' && t.input.name)).toEqual(['studenten.csv']);
    expect(dmTexts(h, 'DU0COORD1')[1]).toContain('bedrijven.csv');
    expect(h.fake.downloads.every((d) => d.path.includes(students.id))).toBe(true);
  });

  it('refuses a file over the limit without downloading it, with advice in the person\'s language', async () => {
    const { h, turns, coordinator } = await recordingHarness();
    h.fake.users.set('U0COORD1', { locale: 'en-GB' });
    const file = h.fake.shareFile('export-alles.csv', 'x', { size: MAX_FILE_BYTES + 1 });
    await coordinator.sendFiles([file]);
    await h.fake.waitFor(() => dmTexts(h, 'DU0COORD1').length === 1);
    expect(dmTexts(h, 'DU0COORD1')).toEqual(['export-alles.csv is larger than 2 MB. A list of students or companies is never that large; send only the CSV with the columns Koppel asks for.']);
    expect(h.fake.downloads).toEqual([]);
    expect(turns).toEqual([]);
  });

  it('stops a download that turns out larger than the limit, whatever size the event declared', async () => {
    const { h, turns, coordinator } = await recordingHarness();
    const file = h.fake.shareFile('groot.csv', Buffer.alloc(MAX_FILE_BYTES + 10, 'a'), { size: 100 });
    await coordinator.sendFiles([file]);
    await h.fake.waitFor(() => dmTexts(h, 'DU0COORD1').length === 1);
    expect(dmTexts(h, 'DU0COORD1')[0]).toMatch(/^groot\.csv is groter dan 2 MB/);
    expect(h.fake.downloads.length).toBeGreaterThan(0);
    expect(turns).toEqual([]);
  });

  it('answers a failed download (404) with a friendly text and hands over no turn', async () => {
    const { h, turns, coordinator } = await recordingHarness();
    const file = h.fake.shareFile('studenten.csv', studentsCsv, { status: 404 });
    await coordinator.sendFiles([file]);
    await h.fake.waitFor(() => dmTexts(h, 'DU0COORD1').length === 1);
    expect(dmTexts(h, 'DU0COORD1')).toEqual(['Ik kon studenten.csv niet ophalen. Stuur het nog eens, of plak de inhoud in het formulier (studenten importeren of bedrijven importeren).']);
    expect(turns).toEqual([]);
    expect(h.logs).toContainEqual({ event: 'slack.file-refused', fields: { reason: '404' } });
    expect(JSON.stringify(h.logs)).not.toMatch(/xoxb|files-pri|studenten/);
  });

  it('downloads nothing for someone who may not import, and tells them why', async () => {
    const { h, turns } = await recordingHarness();
    h.fake.users.set('U0STRANGER', { locale: 'nl-NL' });
    await slackUser(h, 'U0STRANGER').sendFiles([h.fake.shareFile('studenten.csv', studentsCsv)]);
    await h.fake.waitFor(() => dmTexts(h, 'DU0STRANGER').length === 1);
    expect(dmTexts(h, 'DU0STRANGER')[0]).toContain('Bestanden gebruik ik alleen');
    expect(h.fake.downloads).toEqual([]);
    expect(turns).toEqual([]);
  });

  it('never sends the bot token to a host that is not Slack\'s', async () => {
    const { h, turns, coordinator } = await recordingHarness();
    const file = h.fake.shareFile('studenten.csv', studentsCsv);
    const elsewhere = { ...file, url_private_download: file.url_private_download.replace('127.0.0.1', 'localhost') };
    await coordinator.sendFiles([elsewhere]);
    await h.fake.waitFor(() => dmTexts(h, 'DU0COORD1').length === 1);
    expect(h.fake.downloads).toEqual([]);
    expect(turns).toEqual([]);
    expect(h.logs).toContainEqual({ event: 'slack.file-refused', fields: { reason: 'untrusted-host' } });

    expect(mayCarryToken('https://files.slack.com/files-pri/T1-F1/download/a.csv')).toBe(true);
    expect(mayCarryToken('https://files.slack-gov.com/files-pri/T1-F1/download/a.csv')).toBe(true);
    for (const url of ['http://files.slack.com/a.csv', 'https://files.slack.com.example.org/a.csv', 'https://notslack.com/a.csv', 'not a url']) {
      expect(mayCarryToken(url), url).toBe(false);
    }
  });
});

describe('a CSV file sent in the Slack DM, imported by Koppel\'s dialogs', () => {
  const numbers = async (harness: SlackHarness, roundId: string) =>
    Object.values((await harness.memory.read(EVERYTHING)).students).filter((s) => s.roundId === roundId).map((s) => s.studentNumber).sort();

  it('imports the students of a file (saved by Excel as Windows-1252) into the only open round', async () => {
    h = await slackHarness({ data: roundData(), now: BEFORE_DEADLINE, users: { U0COORD1: { locale: 'nl-NL' } } });
    const csv = Buffer.from('studentnummer;opleiding;email;naam\r\n200001;90001;a@school.nl;Daniëlle de Vries\r\n200002;90001;b@school.nl;Sem Jansen\r\n', 'latin1');
    await slackUser(h, 'U0COORD1').sendFiles([h.fake.shareFile('export-eduarte.csv', csv)]);
    await h.fake.waitFor(() => dmTexts(h!, 'DU0COORD1').length === 1);
    expect(dmTexts(h, 'DU0COORD1')[0]).toMatch(/2 studenten/);
    expect(await numbers(h, 'r1')).toEqual(['100234', '200001', '200002']);
    expect(Object.values((await h.memory.read(EVERYTHING)).students).find((s) => s.studentNumber === '200001')?.displayName).toBe('Daniëlle de Vries');
  });

  it('asks for the round in the DM when several take students, and imports the waiting file where the coordinator clicks', async () => {
    const data = roundData();
    data.rounds.r2 = Round.parse({ ...data.rounds.r1, id: 'r2', name: 'Techniek 2027', status: 'draft' });
    h = await slackHarness({ data, now: BEFORE_DEADLINE, users: { U0COORD1: { locale: 'nl-NL' } } });
    const coordinator = slackUser(h, 'U0COORD1');
    await coordinator.sendFiles([h.fake.shareFile('studenten.csv', studentsCsv)]);
    await h.fake.waitFor(() => dmTexts(h!, 'DU0COORD1').length === 1);
    expect(await numbers(h, 'r2')).toEqual([]);
    await coordinator.clickInDm('Techniek 2027');
    await h.fake.waitFor(() => dmTexts(h!, 'DU0COORD1').length === 2);
    expect(dmTexts(h, 'DU0COORD1')[1]).toMatch(/2 studenten/);
    expect(await numbers(h, 'r2')).toEqual(['100234', '100235']);
  });

  it('changes nothing for someone who is not a coordinator', async () => {
    h = await slackHarness({ data: roundData(), now: BEFORE_DEADLINE, users: { U0SOMEONE: { locale: 'nl-NL' } } });
    await slackUser(h, 'U0SOMEONE').sendFiles([h.fake.shareFile('studenten.csv', studentsCsv)]);
    await h.fake.waitFor(() => dmTexts(h!, 'DU0SOMEONE').length === 1);
    expect(dmTexts(h, 'DU0SOMEONE')[0]).toContain('Er is niets veranderd');
    expect(await numbers(h, 'r1')).toEqual(['100234']);
  });
});

describe('downloading a shared file', () => {
  it('gets Slack\'s sign-in page instead of the file without the right token, and reports that as failed', async () => {
    h = await slackHarness({ data: companyRoundData(), now: BEFORE_DEADLINE });
    const file = h.fake.shareFile('studenten.csv', studentsCsv);
    const trustedOrigins = [h.fake.origin];
    const bare = await fetch(file.url_private_download);
    expect(await bare.text()).toContain('Sign in to Slack');
    expect(await downloadSharedFile(file, { botToken: 'xoxb-wrong', trustedOrigins })).toEqual({ kind: 'failed', reason: 'sign-in-page' });
    expect(await downloadSharedFile(file, { botToken: BOT_TOKEN, trustedOrigins })).toEqual({ kind: 'ok', content: studentsCsv.slice(1) });
  });

  it('gives up after its time limit', async () => {
    const never: typeof fetch = (_url, init) => new Promise((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
    });
    const file = { name: 'a.csv', size: 10, url_private_download: 'https://files.slack.com/files-pri/T1-F1/download/a.csv' };
    expect(await downloadSharedFile(file, { botToken: BOT_TOKEN, fetch: never, timeoutMs: 50 })).toEqual({ kind: 'failed', reason: 'timeout' });
  });

});
