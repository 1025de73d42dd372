import { describe, expect, it } from '@jest/globals';
import * as fc from 'fast-check';
import { cdf, histogramOf, meanOf, mergeInto, mixOf, quantile } from '../../../local/traffic/latency.js';

const stable = { latencyMs: 40, latencySpread: 0.5 };
/** 2% of requests about ten times slower, the rest a little faster: the mean stays, the tail triples. */
const slowTail = { latencyMs: 33, latencySpread: 0.5, latencyTail: { sharePct: 2, latencyMs: 400 } };

describe('simulated response times', () => {
  it('give a version with a slow tail three times the stable p99 at about the same mean', () => {
    const stableP99 = quantile(mixOf(1000, stable), 0.99)!;
    const tailP99 = quantile(mixOf(1000, slowTail), 0.99)!;
    // Log-normal, mean 40 ms, σ 0.5: p99 = 40 / e^(σ²/2) · e^(2.326σ) = 113 ms.
    expect(stableP99).toBeCloseTo(113, 0);
    expect(tailP99 / stableP99).toBeGreaterThan(3);
    expect(tailP99 / stableP99).toBeLessThan(3.3);
    expect(meanOf(slowTail) / meanOf(stable)).toBeCloseTo(1, 1);
    expect(quantile(mixOf(1000, slowTail), 0.5)! / quantile(mixOf(1000, stable), 0.5)!).toBeLessThan(1);
  });

  it('mix by request count: a window half stable, half slow sits between the two', () => {
    const mix = mixOf(500, stable);
    mergeInto(mix, mixOf(500, slowTail));
    const p99 = quantile(mix, 0.99)!;
    expect(p99).toBeGreaterThan(quantile(mixOf(1, stable), 0.99)!);
    expect(p99).toBeLessThan(quantile(mixOf(1, slowTail), 0.99)!);
    expect(cdf(mix, p99)).toBeCloseTo(0.99, 6);
  });

  it('bucket the same requests into a histogram whose counts add up to the traces and follow the CDF', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50_000 }),
        fc.double({ min: 5, max: 2000, noNaN: true }),
        fc.double({ min: 0.05, max: 1.5, noNaN: true }),
        (total, latencyMs, latencySpread) => {
          const mix = mixOf(total, { latencyMs, latencySpread });
          const histogram = histogramOf(mix, total);
          expect(histogram.reduce((sum, entry) => sum + entry.Count, 0)).toBe(total);
          let below = 0;
          for (const entry of histogram) {
            below += entry.Count;
            // Rounding moves each bucket by less than one trace.
            expect(Math.abs(below - total * cdf(mix, entry.Value * 1000))).toBeLessThanOrEqual(
              histogram.length,
            );
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});
