// The document as the file holds it: one line per record, so the file stays readable and a diff
// shows which records changed. Committed records are frozen and replaced, never changed in place,
// so each one is turned into JSON once and its text reused by every later write: writing the
// whole school costs a concatenation, not a fresh JSON.stringify of every student on every commit.
const encoded = new WeakMap<object, string>();

function json(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !Object.isFrozen(value)) return JSON.stringify(value);
  let text = encoded.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    encoded.set(value, text);
  }
  return text;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

/** Like `JSON.stringify(doc)` (the same value when parsed), laid out one record per line. */
export function encodeDocument(doc: unknown): string {
  if (!isPlainObject(doc)) return `${JSON.stringify(doc)}\n`;
  const fields: string[] = [];
  for (const [name, value] of Object.entries(doc)) {
    if (value === undefined) continue;
    fields.push(`  ${JSON.stringify(name)}: ${encodeField(value)}`);
  }
  return fields.length === 0 ? '{}\n' : `{\n${fields.join(',\n')}\n}\n`;
}

function encodeField(value: unknown): string {
  if (Array.isArray(value)) {
    const items = value.map((item) => json(item) ?? 'null');
    return items.length === 0 ? '[]' : `[\n${items.map((item) => `    ${item}`).join(',\n')}\n  ]`;
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value).flatMap(([key, item]) => {
      const text = json(item);
      return text === undefined ? [] : [`    ${JSON.stringify(key)}: ${text}`];
    });
    return entries.length === 0 ? '{}' : `{\n${entries.join(',\n')}\n  }`;
  }
  return JSON.stringify(value) ?? 'null';
}
