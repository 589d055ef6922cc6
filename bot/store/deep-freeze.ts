// Frozen committed state turns an accidental `(await store.read(scope)).x = 1` into a TypeError in
// strict mode instead of a silent change to what is stored.
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}
