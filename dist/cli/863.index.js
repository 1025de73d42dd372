export const id = 863;
export const ids = [863];
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

/***/ 7863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRollbackMode: () => (/* binding */ runRollbackMode)
});

// EXTERNAL MODULE: ./src/config/inputs.ts
var inputs = __webpack_require__(4389);
// EXTERNAL MODULE: ./src/config/mesh.ts
var config_mesh = __webpack_require__(5345);
// EXTERNAL MODULE: ./src/mesh/index.ts + 13 modules
var src_mesh = __webpack_require__(9215);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/orchestrator/mesh-access.ts

/** The mesh settings of a deployment, from its snapshot: the routes it shifts and nothing else. */
function meshSettingsOf(document) {
    const { snapshot } = document;
    return {
        mesh: snapshot.mesh,
        ...(snapshot.meshOwner ? { meshOwner: snapshot.meshOwner } : {}),
        virtualRouter: snapshot.virtualRouter,
        routes: snapshot.routes.map((route) => route.routeName),
        stableNode: snapshot.stableNode,
        canaryNode: snapshot.canaryNode,
        createCanaryNode: false,
    };
}
/** The core's router (shifts with drift checks) and API (reads, writes of the snapshot) for one deployment. */
function meshAccess(document, deps) {
    const settings = meshSettingsOf(document);
    const options = {
        ...(deps.meshRetry ? { retry: deps.meshRetry } : {}),
        log: { info: (line) => deps.log.info(line), warn: (line) => deps.log.warn(line) },
    };
    return {
        router: new src_mesh/* AppMeshRouter */.Cg(deps.appMesh, settings, { deploymentId: document.deploymentId, ...options }),
        api: new src_mesh/* MeshApi */.uK(deps.appMesh, settings, options),
    };
}

;// CONCATENATED MODULE: ./src/orchestrator/route-restore.ts

/**
 * Pure. `ours` are the specs this deployment may have left on the route; a route equal to none of them
 * and not equal to the snapshot was changed by someone else (or cannot be read back safely).
 */
function judgeRoute(current, snapshot, ours) {
    let spec;
    try {
        spec = (0,src_mesh/* parseRouteSpec */.Y_)(current, snapshot.routeName);
    }
    catch (error) {
        return { kind: 'edited', differences: [error instanceof Error ? error.message : String(error)] };
    }
    if ((0,src_mesh/* specsEqual */.VC)(spec, snapshot.spec))
        return { kind: 'unchanged' };
    if (ours.some((candidate) => (0,src_mesh/* specsEqual */.VC)(spec, candidate)))
        return { kind: 'ours' };
    return { kind: 'edited', differences: (0,src_mesh/* specDifferences */.kE)(spec, snapshot.spec), spec };
}
/**
 * Pure. Every spec this deployment could have written to a route: the snapshot shifted to 0 and to each
 * step weight. A shift only moves weight between the two nodes, so each is the same from any start, except
 * that a canary target the first shift added stays (at 0) after a shift back to 0: both forms are listed.
 */
function specsWrittenBy(document, route) {
    const pair = document.snapshot;
    const shift = (spec, weight) => (0,src_mesh/* shiftRouteSpec */.NH)(spec, pair, weight, route.routeName);
    const withCanaryTarget = shift(route.spec, 100);
    return [0, ...document.steps.map((step) => step.weight)].flatMap((weight) => weight === 0 ? [shift(route.spec, 0), shift(withCanaryTarget, 0)] : [shift(route.spec, weight)]);
}
/** Writes a route's snapshot spec back. The token makes a retried write of the same change harmless. */
async function writeSnapshot(api, document, route, readVersion) {
    const { mesh, virtualRouter } = document.snapshot;
    const token = (0,src_mesh/* clientToken */.$Y)(document.deploymentId, mesh, virtualRouter, route.routeName, 'restore', route.version, readVersion);
    await api.updateRoute(route.routeName, route.spec, token);
}
/**
 * Promotion's last move: every route back to exactly its snapshot, provided each still holds what this
 * deployment last wrote (`expected`). All routes are read and judged before the first write; a drifted one
 * stops everything with a DriftError.
 */
async function returnRoutesToSnapshot(api, document, expected) {
    const reads = [];
    for (const route of document.snapshot.routes) {
        const last = expected.find((candidate) => candidate.routeName === route.routeName);
        const read = await api.describeRoute(route.routeName);
        reads.push({ route, read, judgement: judgeRoute(read.spec, route, last ? [last.spec] : []) });
    }
    const edited = reads.flatMap(({ route, judgement }) => judgement.kind === 'edited' ? [{ routeName: route.routeName, differences: judgement.differences }] : []);
    if (edited.length > 0)
        throw new DriftError(edited);
    const result = { restored: [], unchanged: [], edited: [] };
    for (const { route, read, judgement } of reads) {
        if (judgement.kind === 'unchanged') {
            result.unchanged.push(route.routeName);
            continue;
        }
        await writeSnapshot(api, document, route, read.version);
        result.restored.push(route.routeName);
    }
    return result;
}

