import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RETENTION_KINDS } from '../domain/retention-kind.js';
import { DEFAULT_RETENTION } from './retention-policy.js';

// The privacy page states the default periods; the code is their source. A changed default fails
// here until the page says the same.
describe('docs/privacy.md', () => {
  it('states the default retention period of every kind of data', () => {
    const page = readFileSync(new URL('../../docs/privacy.md', import.meta.url), 'utf8');
    for (const kind of RETENTION_KINDS) expect(page, kind).toMatch(new RegExp(`^\\| ${kind} \\| ${DEFAULT_RETENTION[kind]} \\|`, 'm'));
  });
});
