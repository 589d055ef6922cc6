import { describe, expect, it } from 'vitest';
import { handleTurn } from './koppel-dialogs.js';
import { coordinatorCommands } from './testing/command-words.js';
import { fakeServices } from './testing/fake-services.js';
import { en } from './texts/en.js';
import { nl } from './texts/nl.js';

// `help` for a coordinator must list every coordinator command of the route table, one line each,
// and nothing else: a new command without a help line fails here.
describe('the coordinator help', () => {
  it('finds the coordinator commands in the route table', async () => {
    const firstWords = (await coordinatorCommands()).map((words) => words[0]);
    expect(firstWords).toEqual(expect.arrayContaining(['ronde nieuw', 'ronde herinner', 'ronde export', 'ronde vrijgave', 'student verwijderen']));
    expect(firstWords).not.toContain('help');
    expect(firstWords).not.toContain('aanbod');
  });

  for (const [language, texts] of [['nl', nl], ['en', en]] as const) {
    it(`lists each coordinator command once, Dutch words first, English alias after (${language})`, async () => {
      const commands = await coordinatorCommands();
      const lines = texts.welcome.coordinator.map((line) => line.label.split(' / '));
      for (const words of lines) {
        const command = commands.find((c) => c.includes(words[0]));
        expect(command, `help line "${words.join(' / ')}" is no coordinator command`).toBeDefined();
        expect(words[0]).toBe(command?.[0]);
        for (const word of words) expect(command).toContain(word);
      }
      for (const command of commands) {
        expect(lines.filter((words) => words[0] === command[0]), `no single help line for "${command[0]}"`).toHaveLength(1);
      }
    });
  }

  it('is what `help` shows a coordinator, with the new commands', async () => {
    const turn = { person: { platform: 'teams' as const, userId: 'coord' }, language: 'nl' as const, input: { kind: 'text' as const, text: 'help' } };
    const [summary] = await handleTurn(turn, fakeServices({ roleOf: async () => ({ kind: 'coordinator' }) }));
    expect(summary.kind === 'summary' && summary.facts).toEqual(nl.welcome.coordinator);
    const labels = nl.welcome.coordinator.map((f) => f.label);
    expect(labels).toEqual(expect.arrayContaining(['ronde herinner / round remind', 'ronde export / round export']));
    expect(nl.welcome.coordinator.find((f) => f.label.startsWith('ronde vrijgave'))?.value).toBe('Het moment van de uitslag plannen of uitstellen, en daarna de verzending volgen.');
  });
});
