import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KoppelData } from '../../bot/koppel-data.js';

/** A data folder holding `koppel.json` with the given document, validated as the store would. */
export function seededDataDir(data: KoppelData): string {
  const dir = mkdtempSync(join(tmpdir(), 'koppel-e2e-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'koppel.json'), JSON.stringify(KoppelData.parse(data), null, 2));
  return dir;
}
