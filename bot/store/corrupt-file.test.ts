import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openDocumentFile } from './file-store.js';
import { StoreCorruptError, StoreErrorCode } from './store-errors.js';
import { COUNTER_VERSION, CounterSchema, initialCounter, makeTempDir } from './testing/store-test-support.js';

describe('a file that cannot be read', () => {
  let dir: string;
  let file: string;
  let cleanup: () => Promise<void>;
  const open = () => openDocumentFile({ file, schema: CounterSchema, initial: initialCounter, currentVersion: COUNTER_VERSION, migrations: {} });

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir());
    file = join(dir, 'koppel.json');
  });
  afterEach(() => cleanup());

  async function expectRefused(content: string, ...expected: RegExp[]): Promise<StoreCorruptError> {
    await writeFile(file, content);
    const error = await open().then(
      () => expect.fail('the store opened a file it should refuse'),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreCorruptError);
    const corrupt = error as StoreCorruptError;
    expect(corrupt.code).toBe(StoreErrorCode.Corrupt);
    expect(corrupt.file).toBe(file);
    expect(corrupt.message).toContain(file);
    expect(corrupt.message).toMatch(/the file was not changed/);
    for (const pattern of expected) expect(corrupt.message).toMatch(pattern);
    // Untouched, and nothing written beside it.
    expect(await readFile(file, 'utf8')).toBe(content);
    expect(await readdir(dir)).toEqual(['koppel.json']);
    return corrupt;
  }

  it('refuses bad JSON', async () => {
    await expectRefused('{"schemaVersion": 3, "counter": 4,', /not valid JSON/);
  });

  it('refuses an empty file', async () => {
    await expectRefused('', /not valid JSON/);
  });

  it('refuses a document without a schema version', async () => {
    await expectRefused('{"counter": 4, "byKey": {}}', /schemaVersion: missing/);
    await expectRefused('[1, 2, 3]', /schemaVersion: missing/);
  });

  it('refuses valid JSON that the schema rejects, naming the paths of the problems', async () => {
    const content = JSON.stringify({ schemaVersion: 3, counter: -1, byKey: { anna: 'seven', bram: 2 } });
    const error = await expectRefused(content, /counter: /, /byKey\.anna: /);
    expect(error.problems).toHaveLength(2);
  });

  it('lists only the first few problems', async () => {
    const byKey = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`user-${i}`, 'x']));
    const error = await expectRefused(JSON.stringify({ schemaVersion: 3, counter: 0, byKey }), /and 7 more problems/);
    expect(error.problems).toHaveLength(6);
  });
});
