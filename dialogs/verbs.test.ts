import { describe, expect, it } from 'vitest';
import { handleTurn } from './koppel-dialogs.js';
import type { Turn } from './turn.js';
import { VERBS } from './verbs.js';

// A button whose verb no route waits for answers "I did not understand" in every client. Forms can
// only name a verb of VERBS (FormAction.verb), so checking VERBS against the route table covers
// every button a card can have.
describe('card verbs', () => {
  const pressed = (verb: string): Turn => ({ person: { platform: 'teams', userId: 'someone' }, language: 'nl', input: { kind: 'submit', verb, values: { verb } } });

  it('each has a route', () => {
    const unrouted = VERBS.filter((verb) => !handleTurn.routes.some((route) => route.selector(pressed(verb))));
    expect(unrouted).toEqual([]);
  });

  it('are listed once', () => {
    expect(new Set(VERBS).size).toBe(VERBS.length);
  });

  it('would catch a verb without a route', () => {
    expect(handleTurn.routes.some((route) => route.selector(pressed('no.such.verb')))).toBe(false);
  });
});
