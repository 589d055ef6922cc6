import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../catalogue/index.js';
import { extraPlaces } from '../figures/extra-places.js';
import { loadDefaultGazetteer } from '../geo/gazetteer.js';
import { defaultSolve } from '../matching-runs/run-compute.js';
import { ok } from '../matching-runs/testing/run-test-support.js';
import { startDueReleases } from '../release/release-runner.js';
import { resultsVisible } from '../rounds/round-lifecycle.js';
import { EVERYTHING } from '../store/index.js';
import { runChoiceReminders } from './choice-reminders.js';
import { proposalsData, proposalsHarness } from './testing/proposals-harness.js';

// A proposals round from its first match to its final release, service by service: what each step
// stores, who may see what when, and what is refused.

const PROPOSALS_AT = '2027-01-14T09:00:00Z';
const DEADLINE_DEFAULT = '2027-01-19T09:00:00.000Z'; // 5 days after the proposals' release

/** Proposals computed, approved by a second coordinator and released at their moment. */
async function released() {
  const h = await proposalsHarness();
  const preview = ok(await h.runs.run('r1', 'coord-a')).preview;
  ok(await h.runs.approve('r1', 'coord-b'));
  ok(await h.rounds.scheduleRelease('r1', 'coord-b', PROPOSALS_AT));
  h.clock.now = new Date(PROPOSALS_AT);
  const started = await startDueReleases(h.store, h.clock.now, ['coord-a']);
  return { ...h, preview, started };
}

