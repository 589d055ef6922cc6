import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limiter.js';

describe('createRateLimiter', () => {
  it('allows at most perSecond in any one-second window and says how long to wait', () => {
    const limiter = createRateLimiter(3, 10);
    expect([0, 0, 0].map((_, i) => limiter.tryAcquire(1000, `c${i}`))).toEqual([0, 0, 0]);
    expect(limiter.tryAcquire(1000, 'c9')).toBe(1000);
    expect(limiter.tryAcquire(1999, 'c9')).toBe(1);
    expect(limiter.tryAcquire(2000, 'c9')).toBe(0);
  });

  it('limits one conversation separately from the rest', () => {
    const limiter = createRateLimiter(100, 2);
    expect(limiter.tryAcquire(0, 'a')).toBe(0);
    expect(limiter.tryAcquire(10, 'a')).toBe(0);
    expect(limiter.tryAcquire(20, 'a')).toBe(980);
    expect(limiter.tryAcquire(20, 'b')).toBe(0);
  });

  it('refuses a limit below one per second', () => {
    expect(() => createRateLimiter(0, 1)).toThrow(RangeError);
  });
});
