export const id = 524;
export const ids = [524];
export const modules = {

/***/ 524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRollbackMode: () => (/* binding */ runRollbackMode)
});

// EXTERNAL MODULE: ./src/config/inputs.ts
var inputs = __webpack_require__(4389);
// EXTERNAL MODULE: ./src/config/mesh.ts
var config_mesh = __webpack_require__(5345);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/routing/app-mesh/index.ts + 15 modules
var app_mesh = __webpack_require__(3419);
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
        router: new app_mesh/* AppMeshRouter */.Cg(deps.appMesh, settings, { deploymentId: document.deploymentId, ...options }),
        api: new app_mesh/* MeshApi */.uK(deps.appMesh, settings, options),
    };
}

;// CONCATENATED MODULE: ./src/orchestrator/route-restore.ts

/**
 * Pure, three-way: the route as read, the snapshot, and `ours` (the specs this deployment may have left on
 * the route). Equal to the snapshot: unchanged; equal to one of ours: ours; our targets with other fields
 * edited: ours-with-edits; anything else: edited.
 */
function judgeRoute(current, snapshot, ours) {
    let spec;
    try {
        spec = (0,app_mesh/* parseRouteSpec */.Y_)(current, snapshot.routeName);
    }
    catch (error) {
        return { kind: 'edited', differences: [error instanceof Error ? error.message : String(error)] };
    }
    if ((0,app_mesh/* specsEqual */.VC)(spec, snapshot.spec))
        return { kind: 'unchanged' };
    if (ours.some((candidate) => (0,app_mesh/* specsEqual */.VC)(spec, candidate)))
        return { kind: 'ours' };
    const targets = (0,app_mesh/* weightedTargetsOf */.Jh)(spec);
    const snapshotTargets = (0,app_mesh/* weightedTargetsOf */.Jh)(snapshot.spec);
    const written = ours.find((candidate) => (0,app_mesh/* targetsEqual */.Z9)(targets, (0,app_mesh/* weightedTargetsOf */.Jh)(candidate)));
    // Targets already the snapshot's: the edit is all there is, and it is not ours.
    if (written && !(0,app_mesh/* targetsEqual */.Z9)(targets, snapshotTargets)) {
        return {
            kind: 'ours-with-edits',
            differences: (0,app_mesh/* specDifferences */.kE)(spec, written),
            restore: (0,app_mesh/* withWeightedTargets */.eh)(spec, snapshotTargets),
        };
    }
    return { kind: 'edited', differences: (0,app_mesh/* specDifferences */.kE)(spec, snapshot.spec), spec };
}
/**
 * Pure. Every spec this deployment could have written to a route: the snapshot shifted to 0 and to each
 * step weight. A shift only moves weight between the two nodes, so each is the same from any start, except
 * that a canary target the first shift added stays (at 0) after a shift back to 0: both forms are listed.
 */
function specsWrittenBy(document, route) {
    const pair = document.snapshot;
    const shift = (spec, weight) => (0,app_mesh/* shiftRouteSpec */.NH)(spec, pair, weight, route.routeName);
    const withCanaryTarget = shift(route.spec, 100);
    return [0, ...document.steps.map((step) => step.weight)].flatMap((weight) => weight === 0 ? [shift(route.spec, 0), shift(withCanaryTarget, 0)] : [shift(route.spec, weight)]);
}
/**
 * Writes a route back to `spec` (the snapshot, or the snapshot's weights over someone's kept edit). The token
 * makes a retried write of the same change harmless.
 */
