/**
 * Response times of simulated requests. The simulator plays traffic as flows, not one request at a time, so
 * a window's response times are a mixture: each behaviour served some requests, each with a log-normal
 * response time. Percentiles and histograms are read from the mixture's distribution, so the same requests
 * give the same answer to CloudWatch, the Envoy metrics and X-Ray.
 */

/** Requests (`weight`) whose response time is log-normal with this median and log-space spread. */
export interface LatencyComponent {
  weight: number;
  medianMs: number;
  sigma: number;
}

export type LatencyMix = LatencyComponent[];

/** How one behaviour answers: its mean, its spread, and optionally a share of slow requests. */
export interface LatencyShape {
  /** Mean response time of the typical requests. */
  latencyMs: number;
  /** Standard deviation of ln(response time): 0.5 puts p99 near 2.9 times the median. */
  latencySpread: number;
  /** A share of requests with their own mean (same spread): a slow tail that barely moves the mean. */
  latencyTail?: { sharePct: number; latencyMs: number };
}

/** The components of `requests` requests answered with this shape. */
export function mixOf(requests: number, shape: LatencyShape): LatencyMix {
  if (requests <= 0) return [];
  const sigma = shape.latencySpread;
  // A log-normal's mean is median · e^(σ²/2).
  const median = (mean: number) => mean / Math.exp((sigma * sigma) / 2);
  const tailShare = (shape.latencyTail?.sharePct ?? 0) / 100;
  const parts: LatencyMix = [
    { weight: requests * (1 - tailShare), medianMs: median(shape.latencyMs), sigma },
  ];
  if (shape.latencyTail && tailShare > 0)
    parts.push({ weight: requests * tailShare, medianMs: median(shape.latencyTail.latencyMs), sigma });
  return parts.filter((part) => part.weight > 0);
}

/** Mean response time of a shape, in ms (what the Sum / SampleCount statistics see). */
export function meanOf(shape: LatencyShape): number {
  const tailShare = (shape.latencyTail?.sharePct ?? 0) / 100;
  return (1 - tailShare) * shape.latencyMs + tailShare * (shape.latencyTail?.latencyMs ?? 0);
}

/** Adds components into a mix, merging identical ones so a long window stays a short list. */
export function mergeInto(into: LatencyMix, parts: LatencyMix): void {
  for (const part of parts) {
    const same = into.find((one) => one.medianMs === part.medianMs && one.sigma === part.sigma);
    if (same) same.weight += part.weight;
    else into.push({ ...part });
  }
}

/** Share of the mix's requests answered within `ms`. */
export function cdf(mix: LatencyMix, ms: number): number {
  const total = mix.reduce((sum, part) => sum + part.weight, 0);
  if (total <= 0) return 0;
  let below = 0;
  for (const part of mix) {
    if (part.sigma === 0) below += ms >= part.medianMs ? part.weight : 0;
    else below += part.weight * normalCdf((Math.log(ms) - Math.log(part.medianMs)) / part.sigma);
  }
  return below / total;
}

/** The response time at quantile q (0-1) of the mix, in ms; undefined for an empty mix. */
export function quantile(mix: LatencyMix, q: number): number | undefined {
  const live = mix.filter((part) => part.weight > 0);
  if (live.length === 0) return undefined;
  // Bisection in log space between bounds that hold every component's bulk.
  let low = Math.log(Math.min(...live.map((part) => part.medianMs * Math.exp(-8 * part.sigma))));
  let high = Math.log(Math.max(...live.map((part) => part.medianMs * Math.exp(8 * part.sigma))));
  for (let step = 0; step < 80; step++) {
    const middle = (low + high) / 2;
    if (cdf(live, Math.exp(middle)) < q) low = middle;
    else high = middle;
  }
  return Math.exp(high);
}

/** Standard normal CDF (Abramowitz & Stegun 7.1.26 for erf: absolute error below 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/**
 * X-Ray's ResponseTimeHistogram for `total` traces of the mix: entries of (Value = a bucket's upper edge in
 * seconds, Count = traces in that bucket), buckets 10% apart from 1 ms, counts rounded so they add up to the
 * total (largest remainder). Empty buckets are left out, as X-Ray does.
 */
export function histogramOf(mix: LatencyMix, total: number): Array<{ Value: number; Count: number }> {
  if (total <= 0 || mix.length === 0) return [];
  const edges: number[] = [];
  const last = quantile(mix, 1 - 1e-9) ?? 1;
  for (let edge = 1; ; edge *= 1.1) {
    edges.push(edge);
    if (edge >= last) break;
  }
  const exact = edges.map(
    (edge, index) => total * (cdf(mix, edge) - (index > 0 ? cdf(mix, edges[index - 1]!) : 0)),
  );
  const counts = exact.map(Math.floor);
  const order = exact
    .map((value, index) => [value - Math.floor(value), index] as const)
    .sort((a, b) => b[0] - a[0]);
  let left = total - counts.reduce((sum, count) => sum + count, 0);
  for (const [, index] of order) {
    if (left <= 0) break;
    counts[index]! += 1;
    left -= 1;
  }
  return edges
    .map((edge, index) => ({ Value: Number((edge / 1000).toPrecision(6)), Count: counts[index]! }))
    .filter((entry) => entry.Count > 0);
}

/**
 * Requests answered with each shape, as the simulator adds them up (cheap: one map entry per behaviour); turned
 * into a mix only when a percentile or a histogram is asked for.
 */
export type LatencyShares = Map<LatencyShape, number>;

export function addShare(into: LatencyShares, shape: LatencyShape, requests: number): void {
  if (requests > 0) into.set(shape, (into.get(shape) ?? 0) + requests);
}

export function mergeShares(into: LatencyShares, from: LatencyShares): void {
  for (const [shape, requests] of from) addShare(into, shape, requests);
}

export function mixOfShares(shares: LatencyShares): LatencyMix {
  const mix: LatencyMix = [];
  for (const [shape, requests] of shares) mergeInto(mix, mixOf(requests, shape));
  return mix;
}
