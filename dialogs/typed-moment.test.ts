import { describe, expect, it } from 'vitest';
import { parseTime, parseTypedMoment } from './typed-moment.js';

// 23:30 UTC on 14 January is already 15 January in Amsterdam.
const NOW = new Date('2027-01-14T23:30:00Z');

describe('a release moment typed in Dutch formats', () => {
  it.each([
    ['15-01-2027 09:00', { date: '2027-01-15', time: '09:00' }],
    ['15-1-2027 9:00', { date: '2027-01-15', time: '09:00' }],
    ['15/01/2027 9.30', { date: '2027-01-15', time: '09:30' }],
    ['2027-01-15 21:05', { date: '2027-01-15', time: '21:05' }],
    ['15 januari 2027 om 9:00', { date: '2027-01-15', time: '09:00' }],
    ['15 January 2027 at 9:00', { date: '2027-01-15', time: '09:00' }],
    ['morgen 9:00', { date: '2027-01-16', time: '09:00' }],
    ['Morgen om 9 uur', { date: '2027-01-16', time: '09:00' }],
    ['vandaag 14:30', { date: '2027-01-15', time: '14:30' }],
    ['overmorgen 8u', { date: '2027-01-17', time: '08:00' }],
    ['tomorrow 9:00', { date: '2027-01-16', time: '09:00' }],
    ['20:29', { date: '2027-01-15', time: '20:29' }],
  ])('reads %s', (typed, moment) => {
    expect(parseTypedMoment(typed, NOW)).toEqual(moment);
  });

  it.each(['Zorg 2027', '31-02-2027 09:00', '15-01-2027 25:00', '15-13-2027 09:00', 'morgen', '9', 'Techniek najaar'])('does not read %s as a moment', (typed) => {
    expect(parseTypedMoment(typed, NOW)).toBeUndefined();
  });

  it('reads times as the picker or a person sends them, 24-hour', () => {
    expect(parseTime('09:00')).toBe('09:00');
    expect(parseTime('9:00:00')).toBe('09:00');
    expect(parseTime('21.15')).toBe('21:15');
    expect(parseTime('9:00 PM')).toBeUndefined();
  });
});
