// Latency figures: nearest-rank percentiles, so p99 of 1,800 turns is a turn that really happened.
import { seededRandom as mulberry32 } from '../../bot/release/testing/fake-connector.js';

export interface LatencyStats {
  count: number;
  mean: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  max: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function latencyStats(values: readonly number[]): LatencyStats {
  const sorted = [...values].sort((a, b) => a - b);
  const sum = sorted.reduce((total, v) => total + v, 0);
  return {
    count: sorted.length,
    mean: sorted.length ? sum / sorted.length : Number.NaN,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1] : Number.NaN,
  };
}

export const ms = (value: number): string => (Number.isFinite(value) ? String(Math.round(value)) : 'n/a');

/** The fake connector's mulberry32, seeded from several integers: one stream per simulated student, whatever the interleaving. */
export function seededRandom(...seeds: number[]): () => number {
  let a = 0x9e3779b9;
  for (const seed of seeds) a = Math.imul(a ^ (seed >>> 0), 0x85ebca6b) ^ (a >>> 13);
  return mulberry32(a >>> 0);
}