describe('a proposals round', () => {
  it('computes the proposals in its first match: per student up to two offers, and no placements', async () => {
    const h = await proposalsHarness();
    const { preview } = ok(await h.runs.run('r1', 'coord-a'));
    const proposed = preview.students.flatMap((s) => (s.status === 'proposed' ? [s] : []));
    expect(preview.statistics.proposed).toBe(proposed.length);
    // 12 students in the matching; 3 of them can reach no offer at all, as in a school round.
    expect(proposed.length).toBe(9);
    expect(proposed.every((s) => s.proposals.length >= 1 && s.proposals.length <= 2)).toBe(true);
    expect(proposed.filter((s) => s.proposals.length === 2).length).toBeGreaterThan(0);
    // First the place the school's own match gives: all first proposals fit the places together, so
    // every student who does not choose can be placed on theirs.
    const firsts = new Map<string, number>();
    for (const s of proposed) firsts.set(s.proposals[0].offerId, (firsts.get(s.proposals[0].offerId) ?? 0) + 1);
    const usable = (await h.store.read(EVERYTHING)).offers;
    for (const [offerId, count] of firsts) expect(count, offerId).toBeLessThanOrEqual(Math.min(usable[offerId].places, usable[offerId].supervisionCapacity));
    const data = await h.store.read(EVERYTHING);
    expect(data.matchRuns[preview.run.id].proposals?.s1).toEqual(proposed.find((s) => s.studentId === 's1')?.proposals.map((p) => p.offerId));
    expect(Object.values(data.matches).filter((m) => m.offerId !== null)).toEqual([]);
    expect(data.rounds.r1).toMatchObject({ status: 'matched', stage: 'proposals' });
  });

  it('needs a second coordinator to approve the proposals (four eyes)', async () => {
    const h = await proposalsHarness();
    ok(await h.runs.run('r1', 'coord-a'));
    expect(await h.runs.approve('r1', 'coord-a')).toEqual({ ok: false, refusal: { code: 'transition', refusal: 'needs-second-coordinator' } });
    ok(await h.runs.approve('r1', 'coord-b'));
  });

  it('releases the proposals to every student at the same moment, and to nobody before it', async () => {
    const h = await proposalsHarness();
    const { preview } = ok(await h.runs.run('r1', 'coord-a'));
    ok(await h.runs.approve('r1', 'coord-b'));
    const scheduled = ok(await h.rounds.scheduleRelease('r1', 'coord-b', PROPOSALS_AT)).round;
    // The proposals' moment is planned; the result's moment stays as it was.
    expect(scheduled).toMatchObject({ status: 'scheduled', proposalsAt: PROPOSALS_AT, releaseAt: '2027-01-20T09:00:00+01:00' });
    h.clock.now = new Date(Date.parse(PROPOSALS_AT) - 1000);
    expect(await startDueReleases(h.store, h.clock.now, [])).toEqual([]);
    expect(await h.proposals.view('s1')).toBeUndefined();
    expect(resultsVisible((await h.store.read(EVERYTHING)).rounds.r1, h.clock.now)).toBe(false);

    h.clock.now = new Date(PROPOSALS_AT);
    // Two processes at the same moment: one of them releases, once.
    const both = await Promise.all([startDueReleases(h.store, h.clock.now, []), startDueReleases(h.store, h.clock.now, [])]);
    expect(both.flat()).toEqual(['r1']);
    const data = await h.store.read(EVERYTHING);
    expect(data.audit.filter((a) => a.action === 'proposals.released')).toHaveLength(1);
    expect(data.rounds.r1).toMatchObject({ status: 'closed', stage: 'final', proposalsReleasedAt: new Date(PROPOSALS_AT).toISOString() });
    const proposedIds = preview.students.flatMap((s) => (s.status === 'proposed' ? [s.studentId] : [])).sort();
    // Every student with proposals Koppel can write to gets one message, all written in the same unit
    // of work; s3 never talked with Koppel and sees the same card with `voorstellen`.
    const entries = Object.values(data.outbox).filter((e) => e.kind === 'proposals-released');
    expect(proposedIds).toContain('s3');
    expect(entries.map((e) => e.subjectIds[0]).sort()).toEqual(proposedIds.filter((id) => id !== 's3'));
    expect(data.students.s3.proposals).toBeDefined();
    expect(new Set(entries.map((e) => e.createdAt)).size).toBe(1);
    expect(entries.every((e) => e.key === `proposals-released:r1:${e.subjectIds[0]}`)).toBe(true);
    for (const id of proposedIds) expect(data.students[id].proposals?.offerIds).toEqual(data.matchRuns[preview.run.id].proposals?.[id]);
    const view = await h.proposals.view('s1');
    expect(view).toMatchObject({ open: true, deadline: DEADLINE_DEFAULT });
    // No company names: what the student sees is the work, learning, place, travel and allowance.
    expect(JSON.stringify(view?.offers)).not.toMatch(/Zorggroep|Linde|companyId|c\d/);
    // Again at the same moment (another process, a restart): nothing twice.
    expect(await startDueReleases(h.store, h.clock.now, [])).toEqual([]);
    expect(Object.values((await h.store.read(EVERYTHING)).outbox).filter((e) => e.kind === 'proposals-released')).toHaveLength(entries.length);
  });

  it('saves a choice, lets the student change it until the deadline and refuses it after', async () => {
    const h = await released();
    const offers = (await h.proposals.view('s1'))!.student.proposals!.offerIds;
    expect(offers.length).toBe(2);
    expect(ok(await h.proposals.choose('s1', offers[1])).view.chosen).toBe(offers[1]);
    expect(ok(await h.proposals.choose('s1', offers[0])).view.chosen).toBe(offers[0]);
    expect(await h.proposals.choose('s1', 'o-unknown')).toEqual({ ok: false, refusal: 'not-proposed' });
    const someoneElses = ['o0', 'o1', 'o2', 'o3', 'o4'].find((o) => !offers.includes(o))!;
    expect(await h.proposals.choose('s1', someoneElses)).toEqual({ ok: false, refusal: 'not-proposed' });
    expect((await h.store.read(EVERYTHING)).students.s1.proposals?.chosen).toBe(offers[0]);
    h.clock.now = new Date(DEADLINE_DEFAULT);
    expect(await h.proposals.choose('s1', offers[1])).toEqual({ ok: false, refusal: 'deadline-passed' });
    expect((await h.store.read(EVERYTHING)).students.s1.proposals?.chosen).toBe(offers[0]);
    expect(await h.proposals.view('s1')).toMatchObject({ open: false, chosen: offers[0] });
    // A student of the round without proposals (own place) has nothing to choose.
    expect(await h.proposals.choose('s12', offers[0])).toEqual({ ok: false, refusal: 'no-proposals' });
  });

  it('reminds each student who has not chosen once, a day before the deadline', async () => {
    const h = await released();
    const offers = (await h.proposals.view('s1'))!.student.proposals!.offerIds;
    ok(await h.proposals.choose('s1', offers[1]));
    expect(await runChoiceReminders({ store: h.store, now: () => h.clock.now })).toBe(0);
    h.clock.now = new Date(Date.parse(DEADLINE_DEFAULT) - 23 * 3600_000);
    const queued = await runChoiceReminders({ store: h.store, now: () => h.clock.now });
    const data = await h.store.read(EVERYTHING);
    const waiting = Object.values(data.students).filter((s) => s.proposals && !s.proposals.chosen && s.id !== 's3').map((s) => s.id).sort();
    expect(queued).toBe(waiting.length);
    expect(Object.values(data.outbox).filter((e) => e.kind === 'choice-reminder').map((e) => e.subjectIds[0]).sort()).toEqual(waiting);
    expect(waiting).not.toContain('s1');
    expect(await runChoiceReminders({ store: h.store, now: () => h.clock.now })).toBe(0);
    h.clock.now = new Date(DEADLINE_DEFAULT);
    expect(await runChoiceReminders({ store: h.store, now: () => h.clock.now })).toBe(0);
  });

  it('refuses the final match before the deadline; after it, honours the choices and places non-choosers on their best proposal', async () => {
    const h = await released();
    const s1 = (await h.proposals.view('s1'))!.student.proposals!.offerIds;
    ok(await h.proposals.choose('s1', s1[1]));
    expect(await h.runs.run('r1', 'coord-a')).toEqual({ ok: false, refusal: { code: 'transition', refusal: 'choices-open' } });
    h.clock.now = new Date(DEADLINE_DEFAULT);
    const { preview } = ok(await h.runs.run('r1', 'coord-a'));
    expect(preview.statistics.proposed).toBe(0);
    expect(preview.students.find((s) => s.studentId === 's1')).toMatchObject({ status: 'matched', offerId: s1[1], reasons: expect.arrayContaining([{ code: 'own_choice' }]) });
    const data = await h.store.read(EVERYTHING);
    const nonChoosers = Object.values(data.students).filter((s) => s.proposals && !s.proposals.chosen);
    expect(nonChoosers.length).toBe(8);
    // s1's choice is someone's best proposal: a student's own choice comes first, so that one
    // student gets the best other place, with a reason that says so; everyone else is on their best.
    const displaced = nonChoosers.filter((student) => {
      const result = preview.students.find((s) => s.studentId === student.id);
      return !(result?.status === 'matched' && result.offerId === student.proposals!.offerIds[0]);
    });
    expect(displaced.map((s) => s.proposals!.offerIds[0])).toEqual([s1[1]]);
    expect(preview.students.find((s) => s.studentId === displaced[0].id)).toMatchObject({ status: 'matched', reasons: expect.arrayContaining([{ code: 'choice_taken', offerId: s1[1] }]) });
    // The approver sees exactly these two away from their first proposal.
    const changes = (await h.runs.approvalView('r1'))?.lastApproval?.changes ?? [];
    expect(changes.map((c) => c.studentNumber).sort()).toEqual([data.students.s1.studentNumber, displaced[0].studentNumber].sort());
  });

  it('places every student who does not choose on their best proposal', async () => {
    const h = await released();
    h.clock.now = new Date(DEADLINE_DEFAULT);
    const { preview } = ok(await h.runs.run('r1', 'coord-a'));
    const data = await h.store.read(EVERYTHING);
    const students = Object.values(data.students).filter((s) => s.proposals);
    expect(students.length).toBe(9);
    for (const student of students) {
      expect(preview.students.find((s) => s.studentId === student.id), student.id).toMatchObject({ status: 'matched', offerId: student.proposals!.offerIds[0] });
    }
  });

  it('tells companies nothing before the final release; the final release works as any release', async () => {
    const h = await released();
    const contact = (e: { recipient: { userId: string } }) => e.recipient.userId === '29:contact-0';
    let data = await h.store.read(EVERYTHING);
    expect(Object.values(data.outbox).filter(contact)).toEqual([]);
    expect(Object.keys(data.placements)).toEqual([]);
    expect(resultsVisible(data.rounds.r1, h.clock.now)).toBe(false);

    h.clock.now = new Date(DEADLINE_DEFAULT);
    ok(await h.runs.run('r1', 'coord-a'));
    data = await h.store.read(EVERYTHING);
    expect(Object.values(data.outbox).filter(contact)).toEqual([]);
    expect(await h.runs.approve('r1', 'coord-a')).toEqual({ ok: false, refusal: { code: 'transition', refusal: 'needs-second-coordinator' } });
    // The approver sees who ends up elsewhere than their first proposal: nobody here, as nobody chose.
    expect((await h.runs.approvalView('r1'))?.lastApproval?.changes).toEqual([]);
    ok(await h.runs.approve('r1', 'coord-b'));
    const round = ok(await h.rounds.scheduleRelease('r1', 'coord-b')).round;
    expect(round).toMatchObject({ status: 'scheduled', releaseAt: '2027-01-20T09:00:00+01:00', proposalsAt: PROPOSALS_AT });
    expect(await startDueReleases(h.store, h.clock.now, [])).toEqual([]);

    h.clock.now = new Date('2027-01-20T08:00:00Z');
    expect(await startDueReleases(h.store, h.clock.now, [])).toEqual(['r1']);
    data = await h.store.read(EVERYTHING);
    expect(data.rounds.r1.status).toBe('released');
    expect(resultsVisible(data.rounds.r1, h.clock.now)).toBe(true);
    expect(Object.values(data.outbox).filter(contact).map((e) => e.kind)).toEqual(['company-result']);
    const placed = Object.values(data.matches).filter((m) => m.offerId !== null).length;
    expect(Object.keys(data.placements)).toHaveLength(placed);
    expect(Object.values(data.outbox).filter((e) => e.kind === 'student-result-notice').length).toBeGreaterThanOrEqual(placed);
  });

  it('advises where extra places help most also on the proposals, counting a student with proposals as placed', async () => {
    // One place per offer: most students get no proposal, and an extra place gives some one.
    const data = proposalsData();
    for (const offer of Object.values(data.offers)) Object.assign(offer, { places: 1, supervisionCapacity: 1 });
    const h = await proposalsHarness(data);
    ok(await h.runs.run('r1', 'coord-a'));
    const view = await h.store.read(EVERYTHING);
    const advice = extraPlaces(view, 'r1', { catalogue: await loadCatalogue(), gazetteer: loadDefaultGazetteer(), solve: defaultSolve }, { shortlist: 3 });
    expect(advice.length).toBeGreaterThan(0);
    expect(advice[0].withOne).toBeGreaterThan(0);
  });
});
