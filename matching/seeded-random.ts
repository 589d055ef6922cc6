// Every random number in a round is a pure hash of (seed, ids): no generator state, no clock.
// So the same seed and the same ids give the same numbers on every machine, in any input order,
// and adding one student does not reshuffle anyone else's lottery.

/** 53-bit string hash (cyrb53: two 32-bit multiply-xorshift lanes), stable across platforms. */
export function hash53(text: string, salt = 0): number {
  let h1 = 0xdeadbeef ^ salt;
  let h2 = 0x41c6ce57 ^ salt;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export function seedKey(seed: string | number): string {
  return typeof seed === 'number' ? `n:${seed}` : `s:${seed}`;
}

/** A uniform-enough integer in [0, range) for this seed and these ids. */
export function lotteryDraw(seed: string | number, range: number, ...ids: string[]): number {
  if (range <= 1) return 0;
  return hash53(`${seedKey(seed)}\u0000${ids.join('\u0000')}`) % range;
}

/**
 * Ids in a seeded order that ignores the input order: sort by (hash of seed+id, id).
 * Used so that whatever tie the solver settles by position is also settled by the seed.
 */
export function seededOrder(seed: string | number, ids: readonly string[]): number[] {
  const key = ids.map((id) => lotteryDraw(seed, 2 ** 53, 'order', id));
  return ids
    .map((_, i) => i)
    .sort((a, b) => key[a] - key[b] || (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
}
