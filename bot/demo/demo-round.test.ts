import { beforeAll, describe, expect, it } from 'vitest';
import { matchRound, parseRound, type MatchOutcome } from '../../matching/index.js';
import { findProgramme, loadCatalogue, workProcessesOf, type Catalogue } from '../catalogue/index.js';
import { usableCapacity } from '../domain/offer.js';
import { loadDefaultGazetteer } from '../geo/gazetteer.js';
import { KoppelData, type KoppelView } from '../koppel-data.js';
import { coreRound } from '../matching-runs/core-round.js';
import { DEMO_COMPANY_ID, DEMO_ROUND_ID, DEMO_SBB_PREFIX, DEMO_STUDENT_ID, demoData, seededRandom } from './demo-round.js';

const now = new Date('2026-11-22T08:00:00Z');
const playgroundUserId = 'user-id-0';
const DAY = 24 * 3_600_000;
const gazetteer = loadDefaultGazetteer();

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

function demo() {
  return demoData({ now, playgroundUserId });
}

function matchDemo(data: KoppelView): MatchOutcome & { status: 'ok' } {
  const { round } = coreRound({
    round: data.rounds[DEMO_ROUND_ID], students: Object.values(data.students), offers: Object.values(data.offers),
    companies: Object.values(data.companies), catalogue, gazetteer,
  });
  const parsed = parseRound(round);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const outcome = matchRound(parsed.value);
  if (outcome.status !== 'ok') throw new Error(outcome.reason);
  return outcome;
}

