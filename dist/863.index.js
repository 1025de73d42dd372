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


/***/ })

};
