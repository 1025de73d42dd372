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


/***/ }),

/***/ 7799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ familyOf),
/* harmony export */   JB: () => (/* binding */ parseExecutionDocument),
/* harmony export */   am: () => (/* binding */ documentVersion)
/* harmony export */ });
/* unused harmony exports meshTrafficStateSchema, executionDocumentSchema, InvalidDocumentError */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8532);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _mesh_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9215);



/**
 * The execution document: the one contract between the Action (which builds it) and the state machine's
 * Lambdas (which read it). Versioned; validated on both sides by this schema.
 */
const documentVersion = 1;
const meshName = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[A-Za-z0-9_.-]{1,255}$/, 'an App Mesh name: 1-255 of A-Z a-z 0-9 _ . -');
const account = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^\d{12}$/, 'a 12-digit AWS account ID');
const arn = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:\d{12}:.+$/, 'an ARN');
const taskDefinitionArn = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .regex(/^arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:task-definition\/[A-Za-z0-9_-]{1,255}:\d+$/, 'a task definition ARN (arn:aws:ecs:REGION:ACCOUNT:task-definition/FAMILY:REVISION)');
const seconds = zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative();
// A spec that App Mesh could not take back is reported as an issue of the document, not thrown.
const routeSpec = zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J().transform((value, context) => {
    try {
        return (0,_mesh_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRouteSpec */ .Y_)(value, 'of the snapshot');
    }
    catch (error) {
        context.addIssue({ code: 'custom', message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error) });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }
});
const meshTrafficStateSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    router: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('app-mesh'),
    mesh: meshName,
    meshOwner: account.optional(),
    virtualRouter: meshName,
    stableNode: meshName,
    canaryNode: meshName,
    routes: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ routeName: meshName, version: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(), spec: routeSpec }))
        .min(1)
        .refine((routes) => new Set(routes.map((route) => route.routeName)).size === routes.length, {
        message: 'lists a route twice',
    }),
});
const metricQuery = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    Id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[a-z][a-zA-Z0-9_]*$/),
    Expression: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    MetricStat: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        Metric: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            Namespace: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
            MetricName: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
            Dimensions: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ Name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), Value: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() })).optional(),
        }),
        Period: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(),
        Stat: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        Unit: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    })
        .optional(),
    Label: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    ReturnData: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(),
    Period: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive().optional(),
    AccountId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
});
const containerInsightsTarget = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    cluster: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    taskDefinitionFamily: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
});
const health = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    windowSeconds: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(),
    periodSeconds: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive().multipleOf(60),
    alarmNames: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1)),
    metrics: zod__WEBPACK_IMPORTED_MODULE_2__/* .discriminatedUnion */ .gMt('preset', [
        zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            preset: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('envoy-container-insights'),
            canary: containerInsightsTarget,
            stable: containerInsightsTarget.optional(),
        }),
        zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            preset: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('envoy-appmesh-extension'),
            namespace: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
            namePrefix: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
            mesh: meshName,
            canaryNode: meshName,
            stableNode: meshName.optional(),
        }),
        zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ preset: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('custom'), queries: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(metricQuery).min(1) }),
    ])
        .optional(),
    xray: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        canaryService: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
        stableService: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
        countClientErrors: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
    })
        .optional(),
    policy: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        maxErrorRatePct: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(100),
        maxLatencyMs: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().positive().optional(),
        minRequests: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        maxErrorRateIncreasePct: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(100).optional(),
        significance: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().gt(0).lt(1),
        failureLimit: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(),
        inconclusiveLimit: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        onSourceError: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['FAIL', 'INCONCLUSIVE']),
    }),
});
/** Settings to render the new version for the stable node at promotion (the node identity differs). */
const render = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    account,
    nodeIdentity: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['arn', 'name']),
    containerName: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    envoyImage: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    ignoredUid: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().optional(),
    appPorts: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(1).max(65535)).optional(),
    egressIgnoredPorts: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(1).max(65535)).optional(),
    egressIgnoredIps: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).optional(),
    enableXray: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
    xrayImage: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    envoyMemory: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive().optional(),
    envoyCpu: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().optional(),
});
const step = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ weight: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(1).max(100), bakeSeconds: seconds });
const executionDocumentSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(documentVersion),
    deploymentId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, _ and -, at most 64'),
    source: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        repository: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        sha: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        runUrl: zod__WEBPACK_IMPORTED_MODULE_2__/* .url */ .OZ5().optional(),
        actor: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    }),
    region: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[a-z]{2}(-[a-z]+)+-\d+$/),
    snapshot: meshTrafficStateSchema,
    stableService: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        cluster: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
        service: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
        previousTaskDefinitionArn: taskDefinitionArn,
    }),
    canaryService: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        cluster: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
        service: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
        previousTaskDefinitionArn: arn,
        newTaskDefinitionArn: taskDefinitionArn,
        desiredCount: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    }),
    render,
    steps: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(step).min(1).max(20),
    checkIntervalSeconds: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(10).max(3600),
    promotion: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['copy', 'none']),
    promotionPollSeconds: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(5).max(600),
    promotionTimeoutSeconds: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(60).max(21600),
    health,
})
    .superRefine((document, context) => {
    document.steps.forEach((current, index) => {
        const previous = document.steps[index - 1];
        if (previous && current.weight <= previous.weight) {
            context.addIssue({
                code: 'custom',
                path: ['steps', index, 'weight'],
                message: `weights must ascend; ${current.weight} follows ${previous.weight}`,
            });
        }
    });
    if (document.steps.at(-1)?.weight !== 100) {
        context.addIssue({
            code: 'custom',
            path: ['steps'],
            message: 'the last step must send 100% to the canary',
        });
    }
    const { snapshot } = document;
    if (snapshot.stableNode === snapshot.canaryNode) {
        context.addIssue({
            code: 'custom',
            path: ['snapshot', 'canaryNode'],
            message: 'must differ from the stable node',
        });
        return;
    }
    snapshot.routes.forEach((route, index) => {
        const issue = routeIssue(route.spec, snapshot, route.routeName, document.steps);
        if (issue)
            context.addIssue({ code: 'custom', path: ['snapshot', 'routes', index, 'spec'], message: issue });
    });
});
/**
 * A snapshot route must give the canary no weight (rollback and promotion write the snapshot back, and
 * must leave no traffic on a canary scaled to 0), and every step weight must be applicable to it.
 */
