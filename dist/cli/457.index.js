export const id = 457;
export const ids = [457];
export const modules = {

/***/ 8286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ forwardEngine)
/* harmony export */ });
/** A target-group router's engine: one routed resource, the rule or the listener's default action. */
function forwardEngine(router, access, resource) {
    return {
        async shift(percent, expected) {
            const result = await router.shift(percent, expected);
            return { state: result, written: result.written };
        },
        resources: () => [
            {
                ...resource,
                read: async () => ({ raw: await access.read(), version: 0 }),
                // Only the action(s) are sent: an edit of the match, priority or conditions is never overwritten.
                write: async (spec) => {
                    await access.write(spec);
                },
            },
        ],
        lastWritten: (state) => new Map([[resource.name, state.spec]]),
        describe: () => router.describe(),
    };
}


/***/ }),

/***/ 9457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   latticeEngineRouter: () => (/* binding */ latticeEngineRouter)
/* harmony export */ });
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6471);
/* harmony import */ var _forward_engine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8286);
/* harmony import */ var _router_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4217);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1544);




/** The engine's VPC Lattice router of one deployment: loaded only by deployments on VPC Lattice. */
function latticeEngineRouter(snapshot, client, options, resource) {
    const router = new _router_js__WEBPACK_IMPORTED_MODULE_1__.VpcLatticeRouter(client, (0,_state_js__WEBPACK_IMPORTED_MODULE_2__/* .latticeSettingsOf */ .xo)(snapshot), (0,_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .routingApiOptions */ .XU)(options));
    return (0,_forward_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .forwardEngine */ .a)({
        shift: (percent, expected) => router.shift(percent, expected),
        describe: () => router.describe(),
    }, router.resourceAccess(snapshot), resource);
}


/***/ })

};
