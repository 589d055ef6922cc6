import { handleTurn } from '../koppel-dialogs.js';
import { wordsOf } from '../router.js';
import { textsFor } from '../texts/index.js';
import type { Role } from '../turn.js';
import { fakeServices } from './fake-services.js';

// The text commands in the route table, for tests that hold help texts and manifest command lists
// against what Koppel really understands.

/** The words of every `textIs` route, in route order; the first word of each is the Dutch one. */
export function textCommands(): string[][] {
  return handleTurn.routes.flatMap((route) => {
    const words = wordsOf(route.selector);
    return words ? [[...words]] : [];
  });
}

const OTHERS: Role[] = [{ kind: 'student', studentId: 's1' }, { kind: 'company-contact', companyId: 'c1' }];

/**
 * The text commands only a coordinator may use: a student and a company contact both get the
 * coordinators-only refusal and nothing else (a command for them calls a service, which these
 * fake services refuse by throwing).
 */
export async function coordinatorCommands(): Promise<string[][]> {
  const refusal = textsFor('nl').coordinator.onlyCoordinators;
  const refusedToAll = async (word: string) => {
    for (const role of OTHERS) {
      const turn = { person: { platform: 'teams' as const, userId: 'someone' }, language: 'nl' as const, input: { kind: 'text' as const, text: word } };
      const replies = await handleTurn(turn, fakeServices({ roleOf: async () => role })).catch(() => []);
      if (replies.length !== 1 || replies[0].kind !== 'text' || replies[0].text !== refusal) return false;
    }
    return true;
  };
  const commands: string[][] = [];
  for (const words of textCommands()) if (await refusedToAll(words[0])) commands.push(words);
  return commands;
}