async function writeRestore(api, document, route, readVersion, spec = route.spec) {
    const { mesh, virtualRouter } = document.snapshot;
    const token = (0,app_mesh/* clientToken */.$Y)(document.deploymentId, mesh, virtualRouter, route.routeName, (0,app_mesh/* specsEqual */.VC)(spec, route.spec) ? 'restore' : 'restore-weights', route.version, readVersion);
    await api.updateRoute(route.routeName, spec, token);
}
/**
 * Promotion's last move: every route back to the snapshot's weights, provided each still holds the targets
 * this deployment last wrote (`expected`); an edit of another field is kept. All routes are read and judged
 * before the first write; a route whose targets someone changed stops everything with a DriftError.
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
    const result = { restored: [], unchanged: [], restoredKeepingEdits: [] };
    for (const { route, read, judgement } of reads) {
        if (judgement.kind === 'unchanged')
            result.unchanged.push(route.routeName);
        else if (judgement.kind === 'ours-with-edits') {
            await writeRestore(api, document, route, read.version, judgement.restore);
            result.restoredKeepingEdits.push({ routeName: route.routeName, differences: judgement.differences });
        }
        else {
            await writeRestore(api, document, route, read.version);
            result.restored.push(route.routeName);
        }
    }
    return result;
}

// EXTERNAL MODULE: ./src/orchestrator/services.ts
var services = __webpack_require__(3262);
;// CONCATENATED MODULE: ./src/orchestrator/steps/rollback.ts





/** Part of a rollback could not be done (an AWS call failed); everything else was. Safe to run again. */
class RollbackIncompleteError extends Error {
    name = 'RollbackIncomplete';
}
/**
 * Returns everything this deployment changed to the pre-deploy state, from any point of the canary, without
 * needing its progress, and nothing it did not change:
 * - per route: equal to the snapshot: nothing; holding what this deployment wrote: the snapshot is written
 *   back (with someone's edit of a non-weight field kept); targets or weights someone else set: kept, reported.
 *   A route is not sent back to a stable service that has no task.
 * - the stable service back on its previous revision only if it runs one this deployment registered;
 * - the canary service scaled to 0 only once every route is confirmed to send it nothing, and only if it
 *   runs this deployment's revision.
 * Idempotent: a second run finds nothing to change and sends no write. Every part is attempted even when
 * one fails; AWS failures are thrown together at the end (RollbackIncomplete, retried).
 */
