export const id = 58;
export const ids = [58];
export const modules = {

/***/ 5568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ clientConfig)
});

;// CONCATENATED MODULE: ./src/version.ts
/** Kept in step with package.json by a test. */
const version = '0.1.0';

;// CONCATENATED MODULE: ./src/aws/client-config.ts

function clientConfig(options = {}) {
    return {
        ...(options.region ? { region: options.region } : {}),
        maxAttempts: 6,
        retryMode: 'adaptive',
        customUserAgent: `appmesh-canary/${version}`,
    };
}


/***/ }),

/***/ 5058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qQ: () => (/* reexport */ awsHealthReaders),
  P7: () => (/* reexport */ healthClients),
  V6: () => (/* reexport */ validateHealthSources)
});

// UNUSED EXPORTS: applyLimits, checkWindow, combineVerdicts, compareErrorRates, describeThresholds, firstOwnVerdictAt, formatVerdictText, hasWindowedSources, judgeAlarms, judgeCounts, noCounters, runHealthCheck, stepWindow

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/health/sources/metric-presets.ts + 1 modules
var metric_presets = __webpack_require__(7074);
;// CONCATENATED MODULE: ./src/health/metric-counts.ts

/** Turns the GetMetricData series of one check into counts; a broken or empty series is never a zero. */
function metric_counts_countsFromMetrics(plan, series) {
    const byId = new Map(series.map((one) => [one.id, one]));
    const needed = [metric_presets/* metricIds */.HL.canaryRequests, metric_presets/* metricIds */.HL.canaryErrors];
    if (plan.hasStable)
        needed.push(metric_presets/* metricIds */.HL.stableRequests, metric_presets/* metricIds */.HL.stableErrors);
    if (plan.latencyToMs !== undefined) {
        needed.push(metric_presets/* metricIds */.HL.canaryLatencySum, metric_presets/* metricIds */.HL.canaryLatencyCount);
        if (plan.hasStable)
            needed.push(metric_presets/* metricIds */.HL.stableLatencySum, metric_presets/* metricIds */.HL.stableLatencyCount);
    }
    for (const id of needed) {
        const one = byId.get(id);
        if (one && (one.status === 'InternalError' || one.status === 'Forbidden')) {
            const detail = one.messages.length > 0 ? ` (${one.messages.join('; ')})` : '';
            return { ok: false, problem: `CloudWatch answered ${one.status} for ${id}${detail}` };
        }
    }
    const noData = [];
    const role = (requestsId, errorsId) => {
        const requests = byId.get(requestsId);
        const errors = byId.get(errorsId);
        const hasRequests = (requests?.datapoints ?? 0) > 0;
        const hasErrors = (errors?.datapoints ?? 0) > 0;
        if (!hasRequests)
            noData.push(requestsId);
        if (!hasErrors && !(hasRequests && plan.zeroWhenAbsent.includes(errorsId)))
            noData.push(errorsId);
        if (!hasRequests || (!hasErrors && !plan.zeroWhenAbsent.includes(errorsId)))
            return undefined;
        const meanLatencyMs = meanLatency(plan, byId, requestsId.replace('_requests', ''));
        return {
            requests: requests?.sum ?? 0,
            errors: errors?.sum ?? 0,
            ...(meanLatencyMs !== undefined ? { meanLatencyMs } : {}),
        };
    };
    const canary = role(metric_presets/* metricIds */.HL.canaryRequests, metric_presets/* metricIds */.HL.canaryErrors);
    const stable = plan.hasStable ? role(metric_presets/* metricIds */.HL.stableRequests, metric_presets/* metricIds */.HL.stableErrors) : undefined;
    return { ok: true, canary, stable, hasStable: plan.hasStable, noData };
}
/** Sum / SampleCount of the response time over the window, in milliseconds; undefined without samples. */
function meanLatency(plan, byId, role) {
    if (plan.latencyToMs === undefined)
        return undefined;
    const sum = byId.get(`${role}_latency_sum`);
    const count = byId.get(`${role}_latency_count`);
    if (!sum?.datapoints || !count?.datapoints || count.sum <= 0)
        return undefined;
    return (sum.sum / count.sum) * plan.latencyToMs;
}

;// CONCATENATED MODULE: ./src/health/significance.ts
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
/** Above this many requests (canary + stable) the margin test uses the normal approximation. */
const EXACT_LIMIT = 10_000;
function significance_compareErrorRates(counts) {
    const { canaryErrors: x1, canaryRequests: n1, stableErrors: x2, stableRequests: n2, margin } = counts;
    if (n1 <= 0 || n2 <= 0)
        return { pValue: 1, method: margin === 0 ? 'fisher-exact' : 'score-z' };
    if (margin === 0)
        return { pValue: fisherExactGreater(x1, n1, x2, n2), method: 'fisher-exact' };
    if (n1 + n2 <= EXACT_LIMIT) {
        return { pValue: exactUnconditionalGreater(x1, n1, x2, n2, margin), method: 'exact-unconditional' };
    }
    return { pValue: normalSurvival(scoreStatistic(x1, n1, x2, n2, margin)), method: 'score-z' };
}
/**
 * Fisher's exact test, alternative "canary error rate greater": P(A >= x1) for A hypergeometric
 * (N = n1 + n2 requests, K = x1 + x2 errors, n1 drawn), as R's fisher.test(alternative = "greater").
 */
