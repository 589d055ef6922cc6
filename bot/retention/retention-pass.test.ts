import { describe, expect, it } from 'vitest';
import { checkInFigures } from '../check-ins/check-in-figures.js';
import { evaluationFigures } from '../evaluations/evaluation-figures.js';
import type { KoppelView } from '../koppel-data.js';
import { EVERYTHING, openMemoryKoppelStore } from '../store/index.js';
import { STUDENT_USER } from '../testing/round-builders.js';
import { DETAILS, WISH, world } from './testing/retention-world.js';
import { DEFAULT_RETENTION, erasureMoment, parseRetention } from './retention-policy.js';
import { runRetentionPass } from './retention-pass.js';

// The round's internships start 2027-02-15 and last 20 weeks: they end 2027-07-05. By default the
// support details go at the end of that school year, everything else a school year later.
const SUPPORT_ERASED = new Date('2027-07-31T22:00:00Z');
const REST_ERASED = new Date('2028-07-31T22:00:00Z');
const figures = (data: Readonly<KoppelView>) => ({
  checkIns: checkInFigures(data, 'r1'),
  evaluations: evaluationFigures(data, 'r1'),
  students: Object.values(data.students).map((s) => `${s.roundId}/${s.programmeCode}/${s.intakeStatus}/${s.supportNeed?.wanted ?? false}`).sort(),
  placements: Object.keys(data.placements).length,
});

