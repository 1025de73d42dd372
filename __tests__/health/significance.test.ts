import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  compareErrorRates,
  EXACT_LIMIT,
  exactUnconditionalGreater,
  fisherExactGreater,
  normalSurvival,
  restrictedEstimates,
  scoreStatistic,
} from '../../src/health/significance.js';

describe('fisherExactGreater', () => {
  it('matches the tea-tasting example of R fisher.test(TeaTasting, alternative = "greater"): p = 0.2429', () => {
    // R documentation, ?fisher.test: TeaTasting <- matrix(c(3, 1, 1, 3), nrow = 2); p-value = 0.2429 (= 17/70).
    expect(fisherExactGreater(3, 4, 1, 4)).toBeCloseTo(17 / 70, 12);
  });

  it('matches the Convictions example of R fisher.test(Convictions, alternative = "less"): p = 0.0004652', () => {
    // R documentation, ?fisher.test: Convictions <- matrix(c(2, 10, 15, 3), nrow = 2) (Fisher 1962).
    // "less" for the dizygotic row is "greater" for the monozygotic row: 10 of 13 convicted vs 2 of 17.
    // SciPy 1.17.1 scipy.stats.fisher_exact gives 0.000465180943362905.
    expect(fisherExactGreater(10, 13, 2, 17)).toBeCloseTo(0.000465180943362905, 14);
  });

  it('matches scipy.stats.fisher_exact(alternative="greater") on canary-sized tables', () => {
    // Values from SciPy 1.17.1: fisher_exact([[x1, n1 - x1], [x2, n2 - x2]], alternative='greater').
    expect(fisherExactGreater(5, 100, 2, 300)).toBeCloseTo(0.01216180219097579, 12);
    expect(fisherExactGreater(1, 50, 0, 200)).toBeCloseTo(0.2, 12);
    const p = fisherExactGreater(97, 2013, 12, 6022);
    expect(p / 9.849342378910449e-46).toBeCloseTo(1, 6);
  });
});

describe('scoreStatistic (Farrington-Manning)', () => {
  // Restricted estimates checked against a direct numerical maximisation of the constrained likelihood
  // (scipy.optimize.minimize_scalar, bounded, xatol 1e-13), an independent route to the same numbers.
  it.each([
    [3, 20, 1, 50, 0.02, 0.06414001867008005],
    [10, 100, 2, 300, 0.01, 0.032406172737752835],
    [5, 60, 0, 500, 0.005, 0.00896877002290056],
    [50, 100, 10, 100, 0.1, 0.33385186995520366],
  ])('restricted MLE of %i/%i vs %i/%i with margin %f', (x1, n1, x2, n2, margin, p1) => {
    const [canary, stable] = restrictedEstimates(x1, n1, x2, n2, margin);
    expect(canary).toBeCloseTo(p1, 7);
    expect(canary - stable).toBeCloseTo(margin, 12);
  });

  it('is the pooled two-proportion z when the margin is 0', () => {
    const pooled = (3 + 1) / (20 + 50);
    const z = (3 / 20 - 1 / 50) / Math.sqrt(pooled * (1 - pooled) * (1 / 20 + 1 / 50));
    expect(scoreStatistic(3, 20, 1, 50, 0)).toBeCloseTo(z, 12);
    // scipy.stats.barnard_exact(pooled=True) reports the same statistic: 2.1168515786565214.
    expect(scoreStatistic(3, 20, 1, 50, 0)).toBeCloseTo(2.1168515786565214, 9);
  });

  it('matches the statistic from the numerically maximised likelihood', () => {
    expect(scoreStatistic(3, 20, 1, 50, 0.02)).toBeCloseTo(1.7739311092560042, 6);
    expect(scoreStatistic(6, 40, 2, 80, 0.01)).toBeCloseTo(2.3854120603492412, 6);
  });
});

describe('normalSurvival', () => {
  it.each([
    [1.6448536269514722, 0.05],
    [3, 1.34989803e-3],
    [0.5, 3.08537539e-1],
    [5, 2.86651572e-7],
    [-1, 8.41344746e-1],
  ])('1 - Phi(%f) = %f (scipy.stats.norm.sf)', (z, expected) => {
    expect(normalSurvival(z) / expected).toBeCloseTo(1, 5);
  });
});

