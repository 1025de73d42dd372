export const id = 772;
export const ids = [772];
export const modules = {

/***/ 9772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runStatusMode: () => (/* binding */ runStatusMode)
/* harmony export */ });
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4389);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _report_canary_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5473);
/* harmony import */ var _report_duration_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6132);
/* harmony import */ var _report_timeline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9901);
/* harmony import */ var _routing_engine_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3393);
/* harmony import */ var _routing_router_settings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4822);
/* harmony import */ var _executions_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(593);








/** `status`: the weights of each route, and the running canary (step, weight, last verdict) or the last outcome. */
async function runStatusMode(read, deps) {
    const settings = (0,_routing_router_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .routerSettings */ .XV)(read);
    const stateMachineArn = (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .optionalString */ .sx)(read, 'state-machine-arn');
    const router = (0,_routing_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .routerFromSettings */ .pM)(settings, deps, { deploymentId: 'status', log: deps.log });
    const traffic = await router.current();
    const weights = await router.describe();
    const lines = weights.map((route) => `${/Route$/.test(route.type) ? 'route ' : ''}${route.route} (${route.type}${route.version ? `, version ${route.version}` : ''}): ${route.targets.map((target) => `${target.target} ${target.weight}`).join(', ')}`);
    const result = { weights, lines };
    if (!stateMachineArn)
        return result;
    const running = await (0,_executions_js__WEBPACK_IMPORTED_MODULE_6__/* .runningCanaryOn */ .n)(deps.executions, stateMachineArn, traffic);
    if (running) {
        const entries = await timeline(deps.executions, running);
        const weight = entries.findLast((entry) => entry.kind === 'shift');
        const check = entries.findLast((entry) => entry.kind === 'check');
        result.running = {
            executionArn: running.details.executionArn,
            deploymentId: running.document.deploymentId,
            ...(weight?.kind === 'shift' ? { weight: weight.weight } : {}),
            ...(check?.kind === 'check' ? { lastVerdict: (0,_report_timeline_js__WEBPACK_IMPORTED_MODULE_3__/* .describeEntry */ .OY)(check) } : {}),
            ...(entries.length > 0 ? { lastEvent: (0,_report_timeline_js__WEBPACK_IMPORTED_MODULE_3__/* .describeEntry */ .OY)(entries.at(-1)) } : {}),
        };
        const paused = (0,_report_canary_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .pausedAt */ .gg)(entries);
        if (paused) {
            const { weight: pausedWeight, since, deadline, onTimeout } = paused;
            result.running.paused = { weight: pausedWeight, since, deadline, onTimeout };
            // On the clock that wrote `since`, the orchestrator's: its newest event (a Hold re-enters every interval).
            const [newest] = await deps.executions.latestEvents(running.details.executionArn, 1);
            const heldFor = newest?.timestamp
                ? (0,_report_duration_js__WEBPACK_IMPORTED_MODULE_7__/* .durationText */ .S)(newest.timestamp.getTime() - Date.parse(since))
                : 'held';
            lines.push(`paused: ${running.document.deploymentId} at ${pausedWeight}% since ${since} (${heldFor}); resume it with mode: promote (CLI: appmesh-canary promote); at ${deadline} it ${onTimeout === 'continue' ? 'continues' : 'rolls back'} (on-pause-timeout: ${onTimeout})${result.running.lastVerdict ? `; ${result.running.lastVerdict}` : ''}`);
            return result;
        }
        lines.push(`running: ${running.document.deploymentId} at ${result.running.weight ?? 0}%${result.running.lastVerdict ? `; ${result.running.lastVerdict}` : ''}`);
        return result;
    }
    const last = await (0,_executions_js__WEBPACK_IMPORTED_MODULE_6__/* .lastCanaryOn */ .I)(deps.executions, stateMachineArn, traffic, [
        'SUCCEEDED',
        'FAILED',
        'ABORTED',
        'TIMED_OUT',
    ]);
    if (last) {
        result.last = {
            executionArn: last.details.executionArn,
            deploymentId: last.document.deploymentId,
            status: last.details.status,
            ...(last.details.error ? { error: last.details.error } : {}),
            ...(last.details.cause ? { cause: (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .readableCause */ .wV)(last.details.cause) } : {}),
        };
        const why = [result.last.error, result.last.cause].filter(Boolean).join(': ');
        lines.push(`last canary: ${last.document.deploymentId} ${last.details.status}${why ? ` (${why})` : ''}`);
    }
    else {
        lines.push('no canary has run on these routes');
    }
    return result;
}
async function timeline(executions, canary) {
    const events = [];
    let token;
    do {
        const page = await executions.historyPage(canary.details.executionArn, token);
        events.push(...page.events);
        token = page.nextToken;
    } while (token);
    return (0,_report_timeline_js__WEBPACK_IMPORTED_MODULE_3__/* .timelineOf */ .hf)(events).entries;
}


/***/ })

};
