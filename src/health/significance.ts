/**
 * One-sided tests of "the canary's error rate is more than `margin` above the stable's".
 *
 * H0: p_canary - p_stable <= margin   against   H1: p_canary - p_stable > margin
 * (margin = max-error-rate-increase as a fraction, e.g. 0.5 percentage points -> 0.005).
 *
 * - margin = 0: Fisher's exact test (one-sided, conditional on the total number of errors). Exact at
 *   every size and cheap (a sum over at most `errors` hypergeometric terms), and conservative: it
 *   rather misses a marginal difference than rolls back a healthy canary.
 * - margin > 0, up to EXACT_LIMIT requests in all: exact unconditional test (Chan 1998) on the
 *   Farrington-Manning score statistic. p = sup over the nuisance p_stable of P(Z >= z_observed)
 *   along the boundary p_canary = p_stable + margin; the score statistic's rejection regions satisfy
 *   Barnard's convexity condition, so the supremum over all of H0 lies on that boundary
 *   (Röhmel & Mansmann 1999). Few errors are the normal case for a canary, and there the normal
 *   approximation is far too optimistic (see the tests), hence exact.
 * - margin > 0 beyond EXACT_LIMIT: the Farrington-Manning score test with the normal approximation.
 *   With n * margin large the expected error counts under H0 are large and the approximation holds.
 *
 * The method depends only on the sizes and the margin, never on the error counts, so adding canary
 * errors can only lower the p-value.
 */

export type SignificanceMethod = 'fisher-exact' | 'exact-unconditional' | 'score-z';

export interface ErrorCounts {
  canaryErrors: number;
  canaryRequests: number;
  stableErrors: number;
  stableRequests: number;
  /** Allowed increase of the canary's error rate over the stable's, as a fraction (0.005 = 0.5 pp). */
  margin: number;
}

export interface ErrorRateComparison {
  pValue: number;
  method: SignificanceMethod;
}

/** Above this many requests (canary + stable) the margin test uses the normal approximation. */
export const EXACT_LIMIT = 10_000;

export function compareErrorRates(counts: ErrorCounts): ErrorRateComparison {
  const { canaryErrors: x1, canaryRequests: n1, stableErrors: x2, stableRequests: n2, margin } = counts;
  if (n1 <= 0 || n2 <= 0) return { pValue: 1, method: margin === 0 ? 'fisher-exact' : 'score-z' };
  if (margin === 0) return { pValue: fisherExactGreater(x1, n1, x2, n2), method: 'fisher-exact' };
  if (n1 + n2 <= EXACT_LIMIT) {
    return { pValue: exactUnconditionalGreater(x1, n1, x2, n2, margin), method: 'exact-unconditional' };
  }
  return { pValue: normalSurvival(scoreStatistic(x1, n1, x2, n2, margin)), method: 'score-z' };
}

/**
 * Fisher's exact test, alternative "canary error rate greater": P(A >= x1) for A hypergeometric
 * (N = n1 + n2 requests, K = x1 + x2 errors, n1 drawn), as R's fisher.test(alternative = "greater").
 */
export function fisherExactGreater(x1: number, n1: number, x2: number, n2: number): number {
  const total = n1 + n2;
  const errors = x1 + x2;
  const logDenominator = logChoose(total, n1);
  // Past the mode the terms only shrink: stop once they no longer change the sum.
  const mode = Math.floor(((n1 + 1) * (errors + 1)) / (total + 2));
  let p = 0;
  for (let k = x1; k <= Math.min(errors, n1); k++) {
    const term = Math.exp(logChoose(errors, k) + logChoose(total - errors, n1 - k) - logDenominator);
    p += term;
    if (k > mode && term < p * 1e-17) break;
  }
  return Math.min(1, p);
}

/**
 * Farrington-Manning score statistic for H0: p1 - p2 = margin, with the variance at the maximum
 * likelihood estimates restricted to H0 (closed form of Farrington & Manning 1990 / Miettinen &
 * Nurminen 1985, without the n/(n-1) correction). With margin 0 it is the pooled two-proportion z.
 */
