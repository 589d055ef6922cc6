// `ronde wijzigen`: what may still change, and until when.
import { describe, expect, it } from 'vitest';
import { EVERYTHING } from '../../bot/store/index.js';
import { formOf, intakeHarness, roundData, textOf } from '../testing/intake-fixture.js';

// The clock stands at 5 January 2027; the open round's deadlines are 10 and 12 January, the result 20 January.
async function harness(status: 'draft' | 'open' | 'matched' | 'approved' = 'open') {
  const data = roundData();
  data.rounds.r1.status = status;
  const h = await intakeHarness(data);
  const save = (values: Record<string, unknown>) => h.submit('round.edit.save', { roundId: 'r1', ...values }, 'nl', 'coord-1');
  const round = async () => (await h.store.read(EVERYTHING)).rounds.r1;
  return { ...h, save, round };
}

describe('changing a round', () => {
  it('in an open round: the deadlines and the release, filled in, not the programmes; saved and audited', async () => {
    const h = await harness('open');
    const form = formOf(await h.say('ronde wijzigen', 'nl', 'coord-1'));
    expect(form.fields.map((f) => [f.id, f.value])).toEqual([
      ['wishesDate', '2027-01-10'], ['offersDate', '2027-01-12'], ['releaseDate', '2027-01-20'], ['releaseTime', '09:00'],
      ['weight_workProcesses', 4], ['weight_learningWish', 3], ['weight_organisationType', 2], ['weight_travel', 2], ['weight_electives', 1], ['weight_allowance', 0],
      ['contactName', undefined], ['contactEmail', undefined], ['contactPhone', undefined],
    ]);
    const reply = textOf(await h.save({ wishesDate: '2027-01-14', offersDate: '2027-01-12', releaseDate: '2027-01-20', releaseTime: '09:00' }));
    expect(reply).toBe('Ronde **Zorg februari 2027** is gewijzigd: deadline leerwensen.');
    expect((await h.round()).wishesDeadline).toBe('2027-01-14T17:00:00+01:00');
    expect((await h.store.read(EVERYTHING)).audit.at(-1)).toMatchObject({ action: 'round.edited', actorId: 'coord-1', detail: { fields: 'wishesDeadline' } });
  });

  it('refuses a deadline in the past (that is `ronde sluit`) and a release before the deadlines, next to the field', async () => {
    const h = await harness('open');
    expect(formOf(await h.save({ wishesDate: '2027-01-04' })).errors).toEqual({ wishesDate: 'Kies een moment in de toekomst. Wil je de ronde nu sluiten? Typ **ronde sluit**.' });
    expect(formOf(await h.save({ releaseDate: '2027-01-11', releaseTime: '9:00' })).errors).toEqual({ releaseDate: 'De deadlines liggen vóór de uitslag, en de uitslag vóór de start van de stage.' });
    expect((await h.round()).releaseAt).toBe('2027-01-20T09:00:00+01:00');
  });

  it('changes the programmes only before the round opens', async () => {
    const draft = await harness('draft');
    expect(formOf(await draft.say('ronde wijzigen', 'nl', 'coord-1')).fields.map((f) => f.id)).toContain('programmeCodes');
    expect(textOf(await draft.save({ programmeCodes: '90001,90004' }))).toContain('gewijzigd: opleidingen');
    expect((await draft.round()).programmeCodes).toEqual(['90001', '90004']);
    const open = await harness('open');
    expect(textOf(await open.save({ programmeCodes: '90001,90004' }))).toBe('Dit kan in deze fase van de ronde niet meer veranderen.');
  });

  it('after matching only the release moment, the weights and the contact person, and once approved only the contact person', async () => {
    const matched = await harness('matched');
    expect(formOf(await matched.say('ronde wijzigen', 'nl', 'coord-1')).fields.map((f) => f.id)).toEqual([
      'releaseDate', 'releaseTime', 'weight_workProcesses', 'weight_learningWish', 'weight_organisationType', 'weight_travel', 'weight_electives', 'weight_allowance',
      'contactName', 'contactEmail', 'contactPhone',
    ]);
    expect(textOf(await matched.save({ releaseDate: '2027-01-22', releaseTime: '10:30' }))).toContain('gewijzigd: moment van de uitslag');
    expect((await matched.round()).releaseAt).toBe('2027-01-22T10:30:00+01:00');
    const approved = await harness('approved');
    expect(textOf(await approved.save({ releaseDate: '2027-01-22', releaseTime: '10:30' }))).toBe('Dit kan in deze fase van de ronde niet meer veranderen.');
    expect((await approved.round()).releaseAt).toBe('2027-01-20T09:00:00+01:00');
    expect(formOf(await approved.say('ronde wijzigen', 'nl', 'coord-1')).fields.map((f) => f.id)).toEqual(['contactName', 'contactEmail', 'contactPhone']);
  });

  it('is for coordinators only', async () => {
    const h = await harness('open');
    expect(textOf(await h.submit('round.edit.save', { roundId: 'r1', wishesDate: '2027-01-14' }))).toContain('Dit kan alleen een stagecoördinator doen');
    expect((await h.round()).wishesDeadline).toBe('2027-01-10T17:00:00+01:00');
  });

  it('sets what the matching weighs within bounds: each 0 to 5, work processes at least 1; a change after matching asks for a new match', async () => {
    const open = await harness('open');
    const weights = { weight_workProcesses: '2', weight_learningWish: '3', weight_organisationType: '1', weight_travel: '4', weight_electives: '1', weight_allowance: '2' };
    expect(textOf(await open.save(weights))).toBe('Ronde **Zorg februari 2027** is gewijzigd: gewichten.');
    expect((await open.round()).weights).toEqual({ workProcesses: 2, learningWish: 3, organisationType: 1, travel: 4, electives: 1, allowance: 2 });
    const refused = formOf(await open.save({ ...weights, weight_workProcesses: '0', weight_allowance: '9' }));
    expect(refused.errors).toEqual({ weight_workProcesses: 'Kies een heel getal van 1 tot 5.', weight_allowance: 'Kies een heel getal van 0 tot 5.' });
    expect(refused.fields.find((f) => f.id === 'weight_travel')?.value).toBe(4);
    expect((await open.round()).weights.workProcesses).toBe(2);
    const matched = await harness('matched');
    const reply = textOf(await matched.save(weights));
    expect(reply).toContain('gewijzigd: gewichten');
    expect(reply).toContain('typ **ronde match** om opnieuw te koppelen');
    expect((await matched.round()).status).toBe('closed');
  });

  it('changes a proposals round\'s choice deadline until it has passed, and offers it in no other round', async () => {
    const data = roundData();
    Object.assign(data.rounds.r1, { mechanism: 'proposals', stage: 'final', status: 'closed', proposalsReleasedAt: '2027-01-04T09:00:00Z' });
    const h = await intakeHarness(data);
    const form = formOf(await h.say('ronde wijzigen', 'nl', 'coord-1'));
    // Not stored yet: the default, five days after the proposals went out.
    expect(form.fields.find((f) => f.id === 'choiceDate')?.value).toBe('2027-01-09');
    expect(textOf(await h.submit('round.edit.save', { roundId: 'r1', choiceDate: '2027-01-12' }, 'nl', 'coord-1'))).toContain('gewijzigd: keuzedeadline');
    expect((await h.store.read(EVERYTHING)).rounds.r1.choiceDeadline).toBe('2027-01-12T17:00:00+01:00');
    expect(formOf(await h.submit('round.edit.save', { roundId: 'r1', choiceDate: '2027-01-04' }, 'nl', 'coord-1')).errors).toEqual({ choiceDate: 'Kies een moment in de toekomst. Wil je de ronde nu sluiten? Typ **ronde sluit**.' });
    h.clock.now = new Date('2027-01-12T17:00:00+01:00');
    expect(textOf(await h.submit('round.edit.save', { roundId: 'r1', choiceDate: '2027-01-14' }, 'nl', 'coord-1'))).toBe('Dit kan in deze fase van de ronde niet meer veranderen.');
    expect((await h.store.read(EVERYTHING)).rounds.r1.choiceDeadline).toBe('2027-01-12T17:00:00+01:00');
    const school = await harness('open');
    expect(formOf(await school.say('ronde wijzigen', 'nl', 'coord-1')).fields.map((f) => f.id)).not.toContain('choiceDate');
    expect(textOf(await school.save({ choiceDate: '2027-01-12' }))).toBe('Dit kan in deze fase van de ronde niet meer veranderen.');
  });
});
