// A released care round (the run-service tests' round, matched, approved by a second coordinator
// and released by the release runner) with the follow-up service on the same store and clock.
import { loadCatalogue } from '../../catalogue/index.js';
import { loadDefaultGazetteer } from '../../geo/gazetteer.js';
import type { KoppelView } from '../../koppel-data.js';
import { harness, testData } from '../../matching-runs/testing/run-test-support.js';
import { startDueReleases } from '../../release/release-runner.js';
import { EVERYTHING } from '../../store/index.js';
import { createFollowUpService } from '../follow-up-service.js';

export const COORDINATORS = ['coord-a', 'coord-b'];
export const contactOf = (companyId: string) => `contact-${companyId}`;

export async function releasedFollowUp() {
  const data: KoppelView = testData('open');
  const at = '2027-01-01T10:00:00Z';
  for (const company of Object.values(data.companies)) {
    company.contacts = [{ platform: 'teams', userId: contactOf(company.id) }];
    data.conversations[`teams:${contactOf(company.id)}`] = { platform: 'teams', userId: contactOf(company.id), reference: {}, updatedAt: at };
  }
  for (const student of Object.values(data.students)) {
    const [identity] = student.identities;
    data.conversations[`teams:${identity.userId}`] = { platform: 'teams', userId: identity.userId, reference: {}, updatedAt: at };
  }
  for (const userId of COORDINATORS) data.conversations[`teams:${userId}`] = { platform: 'teams', userId, reference: {}, updatedAt: at };
  const runs = await harness(data);
  const { store, clock } = runs;
  const ok = <T extends { ok: boolean }>(result: T) => {
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result;
  };
  ok(await runs.service.close('r1', 'coord-a'));
  ok(await runs.service.run('r1', 'coord-a'));
  ok(await runs.service.approve('r1', 'coord-b'));
  await store.update({ rounds: EVERYTHING.rounds }, (draft) => { draft.rounds.r1.status = 'scheduled'; });
  clock.now = new Date('2027-01-20T09:00:00+01:00');
  await startDueReleases(store, clock.now, COORDINATORS);
  const service = createFollowUpService({
    store, catalogue: await loadCatalogue(), gazetteer: loadDefaultGazetteer(), coordinators: COORDINATORS, now: () => clock.now,
  });
  const view = () => store.read(EVERYTHING);
  /** The follow-up messages queued so far, as `kind event recipient`. */
  const queued = async () => Object.values((await view()).outbox).filter((e) => e.kind.startsWith('follow-up'))
    .map((e) => `${e.kind} ${(e.notification as { event: string }).event} ${e.recipient.userId}`).sort();
  return { store, clock, service, view, queued };
}
