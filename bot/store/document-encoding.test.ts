import { describe, expect, it } from 'vitest';
import { deepFreeze } from './deep-freeze.js';
import { encodeDocument } from './document-encoding.js';

describe('the file layout of a document', () => {
  const doc = () => ({
    schemaVersion: 1,
    students: { s1: { id: 's1', wish: 'wonden verzorgen', gone: undefined }, 's"2': { id: 's"2', identities: [] } },
    empty: {},
    audit: [{ id: 'a1', detail: { n: 1 } }, { id: 'a2' }],
    none: [],
    skipped: undefined,
    flag: true,
  });

  it('reads back as exactly what JSON.stringify would give, frozen or not', () => {
    for (const value of [doc(), deepFreeze(doc())]) expect(JSON.parse(encodeDocument(value))).toEqual(JSON.parse(JSON.stringify(value)));
  });

  it('puts one record per line', () => {
    const lines = encodeDocument(doc()).split('\n');
    expect(lines).toContain('    "s1": {"id":"s1","wish":"wonden verzorgen"},');
    expect(lines).toContain('    {"id":"a2"}');
  });

  it('reuses the text of a frozen record, and encodes a replaced record anew', () => {
    const frozen = deepFreeze(doc());
    const first = encodeDocument(frozen);
    expect(encodeDocument(frozen)).toBe(first);
    // A committed record is replaced, never changed in place: the new one is encoded afresh.
    const next = { ...frozen, students: { ...frozen.students, s1: deepFreeze({ id: 's1', wish: 'medicijnen' }) } };
    expect(JSON.parse(encodeDocument(next)).students.s1.wish).toBe('medicijnen');
  });
});
