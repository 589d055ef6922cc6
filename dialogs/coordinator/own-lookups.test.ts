import { describe, expect, it } from 'vitest';
import { handleTurn } from '../koppel-dialogs.js';
import { intakeHarness, releasedRound } from '../testing/intake-fixture.js';
import { EVERYTHING } from '../../bot/store/index.js';
import { textsFor } from '../texts/index.js';

// Ids on a card come back from the client as the person sends them. A name of a built-in property
// (`__proto__`, `constructor`, `toString`) or no id at all is an unknown record, answered as such.

const VERBS = [
  'round.open', 'round.release.cancel', 'round.release.retry', 'round.release.schedule', 'round.release.form', 'round.import', 'round.import.file',
  'round.status', 'round.remind', 'round.close', 'round.match', 'round.place', 'round.place.form', 'round.approve', 'round.explain',
  'round.explain.form', 'round.export', 'offer.show', 'companies.invite',
];
const IDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '', 'r-unknown', 'x'.repeat(500)];

describe('a card naming a record by an id that is not one', () => {
  it('gets a specific answer, never an error, and changes nothing', async () => {
    const h = await intakeHarness(releasedRound());
    const before = JSON.stringify(await h.store.read(EVERYTHING));
    const generic = textsFor('nl').somethingWentWrong;
    for (const id of IDS) {
      for (const verb of VERBS) {
        const values = { verb, roundId: id, offerId: id, companyId: id, fileId: id, studentNumber: '100234', reason: 'Afspraak met de school.', csv: 'studentnummer;opleiding;email\n1;90001;a@b.nl', releaseDate: '2030-01-10', releaseTime: '10:00' };
        const replies = await handleTurn({ person: { platform: 'teams', userId: 'coord-1' }, language: 'nl', input: { kind: 'submit', verb, values } }, h.services());
        expect(replies.length, `${verb} ${id}`).toBeGreaterThan(0);
        expect(JSON.stringify(replies), `${verb} ${id}`).not.toContain(generic);
      }
    }
    const after = await h.store.read(EVERYTHING);
    // Only the audit trail of refused or empty retries may grow; no record changed.
    expect(JSON.stringify({ ...after, audit: undefined })).toBe(JSON.stringify({ ...JSON.parse(before), audit: undefined }));
  });
});