describe('the demo document', () => {
  it('validates against the KoppelView schema', () => {
    const result = KoppelData.safeParse(demo());
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('is deterministic: two calls give equal documents', () => {
    expect(JSON.stringify(demo())).toBe(JSON.stringify(demo()));
    expect(demo()).toEqual(demo());
  });

  it('has a seeded random source that repeats per seed and differs between seeds', () => {
    const draw = (seed: string) => { const r = seededRandom(seed); return [r(), r(), r()]; };
    expect(draw('demo')).toEqual(draw('demo'));
    expect(draw('demo')).not.toEqual(draw('other'));
    expect(draw('demo').every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('has one open school round with deadlines counted from now', () => {
    const rounds = Object.values(demo().rounds);
    expect(rounds).toHaveLength(1);
    const [round] = rounds;
    expect(round).toMatchObject({ id: DEMO_ROUND_ID, programmeCodes: ['90001', '90004'], mechanism: 'school', status: 'open', seed: 'demo' });
    expect(Date.parse(round.wishesDeadline) - now.getTime()).toBe(14 * DAY);
    expect(Date.parse(round.offersDeadline) - now.getTime()).toBe(14 * DAY);
    expect(Date.parse(round.releaseAt) - now.getTime()).toBe(30 * DAY);
    expect(round.internshipStart).toBe('2027-01-21');
  });

  it('marks every name and number as demo', () => {
    const data = demo();
    expect(data.rounds[DEMO_ROUND_ID].name.startsWith('DEMO – ')).toBe(true);
    for (const c of Object.values(data.companies)) {
      expect(c.name.endsWith(' (demo)')).toBe(true);
      expect(c.sbbNumber.startsWith(DEMO_SBB_PREFIX)).toBe(true);
    }
    for (const s of Object.values(data.students)) {
      expect(s.studentNumber.startsWith('DEMO')).toBe(true);
      expect(s.displayName?.endsWith(' (demo)')).toBe(true);
      if (s.ownPlacement) expect(s.ownPlacement.companyName.endsWith(' (demo)')).toBe(true);
      if (s.pendingEmail) expect(s.pendingEmail).toMatch(/^demo-/);
    }
    expect(new Set(Object.values(data.students).map((s) => s.studentNumber)).size).toBe(Object.keys(data.students).length);
  });

  it('links the playground user to exactly one student and one company contact', () => {
    const data = demo();
    const isPlayground = (i: { platform: string; userId: string }) => i.platform === 'teams' && i.userId === playgroundUserId;
    const students = Object.values(data.students).filter((s) => s.identities.some(isPlayground));
    const companies = Object.values(data.companies).filter((c) => c.contacts.some(isPlayground));
    expect(students.map((s) => s.id)).toEqual([DEMO_STUDENT_ID]);
    expect(students[0]).toMatchObject({ intakeStatus: 'invited', intakeStep: 'privacy', reachedSummary: false });
    expect(students[0].learningWish).toBeUndefined();
    expect(companies.map((c) => c.id)).toEqual([DEMO_COMPANY_ID]);
    expect(Object.values(data.offers).some((o) => o.companyId === DEMO_COMPANY_ID)).toBe(false);
    const other = demoData({ now, playgroundUserId: '29:someone-else' });
    expect(other.students[DEMO_STUDENT_ID].identities).toEqual([{ platform: 'teams', userId: '29:someone-else' }]);
  });

  it('has students at every stage of the intake', () => {
    const students = Object.values(demo().students);
    const count = (status: string) => students.filter((s) => s.intakeStatus === status).length;
    expect(students).toHaveLength(36);
    expect(count('confirmed')).toBe(30);
    expect(count('own-placement')).toBe(2);
    expect(count('invited')).toBe(4);
    const confirmed = students.filter((s) => s.intakeStatus === 'confirmed');
    expect(confirmed.filter((s) => s.supportNeed?.wanted).length).toBeGreaterThanOrEqual(2);
    expect(confirmed.filter((s) => s.supportNeed?.wanted).every((s) => (s.supportNeed?.details ?? '').length > 20)).toBe(true);
    expect(confirmed.some((s) => !s.travel?.modes.some((m) => m === 'bike' || m === 'ebike'))).toBe(true);
    expect(confirmed.some((s) => s.travel?.modes.join() === 'public_transport')).toBe(true);
    for (const s of confirmed) {
      expect(s.learningWish?.workProcesses.length).toBeGreaterThanOrEqual(1);
      expect(s.learningWish?.workProcesses.length).toBeLessThanOrEqual(3);
      expect(s.travel?.maxMinutes).toBeGreaterThanOrEqual(20);
      expect(s.travel?.maxMinutes).toBeLessThanOrEqual(60);
      expect(s.confirmedAt).toBeDefined();
    }
  });

  it('has companies with realistic offers and a little more capacity than confirmed students', () => {
    const data = demo();
    const companies = Object.values(data.companies);
    const offers = Object.values(data.offers);
    expect(companies.length).toBeGreaterThanOrEqual(11);
    expect(companies.every((c) => c.locations.length >= 1 && c.locations.length <= 2)).toBe(true);
    expect(offers).toHaveLength(companies.length - 1);
    for (const o of offers) {
      expect(o.places).toBeGreaterThanOrEqual(1);
      expect(o.places).toBeLessThanOrEqual(4);
      expect(o.supervisionCapacity).toBeGreaterThanOrEqual(1);
      expect(o.supervisionCapacity).toBeLessThanOrEqual(3);
      expect(data.companies[o.companyId].locations.some((l) => l.id === o.locationId)).toBe(true);
    }
    expect(offers.some((o) => o.supervisionCapacity < o.places)).toBe(true);
    expect(offers.some((o) => o.extraSupport.available)).toBe(true);
    expect(offers.some((o) => o.requirements.includes('food_hygiene_certificate'))).toBe(true);
    const capacity = offers.reduce((sum, o) => sum + usableCapacity(o), 0);
    const confirmed = Object.values(data.students).filter((s) => s.intakeStatus === 'confirmed').length;
    expect(capacity).toBeGreaterThan(confirmed);
    expect(capacity).toBeLessThanOrEqual(confirmed * 1.3);
  });

  it('uses only municipalities the gazetteer knows', () => {
    const data = demo();
    const places = [
      ...Object.values(data.companies).flatMap((c) => c.locations.map((l) => l.municipality)),
      ...Object.values(data.students).flatMap((s) => (s.travel?.municipality ? [s.travel.municipality] : [])),
    ];
    for (const place of places) expect(gazetteer.centreOf(place), place).toBeDefined();
  });

  it('uses only work processes and organisation types of the example catalogue', () => {
    const data = demo();
    const check = (programmeCode: string, workProcesses: readonly string[], organisationTypes: readonly string[]) => {
      const programme = findProgramme(catalogue, programmeCode);
      expect(programme, programmeCode).toBeDefined();
      const wp = new Set(workProcessesOf(programme!).map((w) => w.code));
      const types = new Set(programme!.organisationTypes.map((t) => t.code));
      for (const code of workProcesses) expect(wp.has(code), `${programmeCode} ${code}`).toBe(true);
      for (const code of organisationTypes) expect(types.has(code), `${programmeCode} ${code}`).toBe(true);
    };
    for (const s of Object.values(data.students)) {
      if (!s.learningWish) continue;
      check(s.programmeCode, s.learningWish.workProcesses, s.learningWish.organisationTypes);
      const electives = new Set(findProgramme(catalogue, s.programmeCode)!.electives.map((e) => e.code));
      for (const code of s.learningWish.electives) expect(electives.has(code), code).toBe(true);
    }
    for (const o of Object.values(data.offers)) {
      for (const code of o.programmeCodes) check(code, o.workProcesses, [o.organisationType]);
    }
  });

  it('matches most confirmed students, and explains the few it cannot place', () => {
    const data = demo();
    const outcome = matchDemo(data);
    const confirmed = Object.values(data.students).filter((s) => s.intakeStatus === 'confirmed').length;
    expect(outcome.results).toHaveLength(confirmed);
    const matched = outcome.results.filter((r) => r.status === 'matched');
    const unmatched = outcome.results.filter((r) => r.status === 'unmatched');
    expect(matched.length / confirmed).toBeGreaterThanOrEqual(0.7);
    expect(unmatched.length).toBeGreaterThanOrEqual(1);
    for (const r of unmatched) {
      expect(r.causes.length).toBeGreaterThan(0);
      // The shortage is real distance and full places, never a rule nobody can explain.
      expect(r.causes.every((c) => c.code === 'places_taken' || (c.code === 'refused' && ['travel', 'requirements'].includes(c.rule)))).toBe(true);
    }
    expect(matchDemo(demo())).toEqual(outcome);
  });
});

describe('the demo’s shortage', () => {
  it('shows before the match in the status figures: fewer usable care places than care students', async () => {
    const { roundSupply } = await import('../offers/round-supply.js');
    const supply = roundSupply(demo(), DEMO_ROUND_ID, catalogue, now);
    const care = supply.perProgramme.find((l) => l.programmeCode === '90001');
    expect(care?.shortage).toBeGreaterThan(0);
  });
});