function fisherExactGreater(x1, n1, x2, n2) {
    const total = n1 + n2;
    const errors = x1 + x2;
    const logDenominator = logChoose(total, n1);
    // Past the mode the terms only shrink: stop once they no longer change the sum.
    const mode = Math.floor(((n1 + 1) * (errors + 1)) / (total + 2));
    let p = 0;
    for (let k = x1; k <= Math.min(errors, n1); k++) {
        const term = Math.exp(logChoose(errors, k) + logChoose(total - errors, n1 - k) - logDenominator);
        p += term;
        if (k > mode && term < p * 1e-17)
            break;
    }
    return Math.min(1, p);
}
/**
 * Farrington-Manning score statistic for H0: p1 - p2 = margin, with the variance at the maximum
 * likelihood estimates restricted to H0 (closed form of Farrington & Manning 1990 / Miettinen &
 * Nurminen 1985, without the n/(n-1) correction). With margin 0 it is the pooled two-proportion z.
 */
function scoreStatistic(x1, n1, x2, n2, margin) {
    const difference = x1 / n1 - x2 / n2 - margin;
    const [p1, p2] = restrictedEstimates(x1, n1, x2, n2, margin);
    const variance = (p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2;
    if (!(variance > 1e-300))
        return 0;
    return difference / Math.sqrt(variance);
}
/** Maximum likelihood estimates of (p1, p2) under p1 - p2 = margin. */
function restrictedEstimates(x1, n1, x2, n2, margin) {
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
function exactUnconditionalGreater(x1, n1, x2, n2, margin) {
    const observed = scoreStatistic(x1, n1, x2, n2, margin);
    const tolerance = 1e-9 * Math.max(1, Math.abs(observed));
    // The statistic grows with x1 and falls with x2, so the tables at least as extreme as the observed
    // one are, for each x1, the x2 from 0 to lastStable[x1], and lastStable never decreases.
    const lastStable = new Int32Array(n1 + 1);
    let k = -1;
    for (let a = 0; a <= n1; a++) {
        while (k < n2 && scoreStatistic(a, n1, k + 1, n2, margin) >= observed - tolerance)
            k++;
        lastStable[a] = k;
    }
    const canary = new BinomialTable(n1);
    const stable = new BinomialTable(n2);
    const rejection = (p2) => {
        canary.fill(Math.min(1, p2 + margin));
        stable.fill(p2);
        let p = 0;
        for (let a = canary.low; a <= canary.high; a++) {
            const last = lastStable[a];
            if (last >= 0)
                p += canary.pmf[a] * stable.cdf(last);
        }
        return p;
    };
    // Searched on the arcsine scale p2 = sin²θ, where the binomial's spread is even: a uniform grid
    // in p2 is too coarse near 0, where canary error rates live, and misses the supremum there.
    return Math.min(1, maximize((theta) => rejection(Math.sin(theta) ** 2), 0, Math.asin(Math.sqrt(1 - margin))));
}
/** Upper tail of the standard normal distribution, 1 - Phi(z). */
function normalSurvival(z) {
    return 0.5 * erfc(z / Math.SQRT2);
}
/** Complementary error function; Chebyshev fit with fractional error below 1.2e-7 everywhere. */
function erfc(x) {
    const z = Math.abs(x);
    const t = 1 / (1 + 0.5 * z);
    const r = t *
        Math.exp(-z * z -
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
                                                    t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
}
/** Grid search refined by golden-section search around the best grid point. */
function maximize(f, low, high, points = 300) {
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
        }
        else {
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
    n;
    pmf;
    sums;
    low = 0;
    high = 0;
    constructor(n) {
        this.n = n;
        this.pmf = new Float64Array(n + 1);
        this.sums = new Float64Array(n + 1);
    }
    fill(p) {
        const { n, pmf } = this;
        if (p <= 0 || p >= 1) {
            this.low = this.high = p <= 0 ? 0 : n;
            pmf[this.low] = 1;
        }
        else {
            const mode = Math.min(n, Math.floor((n + 1) * p));
            const odds = p / (1 - p);
            pmf[mode] = Math.exp(logChoose(n, mode) + mode * Math.log(p) + (n - mode) * Math.log1p(-p));
            const floor = pmf[mode] * negligible;
            let k = mode;
            while (k < n && pmf[k] > floor) {
                pmf[k + 1] = (pmf[k] * (n - k) * odds) / (k + 1);
                k++;
            }
            this.high = k;
            k = mode;
            while (k > 0 && pmf[k] > floor) {
                pmf[k - 1] = (pmf[k] * k) / ((n - k + 1) * odds);
                k--;
            }
            this.low = k;
        }
        let total = 0;
        for (let i = this.low; i <= this.high; i++) {
            total += pmf[i];
            this.sums[i] = total;
        }
    }
    /** P(X <= k). */
    cdf(k) {
        if (k < this.low)
            return 0;
        return this.sums[Math.min(k, this.high)];
    }
}
function logChoose(n, k) {
    return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}
const smallLogFactorials = [0];
for (let n = 1; n <= 256; n++)
    smallLogFactorials.push(smallLogFactorials[n - 1] + Math.log(n));
/** ln(n!) exactly by table up to 256, by Stirling's series (error below 1e-15) beyond. */
function logFactorial(n) {
    if (n <= 256)
        return smallLogFactorials[n];
    const x = n + 1;
    return ((x - 0.5) * Math.log(x) -
        x +
        0.5 * Math.log(2 * Math.PI) +
        1 / (12 * x) -
        1 / (360 * x ** 3) +
        1 / (1260 * x ** 5));
}
function clamp(value, low, high) {
    return Math.min(high, Math.max(low, value));
}

;// CONCATENATED MODULE: ./src/health/policy.ts

const policy_metricLabels = { requests: 'req', errors: '5xx' };
/**
 * The verdict of one count source (CloudWatch metrics or X-Ray) for one window.
 * Order: no data -> source-error verdict; too few canary requests -> INCONCLUSIVE; absolute error
 * rate, latency and the baseline comparison -> FAIL; a required stable baseline missing ->
 * source-error verdict; else PASS. None of the INCONCLUSIVE branches depends on the error count, so
 * more canary errors can never turn a FAIL into a PASS.
 */
function policy_judgeCounts(source, reading, policy, labels = policy_metricLabels, routing = {}) {
    if (!reading.ok)
        return policy_unreadable(source, reading.problem, policy);
    const stable = reading.stable ? numbersOf(reading.stable) : undefined;
    const unserved = unservedCanary(reading.canary, stable, policy, labels, routing);
    if (unserved)
        return { source, ...(stable ? { stable } : {}), ...unserved };
    if (!reading.canary)
        return policy_unreadable(source, `no canary data (${reading.noData.join(', ')} empty)`, policy);
    const canary = numbersOf(reading.canary);
    const baselineWanted = policy.maxErrorRateIncreasePct !== undefined && reading.hasStable;
    const stableUsable = stable !== undefined && stable.requests >= policy.minRequests;
    const comparison = baselineWanted && stableUsable && canary.requests > 0
        ? compareErrorRates({
            canaryErrors: canary.errors,
            canaryRequests: canary.requests,
            stableErrors: stable.errors,
            stableRequests: stable.requests,
            margin: (policy.maxErrorRateIncreasePct ?? 0) / 100,
        })
        : undefined;
    const numbers = { source, canary, ...(stable ? { stable } : {}), ...pValueOf(comparison) };
    const summary = describeCounts(canary, stable, comparison, labels);
    if (canary.requests < policy.minRequests) {
        return {
            ...numbers,
            verdict: 'INCONCLUSIVE',
            reason: `${summary} — INCONCLUSIVE: canary below min-requests ${policy.minRequests}`,
        };
    }
    const failures = [];
    if (canary.errorRatePct > policy.maxErrorRatePct)
        failures.push(`above max-error-rate ${policy_formatPct(policy.maxErrorRatePct)}`);
    if (policy.maxLatencyMs !== undefined &&
        canary.meanLatencyMs !== undefined &&
        canary.meanLatencyMs > policy.maxLatencyMs) {
        failures.push(`mean latency above max-latency-ms ${policy.maxLatencyMs}`);
    }
    if (comparison && stable && policy.maxErrorRateIncreasePct !== undefined) {
        const increasePct = canary.errorRatePct - stable.errorRatePct;
        // Identical or better-than-stable canaries never fail here, whatever the p-value's rounding.
        if (increasePct > policy.maxErrorRateIncreasePct && comparison.pValue < policy.significance) {
            failures.push(`more than ${policy.maxErrorRateIncreasePct} pp above stable (${formatP(comparison.pValue)} < ${policy.significance})`);
        }
    }
    if (failures.length > 0)
        return { ...numbers, verdict: 'FAIL', reason: `${summary} — FAIL: ${failures.join(', ')}` };
    if (baselineWanted && !stable) {
        return policy_unreadable(source, `${summary}; no stable data for the baseline (${reading.noData.join(', ')} empty)`, policy, numbers);
    }
    const skipped = baselineWanted && !stableUsable
        ? ` (baseline skipped: stable below min-requests ${policy.minRequests})`
        : '';
    return { ...numbers, verdict: 'PASS', reason: `${summary} — PASS${skipped}` };
}
/**
 * A canary that answered nothing while the stable's traffic says it should have answered at least
 * min-requests: its tasks are not serving the traffic routed to it (none running, a broken sidecar).
 * That is a failure, not a lack of data.
 */
function unservedCanary(canary, stable, policy, labels, routing) {
    const weight = routing.canaryWeightPct;
    if (weight === undefined || weight <= 0 || weight >= 100 || !stable)
        return undefined;
    if (canary && Math.round(canary.requests) > 0)
        return undefined;
    const expected = (stable.requests * weight) / (100 - weight);
    if (expected < Math.max(1, policy.minRequests))
        return undefined;
    return {
        verdict: 'FAIL',
        reason: `canary answered no ${labels.requests} at ${weight}% while stable answered ${formatCount(stable.requests)} ` +
            `(about ${formatCount(expected)} expected for the canary): the traffic routed to it finds no serving task — FAIL`,
        ...(canary ? { canary: numbersOf(canary) } : {}),
    };
}
/** ALARM fails, INSUFFICIENT_DATA is inconclusive, an alarm gone since the pre-flight is a source error. */
function policy_judgeAlarms(reading, policy) {
    const inAlarm = reading.alarms.filter((alarm) => alarm.state === 'ALARM').map((alarm) => alarm.name);
    const noData = reading.alarms
        .filter((alarm) => alarm.state === 'INSUFFICIENT_DATA')
        .map((alarm) => alarm.name);
    const ok = reading.alarms.length - inAlarm.length - noData.length;
    const alarms = {
        ...(inAlarm.length ? { alarm: inAlarm } : {}),
        ...(noData.length ? { insufficientData: noData } : {}),
        ...(reading.missing.length ? { missing: reading.missing } : {}),
        ok,
    };
    if (inAlarm.length > 0) {
        return {
            source: 'alarms',
            verdict: 'FAIL',
            reason: `${plural(inAlarm.length, 'alarm')} ${listNames(inAlarm)} in ALARM — FAIL`,
            alarms,
        };
    }
    if (reading.missing.length > 0) {
        return { ...policy_unreadable('alarms', `alarm ${listNames(reading.missing)} not found`, policy), alarms };
    }
    if (noData.length > 0) {
        return {
            source: 'alarms',
            verdict: 'INCONCLUSIVE',
            reason: `${plural(noData.length, 'alarm')} ${listNames(noData)} in INSUFFICIENT_DATA — INCONCLUSIVE`,
            alarms,
        };
    }
    return { source: 'alarms', verdict: 'PASS', reason: `${plural(ok, 'alarm')} OK — PASS`, alarms };
}
/** A source that could not be read, or answered without the data it must give: never PASS. */
function policy_unreadable(source, problem, policy, numbers = {}) {
    return {
        ...numbers,
        source,
        verdict: policy.onSourceError,
        reason: `${problem} — ${policy.onSourceError}`,
    };
}
/** All configured sources together: any FAIL fails, then any INCONCLUSIVE, else PASS. */
function policy_combineVerdicts(sources) {
    for (const verdict of ['FAIL', 'INCONCLUSIVE']) {
        const matching = sources.filter((source) => source.verdict === verdict);
        if (matching.length > 0)
            return { verdict, reason: matching.map((source) => `${source.source}: ${source.reason}`).join('; ') };
    }
    return {
        verdict: 'PASS',
        reason: sources.map((source) => `${source.source}: ${source.reason}`).join('; '),
    };
}
const noCounters = { failuresSinceLastPass: 0, inconclusiveSinceLastPass: 0 };
/**
 * Applies failure-limit and inconclusive-limit to one check's verdict, given the counters carried
 * from the previous checks. Pure, so a state machine can carry the counters between invocations.
 */
function applyLimits(previous, check, limits) {
    if (check === 'PASS')
        return { verdict: 'PASS', reason: 'check passed', counters: { ...noCounters } };
    if (check === 'FAIL') {
        const counters = { ...previous, failuresSinceLastPass: previous.failuresSinceLastPass + 1 };
        const count = counters.failuresSinceLastPass;
        if (count >= limits.failureLimit) {
            return {
                verdict: 'FAIL',
                reason: `${plural(count, 'failed check')} since the last pass reached failure-limit ${limits.failureLimit}`,
                counters,
            };
        }
        return {
            verdict: 'INCONCLUSIVE',
            reason: `failed check ${count} of failure-limit ${limits.failureLimit}: not rolling back yet`,
            counters,
        };
    }
    const counters = { ...previous, inconclusiveSinceLastPass: previous.inconclusiveSinceLastPass + 1 };
    const count = counters.inconclusiveSinceLastPass;
    if (limits.inconclusiveLimit > 0 && count >= limits.inconclusiveLimit) {
        return {
            verdict: 'FAIL',
            reason: `${plural(count, 'inconclusive check')} since the last pass reached inconclusive-limit ${limits.inconclusiveLimit}`,
            counters,
        };
    }
    const limit = limits.inconclusiveLimit > 0 ? ` of inconclusive-limit ${limits.inconclusiveLimit}` : '';
    return { verdict: 'INCONCLUSIVE', reason: `inconclusive check ${count}${limit}`, counters };
}
function policy_thresholdsOf(policy) {
    return {
        maxErrorRatePct: policy.maxErrorRatePct,
        minRequests: policy.minRequests,
        ...(policy.maxLatencyMs !== undefined ? { maxLatencyMs: policy.maxLatencyMs } : {}),
        ...(policy.maxErrorRateIncreasePct !== undefined
            ? { maxErrorRateIncreasePct: policy.maxErrorRateIncreasePct, significance: policy.significance }
            : {}),
    };
}
function numbersOf(counts) {
    // Counts are whole requests; an error series that outruns its request series is capped at 100%.
    const requests = Math.max(0, Math.round(counts.requests));
    const errors = Math.min(requests, Math.max(0, Math.round(counts.errors)));
    return {
        requests,
        errors,
        errorRatePct: requests > 0 ? (errors / requests) * 100 : 0,
        ...(counts.meanLatencyMs !== undefined ? { meanLatencyMs: Math.round(counts.meanLatencyMs) } : {}),
    };
}
function pValueOf(comparison) {
    return comparison ? { pValue: comparison.pValue, test: comparison.method } : {};
}
/** "canary 4.8% 5xx (2,013 req) vs stable 0.2% (6,022 req), p<0.001" */
function describeCounts(canary, stable, comparison, labels) {
    let text = `canary ${policy_formatPct(canary.errorRatePct)} ${labels.errors} (${formatCount(canary.requests)} ${labels.requests})`;
    if (canary.meanLatencyMs !== undefined)
        text += `, mean ${formatCount(canary.meanLatencyMs)} ms`;
    if (stable)
        text += ` vs stable ${policy_formatPct(stable.errorRatePct)} (${formatCount(stable.requests)} ${labels.requests})`;
    if (comparison)
        text += `, ${formatP(comparison.pValue)}`;
    return text;
}
const counting = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
function formatCount(value) {
    return counting.format(value);
}
function policy_formatPct(value) {
    if (value === 0)
        return '0%';
    const text = value >= 1 ? value.toFixed(1) : value >= 0.1 ? value.toFixed(2) : value.toPrecision(2);
    return `${Number(text)}%`;
}
function formatP(value) {
    if (value < 0.001)
        return 'p<0.001';
    return `p=${Number(value < 0.01 ? value.toFixed(3) : value.toFixed(2))}`;
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
function listNames(names) {
    const shown = names.slice(0, 3).join(', ');
    return names.length > 3 ? `${shown} and ${names.length - 3} more` : shown;
}

;// CONCATENATED MODULE: ./src/health/check.ts




/**
 * The window ends at the last whole period before `now` (the current period is still filling) and
 * spans the window rounded up to whole periods.
 */
function checkWindow(now, windowSeconds, periodSeconds) {
    const periodMs = periodSeconds * 1000;
    const end = Math.floor(now.getTime() / periodMs) * periodMs;
    const span = Math.ceil(windowSeconds / periodSeconds) * periodMs;
    return { start: new Date(end - span), end: new Date(end) };
}
/**
 * The window of a check during a step: from the first period boundary at or after the step's shift (and
 * never before `now − window`) to the end of the last period the source has published in full. Undefined
 * while the step has no complete published period of its own: such a check has nothing of the step to judge.
 */
function stepWindow(options) {
    const periodMs = options.periodSeconds * 1000;
    const publishedUntil = options.now.getTime() - options.publishDelaySeconds * 1000;
    const end = Math.floor(publishedUntil / periodMs) * periodMs;
    const firstOwn = Math.ceil(options.stepStartedAt.getTime() / periodMs) * periodMs;
    const earliest = end - Math.ceil(options.windowSeconds / options.periodSeconds) * periodMs;
    const start = Math.max(firstOwn, earliest);
    return start < end ? { start: new Date(start), end: new Date(end) } : undefined;
}
/** When the first complete period after `stepStartedAt` can be read: the earliest a step's own verdict. */
function firstOwnVerdictAt(stepStartedAt, periodSeconds, publishDelaySeconds) {
    const periodMs = periodSeconds * 1000;
    const firstOwn = Math.ceil(stepStartedAt.getTime() / periodMs) * periodMs;
    return new Date(firstOwn + periodMs + publishDelaySeconds * 1000);
}
/** Whether any source reads a window (metrics, X-Ray); alarms carry their own evaluation period. */
function hasWindowedSources(settings) {
    return settings.metrics !== undefined || settings.xray !== undefined;
}
/**
 * One health check: reads every configured source for the window (in parallel; one DescribeAlarms,
 * one GetMetricData and one or two GetTimeSeriesServiceStatistics calls) and combines the verdicts.
 * A source that fails is judged by the policy's on-source-error, never PASS.
 */
async function runHealthCheck(settings, readers, options = {}) {
    const window = options.window === undefined
        ? checkWindow(options.now ?? new Date(), settings.windowSeconds, settings.periodSeconds)
        : options.window;
    const checks = [];
    const routing = options.routing ?? {};
    if (settings.alarmNames.length > 0)
        checks.push(checkAlarms(settings, readers));
    if (window && settings.metrics)
        checks.push(checkMetrics(settings, readers, window, routing));
    if (window && settings.xray)
        checks.push(checkXRay(settings, settings.xray, readers, window, routing));
    const sources = await Promise.all(checks);
    return {
        ...combineVerdicts(sources),
        ...(window ? { window: { start: window.start.toISOString(), end: window.end.toISOString() } } : {}),
        thresholds: thresholdsOf(settings.policy),
        sources,
    };
}
async function checkAlarms(settings, readers) {
    try {
        return judgeAlarms(await readers.alarms(settings.alarmNames), settings.policy);
    }
    catch (error) {
        return unreadable('alarms', messageOf(error), settings.policy);
    }
}
async function checkMetrics(settings, readers, window, routing) {
    try {
        const plan = metricPlan(settings.metrics, settings.periodSeconds);
        const reading = countsFromMetrics(plan, await readers.metrics(plan.queries, window));
        return judgeCounts('metrics', reading, settings.policy, metricLabels, routing);
    }
    catch (error) {
        return unreadable('metrics', messageOf(error), settings.policy);
    }
}
async function checkXRay(settings, xray, readers, window, routing) {
    const labels = { requests: 'traces', errors: xray.countClientErrors ? '4xx/5xx' : '5xx' };
    try {
        const [canary, stable] = await Promise.all([
            readers.xray(xray.canaryService, window),
            xray.stableService ? readers.xray(xray.stableService, window) : undefined,
        ]);
        return judgeCounts('xray', xrayReading(xray, canary, stable), settings.policy, labels, routing);
    }
    catch (error) {
        return unreadable('xray', messageOf(error), settings.policy);
    }
}
function xrayReading(xray, canary, stable) {
    const counts = (statistics) => ({
        requests: statistics.total,
        errors: statistics.faults + (xray.countClientErrors ? statistics.clientErrors : 0),
        ...(statistics.total > 0
            ? { meanLatencyMs: (statistics.totalResponseTimeSeconds / statistics.total) * 1000 }
            : {}),
    });
    const noData = [
        ...(canary ? [] : [`X-Ray service ${xray.canaryService}`]),
        ...(xray.stableService && !stable ? [`X-Ray service ${xray.stableService}`] : []),
    ];
    return {
        ok: true,
        ...(canary ? { canary: counts(canary) } : {}),
        ...(stable ? { stable: counts(stable) } : {}),
        hasStable: xray.stableService !== undefined,
        noData,
    };
}
/**
 * Pre-flight, read-only: every named alarm exists, and each source answers one read for the last
 * window without an API error (access, a bad metric expression). Throws InputError or AwsCallError;
 * call it before the first change so a broken health configuration stops the deploy early.
 * Empty data is not an error here: the canary has no traffic yet.
 */
async function validateHealthSources(settings, readers, options = {}) {
    const window = checkWindow(options.now ?? new Date(), settings.windowSeconds, settings.periodSeconds);
    const [alarms] = await Promise.all([
        settings.alarmNames.length > 0 ? preflightAlarms(settings.alarmNames, readers) : [],
        settings.metrics ? preflightMetrics(settings, readers, window) : undefined,
        settings.xray ? preflightXRay(settings.xray, readers, window) : undefined,
    ]);
    return { alarms };
}
async function preflightAlarms(names, readers) {
    const reading = await readers.alarms(names);
    if (reading.missing.length > 0) {
        const quoted = reading.missing.map((name) => `"${name}"`).join(', ');
        throw new errors/* InputError */.dz('alarm-names', `no CloudWatch alarm named ${quoted} in this account and region. Alarm names are case-sensitive: fix the name or create the alarm.`);
    }
    return reading.alarms;
}
async function preflightMetrics(settings, readers, window) {
    const plan = (0,metric_presets/* metricPlan */.ax)(settings.metrics, settings.periodSeconds);
    const reading = metric_counts_countsFromMetrics(plan, await readers.metrics(plan.queries, window));
    if (!reading.ok) {
        const input = settings.metrics.preset === 'custom' ? 'metric-queries' : 'metrics-preset';
        throw new errors/* InputError */.dz(input, `${reading.problem}. Check the queries and the permission cloudwatch:GetMetricData.`);
    }
}
async function preflightXRay(xray, readers, window) {
    await Promise.all([
        readers.xray(xray.canaryService, window),
        xray.stableService && readers.xray(xray.stableService, window),
    ]);
}

;// CONCATENATED MODULE: ./src/health/format.ts

/** The verdict as a few lines for a terminal: the overall verdict, the window, one line per source. */
function formatVerdictText(verdict) {
    const width = Math.max(...verdict.sources.map((source) => source.source.length), 'window'.length);
    const lines = [
        `verdict ${verdict.verdict}`,
        ...(verdict.window
            ? [`${'window'.padEnd(width)}  ${verdict.window.start} .. ${verdict.window.end}`]
            : []),
    ];
    for (const source of verdict.sources) {
        const test = source.test ? ` [${source.test}]` : '';
        lines.push(`${source.source.padEnd(width)}  ${source.verdict.padEnd(12)}  ${source.reason}${test}`);
    }
    lines.push(`thresholds: ${describeThresholds(verdict.thresholds)}`);
    return lines.join('\n');
}
function describeThresholds(thresholds) {
    const parts = [
        `max-error-rate ${formatPct(thresholds.maxErrorRatePct)}`,
        `min-requests ${thresholds.minRequests}`,
    ];
    if (thresholds.maxLatencyMs !== undefined)
        parts.push(`max-latency-ms ${thresholds.maxLatencyMs}`);
    if (thresholds.maxErrorRateIncreasePct !== undefined) {
        parts.push(`max-error-rate-increase ${thresholds.maxErrorRateIncreasePct} pp at significance ${thresholds.significance}`);
    }
    return parts.join(', ');
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-cjs/index.js
var dist_cjs = __webpack_require__(4085);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-xray/dist-cjs/index.js
var client_xray_dist_cjs = __webpack_require__(2065);
// EXTERNAL MODULE: ./src/aws/client-config.ts + 1 modules
var client_config = __webpack_require__(5568);
;// CONCATENATED MODULE: ./src/health/sources/alarms.ts


/** DescribeAlarms takes at most 100 names per request. */
const namesPerRequest = 100;
/** States of the named metric and composite alarms; names DescribeAlarms does not know are `missing`. */
async function readAlarmStates(client, names) {
    const alarms = [];
    for (let start = 0; start < names.length; start += namesPerRequest) {
        const chunk = names.slice(start, start + namesPerRequest);
        let nextToken;
        do {
            const page = await (0,errors/* callAws */.IY)(`describing CloudWatch alarms ${chunk.join(', ')}`, () => client.send(new dist_cjs/* DescribeAlarmsCommand */.zWD({
                AlarmNames: chunk,
                // Without AlarmTypes only metric alarms are returned, and a composite alarm would look missing.
                AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
                MaxRecords: namesPerRequest,
                NextToken: nextToken,
            })));
            for (const alarm of [...(page.MetricAlarms ?? []), ...(page.CompositeAlarms ?? [])]) {
                if (alarm.AlarmName)
                    alarms.push({ name: alarm.AlarmName, state: stateOf(alarm.StateValue) });
            }
            nextToken = page.NextToken;
        } while (nextToken);
    }
    const found = new Set(alarms.map((alarm) => alarm.name));
    return { alarms, missing: names.filter((name) => !found.has(name)) };
}
/** An unknown or absent state is not OK: read it as INSUFFICIENT_DATA. */
function stateOf(value) {
    return value === 'OK' || value === 'ALARM' ? value : 'INSUFFICIENT_DATA';
}

;// CONCATENATED MODULE: ./src/health/sources/metrics.ts


/**
 * Reads every series of one check with GetMetricData: one call, more only when CloudWatch pages the
 * datapoints (NextToken). Values are summed per query id over the window.
 */
async function readMetricSeries(client, queries, window) {
    const byId = new Map();
    let nextToken;
    do {
        const page = await (0,errors/* callAws */.IY)('reading CloudWatch metric data', () => client.send(new dist_cjs/* GetMetricDataCommand */.Soe({
            // Custom queries are validated by their schema; the SDK's unit enum is the only narrowing.
            MetricDataQueries: queries,
            StartTime: window.start,
            EndTime: window.end,
            ScanBy: 'TimestampAscending',
            NextToken: nextToken,
        })));
        for (const result of page.MetricDataResults ?? []) {
            if (!result.Id)
                continue;
            const series = byId.get(result.Id) ?? {
                id: result.Id,
                sum: 0,
                datapoints: 0,
                status: 'Complete',
                messages: [],
            };
            const values = (result.Values ?? []).filter((value) => Number.isFinite(value));
            series.sum += values.reduce((total, value) => total + value, 0);
            series.datapoints += values.length;
            // A page may say PartialData only because more pages follow; the last word counts, errors stick.
            if (series.status !== 'InternalError' && series.status !== 'Forbidden')
                series.status = result.StatusCode ?? 'Complete';
            for (const message of result.Messages ?? [])
                if (message.Value)
                    series.messages.push(message.Value);
            byId.set(result.Id, series);
        }
        nextToken = page.NextToken;
    } while (nextToken);
    return [...byId.values()];
}

;// CONCATENATED MODULE: ./src/health/sources/xray.ts


/** X-Ray aggregates service statistics per minute; the check window is aligned to whole minutes. */
const xrayPeriodSeconds = 60;
/** The entity selector of one service by name, e.g. service("apps/serviceBv2"). */
function serviceSelector(service) {
    return `service("${service}")`;
}
/** Requests, faults (5xx), errors (4xx) and response time of one service, summed over the window. */
async function readServiceStatistics(client, service, window) {
    let statistics;
    let nextToken;
    do {
        const page = await (0,errors/* callAws */.IY)(`reading X-Ray statistics of service ${service}`, () => client.send(new client_xray_dist_cjs/* GetTimeSeriesServiceStatisticsCommand */.ES$({
            StartTime: window.start,
            EndTime: window.end,
            EntitySelectorExpression: serviceSelector(service),
            Period: xrayPeriodSeconds,
            NextToken: nextToken,
        })));
        for (const point of page.TimeSeriesServiceStatistics ?? []) {
            const summary = point.ServiceSummaryStatistics;
            if (!summary)
                continue;
            statistics ??= { total: 0, faults: 0, clientErrors: 0, totalResponseTimeSeconds: 0 };
            statistics.total += summary.TotalCount ?? 0;
            statistics.faults += summary.FaultStatistics?.TotalCount ?? 0;
            statistics.clientErrors += summary.ErrorStatistics?.TotalCount ?? 0;
            statistics.totalResponseTimeSeconds += summary.TotalResponseTime ?? 0;
        }
        nextToken = page.NextToken;
    } while (nextToken);
    return statistics;
}

;// CONCATENATED MODULE: ./src/health/sources/index.ts






function healthClients(options = {}) {
    return {
        cloudWatch: new dist_cjs/* CloudWatchClient */.WBn((0,client_config/* clientConfig */.y)(options)),
        xray: new client_xray_dist_cjs/* XRayClient */.QYJ((0,client_config/* clientConfig */.y)(options)),
    };
}
/** The health sources over real clients: the only code that talks to CloudWatch and X-Ray. */
function awsHealthReaders(clients) {
    return {
        alarms: (names) => readAlarmStates(clients.cloudWatch, names),
        metrics: (queries, window) => readMetricSeries(clients.cloudWatch, queries, window),
        xray: (service, window) => readServiceStatistics(clients.xray, service, window),
    };
}

;// CONCATENATED MODULE: ./src/health/index.ts







/***/ }),

/***/ 7074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HL: () => (/* binding */ metricIds),
  ax: () => (/* binding */ metricPlan)
});

// UNUSED EXPORTS: containerInsightsNamespace

;// CONCATENATED MODULE: ./src/health/sources/target-group-presets.ts
/** AWS/VpcLattice target group metrics (VPC Lattice User Guide, "CloudWatch metrics for Amazon VPC Lattice"). */
const latticeTargetGroupMetrics = {
    namespace: 'AWS/VpcLattice',
    requests: 'TotalRequestCount',
    errors: 'HTTPCode_5XX_Count',
    // "Request time to the last byte in milliseconds."
    responseTime: 'RequestTime',
    responseTimeToMs: 1,
};
/** AWS/ApplicationELB target metrics (ALB User Guide, "CloudWatch metrics for your Application Load Balancer"). */
const albTargetGroupMetrics = {
    namespace: 'AWS/ApplicationELB',
    requests: 'RequestCount',
    // Only the 5xx the targets answered: the load balancer's own (HTTPCode_ELB_5XX_Count) have no TargetGroup.
    errors: 'HTTPCode_Target_5XX_Count',
    // Seconds, from the request leaving the load balancer until the target starts its response headers.
    responseTime: 'TargetResponseTime',
    responseTimeToMs: 1000,
};
/** The four queries of one role: requests and 5xx (Sum), response time Sum and SampleCount. */
function targetGroupQueries(role, metrics, dimensions, period) {
    const query = (id, metricName, stat) => ({
        Id: `${role}_${id}`,
        MetricStat: {
            Metric: { Namespace: metrics.namespace, MetricName: metricName, Dimensions: dimensions },
            Period: period,
            Stat: stat,
        },
        ReturnData: true,
    });
    return [
        query('requests', metrics.requests, 'Sum'),
        query('errors', metrics.errors, 'Sum'),
        query('latency_sum', metrics.responseTime, 'Sum'),
        query('latency_count', metrics.responseTime, 'SampleCount'),
    ];
}

;// CONCATENATED MODULE: ./src/health/sources/metric-presets.ts

/** The query ids every plan answers with; custom metric-queries must use them too. */
const metricIds = {
    canaryRequests: 'canary_requests',
    canaryErrors: 'canary_errors',
    stableRequests: 'stable_requests',
    stableErrors: 'stable_errors',
    canaryLatencySum: 'canary_latency_sum',
    canaryLatencyCount: 'canary_latency_count',
    stableLatencySum: 'stable_latency_sum',
    stableLatencyCount: 'stable_latency_count',
};
const containerInsightsNamespace = 'ECS/ContainerInsights/Prometheus';
/** The GetMetricData queries of one check: all series in one call. */
function metricPlan(source, periodSeconds) {
    switch (source.preset) {
        case 'envoy-container-insights':
            return {
                queries: [
                    ...containerInsightsQueries('canary', source.canary, periodSeconds),
                    ...(source.stable ? containerInsightsQueries('stable', source.stable, periodSeconds) : []),
                ],
                hasStable: source.stable !== undefined,
                zeroWhenAbsent: [],
            };
        case 'envoy-appmesh-extension': {
            const { namespace, namePrefix, mesh } = source;
            const roles = [['canary', source.canaryNode]];
            if (source.stableNode)
                roles.push(['stable', source.stableNode]);
            return {
                queries: roles.flatMap(([role, node]) => extensionQueries(role, { namespace, namePrefix, mesh, node }, periodSeconds)),
                hasStable: source.stableNode !== undefined,
                zeroWhenAbsent: roles.map(([role]) => `${role}_errors`),
            };
        }
        case 'custom':
            return {
                queries: source.queries,
                hasStable: source.queries.some((query) => query.Id === metricIds.stableRequests),
                zeroWhenAbsent: [],
            };
        case 'lattice-target-group': {
            const byGroup = (group) => [{ Name: 'TargetGroup', Value: group }];
            // "Always reported (whether it's a zero or non-zero value)": an absent 5xx series is not a zero.
            return targetGroupPlan(latticeTargetGroupMetrics, source, byGroup, periodSeconds, []);
        }
        case 'alb-target-group': {
            const byGroup = (group) => [
                { Name: 'TargetGroup', Value: group },
                { Name: 'LoadBalancer', Value: source.loadBalancer },
            ];
            // ALB publishes HTTPCode_Target_5XX_Count only for periods with a 5xx.
            return targetGroupPlan(albTargetGroupMetrics, source, byGroup, periodSeconds, [
                metricIds.canaryErrors,
                metricIds.stableErrors,
            ]);
        }
    }
}
function targetGroupPlan(metrics, source, dimensions, period, zeroWhenAbsent) {
    const { canaryTargetGroup, stableTargetGroup } = source;
    return {
        queries: [
            ...targetGroupQueries('canary', metrics, dimensions(canaryTargetGroup), period),
            ...(stableTargetGroup
                ? targetGroupQueries('stable', metrics, dimensions(stableTargetGroup), period)
                : []),
        ],
        hasStable: stableTargetGroup !== undefined,
        zeroWhenAbsent: stableTargetGroup
            ? zeroWhenAbsent
            : zeroWhenAbsent.filter((id) => id.startsWith('canary')),
        latencyToMs: metrics.responseTimeToMs,
    };
}
/**
 * Envoy's Prometheus counters as the CloudWatch agent publishes them for ECS (Container Insights
 * Prometheus, default App Mesh metric_declaration): all requests the proxy received, and the 5xx
 * answered on the ingress listener, by cluster and task definition family.
 */
function containerInsightsQueries(role, target, period) {
    const byTask = [
        { Name: 'ClusterName', Value: target.cluster },
        { Name: 'TaskDefinitionFamily', Value: target.taskDefinitionFamily },
    ];
    return [
        {
            Id: `${role}_requests`,
            MetricStat: {
                Metric: {
                    Namespace: containerInsightsNamespace,
                    MetricName: 'envoy_http_downstream_rq_total',
                    Dimensions: byTask,
                },
                Period: period,
                Stat: 'Sum',
            },
            ReturnData: true,
        },
        {
            Id: `${role}_errors`,
            MetricStat: {
                Metric: {
                    Namespace: containerInsightsNamespace,
                    MetricName: 'envoy_http_downstream_rq_xx',
                    Dimensions: [
                        ...byTask,
                        { Name: 'envoy_http_conn_manager_prefix', Value: 'ingress' },
                        { Name: 'envoy_response_code_class', Value: '5' },
                    ],
                },
                Period: period,
                Stat: 'Sum',
            },
            ReturnData: true,
        },
    ];
}
/**
 * App Mesh metrics extension: requests the node received (inbound RequestCount by Mesh, VirtualNode),
 * and the 5xx it answered, which only its callers record (HTTPCode_Target_5XX_Count by Mesh,
 * VirtualNode = the caller, TargetVirtualNode = this node): summed over all callers.
 */
function extensionQueries(role, node, period) {
    const { namespace, namePrefix, mesh } = node;
    const search = `{"${namespace}",Mesh,TargetVirtualNode,VirtualNode} MetricName="${namePrefix}HTTPCode_Target_5XX_Count" ` +
        `Mesh="${mesh}" TargetVirtualNode="${node.node}"`;
    return [
        {
            Id: `${role}_requests`,
            MetricStat: {
                Metric: {
                    Namespace: namespace,
                    MetricName: `${namePrefix}RequestCount`,
                    Dimensions: [
                        { Name: 'Mesh', Value: mesh },
                        { Name: 'VirtualNode', Value: node.node },
                    ],
                },
                Period: period,
                Stat: 'Sum',
            },
            ReturnData: true,
        },
        {
            Id: `${role}_errors`,
            Expression: `SUM(SEARCH('${search}', 'Sum', ${period}))`,
            ReturnData: true,
        },
    ];
}


/***/ })

};
