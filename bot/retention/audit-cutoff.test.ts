import { describe, expect, it } from 'vitest';
import { auditCutoff } from './audit-cutoff.js';
import { erasureMoment } from './retention-policy.js';

// The cutoff must say of every line exactly what erasureMoment says: due lines before it, every
// other line at or after it. Checked over moments across years, at month ends, for several periods.
describe('the audit cutoff', () => {
  const nows = ['2026-07-31T21:59:59.999Z', '2026-07-31T22:00:00.000Z', '2027-03-15T09:00:00.000Z', '2028-02-29T12:00:00.000Z', '2029-12-31T23:59:59.999Z'].map((s) => new Date(s));
  const lines: Date[] = [];
  for (let day = Date.UTC(2019, 0, 1); day < Date.UTC(2030, 0, 1); day += 86_400_000) {
    // Around each month's end, and at the hour the school year ends.
    const d = new Date(day);
    if (d.getUTCDate() >= 27 || d.getUTCDate() <= 2) for (const ms of [0, 22 * 3_600_000 - 1, 22 * 3_600_000, 22 * 3_600_000 + 1, 86_400_000 - 1]) lines.push(new Date(day + ms));
  }

  for (const months of [0, 1, 5, 12, 13, 36, 120]) {
    it(`keeps exactly the lines whose period of ${months} months has not ended`, () => {
      const wrong: string[] = [];
      for (const now of nows) {
        const cutoff = auditCutoff(now, months);
        for (const at of lines) {
          const due = erasureMoment(at, months).getTime() <= now.getTime();
          if ((at.toISOString() < cutoff) !== due) wrong.push(`${at.toISOString()} at ${now.toISOString()}: due ${due}, cutoff ${cutoff}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }
});
