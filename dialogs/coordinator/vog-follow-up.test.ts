import { describe, expect, it } from 'vitest';
import { placementsAtRelease } from '../../bot/follow-up/placements.js';
import { EVERYTHING } from '../../bot/store/index.js';
import { formOf, intakeHarness, releasedRound, textOf } from '../testing/intake-fixture.js';

// The coordinator's side of the VOG: `ronde opvolging` says how far each placed student is, and a
// card marks a student's VOG as applied for or arranged.
describe('the VOG in ronde opvolging', () => {
  it('shows who has not arranged it yet and lets a coordinator mark it', async () => {
    const data = releasedRound('released');
    data.offers.o1.requirements = ['certificate_of_conduct'];
    placementsAtRelease(data, 'r1', new Date('2027-01-20T09:00:00+01:00'));
    const h = await intakeHarness(data, { now: new Date('2027-01-21T12:00:00+01:00') });
    const as = (verb: string, values: Record<string, unknown>) => h.submit(verb, values, 'nl', 'coord-1');
    const overview = formOf(await as('round.follow-up', { roundId: 'r1' }));
    expect(overview.sections?.[0].facts).toContainEqual({ label: 'VOG (na de koppeling te regelen)', value: '0 van 1 geregeld; nog niet: 100234 (nog niet aangevraagd)' });
    const update = overview.actions.find((a) => a.verb === 'round.vog.form')!;
    const card = formOf(await as(update.verb, update.data ?? {}));
    const placementId = Object.keys((await h.store.read(EVERYTHING)).placements)[0];
    expect(card.fields[0]).toMatchObject({ id: 'placementId', choices: [{ value: placementId, label: '100234 (nog niet aangevraagd)' }] });
    expect(textOf(await as('round.vog', { placementId, state: 'arranged' }))).toBe('VOG van 100234: geregeld.');
    const after = formOf(await as('round.follow-up', { roundId: 'r1' }));
    expect(after.sections?.[0].facts).toContainEqual({ label: 'VOG (na de koppeling te regelen)', value: '1 van 1 geregeld' });
    expect(after.actions.map((a) => a.verb)).not.toContain('round.vog.form');
    expect(textOf(await h.submit('round.vog', { placementId, state: 'arranged' }, 'nl', 'teams-student-1'))).toContain('coördinator');
  });
});
