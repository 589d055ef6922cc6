import { describe, expect, it } from 'vitest';
import { coordinatorCommands, textCommands } from '../../dialogs/testing/command-words.js';
import { fillManifest, manifestProblems, manifestTemplate } from './teams-manifest.js';

// The command lists Teams suggests must be commands Koppel understands, and the ones for teams and
// group chats only what a coordinator does there.
const settings = {
  MICROSOFT_APP_ID: '8f0e5c1d-2222-4c4c-9a9a-0123456789ab', SCHOOL_NAME: 'ROC Voorbeeld',
  SCHOOL_WEBSITE: 'https://www.rocvoorbeeld.nl', SCHOOL_PRIVACY_URL: 'https://www.rocvoorbeeld.nl/privacy', SCHOOL_TERMS_URL: 'https://www.rocvoorbeeld.nl/voorwaarden',
};

interface Bot { supportsFiles: boolean; commandLists: Array<{ scopes: string[]; commands: Array<{ title: string; description: string }> }> }

const manifest = fillManifest(manifestTemplate(), settings);
const bot = (manifest as unknown as { bots: Bot[] }).bots[0];
const titles = (scope: string) => bot.commandLists.find((l) => l.scopes.includes(scope))?.commands.map((c) => c.title) ?? [];

describe('the manifest command lists', () => {
  it('allow files (the export) and stay valid against Microsoft\'s schema', () => {
    expect(bot.supportsFiles).toBe(true);
    expect(manifestProblems(manifest)).toEqual([]);
  });

  it('hold at most 10 commands per list, each one Koppel understands', () => {
    const understood = new Set(textCommands().flat());
    for (const list of bot.commandLists) {
      expect(list.commands.length).toBeLessThanOrEqual(10);
      for (const { title } of list.commands) expect(understood.has(title), title).toBe(true);
    }
  });

  it('suggest in the personal chat what students, companies and coordinators use most', () => {
    expect(titles('personal')).toEqual(expect.arrayContaining(['help', 'start', 'uitslag', 'mijn gegevens', 'aanbod', 'ronde status', 'ronde herinner', 'ronde export']));
  });

  it('suggest only coordinator commands (and help) in teams and group chats', async () => {
    const coordinator = new Set((await coordinatorCommands()).flat());
    for (const scope of ['team', 'groupChat']) {
      expect(titles(scope)).toEqual(expect.arrayContaining(['help', 'ronde status', 'ronde herinner', 'ronde match', 'ronde goedkeuren', 'ronde vrijgave', 'ronde export']));
      for (const title of titles(scope).filter((t) => t !== 'help')) expect(coordinator.has(title), title).toBe(true);
    }
  });
});
