import { describe, expect, it } from 'vitest';
import { amsterdamMoment } from './amsterdam-time.js';

describe('Amsterdam local time', () => {
  it('uses +01:00 in winter and +02:00 in summer, whatever the server zone', () => {
    expect(amsterdamMoment('2027-01-20', '09:00')).toBe('2027-01-20T09:00:00+01:00');
    expect(amsterdamMoment('2027-07-01', '17:30')).toBe('2027-07-01T17:30:00+02:00');
    expect(new Date(amsterdamMoment('2027-01-20', '09:00')).toISOString()).toBe('2027-01-20T08:00:00.000Z');
  });
});
