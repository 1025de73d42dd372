export const id = 772;
export const ids = [772];
export const modules = {

/***/ 8933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ID: () => (/* binding */ lastCanaryOn),
  nR: () => (/* binding */ runningCanaryOn)
});

// UNUSED EXPORTS: documentOf

// EXTERNAL MODULE: ./src/orchestrator/document.ts
var orchestrator_document = __webpack_require__(7799);
;// CONCATENATED MODULE: ./src/orchestrator/lock.ts

/** Pure. The route names two deployments both shift (same mesh, owner and virtual router). */
function sharedRoutes(a, b) {
    if (a.mesh !== b.mesh ||
        (a.meshOwner ?? '') !== (b.meshOwner ?? '') ||
        a.virtualRouter !== b.virtualRouter) {
        return [];
    }
    const names = new Set(b.routes.map((route) => route.routeName));
    return a.routes.map((route) => route.routeName).filter((name) => names.has(name));
}
/**
 * Pure. Whether `a` started before `b`; equal start times are ordered by ARN. Both executions compute the
 * same order, so of two that race for a route exactly one goes on.
 */
function startedBefore(a, b) {
    const difference = a.startDate.getTime() - b.startDate.getTime();
    return difference !== 0 ? difference < 0 : a.executionArn < b.executionArn;
}
/**
 * The other RUNNING executions of the state machine that shift any of the snapshot's routes. An execution
 * whose input holds no readable snapshot is ignored: its own Init refuses it before it changes anything.
 * Calls: one ListExecutions page, one DescribeExecution per other running execution.
 */
async function otherRouteHolders(executions, stateMachineArn, selfArn, snapshot) {
    const running = await executions.listRunning(stateMachineArn);
    const holders = [];
    for (const execution of running) {
        if (execution.executionArn === selfArn)
            continue;
        const details = await executions.describe(execution.executionArn);
        const other = snapshotIn(details.input);
        const routes = other ? sharedRoutes(snapshot, other) : [];
        if (routes.length > 0)
            holders.push({ ...execution, routes });
    }
    return { holders, running };
}
function snapshotIn(input) {
    if (input === undefined)
        return undefined;
    try {
        const parsed = meshTrafficStateSchema.safeParse(JSON.parse(input)?.document?.snapshot);
        return parsed.success ? parsed.data : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/modes/executions.ts


/** The document of an execution, or undefined when its input holds none (not a canary of this project). */
function documentOf(details) {
    if (details.input === undefined)
        return undefined;
    try {
        return (0,orchestrator_document/* parseExecutionDocument */.JB)(JSON.parse(details.input).document);
    }
    catch {
        return undefined;
    }
}
/** The running execution that shifts any of these routes, if one does (the lock allows one). */
async function runningCanaryOn(executions, stateMachineArn, traffic) {
    for (const summary of await executions.listRunning(stateMachineArn)) {
        const found = await canaryOn(executions, summary.executionArn, traffic);
        if (found)
            return found;
    }
    return undefined;
}
/** The newest ended execution on these routes, with one of the given statuses. */
async function lastCanaryOn(executions, stateMachineArn, traffic, statuses) {
    const recent = (await Promise.all(statuses.map((status) => executions.listRecent(stateMachineArn, status))))
        .flat()
        .sort((a, b) => b.startDate.getTime() - a.startDate.getTime());
    for (const summary of recent) {
        const found = await canaryOn(executions, summary.executionArn, traffic);
        if (found)
            return found;
    }
    return undefined;
}
async function canaryOn(executions, executionArn, traffic) {
    const details = await executions.describe(executionArn);
    const document = documentOf(details);
    if (!document || sharedRoutes(traffic, document.snapshot).length === 0)
        return undefined;
    return { details, document };
}


/***/ }),

/***/ 9772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runStatusMode: () => (/* binding */ runStatusMode)
/* harmony export */ });
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4389);
/* harmony import */ var _config_mesh_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5345);
/* harmony import */ var _mesh_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9215);
/* harmony import */ var _report_timeline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1935);
/* harmony import */ var _executions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8933);





/** `status`: the weights of each route, and the running canary (step, weight, last verdict) or the last outcome. */
async function runStatusMode(read, deps) {
    const mesh = (0,_config_mesh_js__WEBPACK_IMPORTED_MODULE_1__/* .meshSettings */ .BC)(read);
    const stateMachineArn = (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .optionalString */ .sx)(read, 'state-machine-arn');
    const router = new _mesh_index_js__WEBPACK_IMPORTED_MODULE_2__/* .AppMeshRouter */ .Cg(deps.appMesh, mesh, { deploymentId: 'status', log: deps.log });
    const traffic = await router.current();
    const weights = await router.describe();
    const lines = weights.map((route) => `route ${route.route} (${route.type}, version ${route.version}): ${route.targets.map((target) => `${target.target} ${target.weight}`).join(', ')}`);
    const result = { weights, lines };
    if (!stateMachineArn)
        return result;
    const running = await (0,_executions_js__WEBPACK_IMPORTED_MODULE_4__/* .runningCanaryOn */ .nR)(deps.executions, stateMachineArn, traffic);
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
        lines.push(`running: ${running.document.deploymentId} at ${result.running.weight ?? 0}%${result.running.lastVerdict ? `; ${result.running.lastVerdict}` : ''}`);
        return result;
    }
    const last = await (0,_executions_js__WEBPACK_IMPORTED_MODULE_4__/* .lastCanaryOn */ .ID)(deps.executions, stateMachineArn, traffic, [
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
            ...(last.details.cause ? { cause: last.details.cause } : {}),
        };
        const why = [last.details.error, last.details.cause].filter(Boolean).join(': ');
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