;// CONCATENATED MODULE: ./src/orchestrator/services.ts
/** Scales a service to 0 unless it already is; returns whether it sent the change. */
async function scaleToZero(ecs, target) {
    const state = await ecs.describeService(target.cluster, target.service);
    if (state.desiredCount === 0)
        return false;
    await ecs.scaleService({ cluster: target.cluster, service: target.service, desiredCount: 0 });
    return true;
}
/** Puts the service back on its pre-deploy task definition unless it runs it; returns what it ran before. */
async function revertTaskDefinition(ecs, target) {
    const state = await ecs.describeService(target.cluster, target.service);
    if (state.taskDefinitionArn === target.previousTaskDefinitionArn)
        return undefined;
    await ecs.updateService({
        cluster: target.cluster,
        service: target.service,
        taskDefinitionArn: target.previousTaskDefinitionArn,
    });
    return state.taskDefinitionArn;
}

;// CONCATENATED MODULE: ./src/orchestrator/steps/rollback.ts





/** Part of a rollback could not be done; everything else was. Safe to run again (Retry, the guard). */
class RollbackIncompleteError extends Error {
    name = 'RollbackIncomplete';
}
/**
 * Returns everything to the pre-deploy state, from any point of the canary, without needing its progress:
 * - per route: equal to the snapshot: nothing; equal to what this deployment could have written: the
 *   snapshot is written back; anything else was edited by someone: kept and reported.
 * - the stable service back on its previous task definition if it runs another (promotion had started);
 * - the canary service scaled to 0.
 * Idempotent: a second run finds nothing to change and sends no write. Every part is attempted even when
 * one fails; the failures are thrown together at the end.
 */
async function rollback(document, deps) {
    const { api } = meshAccess(document, deps);
    const report = {
        restoredRoutes: [],
        unchangedRoutes: [],
        keptEditedRoutes: [],
        services: [],
    };
    const failures = [];
    // Kept routes that still send the canary traffic (or cannot be read): its tasks must keep serving it.
    const canaryStillRouted = [];
    const attempt = async (what, action) => {
        try {
            await action();
        }
        catch (error) {
            failures.push(`${what}: ${(0,errors/* messageOf */.bD)(error)}`);
        }
    };
    for (const route of document.snapshot.routes) {
        await attempt(`route ${route.routeName}`, async () => {
            const read = await api.describeRoute(route.routeName);
            const judgement = judgeRoute(read.spec, route, specsWrittenBy(document, route));
            if (judgement.kind === 'unchanged')
                report.unchangedRoutes.push(route.routeName);
            else if (judgement.kind === 'edited') {
                report.keptEditedRoutes.push({ routeName: route.routeName, differences: judgement.differences });
                const canaryTargets = judgement.spec
                    ? (0,src_mesh/* targetsOn */.QF)((0,src_mesh/* weightedTargetsOf */.Jh)(judgement.spec), document.snapshot.canaryNode)
                    : [];
                if (!judgement.spec || canaryTargets.some((target) => target.weight > 0))
                    canaryStillRouted.push(route.routeName);
                deps.log.warn(`route ${route.routeName} was changed outside this deployment; kept as it is`, {
                    differences: judgement.differences,
                });
            }
            else {
                await writeSnapshot(api, document, route, read.version);
                report.restoredRoutes.push(route.routeName);
            }
        });
    }
    const { stableService, canaryService } = document;
    await attempt(`stable service ${stableService.service}`, async () => {
        const was = await revertTaskDefinition(deps.ecs, stableService);
        if (was) {
            report.services.push(`stable service ${stableService.service}: ${was} -> ${stableService.previousTaskDefinitionArn}`);
        }
    });
    await attempt(`canary service ${canaryService.service}`, async () => {
        if (canaryStillRouted.length > 0) {
            const kept = `canary service ${canaryService.service}: kept running, route ${canaryStillRouted.join(', ')} still sends it traffic`;
            report.services.push(kept);
            deps.log.warn(kept);
        }
        else if (await scaleToZero(deps.ecs, canaryService)) {
            report.services.push(`canary service ${canaryService.service}: scaled to 0`);
        }
    });
    if (failures.length > 0) {
        throw new RollbackIncompleteError(`rollback incomplete: ${failures.join('; ')}. Done: ${describeRollback(report)}. Running it again is safe.`);
    }
    return report;
}
function describeRollback(report) {
    const parts = [
        report.restoredRoutes.length > 0 ? `restored route ${report.restoredRoutes.join(', ')}` : undefined,
        report.unchangedRoutes.length > 0
            ? `route ${report.unchangedRoutes.join(', ')} already at the snapshot`
            : undefined,
        report.keptEditedRoutes.length > 0
            ? `kept route ${report.keptEditedRoutes.map((route) => route.routeName).join(', ')} as edited by someone else`
            : undefined,
        ...report.services,
    ].filter((part) => part !== undefined);
    return parts.length > 0 ? parts.join('; ') : 'nothing';
}

