export const id = 809;
export const ids = [809];
export const modules = {

/***/ 9809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ao: () => (/* binding */ errorNamed),
/* harmony export */   L5: () => (/* binding */ retry),
/* harmony export */   fX: () => (/* binding */ throttledOrServerError)
/* harmony export */ });
/* unused harmony exports defaultRetryTiming, sleep, backoffDelay */
/* harmony import */ var _pace_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1340);

const defaultRetryTiming = { deadlineMs: 30_000, baseDelayMs: 200, maxDelayMs: 5_000 };
/** Waits `milliseconds` (scaled for testing: src/pace.ts). */
function sleep(milliseconds) {
    return (0,_pace_js__WEBPACK_IMPORTED_MODULE_0__/* .pause */ .v7)(milliseconds / 1000);
}
/** The wait after failed attempt `attempt` (1-based), for a given random draw in [0, 1). */
function backoffDelay(attempt, baseDelayMs, maxDelayMs, draw) {
    const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + (draw * ceiling) / 2);
}
async function retry(operation, policy) {
    const now = policy.now ?? Date.now;
    const wait = policy.sleep ?? sleep;
    const random = policy.random ?? Math.random;
    const deadlineMs = policy.deadlineMs ?? defaultRetryTiming.deadlineMs;
    const baseDelayMs = policy.baseDelayMs ?? defaultRetryTiming.baseDelayMs;
    const maxDelayMs = policy.maxDelayMs ?? defaultRetryTiming.maxDelayMs;
    const deadline = now() + deadlineMs;
    for (let attempt = 1;; attempt++) {
        try {
            return await operation(attempt);
        }
        catch (error) {
            if (!policy.retryable(error))
                throw error;
            if (policy.maxAttempts !== undefined && attempt >= policy.maxAttempts)
                throw error;
            const delayMs = backoffDelay(attempt, baseDelayMs, maxDelayMs, random());
            if (now() + delayMs > deadline)
                throw error;
            policy.onRetry?.({ attempt, delayMs, error });
            await wait(delayMs);
        }
    }
}
/** A `retryable` predicate matching errors by their `name` (as AWS SDK v3 service exceptions carry). */
function errorNamed(...names) {
    return (error) => typeof error === 'object' &&
        error !== null &&
        'name' in error &&
        typeof error.name === 'string' &&
        names.includes(error.name);
}
/** Throttling and server-side (5xx) failures, whatever the service calls them: worth another attempt. */
function throttledOrServerError(error) {
    if (typeof error !== 'object' || error === null)
        return false;
    const { name, $fault, $metadata } = error;
    if ($fault === 'server' || ($metadata?.httpStatusCode ?? 0) >= 500)
        return true;
    return typeof name === 'string' && /Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/.test(name);
}


/***/ })

};