async function rollback(document, deps) {
    const { api } = meshAccess(document, deps);
    const { stableService, canaryService, snapshot } = document;
    const report = {
        restoredRoutes: [],
        unchangedRoutes: [],
        restoredKeepingEdits: [],
        keptEditedRoutes: [],
        notRestored: [],
        services: [],
        stable: 'unread',
        canary: 'unread',
        canaryStillRouted: [],
    };
    const failures = [];
    const attempt = async (what, action, onFailure) => {
        try {
            await action();
        }
        catch (error) {
            failures.push(`${what}: ${(0,errors/* messageOf */.bD)(error)}`);
            onFailure?.();
        }
    };
    let stable;
    await attempt(`stable service ${stableService.service}`, async () => {
        stable = await deps.ecs.describeService(stableService.cluster, stableService.service);
    });
    // Only a stable service known to have no task is refused traffic; one that cannot be read is not.
    const stableIdle = stable !== undefined && stable.desiredCount === 0;
    for (const route of snapshot.routes) {
        const stillRouted = () => report.canaryStillRouted.push(route.routeName);
        await attempt(`route ${route.routeName}`, async () => {
            const read = await api.describeRoute(route.routeName);
            const judgement = judgeRoute(read.spec, route, specsWrittenBy(document, route));
            if (judgement.kind === 'unchanged') {
                report.unchangedRoutes.push(route.routeName);
                return;
            }
            if (judgement.kind === 'edited') {
                report.keptEditedRoutes.push({ routeName: route.routeName, differences: judgement.differences });
                if (canaryWeightOf(read, document) !== 0)
                    stillRouted();
                deps.log.warn(`route ${route.routeName} was changed outside this deployment; kept as it is`, {
                    differences: judgement.differences,
                });
                return;
            }
            if (stableIdle) {
                report.notRestored.push({
                    routeName: route.routeName,
                    reason: `stable service ${stableService.service} has 0 desired tasks: the route would send its traffic to no task`,
                });
                if (canaryWeightOf(read, document) !== 0)
                    stillRouted();
                return;
            }
            if (judgement.kind === 'ours-with-edits') {
                await writeRestore(api, document, route, read.version, judgement.restore);
                report.restoredKeepingEdits.push({
                    routeName: route.routeName,
                    differences: judgement.differences,
                });
                deps.log.warn(`route ${route.routeName}: weights restored, someone's edit kept`, {
                    differences: judgement.differences,
                });
            }
            else {
                await writeRestore(api, document, route, read.version);
                report.restoredRoutes.push(route.routeName);
            }
        }, stillRouted);
    }
    await attempt(`stable service ${stableService.service}`, async () => {
        const revert = await (0,services/* revertStableIfOurs */.Yn)(deps.ecs, stableService, document.deploymentId);
        report.stable = revert.kind;
        if (revert.kind === 'reverted') {
            report.services.push(`stable service ${stableService.service}: ${revert.from} -> ${stableService.previousTaskDefinitionArn}`);
        }
        else if (revert.kind === 'kept') {
            const kept = `stable service ${stableService.service}: runs ${revert.runs}, which this deployment did not deploy: kept as it is`;
            report.services.push(kept);
            deps.log.warn(kept);
        }
    });
    await attempt(`canary service ${canaryService.service}`, async () => {
        if (report.canaryStillRouted.length > 0) {
            const kept = `canary service ${canaryService.service}: kept running, route ${report.canaryStillRouted.join(', ')} may still send it traffic`;
            report.services.push(kept);
            report.canary = 'kept';
            deps.log.warn(kept);
            return;
        }
        const retired = await (0,services/* retireCanary */.UK)(deps.ecs, canaryService);
        report.canary = typeof retired === 'object' ? 'kept' : retired;
        if (retired === 'scaled-to-zero')
            report.services.push(`canary service ${canaryService.service}: scaled to 0`);
        else if (typeof retired === 'object')
            report.services.push(`canary service ${canaryService.service}: ${retired.kept}`);
    });
    const done = describeRollback(report);
    if (failures.length > 0) {
        throw new RollbackIncompleteError(`rollback incomplete: ${failures.join('; ')}. Done: ${done}. Running it again is safe.`);
    }
    return { ...report, complete: report.canaryStillRouted.length === 0, summary: done };
}
/** The canary node's weight on a route as read; undefined when the route cannot be read back. */
function canaryWeightOf(read, document) {
    try {
        const spec = (0,app_mesh/* parseRouteSpec */.Y_)(read.spec, read.routeName);
        return (0,app_mesh/* targetsOn */.QF)((0,app_mesh/* weightedTargetsOf */.Jh)(spec), document.snapshot.canaryNode).reduce((sum, target) => sum + target.weight, 0);
    }
    catch {
        return undefined;
    }
}
function describeRollback(report) {
    const parts = [
        report.restoredRoutes.length > 0 ? `restored route ${report.restoredRoutes.join(', ')}` : undefined,
        ...report.restoredKeepingEdits.map((route) => `restored the weights of route ${route.routeName}, keeping an edit made outside this deployment (${route.differences.join('; ')})`),
        report.unchangedRoutes.length > 0
            ? `route ${report.unchangedRoutes.join(', ')} already at the snapshot`
            : undefined,
        ...report.keptEditedRoutes.map((route) => `kept route ${route.routeName} as edited outside this deployment (${route.differences.join('; ')})`),
        ...report.notRestored.map((route) => `did not restore route ${route.routeName}: ${route.reason}`),
        ...report.services,
    ].filter((part) => part !== undefined);
    return parts.length > 0 ? parts.join('; ') : 'nothing';
}
/**
 * The cause an execution ends with when its rollback could not send every route back (RollbackIncomplete):
 * why it rolled back, then what was and was not done.
 */
function incompleteCause(failure, report) {
    const { Error: error, Cause: cause } = (typeof failure === 'object' && failure !== null ? failure : {});
    const why = [
        typeof error === 'string' ? error : undefined,
        typeof cause === 'string' ? readableCause(cause) : undefined,
    ].filter(Boolean);
    return `${why.length > 0 ? `${why.join(': ')}. ` : ''}Rolled back as far as it may: ${report.summary}`;
}

// EXTERNAL MODULE: ./src/modes/executions.ts + 1 modules
var executions = __webpack_require__(8933);
;// CONCATENATED MODULE: ./src/modes/rollback.ts





