import { describe, expect, it } from 'vitest';
import { parseReminderMoments } from './reminder-moments.js';

describe('parseReminderMoments', () => {
  it('defaults to 72 and 24 hours when unset or blank', () => {
    expect(parseReminderMoments(undefined)).toEqual({ ok: true, hours: [72, 24] });
    expect(parseReminderMoments('  ')).toEqual({ ok: true, hours: [72, 24] });
  });

  it('reads whole hours, spaces allowed, sorted from the earliest moment to the latest', () => {
    expect(parseReminderMoments('72,24')).toEqual({ ok: true, hours: [72, 24] });
    expect(parseReminderMoments(' 24 , 168,1 ')).toEqual({ ok: true, hours: [168, 24, 1] });
    expect(parseReminderMoments('720')).toEqual({ ok: true, hours: [720] });
  });

  it.each([
    ['0', '0 is outside 1..720'],
    ['721', '721 is outside 1..720'],
    ['24,24', '24 appears more than once'],
    ['abc', "'abc' is not a whole number of hours"],
    ['1.5', "'1.5' is not a whole number of hours"],
    ['-3', "'-3' is not a whole number of hours"],
    ['72,,24', 'empty item'],
    ['72,', 'empty item'],
  ])('refuses %j and says why', (text, problem) => {
    const result = parseReminderMoments(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain(problem);
      expect(result.message).toContain('e.g. 72,24');
    }
  });
});
