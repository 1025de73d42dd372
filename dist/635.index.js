export const id = 635;
export const ids = [635];
export const modules = {

/***/ 1635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRollbackMode: () => (/* binding */ runRollbackMode)
});

// EXTERNAL MODULE: ./src/config/inputs.ts
var inputs = __webpack_require__(4389);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/routing/resource-phrase.ts
var resource_phrase = __webpack_require__(7200);
;// CONCATENATED MODULE: ./src/routing/resources.ts
/**
 * What the engine's rollback, promotion finish and drift checks need of every router, for each routed
 * resource (an App Mesh route, a VPC Lattice rule or listener default action, an ALB rule or listener default
 * actions): its pure spec operations and a way to read and write it. Router-independent; pure but for the
 * resource's read and write.
 */
/**
 * Pure, three-way: the resource as read, the snapshot, and `ours` (what the deployment may have left on it).
 * Equal to the snapshot: unchanged; equal to one of ours: ours; our targets with other fields edited:
 * ours-with-edits; anything else: edited.
 */
function judgeResource(raw, snapshot, ours, kit) {
    let spec;
    try {
        spec = kit.parse(raw);
    }
    catch (error) {
        return { kind: 'edited', differences: [error instanceof Error ? error.message : String(error)] };
    }
    if (kit.equal(spec, snapshot))
        return { kind: 'unchanged' };
    if (ours.some((candidate) => kit.equal(spec, candidate)))
        return { kind: 'ours' };
    const written = ours.find((candidate) => kit.targetsEqual(spec, candidate));
    // Targets already the snapshot's: the edit is all there is, and it is not ours.
    if (written && !kit.targetsEqual(spec, snapshot)) {
        return {
            kind: 'ours-with-edits',
            differences: kit.differences(spec, written),
            restore: kit.withTargetsOf(spec, snapshot),
        };
    }
    return { kind: 'edited', differences: kit.differences(spec, snapshot), spec };
}
/** The canary's share of a resource's traffic as read, in percent (one decimal); undefined when unreadable. */
function canarySharePctIn(raw, kit) {
    try {
        return Math.round(kit.canaryShare(kit.parse(raw)) * 1000) / 10;
    }
    catch {
        return undefined;
    }
}
/** The canary's weight on a resource as read; undefined when it cannot be read back. */
function canaryWeightIn(raw, kit) {
    try {
        return kit.canaryWeight(kit.parse(raw));
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/routing/engine.ts + 11 modules
var engine = __webpack_require__(5421);
;// CONCATENATED MODULE: ./src/orchestrator/routing-access.ts

/** The router of one deployment, rebuilt from the snapshot its document carries (whatever the router). */
function routerOf(document, deps) {
    return (0,engine/* engineRouterFor */.tA)(document.snapshot, deps, {
        deploymentId: document.deploymentId,
        ...(deps.routingRetry ? { retry: deps.routingRetry } : {}),
        log: { info: (line) => deps.log.info(line), warn: (line) => deps.log.warn(line) },
    });
}
/** The step weights of a deployment, for what it may have written. */
function stepWeights(document) {
    return document.steps.map((step) => step.weight);
}

// EXTERNAL MODULE: ./src/orchestrator/services.ts
var services = __webpack_require__(3262);
// EXTERNAL MODULE: ./src/config/test-traffic.ts
var test_traffic = __webpack_require__(2180);
// EXTERNAL MODULE: ./src/routing/test-traffic/index.ts + 4 modules
var routing_test_traffic = __webpack_require__(5102);
;// CONCATENATED MODULE: ./src/orchestrator/test-traffic.ts


function doorsOf(document, deps) {
    if (!document.testTraffic)
        return [];
    return (0,routing_test_traffic/* testTrafficDoors */.V7)(document.testTraffic, document.snapshot, deps, {
        deploymentId: document.deploymentId,
        ...(deps.routingRetry ? { retry: deps.routingRetry } : {}),
        log: { info: (line) => deps.log.info(line), warn: (line) => deps.log.warn(line) },
    });
}
/**
 * Before the first weighted step: requests with the test header reach the canary only. Returns what was
 * created, for the step's reason ("" without test traffic). A retried step finds it in place.
 */
async function openDocumentTestTraffic(document, deps) {
    if (!document.testTraffic)
        return '';
    const doors = doorsOf(document, deps);
    const created = await openTestTraffic(doors);
    const what = doors.map((door) => door.label).join(', ');
    return `test traffic (${testHeaderText(document.testTraffic.header)}) to the canary through ${what}${created.length === 0 ? ' (already)' : ''}`;
}
/** At the end (promotion, rollback, guard, mode: rollback): removes what is still as created; keeps edits. */
async function closeDocumentTestTraffic(document, deps) {
    const closed = await (0,routing_test_traffic/* closeTestTraffic */.U9)(doorsOf(document, deps));
    for (const kept of closed.kept)
        deps.log.warn(`${kept.label} was changed outside this deployment; kept as it is`, {
            differences: kept.differences,
        });
    return closed;
}
/** "removed ALB test rule at priority 9 …; kept … as edited outside this deployment (…)"; empty for none. */
function describeTestTrafficClose(closed) {
    return [
        ...closed.removed.map((label) => `removed ${label}`),
        ...closed.kept.map((kept) => `kept ${kept.label} as edited outside this deployment (${kept.differences.join('; ')})`),
    ];
}

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
    const { stableService, canaryService } = document;
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
        canarySharePct: {},
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
    // The test route first: testers stop reaching the canary before it may be scaled to 0.
    if (document.testTraffic) {
        await attempt('test traffic', async () => {
            const closed = await closeDocumentTestTraffic(document, deps);
            report.removedTestRoutes = closed.removed;
            report.keptEditedTestRoutes = closed.kept.map((kept) => ({
                routeName: kept.label,
                differences: kept.differences,
            }));
            for (const kept of closed.kept)
                if (kept.routesCanary)
                    report.canaryStillRouted.push(kept.label);
        }, () => report.canaryStillRouted.push('the test route'));
    }
    for (const resource of routerOf(document, deps).resources()) {
        const stillRouted = (raw) => {
            report.canaryStillRouted.push(resource.name);
            const share = raw === undefined ? undefined : canarySharePctIn(raw, resource.kit);
            if (share !== undefined)
                report.canarySharePct[resource.name] = share;
        };
        await attempt(resource.label, async () => {
            const read = await resource.read();
            const ours = resource.kit.written(resource.snapshot, stepWeights(document));
            const judgement = judgeResource(read.raw, resource.snapshot, ours, resource.kit);
            if (judgement.kind === 'unchanged') {
                report.unchangedRoutes.push(resource.name);
                return;
            }
            if (judgement.kind === 'edited') {
                report.keptEditedRoutes.push({ routeName: resource.name, differences: judgement.differences });
                if (canaryWeightIn(read.raw, resource.kit) !== 0)
                    stillRouted(read.raw);
                deps.log.warn(`${resource.label} was changed outside this deployment; kept as it is`, {
                    differences: judgement.differences,
                });
                return;
            }
            if (stableIdle) {
                report.notRestored.push({
                    routeName: resource.name,
                    reason: `stable service ${stableService.service} has 0 desired tasks: it would send its traffic to no task`,
                });
                if (canaryWeightIn(read.raw, resource.kit) !== 0)
                    stillRouted(read.raw);
                return;
            }
            if (judgement.kind === 'ours-with-edits') {
                await resource.write(judgement.restore, read.version, 'restore-weights');
                report.restoredKeepingEdits.push({ routeName: resource.name, differences: judgement.differences });
                deps.log.warn(`${resource.label}: weights restored, someone's edit kept`, {
                    differences: judgement.differences,
                });
            }
            else {
                await resource.write(resource.snapshot, read.version, 'restore');
                report.restoredRoutes.push(resource.name);
            }
        }, () => stillRouted());
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
function describeRollback(report) {
    const parts = [
        ...(report.removedTestRoutes ?? []).map((label) => `removed ${label}`),
        ...(report.keptEditedTestRoutes ?? []).map((route) => `kept ${route.routeName} as edited outside this deployment (${route.differences.join('; ')})`),
        report.restoredRoutes.length > 0 ? `restored ${(0,resource_phrase/* resourcesPhrase */.V)(report.restoredRoutes)}` : undefined,
        ...report.restoredKeepingEdits.map((route) => `restored the weights of ${(0,resource_phrase/* resourcesPhrase */.V)([route.routeName])}, keeping an edit made outside this deployment (${route.differences.join('; ')})`),
        report.unchangedRoutes.length > 0
            ? `${(0,resource_phrase/* resourcesPhrase */.V)(report.unchangedRoutes)} already at the snapshot`
            : undefined,
        ...report.keptEditedRoutes.map((route) => `kept ${(0,resource_phrase/* resourcesPhrase */.V)([route.routeName])} as edited outside this deployment (${route.differences.join('; ')})`),
        ...report.notRestored.map((route) => `did not restore ${(0,resource_phrase/* resourcesPhrase */.V)([route.routeName])}: ${route.reason}`),
        ...report.services,
    ].filter((part) => part !== undefined);
    return parts.length > 0 ? parts.join('; ') : 'nothing';
}
/**
 * The cause an execution ends with when its rollback could not send every route back (RollbackIncomplete):
 * why it rolled back, then what was and was not done.
 */
function incompleteCause(failure, report) {
    const why = failureReason(failure);
    return `${why ? `${why.replace(/\.$/, '')}. ` : ''}Rolled back as far as it may: ${report.summary}`;
}
/** Why the execution rolls back, from the state's failure ({Error, Cause}): "HealthCheckFailed: FAIL at …". */
function failureReason(failure) {
    const { Error: error, Cause: cause } = (typeof failure === 'object' && failure !== null ? failure : {});
    const why = [
        typeof error === 'string' ? error : undefined,
        typeof cause === 'string' ? readableCause(cause) : undefined,
    ].filter(Boolean);
    return why.length > 0 ? why.join(': ') : undefined;
}

// EXTERNAL MODULE: ./src/pace.ts
var pace = __webpack_require__(1340);
// EXTERNAL MODULE: ./src/routing/router-settings.ts + 1 modules
var router_settings = __webpack_require__(4822);
// EXTERNAL MODULE: ./src/modes/executions.ts
var executions = __webpack_require__(593);
;// CONCATENATED MODULE: ./src/modes/rollback.ts






/**
 * `rollback` (workflow_dispatch): stops a running canary and waits for the guard to restore its routes (or
 * restores them through the same core when the guard is late). With none running, applies the same core to
 * the last canary on the routes: routes it left split (a failed rollback) or moved (promotion none) go back
 * to its snapshot, its promotion is reverted while the stable service still runs it. A revision someone else
 * deployed since is never reverted: that is refused, saying what runs. Safe to run again.
 */
async function runRollbackMode(read, deps, actor) {
    const settings = (0,router_settings/* routerSettings */.XV)(read);
    const stateMachineArn = (0,inputs/* requiredString */.Fk)(read, 'state-machine-arn', 'Set it to the orchestrator state machine ARN.');
    const guardWaitSeconds = (0,inputs/* integer */.nd)(read, 'rollback-wait-seconds', 120, { min: 0, max: 3600 });
    const waitForMinutes = (0,inputs/* integer */.nd)(read, 'wait-for-minutes', 60, { min: 1, max: 360 });
    const router = (0,engine/* routerFromSettings */.pM)(settings, deps, { deploymentId: 'manual-rollback', log: deps.log });
    const traffic = await router.current();
    const running = await (0,executions/* runningCanaryOn */.n)(deps.executions, stateMachineArn, traffic);
    if (running) {
        const { executionArn } = running.details;
        await deps.executions.stop(executionArn, 'ManualRollback', `rolled back by hand by ${actor}`);
        deps.log.info(`stopped ${executionArn}; waiting up to ${guardWaitSeconds} s for the guard to restore the routes`);
        const deadline = deps.now().getTime() + guardWaitSeconds * 1000;
        while (deps.now().getTime() < deadline) {
            if (await atSnapshot(running.document.snapshot, deps))
                break;
            await deps.sleep(pace/* guardPollSeconds */.A3);
        }
        const guardDone = await atSnapshot(running.document.snapshot, deps);
        // The core is idempotent: after the guard it changes nothing; without it, it does the whole rollback.
        const report = await rollback(running.document, deps);
        const restoredBy = guardDone ? 'guard' : 'this run';
        return withFailure({
            outcome: 'stopped-running-canary',
            executionArn,
            source: running.document.source,
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
            source: document.source,
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
        return {
            outcome: 'refused',
            executionArn: details.executionArn,
            source: document.source,
            report,
            message,
            failure: message,
        };
    }
    if (!report.complete) {
        return withFailure({
            outcome: 'incomplete',
            executionArn: details.executionArn,
            source: document.source,
            report,
            message: `${subject} left it routed (${report.summary})`,
        });
    }
    return {
        outcome: 'nothing-to-roll-back',
        executionArn: details.executionArn,
        source: document.source,
        report,
        message: `nothing to roll back: no canary is running, and ${subject} left nothing in force (${report.summary})`,
    };
}
/**
 * A rollback that left a route sending the canary traffic is incomplete, whatever else it did: the outcome
 * says so, names the canary's share of each such route, and the job fails.
 */
function withFailure(result) {
    const report = result.report;
    if (!report || report.complete)
        return result;
    const shares = report.canaryStillRouted.map((name) => {
        const share = report.canarySharePct[name];
        return share === undefined ? `${name} (its share could not be read)` : `${share}% of ${name}`;
    });
    const message = `rollback incomplete: the canary still takes ${shares.join(', ')}, and no execution watches it: ` +
        `${result.message}. Bring the canary's weight to 0 once the cause is understood (appmesh-canary set-weight ` +
        '--canary-percent 0), then run rollback again to scale the canary service to 0.';
    return { ...result, outcome: 'incomplete', message, failure: message };
}
/** Whether every routed resource of a snapshot is back to it (what the guard's rollback leaves). */
async function atSnapshot(snapshot, deps) {
    try {
        for (const resource of (0,engine/* engineRouterFor */.tA)(snapshot, deps, { deploymentId: 'manual-rollback' }).resources()) {
            const read = await resource.read();
            if (!resource.kit.equal(resource.kit.parse(read.raw), resource.snapshot))
                return false;
        }
        return true;
    }
    catch {
        return false;
    }
}


/***/ })

};
