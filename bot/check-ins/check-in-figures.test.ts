import { describe, expect, it } from 'vitest';
import type { CheckIn, CheckInAnswer } from '../domain/check-in.js';
import { emptyKoppelData } from '../koppel-data.js';
import { checkInFigures } from './check-in-figures.js';

function checkIn(n: number, programmeCode: string, beYourself?: CheckInAnswer): CheckIn {
  return {
    id: `pl_${n}.week-2`, placementId: `pl_${n}`, roundId: 'r1', studentId: `s${n}`, programmeCode, moment: 'week-2', dueOn: '2027-02-22', askedAt: '2027-02-22T08:00:00Z',
    ...(beYourself ? { answers: { 'be-yourself': beYourself, 'treated-fairly': 'yes', learning: 'yes', supervision: 'partly' }, answeredAt: '2027-02-22T09:00:00Z' } : {}),
  };
}

describe('check-in figures', () => {
  it('shows only groups of at least 5 answers, and any count under 5 as "< 5"', () => {
    const view = emptyKoppelData();
    const answers: CheckInAnswer[] = ['yes', 'yes', 'yes', 'yes', 'yes', 'no', 'yes'];
    answers.forEach((a, i) => { view.checkIns[`pl_${i}.week-2`] = checkIn(i, '90001', a); });
    view.checkIns['pl_20.week-2'] = checkIn(20, '90001');
    [30, 31, 32].forEach((n) => { view.checkIns[`pl_${n}.week-2`] = checkIn(n, '25655', 'no'); });
    const [small, big] = checkInFigures(view, 'r1');
    expect(small).toEqual({ programmeCode: '25655', moment: 'week-2', asked: 3, answered: '< 5', conversationsAsked: 0 });
    expect(big).toMatchObject({ programmeCode: '90001', asked: 8, answered: 7 });
    expect(big.answers?.['be-yourself']).toEqual({ yes: 6, partly: 0, no: '< 5' });
    expect(big.answers?.supervision).toEqual({ yes: 0, partly: 7, no: 0 });
    expect(checkInFigures(view, 'r2')).toEqual([]);
  });
});