export function scoreStatistic(x1: number, n1: number, x2: number, n2: number, margin: number): number {
  const difference = x1 / n1 - x2 / n2 - margin;
  const [p1, p2] = restrictedEstimates(x1, n1, x2, n2, margin);
  const variance = (p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2;
  if (!(variance > 1e-300)) return 0;
  return difference / Math.sqrt(variance);
}

/** Maximum likelihood estimates of (p1, p2) under p1 - p2 = margin. */
export function restrictedEstimates(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  margin: number,
): [number, number] {
  const r1 = x1 / n1;
  const r2 = x2 / n2;
  if (margin === 0) {
    const pooled = (x1 + x2) / (n1 + n2);
    return [pooled, pooled];
  }
  const theta = n2 / n1;
  const a = 1 + theta;
  const b = -(1 + theta + r1 + theta * r2 + margin * (theta + 2));
  const c = margin * margin + margin * (2 * r1 + theta + 1) + r1 + theta * r2;
  const d = -r1 * margin * (1 + margin);
  const v = b ** 3 / (27 * a ** 3) - (b * c) / (6 * a * a) + d / (2 * a);
  const u = Math.sign(v || 1) * Math.sqrt(Math.max(0, (b * b) / (9 * a * a) - c / (3 * a)));
  const w = u === 0 ? Math.PI / 2 : (Math.PI + Math.acos(clamp(v / u ** 3, -1, 1))) / 3;
  const p1 = clamp(2 * u * Math.cos(w) - b / (3 * a), margin, 1);
  return [p1, clamp(p1 - margin, 0, 1 - margin)];
}

/** Exact unconditional p-value of the score statistic (see the module comment). */
export function exactUnconditionalGreater(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  margin: number,
): number {
  const observed = scoreStatistic(x1, n1, x2, n2, margin);
  const tolerance = 1e-9 * Math.max(1, Math.abs(observed));
  // The statistic grows with x1 and falls with x2, so the tables at least as extreme as the observed
  // one are, for each x1, the x2 from 0 to lastStable[x1], and lastStable never decreases.
  const lastStable = new Int32Array(n1 + 1);
  let k = -1;
  for (let a = 0; a <= n1; a++) {
    while (k < n2 && scoreStatistic(a, n1, k + 1, n2, margin) >= observed - tolerance) k++;
    lastStable[a] = k;
  }
  const canary = new BinomialTable(n1);
  const stable = new BinomialTable(n2);
  const rejection = (p2: number): number => {
    canary.fill(Math.min(1, p2 + margin));
    stable.fill(p2);
    let p = 0;
    for (let a = canary.low; a <= canary.high; a++) {
      const last = lastStable[a]!;
      if (last >= 0) p += canary.pmf[a]! * stable.cdf(last);
    }
    return p;
  };
  // Searched on the arcsine scale p2 = sin²θ, where the binomial's spread is even: a uniform grid
  // in p2 is too coarse near 0, where canary error rates live, and misses the supremum there.
  return Math.min(
    1,
    maximize((theta) => rejection(Math.sin(theta) ** 2), 0, Math.asin(Math.sqrt(1 - margin))),
  );
}

/** Upper tail of the standard normal distribution, 1 - Phi(z). */
export function normalSurvival(z: number): number {
  return 0.5 * erfc(z / Math.SQRT2);
}

/** Complementary error function; Chebyshev fit with fractional error below 1.2e-7 everywhere. */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** Grid search refined by golden-section search around the best grid point. */
function maximize(f: (x: number) => number, low: number, high: number, points = 300): number {
  const step = (high - low) / (points - 1);
  let best = -1;
  let bestIndex = 0;
  for (let i = 0; i < points; i++) {
    const value = f(low + i * step);
    if (value > best) {
      best = value;
      bestIndex = i;
    }
  }
  let a = Math.max(low, low + (bestIndex - 1) * step);
  let b = Math.min(high, low + (bestIndex + 1) * step);
  const ratio = (Math.sqrt(5) - 1) / 2;
  let c = b - ratio * (b - a);
  let d = a + ratio * (b - a);
  let fc = f(c);
  let fd = f(d);
  for (let i = 0; i < 60 && b - a > 1e-12; i++) {
    if (fc > fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - ratio * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + ratio * (b - a);
      fd = f(d);
    }
  }
  return Math.max(best, fc, fd);
}

/** Probabilities below this fraction of the mode's are left out (their sum is far below 1e-12). */
const negligible = 1e-18;

/**
 * Binomial(n, p) probabilities, refilled for each p into one buffer, computed outward from the mode
 * and only where they matter (low..high): the tails beyond add nothing a p-value could show.
 */
class BinomialTable {
  readonly pmf: Float64Array;
  private readonly sums: Float64Array;
  low = 0;
  high = 0;

  constructor(private readonly n: number) {
    this.pmf = new Float64Array(n + 1);
    this.sums = new Float64Array(n + 1);
  }

  fill(p: number): void {
    const { n, pmf } = this;
    if (p <= 0 || p >= 1) {
      this.low = this.high = p <= 0 ? 0 : n;
      pmf[this.low] = 1;
    } else {
      const mode = Math.min(n, Math.floor((n + 1) * p));
      const odds = p / (1 - p);
      pmf[mode] = Math.exp(logChoose(n, mode) + mode * Math.log(p) + (n - mode) * Math.log1p(-p));
      const floor = pmf[mode]! * negligible;
      let k = mode;
      while (k < n && pmf[k]! > floor) {
        pmf[k + 1] = (pmf[k]! * (n - k) * odds) / (k + 1);
        k++;
      }
      this.high = k;
      k = mode;
      while (k > 0 && pmf[k]! > floor) {
        pmf[k - 1] = (pmf[k]! * k) / ((n - k + 1) * odds);
        k--;
      }
      this.low = k;
    }
    let total = 0;
    for (let i = this.low; i <= this.high; i++) {
      total += pmf[i]!;
      this.sums[i] = total;
    }
  }

  /** P(X <= k). */
  cdf(k: number): number {
    if (k < this.low) return 0;
    return this.sums[Math.min(k, this.high)]!;
  }
}

function logChoose(n: number, k: number): number {
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}

const smallLogFactorials: number[] = [0];
for (let n = 1; n <= 256; n++) smallLogFactorials.push(smallLogFactorials[n - 1]! + Math.log(n));

/** ln(n!) exactly by table up to 256, by Stirling's series (error below 1e-15) beyond. */
function logFactorial(n: number): number {
  if (n <= 256) return smallLogFactorials[n]!;
  const x = n + 1;
  return (
    (x - 0.5) * Math.log(x) -
    x +
    0.5 * Math.log(2 * Math.PI) +
    1 / (12 * x) -
    1 / (360 * x ** 3) +
    1 / (1260 * x ** 5)
  );
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
