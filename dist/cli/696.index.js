export const id = 696;
export const ids = [696,809];
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


/***/ }),

/***/ 3464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   meshEngineRouter: () => (/* binding */ meshEngineRouter)
/* harmony export */ });
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6471);
/* harmony import */ var _appmesh_api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2791);
/* harmony import */ var _appmesh_router_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9161);
/* harmony import */ var _client_token_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3469);




/** The engine's App Mesh router of one deployment: loaded only by deployments on App Mesh. */
function meshEngineRouter(snapshot, client, options) {
    const settings = (0,_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .meshSettingsOfState */ .HV)(snapshot);
    const router = new _appmesh_router_js__WEBPACK_IMPORTED_MODULE_2__.AppMeshRouter(client, settings, options);
    const api = new _appmesh_api_js__WEBPACK_IMPORTED_MODULE_1__/* .MeshApi */ .u(client, settings, (0,_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .routingApiOptions */ .XU)(options));
    const pure = (0,_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .snapshotResources */ .sc)(snapshot);
    return {
        async shift(percent, expected) {
            const { canaryPercent: _percent, written, ...state } = await router.shift(percent, expected);
            const routes = state.routes.map(({ routeName, version, spec }) => ({ routeName, version, spec }));
            return { state: { ...state, routes }, written };
        },
        resources: () => pure.map((resource, index) => {
            const route = snapshot.routes[index];
            return {
                ...resource,
                read: async () => {
                    const read = await api.describeRoute(route.routeName);
                    return { raw: read.spec, version: read.version };
                },
                write: async (spec, readVersion, purpose) => {
                    const { mesh, virtualRouter } = snapshot;
                    const token = (0,_client_token_js__WEBPACK_IMPORTED_MODULE_3__/* .clientToken */ .$)(options.deploymentId, mesh, virtualRouter, route.routeName, purpose, route.version, readVersion);
                    await api.updateRoute(route.routeName, spec, token);
                },
            };
        }),
        lastWritten: (state) => new Map(state.routes.map((route) => [route.routeName, route.spec])),
        describe: () => router.describe(),
    };
}


/***/ })

};
