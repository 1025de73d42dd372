import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { histogramOf, mixOf, quantile } from '../../local/traffic/latency.js';
import {
  type HistogramEntry,
  minLatencySamples,
  percentileOfHistogram,
  percentileOverPeriods,
} from '../../src/health/latency.js';
import { judgeCounts } from '../../src/health/policy.js';
import type { CountReading, HealthPolicy, LatencySample } from '../../src/health/types.js';

const policy: HealthPolicy = {
  maxErrorRatePct: 1,
  minRequests: 50,
  significance: 0.05,
  failureLimit: 1,
  inconclusiveLimit: 5,
  onSourceError: 'INCONCLUSIVE',
  latencyPercentile: 'p99',
  maxLatencyIncrease: { pct: 20 },
};

function reading(canary: LatencySample, stable: LatencySample, requests = 2000): CountReading {
  return {
    ok: true,
    canary: { requests, errors: 0, latency: canary },
    stable: { requests: requests * 3, errors: 0, latency: stable },
    hasStable: true,
    noData: [],
    latencyRead: true,
  };
}

/** X-Ray-like buckets: each value counts the samples above the previous edge and at most its own. */
function bucketed(samples: number[], ratio: number): HistogramEntry[] {
  const counts = new Map<number, number>();
  for (const ms of samples) {
    const edge = Math.ceil(Math.log(ms) / Math.log(ratio));
    counts.set(edge, (counts.get(edge) ?? 0) + 1);
  }
  return [...counts.entries()].map(([edge, count]) => ({ valueSeconds: ratio ** edge / 1000, count }));
}

/** The exact percentile by nearest rank: the smallest sample with at least q of all at or below it. */
function exactPercentile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil(q * sorted.length - 1e-9)) - 1]!;
}

describe('the percentile of an X-Ray histogram', () => {
  it('is within its stated error (the width of the bucket holding it) of the exact percentile of the requests', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1.01, max: 30_000, noNaN: true }), { minLength: 1, maxLength: 3000 }),
        fc.constantFrom(0.5, 0.9, 0.95, 0.99, 0.999),
        fc.constantFrom(1.05, 1.1, 1.5, 2),
        (samples, q, ratio) => {
          const estimate = percentileOfHistogram(bucketed(samples, ratio), q)!;
          const exact = exactPercentile(samples, q);
          expect(estimate.samples).toBe(samples.length);
          expect(Math.abs(estimate.ms - exact)).toBeLessThanOrEqual(estimate.errorMs * (1 + 1e-9));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reads the local stack's histogram of a slow tail within its bound of the tail's p99", () => {
    const mix = mixOf(5000, {
      latencyMs: 33,
      latencySpread: 0.5,
      latencyTail: { sharePct: 2, latencyMs: 400 },
    });
    const entries = histogramOf(mix, 5000).map((entry) => ({
      valueSeconds: entry.Value,
      count: entry.Count,
    }));
    const estimate = percentileOfHistogram(entries, 0.99)!;
    // Buckets 10% apart: about ±10% of the value, plus a trace of rounding.
    expect(Math.abs(estimate.ms - quantile(mix, 0.99)!)).toBeLessThanOrEqual(estimate.errorMs + 1);
    expect(estimate.errorMs / estimate.ms).toBeLessThan(0.1);
  });

  it('weighs per-period CloudWatch percentiles by their requests', () => {
    expect(
      percentileOverPeriods([
        { value: 100, samples: 3000 },
        { value: 300, samples: 1000 },
      ]),
    ).toEqual({
      value: 150,
      samples: 4000,
    });
    expect(percentileOverPeriods([])).toBeUndefined();
  });
});

describe('latency against the stable baseline', () => {
  it('fails a canary whose p99 is 3× the stable, saying both and the increase', () => {
    const verdict = judgeCounts(
      'metrics',
      reading({ ms: 355, samples: 2000 }, { ms: 113, samples: 6000 }),
      policy,
    );
    expect(verdict.verdict).toBe('FAIL');
    expect(verdict.reason).toContain('canary p99 355 ms vs stable 113 ms (+214%)');
    expect(verdict.reason).toContain('FAIL: p99 more than 20% above stable (allowed 136 ms)');
    expect(verdict.latency).toEqual({
      percentile: 'p99',
      canaryMs: 355,
      canarySamples: 2000,
      stableMs: 113,
      stableSamples: 6000,
      increasePct: 214.2,
    });
  });

  it('passes a canary within the increase, and judges 50ms as milliseconds over the stable', () => {
    const close = reading({ ms: 120, samples: 2000 }, { ms: 113, samples: 6000 });
    expect(judgeCounts('metrics', close, policy).verdict).toBe('PASS');
    expect(judgeCounts('metrics', close, policy).reason).toContain(
      'canary p99 120 ms vs stable 113 ms (+6%)',
    );
    // A canary a hair faster says +0%, not -0%.
    const faster = reading({ ms: 112.7, samples: 2000 }, { ms: 113, samples: 6000 });
    expect(judgeCounts('metrics', faster, policy).reason).toContain('vs stable 113 ms (+0%)');
    const slower = reading({ ms: 170, samples: 2000 }, { ms: 113, samples: 6000 });
    expect(judgeCounts('metrics', slower, { ...policy, maxLatencyIncrease: { ms: 50 } }).verdict).toBe(
      'FAIL',
    );
    expect(judgeCounts('metrics', slower, { ...policy, maxLatencyIncrease: { ms: 60 } }).verdict).toBe(
      'PASS',
    );
  });

  it('is INCONCLUSIVE, never PASS, below k / (1 - q) requests on either side, whatever the percentiles say', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('p50', 'p90', 'p95', 'p99', 'p99.9' as const),
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.double({ min: 1, max: 5000, noNaN: true }),
        fc.double({ min: 1, max: 5000, noNaN: true }),
        (percentile, canarySamples, stableSamples, canaryMs, stableMs) => {
          const needed = minLatencySamples(percentile);
          fc.pre(canarySamples < needed || stableSamples < needed);
          const verdict = judgeCounts(
            'metrics',
            reading({ ms: canaryMs, samples: canarySamples }, { ms: stableMs, samples: stableSamples }),
            { ...policy, latencyPercentile: percentile },
          );
          expect(verdict.verdict).toBe('INCONCLUSIVE');
          expect(verdict.reason).toMatch(/rests on \d+ req, fewer than \d+ \(10 beyond the p/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('holds min-requests on the stable side too, where it asks more than the percentile does', () => {
    const verdict = judgeCounts('metrics', reading({ ms: 300, samples: 2000 }, { ms: 100, samples: 150 }), {
      ...policy,
      latencyPercentile: 'p50',
      minRequests: 200,
    });
    expect(verdict.verdict).toBe('INCONCLUSIVE');
    expect(verdict.reason).toContain('stable p50 rests on 150 req, below min-requests 200');
  });

  it('has no baseline at 100% (the stable is routed nothing), and still judges max-latency-ms', () => {
    const alone: CountReading = { ...reading({ ms: 355, samples: 2000 }, { ms: 1, samples: 0 }) };
    const routing = { canaryWeightPct: 100 };
    expect(judgeCounts('metrics', alone, policy, undefined, routing).verdict).toBe('PASS');
    const capped = { ...policy, maxLatencyMs: 300 };
    expect(judgeCounts('metrics', alone, capped, undefined, routing).reason).toContain(
      'FAIL: p99 above max-latency-ms 300',
    );
  });
});