describe('exactUnconditionalGreater', () => {
  it("equals Barnard's test with the pooled statistic when the margin is 0 (scipy.stats.barnard_exact)", () => {
    // SciPy 1.17.1: barnard_exact([[x1, x2], [n1 - x1, n2 - x2]], alternative='greater', pooled=True, n=200).
    expect(exactUnconditionalGreater(3, 20, 1, 50, 0)).toBeCloseTo(0.040440889256810476, 7);
    expect(exactUnconditionalGreater(4, 12, 1, 30, 0)).toBeCloseTo(0.009721850529811149, 7);
    expect(exactUnconditionalGreater(5, 60, 2, 300, 0)).toBeCloseTo(0.0006673260511729212, 7);
    expect(exactUnconditionalGreater(0, 10, 0, 10, 0)).toBeCloseTo(1, 7);
  });

  it.each([
    // Brute force with SciPy: every table's score statistic from the numerically maximised likelihood,
    // the rejection probability on a 4,001-point grid of the nuisance parameter, refined by
    // minimize_scalar around the best point.
    [3, 20, 1, 50, 0.02, 0.08780245351628053],
    [4, 12, 1, 30, 0.05, 0.033979552236608486],
    [6, 40, 2, 80, 0.01, 0.01529395761446171],
    [2, 30, 0, 60, 0.01, 0.07263842013856714],
  ])('%i/%i vs %i/%i with margin %f: p = %f', (x1, n1, x2, n2, margin, expected) => {
    expect(exactUnconditionalGreater(x1, n1, x2, n2, margin)).toBeCloseTo(expected, 7);
  });

  it.each([
    // Brute force with NumPy/SciPy over the whole (n1 + 1) x (n2 + 1) table, no monotonicity assumed,
    // 20,001-point grid refined by minimize_scalar. A uniform 200-point grid would report 0.0497
    // (26% low) for the first: the supremum sits at a stable rate near 0.
    [2, 100, 30, 9800, 0.002, 0.06768336865952639],
    [8, 500, 20, 9000, 0.005, 0.02479757475333452],
  ])(
    'finds the supremum near a rate of 0 with a large stable: %i/%i vs %i/%i, margin %f',
    (x1, n1, x2, n2, margin, expected) => {
      expect(exactUnconditionalGreater(x1, n1, x2, n2, margin) / expected).toBeCloseTo(1, 6);
    },
  );

  it('is far more cautious than the normal approximation when errors are few', () => {
    // Same table: the asymptotic p is 0.038 (would roll back at 0.05), the exact one 0.088.
    const asymptotic = normalSurvival(scoreStatistic(3, 20, 1, 50, 0.02));
    expect(asymptotic).toBeCloseTo(0.038037273105041625, 6);
    expect(exactUnconditionalGreater(3, 20, 1, 50, 0.02)).toBeGreaterThan(0.05);
  });
});

describe('compareErrorRates', () => {
  it('chooses the method from the sizes and the margin only', () => {
    const base = { canaryErrors: 3, canaryRequests: 20, stableErrors: 1, stableRequests: 50 };
    expect(compareErrorRates({ ...base, margin: 0 }).method).toBe('fisher-exact');
    expect(compareErrorRates({ ...base, margin: 0.01 }).method).toBe('exact-unconditional');
    const large = { canaryErrors: 30, canaryRequests: 5000, stableErrors: 20, stableRequests: EXACT_LIMIT };
    expect(compareErrorRates({ ...large, margin: 0.01 }).method).toBe('score-z');
  });

  it('finds a 4.8% canary against a 0.2% stable significant beyond 0.001', () => {
    const result = compareErrorRates({
      canaryErrors: 97,
      canaryRequests: 2013,
      stableErrors: 12,
      stableRequests: 6022,
      margin: 0.005,
    });
    expect(result.pValue).toBeLessThan(0.001);
  });

  it('never lowers the p-value when the canary has fewer errors (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 1, max: 400 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.2, noNaN: true }),
        fc.constantFrom(0, 0.001, 0.01, 0.05),
        (n1, n2, canaryShare, stableShare, margin) => {
          const x1 = Math.floor(canaryShare * n1);
          const x2 = Math.floor(stableShare * n2);
          const fewer = compareErrorRates({
            canaryErrors: Math.max(0, x1 - 1),
            canaryRequests: n1,
            stableErrors: x2,
            stableRequests: n2,
            margin,
          });
          const more = compareErrorRates({
            canaryErrors: x1,
            canaryRequests: n1,
            stableErrors: x2,
            stableRequests: n2,
            margin,
          });
          expect(more.pValue).toBeLessThanOrEqual(fewer.pValue + 1e-9);
        },
      ),
      { numRuns: 150 },
    );
  });
});
