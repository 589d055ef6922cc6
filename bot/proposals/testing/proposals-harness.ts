// A proposals round on the run-service tests' care round, with every service the proposals touch on
// one store and one clock: matching runs, the round (scheduling), the students' proposals.
import { loadCatalogue } from '../../catalogue/index.js';
import { loadDefaultGazetteer } from '../../geo/gazetteer.js';
import type { KoppelView } from '../../koppel-data.js';
import { testData } from '../../matching-runs/testing/run-test-support.js';
import { createRunService } from '../../matching-runs/run-service.js';
import { createRoundService } from '../../rounds/round-service.js';
import { openMemoryKoppelStore } from '../../store/index.js';
import { createProposalService } from '../proposal-service.js';

/** The care round closed as a proposals round in its first stage; c0's contact can be written to. */
export function proposalsData(): KoppelView {
  const data = testData('closed');
  Object.assign(data.rounds.r1, { mechanism: 'proposals', stage: 'proposals' });
  data.companies.c0.contacts = [{ platform: 'teams', userId: '29:contact-0' }];
  // Everyone has talked with Koppel, so Teams can write to them; s3 never has.
  for (const identity of [...Object.values(data.students).filter((s) => s.id !== 's3').flatMap((s) => s.identities), ...data.companies.c0.contacts]) {
    data.conversations[`${identity.platform}:${identity.userId}`] = { ...identity, reference: {}, updatedAt: '2026-12-01T10:00:00Z' };
  }
  return data;
}

export async function proposalsHarness(data: KoppelView = proposalsData()) {
  const catalogue = await loadCatalogue();
  const gazetteer = loadDefaultGazetteer();
  const store = openMemoryKoppelStore(data);
  const clock = { now: new Date('2027-01-13T09:00:00Z') };
  const now = () => clock.now;
  return {
    store, clock,
    runs: createRunService({ store, catalogue, gazetteer, now }),
    rounds: createRoundService({ store, catalogue, outbox: {}, now }),
    proposals: createProposalService({ store, catalogue, gazetteer, now }),
  };
}