/**
 * `rollback` (workflow_dispatch): stops a running canary and waits for the guard to restore its routes (or
 * restores them through the same core when the guard is late). With none running, applies the same core to
 * the last canary on the routes: routes it left split (a failed rollback) or moved (promotion none) go back
 * to its snapshot, its promotion is reverted while the stable service still runs it. A revision someone else
 * deployed since is never reverted: that is refused, saying what runs. Safe to run again.
 */
async function runRollbackMode(read, deps, actor) {
    const mesh = (0,config_mesh/* meshSettings */.BC)(read);
    const stateMachineArn = (0,inputs/* requiredString */.Fk)(read, 'state-machine-arn', 'Set it to the orchestrator state machine ARN.');
    const guardWaitSeconds = (0,inputs/* integer */.nd)(read, 'rollback-wait-seconds', 120, { min: 0, max: 3600 });
    const waitForMinutes = (0,inputs/* integer */.nd)(read, 'wait-for-minutes', 60, { min: 1, max: 360 });
    const router = new app_mesh/* AppMeshRouter */.Cg(deps.appMesh, mesh, { deploymentId: 'manual-rollback', log: deps.log });
    const traffic = await router.current();
    const running = await (0,executions/* runningCanaryOn */.n)(deps.executions, stateMachineArn, traffic);
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
        return withFailure({
            outcome: 'stopped-running-canary',
            executionArn,
            restoredBy,
            report,
            message: `stopped the canary ${running.document.deploymentId}; routes restored by the ${restoredBy === 'guard' ? 'guard' : 'Action'}: ${report.summary}`,
        });
    }
    const last = await (0,executions/* lastCanaryOn */.I)(deps.executions, stateMachineArn, traffic);
    if (!last) {
        return {
            outcome: 'nothing-to-roll-back',
            message: 'nothing to roll back: no canary has run on these routes',
        };
    }
    const { document, details } = last;
    const report = await rollback(document, deps);
    const reverted = report.stable === 'reverted';
    const restored = report.restoredRoutes.length + report.restoredKeepingEdits.length > 0;
    if (reverted) {
        const { stableService } = document;
        deps.log.info(`waiting for service ${stableService.service} to become stable on ${stableService.previousTaskDefinitionArn}`);
        await deps.ecs.waitForDeployment({
            cluster: stableService.cluster,
            service: stableService.service,
            taskDefinitionArn: stableService.previousTaskDefinitionArn,
            maxWaitMinutes: waitForMinutes,
        });
    }
    const subject = `the last canary ${document.deploymentId} (${details.status})`;
    if (reverted || restored) {
        return withFailure({
            outcome: reverted ? 'reverted-promotion' : 'restored-last-canary',
            executionArn: details.executionArn,
            report,
            message: reverted
                ? `reverted the promotion of ${document.deploymentId}: ${report.summary}`
                : `rolled back ${subject}: ${report.summary}`,
        });
    }
    if (report.stable === 'kept' && document.promotion === 'copy') {
        const { stableService } = document;
        const runs = report.services.find((line) => line.startsWith(`stable service ${stableService.service}:`));
        const message = `refused: ${runs}. It was deployed after ${subject}, so returning it to ` +
            `${stableService.previousTaskDefinitionArn} would undo someone else's deploy. Deploy the version you ` +
            'want instead.';
        return { outcome: 'refused', executionArn: details.executionArn, report, message, failure: message };
    }
    return withFailure({
        outcome: 'nothing-to-roll-back',
        executionArn: details.executionArn,
        report,
        message: `nothing to roll back: no canary is running, and ${subject} left nothing in force (${report.summary})`,
    });
}
/** A rollback that left a route sending the canary traffic fails the job, saying why. */
function withFailure(result) {
    if (!result.report || result.report.complete)
        return result;
    return { ...result, failure: `rollback incomplete: ${result.report.summary}` };
}
async function routesAtSnapshot(router, routes) {
    const current = await router.current().catch(() => undefined);
    if (!current)
        return false;
    return routes.every((route) => {
        const now = current.routes.find((read) => read.routeName === route.routeName);
        return now !== undefined && (0,app_mesh/* specsEqual */.VC)(now.spec, (0,app_mesh/* parseRouteSpec */.Y_)(route.spec, route.routeName));
    });
}


/***/ })

};
