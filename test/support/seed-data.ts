import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Round } from '../../bot/domain/round.js';
import { emptyKoppelData, KoppelData, type KoppelView } from '../../bot/koppel-data.js';

/** A data folder holding `koppel.json` with the given document, validated as the store would. */
export function seededDataDir(data: KoppelView): string {
  const dir = mkdtempSync(join(tmpdir(), 'koppel-e2e-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'koppel.json'), JSON.stringify(KoppelData.parse(data), null, 2));
  return dir;
}

/** A document with one open round (programme 90001) whose deadlines lie weeks ahead of the real clock. */
export function openRoundData(): KoppelView {
  const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();
  const data = emptyKoppelData();
  data.rounds.r1 = Round.parse({
    id: 'r1', name: 'Zorg februari', programmeCodes: ['90001'], mechanism: 'school', status: 'open',
    wishesDeadline: inDays(20), offersDeadline: inDays(20), releaseAt: inDays(40), internshipStart: '2027-09-01',
    seed: 'e2e', createdBy: 'coordinator', createdAt: inDays(0),
  });
  return data;
}