function routeIssue(spec, pair, routeName, steps) {
    if ((0,_mesh_index_js__WEBPACK_IMPORTED_MODULE_1__/* .targetsOn */ .QF)((0,_mesh_index_js__WEBPACK_IMPORTED_MODULE_1__/* .weightedTargetsOf */ .Jh)(spec), pair.canaryNode).some((target) => target.weight > 0)) {
        return `the canary node ${pair.canaryNode} already has weight in the snapshot of route ${routeName}`;
    }
    try {
        for (const { weight } of steps)
            (0,_mesh_index_js__WEBPACK_IMPORTED_MODULE_1__/* .shiftRouteSpec */ .NH)(spec, pair, weight, routeName);
    }
    catch (error) {
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error);
    }
    return undefined;
}
/** A document that does not match the schema; raised before any change. Step Functions error name. */
class InvalidDocumentError extends Error {
    name = 'InvalidDocument';
}
function parseExecutionDocument(value) {
    const result = executionDocumentSchema.safeParse(value);
    if (!result.success) {
        const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(document)'}: ${issue.message}`);
        throw new InvalidDocumentError(`invalid execution document: ${problems.join('; ')}`);
    }
    return result.data;
}
/** The family of a task definition ARN (…:task-definition/FAMILY:REVISION). */
function familyOf(taskDefinitionArn) {
    const family = /:task-definition\/([^:]+):\d+$/.exec(taskDefinitionArn)?.[1];
    if (!family)
        throw new Error(`"${taskDefinitionArn}" is not a task definition ARN with a revision`);
    return family;
}


/***/ })

};
