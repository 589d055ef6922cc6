// Records live in plain objects keyed by id, and ids often come from a card someone submitted. A
// look-up by `__proto__`, `constructor` or `toString` would find Object.prototype's members instead of
// "no such record": every access by an id from outside goes through here.

export function ownRecord<T>(records: Readonly<Record<string, T>>, id: unknown): T | undefined {
  return typeof id === 'string' && Object.hasOwn(records, id) ? records[id] : undefined;
}