describe('the retention pass', () => {
  it('erases a decided erasure request and the message about it after the contact details\' period, not before', async () => {
    const data = world();
    data.erasureRequests['er-1'] = {
      id: 'er-1', requestedAt: '2027-03-01T10:00:00Z', requester: { platform: 'teams', userId: STUDENT_USER }, subject: { kind: 'student', studentId: 's1' },
      state: 'refused', decidedBy: 'coord-1', decidedAt: '2027-03-02T10:00:00Z', refusalReason: 'Je stage loopt nog',
    };
    const store = openMemoryKoppelStore(data);
    const at = (iso: string) => runRetentionPass({ store, policy: { ...DEFAULT_RETENTION, contact: 0 }, internshipWeeks: 20, now: () => new Date(iso) });
    expect((await at('2027-07-31T21:59:00Z')).erasureRequests).toBe(0);
    expect((await at('2027-07-31T22:00:00Z')).erasureRequests).toBe(1);
    expect((await store.read(EVERYTHING)).erasureRequests).toEqual({});
  });

  it('prunes audit lines past the audit period from their own moment, not early, once, leaving one line with the count', async () => {
    const data = world();
    const line = (id: string, at: string) => ({ id, at, actorId: 'coord-1', action: 'round.transition' as const, subjectType: 'round' as const, subjectId: 'r1', detail: {} });
    // 36 months after 2024-03-01 is 2027-03-01: gone at the end of that school year (2027-07-31 22:00 UTC).
    data.audit.push(line('old', '2024-03-01T10:00:00.000Z'), line('young', '2024-08-15T10:00:00.000Z'));
    const store = openMemoryKoppelStore(data);
    const at = (iso: string) => runRetentionPass({ store, policy: DEFAULT_RETENTION, internshipWeeks: 20, now: () => new Date(iso) });
    const ids = async () => (await store.read({ audit: 'all' })).audit.map((e) => e.id);
    expect((await at('2027-07-31T21:59:59.999Z')).auditLines).toBe(0);
    expect(await ids()).toContain('old');
    expect((await at('2027-07-31T22:00:00.000Z')).auditLines).toBe(1);
    const trail = (await store.read({ audit: 'all' })).audit;
    expect(trail.map((e) => e.id)).not.toContain('old');
    expect(trail.map((e) => e.id)).toContain('young');
    expect(trail.filter((e) => e.subjectId === 'audit')).toEqual([expect.objectContaining({ actorId: 'koppel-retention', action: 'retention.erased', subjectType: 'retention', detail: { audit: 1, before: expect.any(String) } })]);
    // Again, as on another pass or process: nothing more goes, no second line.
    expect((await at('2027-08-01T10:00:00.000Z')).auditLines).toBe(0);
    // A line of 2024-08-15 reaches its period on 2027-08-15: it goes at the end of the next school year.
    expect((await at('2028-07-31T21:59:59.999Z')).auditLines).toBe(0);
    expect((await at('2028-07-31T22:00:00.000Z')).auditLines).toBeGreaterThanOrEqual(1);
    expect(await ids()).not.toContain('young');
  });

  it('takes its moments from one rule: the end of a school year, on or after the period', () => {
    expect(erasureMoment(new Date('2027-07-05T00:00:00Z'), 0)).toEqual(SUPPORT_ERASED);
    expect(erasureMoment(new Date('2027-07-05T00:00:00Z'), 12)).toEqual(REST_ERASED);
    expect(parseRetention('support=0,reports=36')).toEqual({ ok: true, policy: { ...DEFAULT_RETENTION, reports: 36 } });
    expect(parseRetention('wishes=3')).toMatchObject({ ok: false });
    expect(parseRetention('intake=400')).toMatchObject({ ok: false });
  });

  it('erases nothing early, the support details on schedule, and the rest a school year later, once, with figures unchanged', async () => {
    const clock = { now: new Date(SUPPORT_ERASED.getTime() - 1) };
    const store = openMemoryKoppelStore(world());
    const pass = () => runRetentionPass({ store, policy: DEFAULT_RETENTION, internshipWeeks: 20, now: () => clock.now });
    const before = await store.read(EVERYTHING);
    const figuresBefore = figures(before);

    expect(await pass()).toEqual({ rounds: [], reports: 0, erasureRequests: 0, companies: [], webLinks: 0, auditLines: 0 });
    expect(JSON.stringify(await store.read(EVERYTHING))).toBe(JSON.stringify(before));

    clock.now = SUPPORT_ERASED;
    expect((await pass()).rounds).toEqual([{ roundId: 'r1', kinds: ['support'], records: 1 }]);
    const afterSupport = await store.read(EVERYTHING);
    expect(afterSupport.students.s1.supportNeed).toEqual({ wanted: true });
    expect(afterSupport.students.s1.learningWish?.text).toBe(WISH);
    // Again, as after a restart or on another process: nothing more, no second audit line.
    expect(await pass()).toEqual({ rounds: [], reports: 0, erasureRequests: 0, companies: [], webLinks: 0, auditLines: 0 });
    expect(JSON.stringify(await store.read(EVERYTHING))).toBe(JSON.stringify(afterSupport));

    clock.now = new Date(REST_ERASED.getTime() - 1);
    expect(await pass()).toEqual({ rounds: [], reports: 0, erasureRequests: 0, companies: [], webLinks: 0, auditLines: 0 });
    clock.now = REST_ERASED;
    expect((await pass()).rounds[0].kinds).toEqual(['intake', 'chat', 'contact', 'explanations', 'check-ins']);
    expect(await pass()).toEqual({ rounds: [], reports: 0, erasureRequests: 0, companies: [], webLinks: 0, auditLines: 0 });

    const after = await store.read(EVERYTHING);
    expect(after.students.s1.proposals).toBeUndefined();
    const text = JSON.stringify({ ...after, audit: [] });
    for (const personal of [WISH, DETAILS, 'Fatima', '100234', STUDENT_USER, 'conv-1', 'Dichter bij huis']) expect(text).not.toContain(personal);
    expect(figures(after)).toEqual(figuresBefore);
    const audit = after.audit.filter((e) => e.action === 'retention.erased');
    expect(audit.map((e) => [e.subjectId, e.detail])).toEqual([
      ['r1', { support: 1 }],
      ['r1', { intake: 1, chat: 1, contact: 6, explanations: 7, 'check-ins': 6 }],
    ]);
  });
});
