import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderReply } from '../../adapters/teams/render-reply.js';
import { replyMessages } from '../../adapters/slack/render-message.js';
import { KOPPEL_DATA_VERSION, KoppelData } from '../../bot/koppel-data.js';
import { EVERYTHING } from '../../bot/store/index.js';
import { handleTurn } from '../../dialogs/koppel-dialogs.js';
import { intakeHarness } from '../../dialogs/testing/intake-fixture.js';
import { textsFor } from '../../dialogs/texts/index.js';
import type { Reply, Turn } from '../../dialogs/turn.js';
import { anyInput } from './fuzz-inputs.js';
import { ACTORS, FUZZ_COORDINATORS, FUZZ_LIMITS, fuzzWorld, othersOf } from './fuzz-world.js';

// Every role sends short sequences of card submits, commands and files, right and wrong, some twice.
// Whatever they send: no turn fails (a failure is what people see as "Er ging iets mis"), every answer
// renders on both platforms, the store stays valid, and nothing that belongs to someone else changes.

const GENERIC = [textsFor('nl').somethingWentWrong, textsFor('en').somethingWentWrong].map((t) => (typeof t === 'string' ? t : JSON.stringify(t)));

// Coordinators can do most, so they act most.
const anyActor = fc.oneof({ weight: 4, arbitrary: fc.constant(ACTORS[0]) }, { weight: 5, arbitrary: fc.constantFrom(...ACTORS.slice(1)) });
const step = fc.record({ actor: anyActor, input: anyInput, language: fc.constantFrom('nl' as const, 'en' as const), twice: fc.boolean() });

describe('fuzzing the dialogs of every role', () => {
  it('never fails a turn, keeps the store valid and leaves what others saved alone', async () => {
    await fc.assert(fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 5 }), async (steps) => {
      const h = await intakeHarness(fuzzWorld(), undefined, FUZZ_COORDINATORS, false, { coordinatorLimits: FUZZ_LIMITS });
      for (const { actor, input, language, twice } of steps) {
        const before = othersOf(actor, await h.store.read(EVERYTHING));
        const turn: Turn = { person: { platform: 'teams', userId: actor.userId }, language, input: input.kind === 'submit' ? { ...input, values: { ...input.values, verb: input.verb } } : input };
        for (let i = 0; i < (twice ? 2 : 1); i++) {
          let replies: Reply[];
          try {
            replies = await handleTurn(turn, h.services());
          } catch (error) {
            throw new Error(`${actor.userId} ${JSON.stringify(input).slice(0, 300)} failed: ${(error as Error).stack?.slice(0, 600)}`);
          }
          for (const reply of replies) {
            const rendered = JSON.stringify([renderReply(reply), replyMessages(reply, { language, parkForm: () => 'k' })]);
            expect(rendered).not.toMatch(/[\uE000\uE001]/);
            for (const generic of GENERIC) expect(rendered).not.toContain(generic);
          }
        }
        const after = await h.store.read(EVERYTHING);
        const valid = KoppelData.safeParse({ schemaVersion: KOPPEL_DATA_VERSION, ...after });
        expect(valid.success, valid.error?.message).toBe(true);
        expect(othersOf(actor, after), `${actor.userId} ${JSON.stringify(input).slice(0, 300)}`).toBe(before);
      }
    }), { numRuns: 1500 });
  });
});