// EXTERNAL MODULE: ./src/modes/executions.ts + 1 modules
var executions = __webpack_require__(8933);
;// CONCATENATED MODULE: ./src/modes/rollback.ts





/**
 * `rollback` (workflow_dispatch): stops a running canary and waits for the guard to restore its routes (or
 * restores them through the same core when the guard is late); with no canary running, returns the stable
 * service of the last promoted canary to its previous task definition. Safe to run again.
 */
async function runRollbackMode(read, deps, actor) {
    const mesh = (0,config_mesh/* meshSettings */.BC)(read);
    const stateMachineArn = (0,inputs/* requiredString */.Fk)(read, 'state-machine-arn', 'Set it to the orchestrator state machine ARN.');
    const guardWaitSeconds = (0,inputs/* integer */.nd)(read, 'rollback-wait-seconds', 120, { min: 0, max: 3600 });
    const router = new src_mesh/* AppMeshRouter */.Cg(deps.appMesh, mesh, { deploymentId: 'manual-rollback', log: deps.log });
    const traffic = await router.current();
    const running = await (0,executions/* runningCanaryOn */.nR)(deps.executions, stateMachineArn, traffic);
    if (running) {
        const { executionArn } = running.details;
        await deps.executions.stop(executionArn, 'ManualRollback', `rolled back by hand by ${actor}`);
        deps.log.info(`stopped ${executionArn}; waiting up to ${guardWaitSeconds} s for the guard to restore the routes`);
        const deadline = deps.now().getTime() + guardWaitSeconds * 1000;
        while (deps.now().getTime() < deadline) {
            if (await routesAtSnapshot(router, running.document.snapshot.routes))
                break;
            await deps.sleep(5);
        }
        const guardDone = await routesAtSnapshot(router, running.document.snapshot.routes);
        // The core is idempotent: after the guard it changes nothing; without it, it does the whole rollback.
        const report = await rollback(running.document, deps);
        const restoredBy = guardDone ? 'guard' : 'this run';
        return {
            outcome: 'stopped-running-canary',
            executionArn,
            restoredBy,
            report,
            message: `stopped the canary ${running.document.deploymentId}; routes restored by the ${restoredBy === 'guard' ? 'guard' : 'Action'}: ${describeRollback(report)}`,
        };
    }
    const promoted = await (0,executions/* lastCanaryOn */.ID)(deps.executions, stateMachineArn, traffic, ['SUCCEEDED']);
    if (promoted && promoted.document.promotion === 'copy') {
        const { stableService } = promoted.document;
        const current = await deps.ecs.describeService(stableService.cluster, stableService.service);
        if (current.taskDefinitionArn !== stableService.previousTaskDefinitionArn) {
            const report = await rollback(promoted.document, deps);
            deps.log.info(`waiting for service ${stableService.service} to become stable on ${stableService.previousTaskDefinitionArn}`);
            await deps.ecs.waitForDeployment({
                cluster: stableService.cluster,
                service: stableService.service,
                taskDefinitionArn: stableService.previousTaskDefinitionArn,
                maxWaitMinutes: (0,inputs/* integer */.nd)(read, 'wait-for-minutes', 60, { min: 1, max: 360 }),
            });
            return {
                outcome: 'reverted-promotion',
                executionArn: promoted.details.executionArn,
                report,
                message: `reverted the promotion of ${promoted.document.deploymentId}: ${describeRollback(report)}`,
            };
        }
    }
    return {
        outcome: 'nothing-to-roll-back',
        message: 'nothing to roll back: no canary is running and the stable service runs its pre-deploy version',
    };
}
async function routesAtSnapshot(router, routes) {
    const current = await router.current().catch(() => undefined);
    if (!current)
        return false;
    return routes.every((route) => {
        const now = current.routes.find((read) => read.routeName === route.routeName);
        return now !== undefined && (0,src_mesh/* specsEqual */.VC)(now.spec, (0,src_mesh/* parseRouteSpec */.Y_)(route.spec, route.routeName));
    });
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
