export const id = 854;
export const ids = [854];
export const modules = {

/***/ 9984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ tasksOf),
/* harmony export */   p: () => (/* binding */ countOf)
/* harmony export */ });
/** "1 task", "2 tasks", "0 tasks": a count with its noun, singular only for one. */
function countOf(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
/** "1 running of 1 desired task", "0 running of 2 desired tasks": the noun agrees with the desired count. */
function tasksOf(state) {
    return `${state.runningCount} running of ${countOf(state.desiredCount, 'desired task')}`;
}


/***/ }),

/***/ 2377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U6: () => (/* reexport */ Ecs)
});

// UNUSED EXPORTS: DeploymentFailedError, DeploymentTimeoutError, ServiceNotFoundError, accountIdOf, describeProgress, judgeRollout

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-cjs/index.js
var dist_cjs = __webpack_require__(212);
// EXTERNAL MODULE: ./src/count.ts
var count = __webpack_require__(9984);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/ecs/errors.ts
/** DescribeServices found no live service (MISSING in the failures list, or DRAINING / INACTIVE). */
class ServiceNotFoundError extends Error {
    cluster;
    service;
    reason;
    name = 'ServiceNotFoundError';
    constructor(cluster, service, reason) {
        super(`service ${service} not found in cluster ${cluster} (${reason}): check the cluster and service names`);
        this.cluster = cluster;
        this.service = service;
        this.reason = reason;
    }
}
/** The rollout failed (rolloutState FAILED) or was rolled back by the deployment circuit breaker. */
class DeploymentFailedError extends Error {
    name = 'DeploymentFailedError';
    failure;
    constructor(failure) {
        const what = `deployment of ${failure.taskDefinitionArn} to service ${failure.service} in cluster ${failure.cluster}`;
        const outcome = failure.rolledBackTo
            ? `was rolled back (deployment circuit breaker) or replaced: the service runs ${failure.rolledBackTo}`
            : 'failed';
        super(`${what} ${outcome}. Reason: ${failure.reason}.${eventsSentence(failure.events)}`);
        this.failure = failure;
    }
}
/** The service did not become stable on our task definition within the allowed time. */
class DeploymentTimeoutError extends Error {
    cluster;
    service;
    taskDefinitionArn;
    waitedSeconds;
    progress;
    events;
    name = 'DeploymentTimeoutError';
    constructor(cluster, service, taskDefinitionArn, waitedSeconds, 
    /** e.g. "2/3 tasks running, rollout IN_PROGRESS" */
    progress, events) {
        super(`service ${service} in cluster ${cluster} did not become stable on ${taskDefinitionArn} within ` +
            `${formatWait(waitedSeconds)}: ${progress}.${eventsSentence(events)}`);
        this.cluster = cluster;
        this.service = service;
        this.taskDefinitionArn = taskDefinitionArn;
        this.waitedSeconds = waitedSeconds;
        this.progress = progress;
        this.events = events;
    }
}
function formatWait(seconds) {
    if (seconds < 60)
        return `${Math.round(seconds * 10) / 10} s`;
    return `${Math.round((seconds / 60) * 10) / 10} min`;
}
function eventsSentence(events) {
    return events.length > 0 ? ` Latest service events: ${events.join(' | ')}` : '';
}

;// CONCATENATED MODULE: ./src/ecs/service-state.ts
function toServiceState(service) {
    const serviceArn = service.serviceArn ?? '';
    return {
        serviceArn,
        serviceName: service.serviceName ?? '',
        clusterArn: service.clusterArn ?? '',
        status: service.status ?? '',
        taskDefinitionArn: service.taskDefinition ?? '',
        desiredCount: service.desiredCount ?? 0,
        runningCount: service.runningCount ?? 0,
        pendingCount: service.pendingCount ?? 0,
        ...(service.launchType ? { launchType: service.launchType } : {}),
        accountId: accountIdOf(serviceArn),
        deployments: (service.deployments ?? []).map(toDeploymentState),
        events: newestFirst(service.events ?? []),
        targetGroupArns: targetGroupsOf(service),
    };
}
/** ELB target groups of the service, and VPC Lattice ones of its PRIMARY deployment (where ECS keeps them). */
function targetGroupsOf(service) {
    const primary = (service.deployments ?? []).find((deployment) => deployment.status === 'PRIMARY');
    const arns = [
        ...(service.loadBalancers ?? []).map((balancer) => balancer.targetGroupArn),
        ...(primary?.vpcLatticeConfigurations ?? []).map((configuration) => configuration.targetGroupArn),
    ];
    return [...new Set(arns.filter((arn) => typeof arn === 'string'))];
}
/** arn:partition:ecs:region:ACCOUNT:service/cluster/name */
function accountIdOf(arn) {
    const account = arn.split(':')[4] ?? '';
    if (!/^\d{12}$/.test(account))
        throw new Error(`cannot read the account id from the ARN "${arn}"`);
    return account;
}
function toDeploymentState(deployment) {
    return {
        id: deployment.id ?? '',
        status: deployment.status ?? '',
        taskDefinitionArn: deployment.taskDefinition ?? '',
        desiredCount: deployment.desiredCount ?? 0,
        runningCount: deployment.runningCount ?? 0,
        pendingCount: deployment.pendingCount ?? 0,
        failedTasks: deployment.failedTasks ?? 0,
        ...(deployment.rolloutState ? { rolloutState: deployment.rolloutState } : {}),
        ...(deployment.rolloutStateReason ? { rolloutStateReason: deployment.rolloutStateReason } : {}),
        ...(deployment.createdAt ? { createdAt: deployment.createdAt } : {}),
    };
}
function newestFirst(events) {
    return events
        .map((event) => ({
        ...(event.createdAt ? { createdAt: event.createdAt } : {}),
        message: event.message ?? '',
    }))
        .sort((a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0));
}

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
var submodules_client = __webpack_require__(2658);
// EXTERNAL MODULE: ./src/pace.ts
var pace = __webpack_require__(1340);
;// CONCATENATED MODULE: ./src/ecs/rollout.ts

const eventsInReason = 3;
/**
 * Judges the rollout of `taskDefinitionArn` from one DescribeServices answer. The stock "services stable"
 * waiter is not enough: after a circuit-breaker rollback the old deployment becomes stable and it reports
 * success, so a PRIMARY deployment that is no longer ours is a failure.
 */
function judgeRollout(state, taskDefinitionArn) {
    const primary = state.deployments.find((deployment) => deployment.status === 'PRIMARY');
    const events = latestEvents(state);
    if (!primary) {
        return {
            kind: 'failed',
            reason: 'the service has no PRIMARY deployment; only the rolling update (ECS) deployment controller is supported',
            events,
        };
    }
    if (primary.taskDefinitionArn !== taskDefinitionArn) {
        const ours = ourDeployment(state, taskDefinitionArn);
        const why = ours
            ? `our deployment ${ours.id} is ${ours.rolloutState ?? ours.status}${ours.rolloutStateReason ? `: ${ours.rolloutStateReason}` : ''}`
            : 'our deployment is no longer listed';
        return {
            kind: 'rolled-back',
            reason: `the PRIMARY deployment ${primary.id} runs ${primary.taskDefinitionArn}; ${why}`,
            events,
            primaryTaskDefinitionArn: primary.taskDefinitionArn,
        };
    }
    if (primary.rolloutState === 'FAILED') {
        return {
            kind: 'failed',
            reason: primary.rolloutStateReason ?? `deployment ${primary.id} FAILED`,
            events,
        };
    }
    if (primary.rolloutState === 'COMPLETED')
        return { kind: 'stable', deployment: primary };
    // Without a rollout state (other deployment types), stable means one deployment with every task running.
    if (primary.rolloutState === undefined &&
        state.deployments.length === 1 &&
        primary.runningCount === primary.desiredCount) {
        return { kind: 'stable', deployment: primary };
    }
    return { kind: 'in-progress', progress: describeProgress(state, taskDefinitionArn) };
}
/** "2/3 tasks running, rollout IN_PROGRESS, 1 failed task", for logs and timeouts. */
function describeProgress(state, taskDefinitionArn) {
    const deployment = ourDeployment(state, taskDefinitionArn);
    if (!deployment)
        return `no deployment of ${taskDefinitionArn}; the service runs ${state.taskDefinitionArn}`;
    const parts = [
        `${deployment.runningCount}/${deployment.desiredCount} tasks running`,
        `rollout ${deployment.rolloutState ?? 'state not reported'}`,
    ];
    if (deployment.pendingCount > 0)
        parts.push(`${deployment.pendingCount} pending`);
    if (deployment.failedTasks > 0)
        parts.push((0,count/* countOf */.p)(deployment.failedTasks, 'failed task'));
    const others = state.deployments.length - 1;
    if (others > 0)
        parts.push(`${(0,count/* countOf */.p)(others, 'older deployment')} still present`);
    return parts.join(', ');
}
function latestEvents(state, count = eventsInReason) {
    return state.events.slice(0, count).map((event) => event.message);
}
/** Our deployment: the PRIMARY one when it runs our task definition, else the newest that does. */
function ourDeployment(state, taskDefinitionArn) {
    const ours = state.deployments.filter((deployment) => deployment.taskDefinitionArn === taskDefinitionArn);
    return (ours.find((deployment) => deployment.status === 'PRIMARY') ??
        ours.sort((a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0))[0]);
}

;// CONCATENATED MODULE: ./src/ecs/wait.ts




/**
 * Polls with the SDK's waiter (exponential backoff with jitter, bounded by maxWaitMinutes) until
 * `judgeRollout` says stable, failed or rolled back.
 */
async function waitForRollout(client, describe, params) {
    const maxWaitTime = params.maxWaitMinutes * 60;
    if (!(maxWaitTime > 0))
        throw new RangeError(`maxWaitMinutes must be greater than 0; got ${params.maxWaitMinutes}`);
    // The waiter requires minDelay < maxWaitTime and minDelay <= maxDelay; both scaled for testing only.
    const minDelay = Math.min((0,pace/* realWaitMs */.YV)(params.minDelaySeconds ?? pace/* ecsWaiterDelaySeconds */.ik.min) / 1000, maxWaitTime / 2);
    const maxDelay = Math.max(minDelay, Math.min((0,pace/* realWaitMs */.YV)(params.maxDelaySeconds ?? pace/* ecsWaiterDelaySeconds */.ik.max) / 1000, maxWaitTime));
    const started = Date.now();
    let last;
    const result = await (0,submodules_client.createWaiter)({ client, maxWaitTime, minDelay, maxDelay }, params, async () => {
        const state = await describe();
        last = state;
        const verdict = judgeRollout(state, params.taskDefinitionArn);
        // A reason only on a final answer: the waiter serializes every reason it is given.
        if (verdict.kind === 'in-progress')
            return { state: submodules_client.WaiterState.RETRY };
        return {
            state: verdict.kind === 'stable' ? submodules_client.WaiterState.SUCCESS : submodules_client.WaiterState.FAILURE,
            reason: { state, verdict },
        };
    });
    const observation = result.final;
    if (result.state === submodules_client.WaiterState.SUCCESS && observation?.verdict.kind === 'stable') {
        return {
            service: observation.state,
            deployment: observation.verdict.deployment,
            waitedSeconds: (Date.now() - started) / 1000,
        };
    }
    if (result.state === submodules_client.WaiterState.FAILURE && observation) {
        const { verdict } = observation;
        if (verdict.kind === 'failed' || verdict.kind === 'rolled-back') {
            throw new DeploymentFailedError({
                cluster: params.cluster,
                service: params.service,
                taskDefinitionArn: params.taskDefinitionArn,
                reason: verdict.reason,
                events: verdict.events,
                ...(verdict.kind === 'rolled-back' ? { rolledBackTo: verdict.primaryTaskDefinitionArn } : {}),
            });
        }
    }
    if (result.state === submodules_client.WaiterState.TIMEOUT) {
        throw new DeploymentTimeoutError(params.cluster, params.service, params.taskDefinitionArn, maxWaitTime, last ? describeProgress(last, params.taskDefinitionArn) : 'the service was never described', last ? latestEvents(last) : []);
    }
    throw new Error(`waiting for service ${params.service} in cluster ${params.cluster} ended in state ${result.state}`);
}

;// CONCATENATED MODULE: ./src/ecs/ecs.ts






/** The one place that talks to ECS. Every call says what it was doing when it fails. */
class Ecs {
    client;
    constructor(client) {
        this.client = client;
    }
    async describeService(cluster, service) {
        const response = await (0,errors/* callAws */.IY)(`describing service ${service} in cluster ${cluster}`, () => this.client.send(new dist_cjs/* DescribeServicesCommand */.H7c({ cluster, services: [service] })));
        const found = response.services?.[0];
        if (!found) {
            const failure = response.failures?.[0];
            const reason = [failure?.reason ?? 'not in the DescribeServices answer', failure?.detail]
                .filter(Boolean)
                .join(': ');
            throw new ServiceNotFoundError(cluster, service, reason);
        }
        if (found.status !== 'ACTIVE')
            throw new ServiceNotFoundError(cluster, service, `status ${found.status}`);
        return toServiceState(found);
    }
    async describeTaskDefinition(taskDefinition) {
        const response = await (0,errors/* callAws */.IY)(`describing task definition ${taskDefinition}`, () => this.client.send(new dist_cjs/* DescribeTaskDefinitionCommand */.Zy$({ taskDefinition, include: ['TAGS'] })));
        if (!response.taskDefinition) {
            throw new Error(`describing task definition ${taskDefinition}: the answer holds no task definition`);
        }
        const tags = response.tags ?? [];
        return tags.length > 0 ? { ...response.taskDefinition, tags } : response.taskDefinition;
    }
    async registerTaskDefinition(input) {
        const doing = `registering task definition family ${input.family}`;
        const response = await (0,errors/* callAws */.IY)(doing, () => this.client.send(new dist_cjs/* RegisterTaskDefinitionCommand */.$Hl(input)));
        const registered = response.taskDefinition;
        if (!registered?.taskDefinitionArn || registered.revision === undefined) {
            throw new Error(`${doing}: the answer holds no task definition ARN`);
        }
        return {
            taskDefinitionArn: registered.taskDefinitionArn,
            family: registered.family ?? input.family ?? '',
            revision: registered.revision,
        };
    }
    /** Starts a deployment; returns the id of the new PRIMARY deployment when ECS reports it. */
    async updateService(params) {
        const input = {
            cluster: params.cluster,
            service: params.service,
            taskDefinition: params.taskDefinitionArn,
            ...(params.desiredCount !== undefined ? { desiredCount: params.desiredCount } : {}),
            ...(params.forceNewDeployment !== undefined ? { forceNewDeployment: params.forceNewDeployment } : {}),
        };
        const response = await (0,errors/* callAws */.IY)(`updating service ${params.service} in cluster ${params.cluster} to ${params.taskDefinitionArn}`, () => this.client.send(new dist_cjs/* UpdateServiceCommand */.kZr(input)));
        const primary = response.service?.deployments?.find((deployment) => deployment.status === 'PRIMARY' && deployment.taskDefinition === params.taskDefinitionArn);
        return primary?.id ? { deploymentId: primary.id } : {};
    }
    /** Changes only the desired count (e.g. 0 to retire a canary); the task definition stays as it is. */
    async scaleService(params) {
        const { cluster, service, desiredCount } = params;
        await (0,errors/* callAws */.IY)(`scaling service ${service} in cluster ${cluster} to ${(0,count/* countOf */.p)(desiredCount, 'task')}`, () => this.client.send(new dist_cjs/* UpdateServiceCommand */.kZr({ cluster, service, desiredCount })));
    }
    /**
     * Waits until the service's PRIMARY deployment runs `taskDefinitionArn` and is COMPLETED.
     * Throws DeploymentFailedError on a failed rollout or a circuit-breaker rollback (at once, not at the
     * timeout), DeploymentTimeoutError when not stable within maxWaitMinutes.
     */
    waitForDeployment(params) {
        return waitForRollout(this.client, () => this.describeService(params.cluster, params.service), params);
    }
}

;// CONCATENATED MODULE: ./src/ecs/index.ts






/***/ }),

/***/ 2480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G9: () => (/* binding */ percentileOverPeriods),
/* harmony export */   rS: () => (/* binding */ latencyPercentiles)
/* harmony export */ });
/* unused harmony exports quantileOf, requestsBeyondPercentile, minLatencySamples, allowedLatencyMs, describeIncrease, percentileOfHistogram */
/** Tail latency: the percentiles a check judges, and how much traffic one needs to mean anything. */
const latencyPercentiles = ['p50', 'p90', 'p95', 'p99', 'p99.9'];
/** The quantile (0-1) of a percentile name: p99.9 -> 0.999. */
function quantileOf(percentile) {
    return Number(percentile.slice(1)) / 100;
}
/**
 * Requests beyond the percentile point a window needs before its percentile is judged: with k = 10, a p99
 * rests on at least 10 requests slower than it (1,000 requests in all), a p50 on 20. Fewer is INCONCLUSIVE.
 */
const requestsBeyondPercentile = 10;
/** The fewest requests (or traces) whose percentile is judged: k / (1 - q), rounded up. */
function minLatencySamples(percentile) {
    // toPrecision drops the float noise of 1 - 0.999.
    return Math.ceil(Number((requestsBeyondPercentile / (1 - quantileOf(percentile))).toPrecision(12)));
}
/** The most the canary's percentile may be, given the stable's. */
function allowedLatencyMs(stableMs, increase) {
    return 'pct' in increase ? stableMs * (1 + increase.pct / 100) : stableMs + increase.ms;
}
function describeIncrease(increase) {
    return 'pct' in increase ? `${increase.pct}%` : `${increase.ms}ms`;
}
/**
 * The percentile of the traces a histogram counts. Each entry holds the traces slower than the previous entry's
 * value and at most its own (0 for the first), so the trace of rank ceil(q·n) lies in the first entry whose
 * running count reaches that rank. The estimate interpolates linearly by rank within that entry's bucket; the
 * exact percentile (nearest rank) is in the same bucket, so the error is at most the bucket's width.
 */
function percentileOfHistogram(entries, q) {
    const merged = new Map();
    for (const entry of entries)
        if (entry.count > 0)
            merged.set(entry.valueSeconds, (merged.get(entry.valueSeconds) ?? 0) + entry.count);
    const sorted = [...merged.entries()].sort(([a], [b]) => a - b);
    const samples = sorted.reduce((sum, [, count]) => sum + count, 0);
    if (samples === 0)
        return undefined;
    const rank = Math.max(1, Math.ceil(q * samples - 1e-9));
    let below = 0;
    let lower = 0;
    for (const [value, count] of sorted) {
        if (below + count >= rank) {
            const share = (rank - below) / count;
            const ms = (lower + (value - lower) * share) * 1000;
            return { ms, errorMs: (value - lower) * 1000, samples };
        }
        below += count;
        lower = value;
    }
    const last = sorted[sorted.length - 1][0];
    return { ms: last * 1000, errorMs: 0, samples };
}
/**
 * A window's percentile from CloudWatch's per-period percentiles: CloudWatch does not merge percentiles across
 * periods, so each period's counts as many times as it had requests. Exact when the window is one period.
 */
function percentileOverPeriods(periods) {
    const weighted = periods.filter((one) => one.samples > 0 && Number.isFinite(one.value));
    const samples = weighted.reduce((sum, one) => sum + one.samples, 0);
    if (samples === 0)
        return undefined;
    return { value: weighted.reduce((sum, one) => sum + one.value * one.samples, 0) / samples, samples };
}


/***/ }),

/***/ 593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ lastCanaryOn),
/* harmony export */   n: () => (/* binding */ runningCanaryOn)
/* harmony export */ });
/* harmony import */ var _orchestrator_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7799);
/* harmony import */ var _orchestrator_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5345);
/* harmony import */ var _routing_engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3393);



/** The running execution that shifts any of these routes, if one does (the lock allows one). */
async function runningCanaryOn(executions, stateMachineArn, traffic) {
    for (const summary of await executions.listRunning(stateMachineArn)) {
        const found = await canaryOn(executions, summary.executionArn, traffic);
        if (found)
            return found;
    }
    return undefined;
}
/** Errors with which an execution ended before it changed anything: not a canary that left something behind. */
const refusals = new Set([_orchestrator_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .stepErrorNames */ .x.canaryAlreadyRunning, _orchestrator_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .stepErrorNames */ .x.invalidDocument]);
/** The newest ended execution on these routes that was not refused before any change (newest first, one page). */
async function lastCanaryOn(executions, stateMachineArn, traffic, statuses = ['SUCCEEDED', 'FAILED', 'ABORTED', 'TIMED_OUT']) {
    const recent = await executions.listRecent(stateMachineArn, undefined, 100);
    for (const summary of recent) {
        if (!statuses.includes(summary.status))
            continue;
        const found = await canaryOn(executions, summary.executionArn, traffic);
        if (found && !(found.details.error && refusals.has(found.details.error)))
            return found;
    }
    return undefined;
}
async function canaryOn(executions, executionArn, traffic) {
    const details = await executions.describe(executionArn);
    const document = (0,_orchestrator_document_js__WEBPACK_IMPORTED_MODULE_0__/* .documentOf */ .lM)(details);
    if (!document || (0,_routing_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .sharedResources */ .Dz)(traffic, document.snapshot).length === 0)
        return undefined;
    return { details, document };
}


/***/ }),

/***/ 7799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ familyOf),
/* harmony export */   FK: () => (/* binding */ InvalidDocumentError),
/* harmony export */   JB: () => (/* binding */ parseExecutionDocument),
/* harmony export */   am: () => (/* binding */ documentVersion),
/* harmony export */   lM: () => (/* binding */ documentOf)
/* harmony export */ });
/* unused harmony export executionDocumentSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2857);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _health_latency_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2480);
/* harmony import */ var _routing_engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3393);




/**
 * The execution document: the one contract between the Action (which builds it) and the state machine's
 * Lambdas (which read it). Versioned; validated on both sides by this schema. Version 2 names the router of its
 * snapshot (App Mesh, VPC Lattice or ALB); version 1 (App Mesh only) is still read, so an execution started by
 * an earlier release still rolls back.
 */
const documentVersion = 2;
const meshName = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[A-Za-z0-9_.-]{1,255}$/, 'an App Mesh name: 1-255 of A-Z a-z 0-9 _ . -');
const account = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^\d{12}$/, 'a 12-digit AWS account ID');
const arn = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:\d{12}:.+$/, 'an ARN');
const taskDefinitionArn = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .regex(/^arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:task-definition\/[A-Za-z0-9_-]{1,255}:\d+$/, 'a task definition ARN (arn:aws:ecs:REGION:ACCOUNT:task-definition/FAMILY:REVISION)');
const seconds = zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative();
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
    publishDelaySeconds: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().max(3600).optional(),
    periodSeconds: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
        .int()
        .positive()
        .refine((period) => period % 60 === 0 || [1, 5, 10, 30].includes(period), {
        message: '1, 5, 10, 30 or a multiple of 60',
    }),
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
        zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            preset: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('lattice-target-group'),
            canaryTargetGroup: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
            stableTargetGroup: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
        }),
        zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            preset: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('alb-target-group'),
            loadBalancer: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
            canaryTargetGroup: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
            stableTargetGroup: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
        }),
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
        latencyPercentile: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_health_latency_js__WEBPACK_IMPORTED_MODULE_3__/* .latencyPercentiles */ .rS).optional(),
        maxLatencyIncrease: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ pct: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().positive() }), zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ ms: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().positive() })])
            .optional(),
        minRequests: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        maxErrorRateIncreasePct: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(100).optional(),
        significance: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().gt(0).lt(1),
        failureLimit: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(),
        inconclusiveLimit: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        onSourceError: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['FAIL', 'INCONCLUSIVE']),
    }),
});
/**
 * Settings to render the new version for the stable node at promotion (the node identity differs). App Mesh
 * only: without a mesh the canary's revision is copied as it is.
 */
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
const step = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    weight: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(1).max(100),
    bakeSeconds: seconds,
    /** Hold after the bake until resumed or the pause times out. */
    pause: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(),
});
const executionDocumentSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(1), zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(documentVersion)]),
    deploymentId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, _ and -, at most 64'),
    source: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        repository: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        sha: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        runUrl: zod__WEBPACK_IMPORTED_MODULE_2__/* .url */ .OZ5().optional(),
        actor: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        githubDeployment: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(), environment: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1) })
            .optional(),
    }),
    region: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[a-z]{2}(-[a-z]+)+-\d+$/),
    snapshot: _routing_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .trafficSnapshotSchema */ .R2,
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
    render: render.optional(),
    steps: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(step).min(1).max(20),
    checkIntervalSeconds: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(10).max(3600),
    promotion: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['copy', 'none']),
    promotionPollSeconds: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(5).max(600),
    promotionTimeoutSeconds: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(60).max(21600),
    /** Documents from before pauses existed hold none, so the defaults never apply to them. */
    pauseTimeoutSeconds: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
        .int()
        .min(60)
        .max(7 * 86400)
        .default(86400),
    onPauseTimeout: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['rollback', 'continue']).default('rollback'),
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
    if (document.version === 1 && snapshot.router !== 'app-mesh') {
        context.addIssue({
            code: 'custom',
            path: ['version'],
            message: 'version 1 documents are App Mesh only',
        });
    }
    if (snapshot.router === 'app-mesh') {
        if (!document.render) {
            context.addIssue({
                code: 'custom',
                path: ['render'],
                message: 'is required with an App Mesh router',
            });
        }
        if (snapshot.stableNode === snapshot.canaryNode) {
            context.addIssue({
                code: 'custom',
                path: ['snapshot', 'canaryNode'],
                message: 'must differ from the stable node',
            });
            return;
        }
    }
    (0,_routing_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .snapshotResources */ .sc)(snapshot).forEach((resource, index) => {
        const issue = resourceIssue(resource, document.steps);
        if (issue)
            context.addIssue({ code: 'custom', path: ['snapshot', 'resources', index], message: issue });
    });
});
/**
 * A snapshot resource must give the canary no weight (rollback and promotion write the snapshot back, and
 * must leave no traffic on a canary scaled to 0), and every step weight must be applicable to it.
 */
function resourceIssue(resource, steps) {
    if (resource.kit.canaryWeight(resource.snapshot) > 0) {
        return `the canary already has weight in the snapshot of ${resource.label}`;
    }
    try {
        resource.kit.written(resource.snapshot, steps.map((step) => step.weight));
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
/** The document of an execution, or undefined when its input holds none (not a canary of this project). */
function documentOf(details) {
    if (details.input === undefined)
        return undefined;
    try {
        return parseExecutionDocument(JSON.parse(details.input).document);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 5345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _4: () => (/* binding */ CanaryAlreadyRunningError),
/* harmony export */   x: () => (/* binding */ stepErrorNames)
/* harmony export */ });
/* unused harmony exports StepError, isTransient, toStepError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _routing_app_mesh_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3052);
/* harmony import */ var _services_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3262);



/**
 * Error names the state machine matches (Lambda reports `error.name` as the Step Functions error).
 * Refusals end the execution before any change; the others lead to a rollback.
 */
const stepErrorNames = {
    invalidDocument: 'InvalidDocument',
    canaryAlreadyRunning: 'CanaryAlreadyRunning',
    driftDetected: 'DriftDetected',
    transient: 'TransientError',
};
/** Another execution of this state machine works on the same route and started first. */
class CanaryAlreadyRunningError extends Error {
    name = stepErrorNames.canaryAlreadyRunning;
}
/** An error under the name the state machine matches; the message is kept whole. */
class StepError extends Error {
    constructor(name, message, options) {
        super(message, options);
        this.name = name;
    }
}
/** Throttling and server-side failures: worth the state machine's Retry, not a rollback. */
const transientNames = new Set([
    'TooManyRequestsException',
    'ThrottlingException',
    'Throttling',
    'ThrottledException',
    'RequestLimitExceeded',
    'ServiceUnavailableException',
    'ServiceUnavailable',
    'InternalServerErrorException',
    'InternalServerError',
    'InternalFailure',
    'ServerException',
    'TimeoutError',
    'RequestTimeout',
    'RequestTimeoutException',
]);
function isTransient(error) {
    if (error instanceof ShiftIncompleteError || error instanceof AwsCallError)
        return isTransient(error.cause);
    if (error instanceof RestoreIncompleteError)
        return error.failures.every((failure) => isTransient(failure.error));
    if (typeof error !== 'object' || error === null)
        return false;
    const { name, $fault } = error;
    return $fault === 'server' || (typeof name === 'string' && transientNames.has(name));
}
/** Renames what the state machine must tell apart; everything else keeps its own name. */
function toStepError(error) {
    if (error instanceof DriftError || error instanceof ServiceDriftError) {
        return new StepError(stepErrorNames.driftDetected, error.message, { cause: error });
    }
    if (isTransient(error))
        return new StepError(stepErrorNames.transient, messageOf(error), { cause: error });
    return error instanceof Error ? error : new Error(String(error));
}


/***/ }),

/***/ 3262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G1: () => (/* binding */ withDeploymentTag),
/* harmony export */   UK: () => (/* binding */ retireCanary),
/* harmony export */   Yn: () => (/* binding */ revertStableIfOurs)
/* harmony export */ });
/* unused harmony exports deploymentTagKey, registeredBy, ServiceDriftError, CanaryNotServingError, verifyCanaryService, verifyStableUnchanged */
/* harmony import */ var _ecs_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2377);


/**
 * Every task definition revision a deployment registers carries this tag, with its deployment id: a rollback
 * (the state machine's, the guard's, or the rollback mode's) reverts or scales a service only while it runs a
 * revision tagged with its own id, so a hand change or a newer deployment is never undone.
 */
const deploymentTagKey = 'appmesh-canary:deployment-id';
/** The tags to register with: the given ones, with this deployment's id replacing any earlier one. */
function withDeploymentTag(tags, deploymentId) {
    return [
        ...(tags ?? []).filter((tag) => tag.key !== deploymentTagKey),
        { key: deploymentTagKey, value: deploymentId },
    ];
}
/** Whether a task definition revision was registered by this deployment. One DescribeTaskDefinition. */
async function registeredBy(ecs, taskDefinitionArn, deploymentId) {
    const described = await ecs.describeTaskDefinition(taskDefinitionArn);
    return (described.tags ?? []).some((tag) => tag.key === deploymentTagKey && tag.value === deploymentId);
}
/** A service no longer runs what this deployment expects of it: nothing is written to it. */
class ServiceDriftError extends (/* unused pure expression or super */ null && (Error)) {
    name = 'ServiceDriftError';
}
/** The canary runs the right version but no task serves the traffic routed to it. */
class CanaryNotServingError extends (/* unused pure expression or super */ null && (Error)) {
    name = 'CanaryNotServing';
}
/**
 * The canary service must run exactly the revision this deployment registered, with its rollout complete
 * and at least one task running: checks then judge that version, and promotion copies it. Anything else
 * (a hand update, a racing deploy, a rollout in progress, no task) is drift. One DescribeServices.
 */
async function verifyCanaryService(ecs, canary) {
    const state = await ecs.describeService(canary.cluster, canary.service);
    const verdict = judgeRollout(state, canary.newTaskDefinitionArn);
    const label = `canary service ${canary.service}`;
    if (verdict.kind === 'rolled-back' || state.taskDefinitionArn !== canary.newTaskDefinitionArn) {
        throw new ServiceDriftError(`${label} runs ${state.taskDefinitionArn}, not ${canary.newTaskDefinitionArn} that this deployment registered ` +
            'and checks: it was changed outside this deployment (by hand or by another deploy). Its traffic would be judged ' +
            'for another version, so the canary stops here.');
    }
    if (verdict.kind === 'failed') {
        throw new ServiceDriftError(`${label}: the rollout of ${canary.newTaskDefinitionArn} failed: ${verdict.reason}`);
    }
    if (verdict.kind === 'in-progress') {
        throw new ServiceDriftError(`${label} is rolling out again (${describeProgress(state, canary.newTaskDefinitionArn)}): someone started a ` +
            'new deployment of it during the canary, so its traffic is no longer one checked version.');
    }
    if (state.desiredCount === 0 || state.runningCount === 0) {
        throw new CanaryNotServingError(`${label} has ${tasksOf(state)}: traffic routed to it finds no task.`);
    }
    return state;
}
/**
 * Before promotion overwrites the stable service, it must still run what it ran when this deployment began:
 * a hotfix deployed by hand meanwhile is drift (kept; the canary is rolled back instead). One DescribeServices.
 */
async function verifyStableUnchanged(ecs, stable) {
    const state = await ecs.describeService(stable.cluster, stable.service);
    if (state.taskDefinitionArn !== stable.previousTaskDefinitionArn) {
        throw new ServiceDriftError(`stable service ${stable.service} runs ${state.taskDefinitionArn}, not ${stable.previousTaskDefinitionArn} that ` +
            'it ran when this deployment began: it was deployed outside this deployment, and promotion would overwrite that. ' +
            'The stable service is kept as it is.');
    }
    return state;
}
/**
 * Scales the canary service to 0 only while it runs this deployment's revision (the caller has confirmed no
 * route sends it traffic). A service running anything else is someone else's: kept.
 */
async function retireCanary(ecs, canary) {
    const state = await ecs.describeService(canary.cluster, canary.service);
    if (state.desiredCount === 0)
        return 'already-at-zero';
    if (state.taskDefinitionArn !== canary.newTaskDefinitionArn) {
        return {
            kept: `runs ${state.taskDefinitionArn}, not this deployment's ${canary.newTaskDefinitionArn}: kept as it is`,
        };
    }
    await ecs.scaleService({ cluster: canary.cluster, service: canary.service, desiredCount: 0 });
    return 'scaled-to-zero';
}
/**
 * Puts the stable service back on its pre-deploy revision, only when it runs a revision this deployment
 * registered (promotion had begun). A revision someone else deployed is kept and reported.
 */
async function revertStableIfOurs(ecs, stable, deploymentId) {
    const state = await ecs.describeService(stable.cluster, stable.service);
    if (state.taskDefinitionArn === stable.previousTaskDefinitionArn)
        return { kind: 'unchanged' };
    if (!(await registeredBy(ecs, state.taskDefinitionArn, deploymentId))) {
        return { kind: 'kept', runs: state.taskDefinitionArn };
    }
    await ecs.updateService({
        cluster: stable.cluster,
        service: stable.service,
        taskDefinitionArn: stable.previousTaskDefinitionArn,
    });
    return { kind: 'reverted', from: state.taskDefinitionArn };
}


/***/ }),

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

/***/ 850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cz: () => (/* binding */ isRuleOf),
/* harmony export */   ER: () => (/* binding */ isTargetGroupName),
/* harmony export */   RA: () => (/* binding */ targetGroupDimension),
/* harmony export */   RC: () => (/* binding */ targetGroupNameOf),
/* harmony export */   Tj: () => (/* binding */ loadBalancerDimension),
/* harmony export */   XC: () => (/* binding */ parseTargetGroupArn),
/* harmony export */   Zb: () => (/* binding */ parseListenerArn),
/* harmony export */   l5: () => (/* binding */ loadBalancerArnOf),
/* harmony export */   rP: () => (/* binding */ parseRuleArn)
/* harmony export */ });
/**
 * Application Load Balancer ARNs (IAM Service Authorization Reference, Elastic Load Balancing V2):
 *   listener       arn:PARTITION:elasticloadbalancing:REGION:ACCOUNT:listener/app/LB-NAME/LB-ID/LISTENER-ID
 *   listener rule  arn:…:listener-rule/app/LB-NAME/LB-ID/LISTENER-ID/RULE-ID
 *   target group   arn:…:targetgroup/TG-NAME/TG-ID
 *   load balancer  arn:…:loadbalancer/app/LB-NAME/LB-ID
 * A rule's ARN carries its listener's, so "a rule of another listener" is visible without AWS. Pure.
 */
const head = '^arn:(aws[a-z-]*):elasticloadbalancing:([a-z0-9-]+):(\\d{12}):';
const listenerPattern = new RegExp(`${head}listener/([a-z]+)/([^/]+)/([^/]+)/([^/]+)$`);
const rulePattern = new RegExp(`${head}listener-rule/([a-z]+)/([^/]+)/([^/]+)/([^/]+)/([^/]+)$`);
const targetGroupPattern = new RegExp(`${head}targetgroup/([^/]+)/([^/]+)$`);
/** The parts of a listener ARN, or a sentence saying what is wrong with it. */
function parseListenerArn(text) {
    const match = listenerPattern.exec(text.trim());
    if (!match) {
        return `"${text}" is not a load balancer listener ARN (arn:aws:elasticloadbalancing:REGION:ACCOUNT:listener/app/NAME/ID/ID).`;
    }
    const [, partition, region, account, type, loadBalancerName, loadBalancerId, listenerId] = match;
    return {
        arn: text.trim(),
        partition,
        region,
        account,
        type,
        loadBalancerName,
        loadBalancerId,
        listenerId,
    };
}
function parseRuleArn(text) {
    const match = rulePattern.exec(text.trim());
    if (!match) {
        return `"${text}" is not a listener rule ARN (arn:aws:elasticloadbalancing:REGION:ACCOUNT:listener-rule/app/NAME/ID/ID/ID).`;
    }
    const [, partition, region, account, type, loadBalancerName, loadBalancerId, listenerId, ruleId] = match;
    return {
        arn: text.trim(),
        partition,
        region,
        account,
        type,
        loadBalancerName,
        loadBalancerId,
        listenerId,
        ruleId,
    };
}
function parseTargetGroupArn(text) {
    const match = targetGroupPattern.exec(text.trim());
    if (!match) {
        return `"${text}" is not a target group ARN (arn:aws:elasticloadbalancing:REGION:ACCOUNT:targetgroup/NAME/ID).`;
    }
    const [, partition, region, account, name, id] = match;
    return { arn: text.trim(), partition, region, account, name, id };
}
/** Whether the rule is one of the listener's rules (same partition, Region, account, load balancer, listener). */
function isRuleOf(rule, listener) {
    return (rule.partition === listener.partition &&
        rule.region === listener.region &&
        rule.account === listener.account &&
        rule.type === listener.type &&
        rule.loadBalancerName === listener.loadBalancerName &&
        rule.loadBalancerId === listener.loadBalancerId &&
        rule.listenerId === listener.listenerId);
}
/** The load balancer's ARN, from its listener's. */
function loadBalancerArnOf(listener) {
    return `arn:${listener.partition}:elasticloadbalancing:${listener.region}:${listener.account}:loadbalancer/${listener.type}/${listener.loadBalancerName}/${listener.loadBalancerId}`;
}
/** CloudWatch's LoadBalancer dimension: app/NAME/ID, the final portion of the load balancer ARN. */
function loadBalancerDimension(listener) {
    return `${listener.type}/${listener.loadBalancerName}/${listener.loadBalancerId}`;
}
/** CloudWatch's TargetGroup dimension: targetgroup/NAME/ID, the final portion of the target group ARN. */
function targetGroupDimension(targetGroup) {
    return `targetgroup/${targetGroup.name}/${targetGroup.id}`;
}
/** The name in a target group ARN (unique per account and Region), or the text itself. */
function targetGroupNameOf(arn) {
    const parsed = parseTargetGroupArn(arn);
    return typeof parsed === 'string' ? arn : parsed.name;
}
/** Target group names: 1-32 letters, digits and hyphens, not starting or ending with a hyphen. */
function isTargetGroupName(text) {
    return /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?$/.test(text);
}


/***/ }),

/***/ 3539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lo: () => (/* binding */ albSettings),
/* harmony export */   jK: () => (/* binding */ albInputs)
/* harmony export */ });
/* unused harmony export albLocationSettings */
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4389);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _arns_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(850);



const albInputs = {
    listener: 'listener-arn',
    rule: 'listener-rule-arn',
    stableTargetGroup: 'stable-target-group',
    canaryTargetGroup: 'canary-target-group',
};
/**
 * Reads listener-arn, listener-rule-arn, stable-target-group and canary-target-group. Checks without AWS:
 * the listener is an Application Load Balancer's; the rule is one of that listener's; each target group is
 * an ARN in the listener's account and Region, or a target group name; the two groups differ.
 */
function albSettings(read) {
    const { location, listener } = checkedLocation(read);
    const stable = targetGroup(read, albInputs.stableTargetGroup, 'serves production', listener);
    const canary = targetGroup(read, albInputs.canaryTargetGroup, 'runs the new version', listener);
    if (stable.key === canary.key) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(albInputs.canaryTargetGroup, `must differ from stable-target-group (both are ${canary.key}).`);
    }
    return { ...location, stableTargetGroup: stable.text, canaryTargetGroup: canary.text };
}
/** Reads listener-arn and listener-rule-arn alone: enough to read the weights. */
function albLocationSettings(read) {
    return checkedLocation(read).location;
}
function checkedLocation(read) {
    const listener = (0,_arns_js__WEBPACK_IMPORTED_MODULE_2__/* .parseListenerArn */ .Zb)((0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .requiredString */ .Fk)(read, albInputs.listener, 'Set it to the ARN of the ALB listener whose rule or default action is shifted.'));
    if (typeof listener === 'string')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(albInputs.listener, listener);
    if (listener.type !== 'app') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(albInputs.listener, `is a listener of a ${listener.type === 'net' ? 'Network' : 'Gateway'} Load Balancer; router alb shifts Application Load Balancer listeners (listener/app/...).`);
    }
    const ruleText = (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .optionalString */ .sx)(read, albInputs.rule);
    if (ruleText !== undefined) {
        const rule = (0,_arns_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRuleArn */ .rP)(ruleText);
        if (typeof rule === 'string')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(albInputs.rule, rule);
        if (!(0,_arns_js__WEBPACK_IMPORTED_MODULE_2__/* .isRuleOf */ .Cz)(rule, listener)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(albInputs.rule, `is a rule of listener ${rule.loadBalancerName}/${rule.listenerId}, not of listener-arn ${listener.loadBalancerName}/${listener.listenerId}; ` +
                "give a rule of that listener, or leave listener-rule-arn unset to shift the listener's default actions.");
        }
    }
    return {
        location: { listenerArn: listener.arn, ...(ruleText !== undefined ? { ruleArn: ruleText } : {}) },
        listener,
    };
}
function targetGroup(read, input, role, listener) {
    const text = (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .requiredString */ .Fk)(read, input, `Set it to the ARN or name of the target group that ${role}.`);
    if (text.startsWith('arn:')) {
        const arn = (0,_arns_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTargetGroupArn */ .XC)(text);
        if (typeof arn === 'string')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, arn);
        if (arn.region !== listener.region ||
            arn.account !== listener.account ||
            arn.partition !== listener.partition) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `is in account ${arn.account}, Region ${arn.region}; the listener is in account ${listener.account}, Region ${listener.region}. An ALB forwards only to target groups of its own account and Region.`);
        }
        return { text, key: arn.name };
    }
    if (!(0,_arns_js__WEBPACK_IMPORTED_MODULE_2__/* .isTargetGroupName */ .ER)(text)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `"${text}" is neither a target group ARN nor a target group name (1-32 letters, digits and hyphens).`);
    }
    return { text, key: text };
}


/***/ }),

/***/ 2791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ MeshApi)
/* harmony export */ });
/* unused harmony export appMeshRetryable */
/* harmony import */ var _aws_sdk_client_app_mesh__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9356);
/* harmony import */ var _aws_sdk_client_app_mesh__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(_aws_sdk_client_app_mesh__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9809);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4357);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2644);





/** App Mesh errors worth another attempt: throttling and server-side failures. */
const appMeshRetryable = (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .errorNamed */ .Ao)('TooManyRequestsException', 'ServiceUnavailableException', 'InternalServerErrorException');
/**
 * The calls this project makes to App Mesh, for one virtual router. Each is retried on throttling and
 * 5xx, wrapped so failures say what was being done, and NotFoundException becomes a MeshResourceNotFoundError.
 */
class MeshApi {
    client;
    place;
    options;
    constructor(client, place, options = {}) {
        this.client = client;
        this.place = place;
        this.options = options;
    }
    get owner() {
        return this.place.meshOwner ? { meshOwner: this.place.meshOwner } : {};
    }
    async checkMesh() {
        await this.call(`describing ${(0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .meshLabel */ .eV)(this.place)}`, notFound(`mesh ${this.place.mesh}`, '', meshHint(this.place)), () => this.client.send(new _aws_sdk_client_app_mesh__WEBPACK_IMPORTED_MODULE_4__.DescribeMeshCommand({ meshName: this.place.mesh, ...this.owner })));
    }
    async checkVirtualRouter() {
        const { mesh, virtualRouter } = this.place;
        await this.call(`describing ${(0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .routerLabel */ .EK)(this.place)}`, notFound(`virtual router ${virtualRouter}`, (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .meshLabel */ .eV)(this.place), 'check virtual-router.'), () => this.client.send(new _aws_sdk_client_app_mesh__WEBPACK_IMPORTED_MODULE_4__.DescribeVirtualRouterCommand({
            meshName: mesh,
            virtualRouterName: virtualRouter,
            ...this.owner,
        })));
    }
    /** Every route name of the router, sorted. */
    async listRouteNames() {
        const names = [];
        let nextToken;
        do {
            const page = await this.call(`listing the routes of ${(0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .routerLabel */ .EK)(this.place)}`, notFound(`virtual router ${this.place.virtualRouter}`, (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .meshLabel */ .eV)(this.place), 'check mesh and virtual-router.'), () => this.client.send(new _aws_sdk_client_app_mesh__WEBPACK_IMPORTED_MODULE_4__.ListRoutesCommand({
                meshName: this.place.mesh,
                virtualRouterName: this.place.virtualRouter,
                ...this.owner,
                ...(nextToken ? { nextToken } : {}),
            })));
            for (const route of page.routes ?? [])
                if (route.routeName)
                    names.push(route.routeName);
            nextToken = page.nextToken;
        } while (nextToken);
        return names.sort();
    }
    async describeRoute(routeName) {
        const output = await this.call(`describing ${(0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .routeLabel */ .qA)(this.place, routeName)}`, notFound(`route ${routeName}`, (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .routerLabel */ .EK)(this.place), 'check route.'), () => this.client.send(new _aws_sdk_client_app_mesh__WEBPACK_IMPORTED_MODULE_4__.DescribeRouteCommand({
            meshName: this.place.mesh,
            virtualRouterName: this.place.virtualRouter,
            routeName,
            ...this.owner,
        })));
        return routeRead(routeName, output.route);
    }
    /** Replaces the whole spec (App Mesh has no partial update); `clientToken` makes a retry harmless. */
    async updateRoute(routeName, spec, clientToken) {
        const output = await this.call(`updating ${(0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .routeLabel */ .qA)(this.place, routeName)}`, notFound(`route ${routeName}`, (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .routerLabel */ .EK)(this.place), 'check route.'), () => this.client.send(new _aws_sdk_client_app_mesh__WEBPACK_IMPORTED_MODULE_4__.UpdateRouteCommand({
            meshName: this.place.mesh,
            virtualRouterName: this.place.virtualRouter,
            routeName,
            // Checked plain JSON of the SDK's own shape: written back field for field.
            spec: spec,
            clientToken,
            ...this.owner,
        })));
        return routeRead(routeName, output.route, spec);
    }
    /** The node's spec, or undefined when it does not exist. */
    async findVirtualNode(nodeName) {
        try {
            return await this.virtualNode(nodeName);
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MeshResourceNotFoundError */ .lD)
                return undefined;
            throw error;
        }
    }
    async virtualNode(nodeName, hint = 'check the node name.') {
        const output = await this.call(`describing ${(0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeLabel */ .dA)(this.place, nodeName)}`, notFound(`virtual node ${nodeName}`, (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .meshLabel */ .eV)(this.place), hint), () => this.client.send(new _aws_sdk_client_app_mesh__WEBPACK_IMPORTED_MODULE_4__.DescribeVirtualNodeCommand({
            meshName: this.place.mesh,
            virtualNodeName: nodeName,
            ...this.owner,
        })));
        return (output.virtualNode?.spec ?? {});
    }
    async createVirtualNode(nodeName, spec, clientToken) {
        await this.call(`creating ${(0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeLabel */ .dA)(this.place, nodeName)}`, undefined, () => this.client.send(new _aws_sdk_client_app_mesh__WEBPACK_IMPORTED_MODULE_4__.CreateVirtualNodeCommand({
            meshName: this.place.mesh,
            virtualNodeName: nodeName,
            spec: spec,
            clientToken,
            ...this.owner,
        })));
    }
    async call(doing, onNotFound, send) {
        try {
            return await (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .callAws */ .IY)(doing, () => (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L5)(send, {
                ...this.options.retry,
                retryable: appMeshRetryable,
                onRetry: ({ attempt, delayMs, error }) => this.options.log?.warn(`${doing}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}; attempt ${attempt + 1} in ${delayMs} ms`),
            }));
        }
        catch (error) {
            if (onNotFound && error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsCallError */ .iQ && error.awsErrorName === 'NotFoundException') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MeshResourceNotFoundError */ .lD(onNotFound.resource, onNotFound.where, onNotFound.hint, {
                    cause: error,
                });
            }
            throw error;
        }
    }
}
function notFound(resource, where, hint) {
    return { resource, where, hint };
}
function meshHint(place) {
    return place.meshOwner
        ? `check mesh and mesh-owner (is the mesh shared with this account through AWS RAM?).`
        : 'check mesh; for a mesh shared from another account, set mesh-owner.';
}
function routeRead(routeName, route, written) {
    return { routeName, version: route?.metadata?.version ?? 0, spec: route?.spec ?? written };
}


/***/ }),

/***/ 7420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ AppMeshRouter)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/routing/errors.ts
var routing_errors = __webpack_require__(2843);
// EXTERNAL MODULE: ./src/routing/percent.ts
var routing_percent = __webpack_require__(8743);
// EXTERNAL MODULE: ./src/routing/app-mesh/appmesh-api.ts
var appmesh_api = __webpack_require__(2791);
// EXTERNAL MODULE: ./src/routing/app-mesh/canary-node-spec.ts
var canary_node_spec = __webpack_require__(3711);
// EXTERNAL MODULE: ./src/routing/app-mesh/client-token.ts
var client_token = __webpack_require__(3469);
// EXTERNAL MODULE: ./src/routing/app-mesh/errors.ts
var app_mesh_errors = __webpack_require__(4357);
// EXTERNAL MODULE: ./src/routing/app-mesh/names.ts
var names = __webpack_require__(2644);
;// CONCATENATED MODULE: ./src/routing/app-mesh/canary-node.ts




/**
 * Makes sure the canary virtual node exists. An existing node is never modified; a missing one is created
 * from the stable node's spec with the canary's own service discovery, when create-canary-node is set.
 */
async function ensureCanaryNode(api, settings, deploymentId) {
    if (await api.findVirtualNode(settings.canaryNode))
        return { created: false };
    if (!settings.createCanaryNode || settings.canaryDiscovery === undefined) {
        throw new app_mesh_errors/* MeshResourceNotFoundError */.lD(`virtual node ${settings.canaryNode}`, (0,names/* meshLabel */.eV)(settings), 'create it, or set create-canary-node: true with canary-dns-hostname or canary-cloud-map-service.');
    }
    const stable = await api.virtualNode(settings.stableNode, 'check stable-node.');
    const spec = (0,canary_node_spec/* canaryNodeSpec */.Q)(stable, settings.canaryDiscovery);
    await api.createVirtualNode(settings.canaryNode, spec, (0,client_token/* clientToken */.$)(deploymentId, settings.mesh, 'create-virtual-node', settings.canaryNode));
    return { created: true };
}

// EXTERNAL MODULE: ./src/routing/app-mesh/preflight.ts
var preflight = __webpack_require__(3191);
// EXTERNAL MODULE: ./src/routing/app-mesh/route-spec.ts
var route_spec = __webpack_require__(61);
// EXTERNAL MODULE: ./src/routing/app-mesh/route-weights.ts
var route_weights = __webpack_require__(5549);
// EXTERNAL MODULE: ./src/routing/app-mesh/weights.ts
var weights = __webpack_require__(4377);
;// CONCATENATED MODULE: ./src/routing/app-mesh/appmesh-router.ts










/**
 * Shifts App Mesh route weights between the stable and the canary virtual node.
 * Calls per shift: one DescribeRoute and at most one UpdateRoute per route (none when a route already has
 * the target weights). All routes are read and checked for drift before the first one is written.
 */
class AppMeshRouter {
    settings;
    options;
    api;
    deploymentId;
    constructor(client, settings, options) {
        this.settings = settings;
        this.options = options;
        if (options.deploymentId.trim() === '') {
            throw new errors/* InputError */.dz('deployment-id', 'is empty; give the deployment an id (it makes the App Mesh client tokens).');
        }
        this.deploymentId = options.deploymentId;
        this.api = new appmesh_api/* MeshApi */.u(client, settings, options);
    }
    /** Pre-flight (read-only) for a new deployment: refuses when the canary already holds weight. */
    snapshot() {
        return (0,preflight/* readTrafficState */.l)(this.api, this.settings, { canaryAtZero: true });
    }
    /** The same checks without requiring the canary at 0: a starting point for a shift by hand. */
    current() {
        return (0,preflight/* readTrafficState */.l)(this.api, this.settings, { canaryAtZero: false });
    }
    /** Creates the canary virtual node from the stable one when it is missing and creation is enabled. */
    ensureCanaryNode() {
        return ensureCanaryNode(this.api, this.settings, this.deploymentId);
    }
    describe() {
        return (0,route_weights/* readRouteWeights */.J)(this.api, this.settings.routes);
    }
    async shift(canaryPercent, expected) {
        const percent = (0,routing_percent/* checkCanaryPercent */.U)(canaryPercent);
        const state = this.checkState(expected, 'expected');
        // Everything that can be refused without AWS is refused before the first call.
        const plans = state.routes.map((route) => ({
            route,
            target: (0,weights/* shiftRouteSpec */.NH)(route.spec, this.settings, percent, route.routeName),
        }));
        const reads = [];
        for (const { route } of plans) {
            const read = await this.api.describeRoute(route.routeName);
            reads.push({ read, current: (0,route_spec/* parseRouteSpec */.Y_)(read.spec, route.routeName) });
        }
        const drifts = [];
        const pending = [];
        const results = [];
        plans.forEach(({ route, target }, index) => {
            const { read, current } = reads[index];
            if ((0,route_spec/* specsEqual */.VC)(current, target)) {
                results[index] = { routeName: route.routeName, version: read.version, spec: current };
            }
            else if ((0,route_spec/* specsEqual */.VC)(current, route.spec)) {
                pending.push(index);
            }
            else {
                drifts.push({ routeName: route.routeName, differences: (0,route_spec/* specDifferences */.kE)(current, route.spec) });
            }
        });
        if (drifts.length > 0)
            throw new routing_errors/* DriftError */.ul(drifts);
        const written = [];
        for (const index of pending) {
            const { route, target } = plans[index];
            const fromVersion = reads[index].read.version;
            try {
                const token = this.token(route.routeName, 'shift', fromVersion, percent);
                const output = await this.api.updateRoute(route.routeName, target, token);
                results[index] = {
                    routeName: route.routeName,
                    version: output.version,
                    spec: storedSpec(output, target),
                };
                written.push(route.routeName);
                this.options.log?.info(`route ${route.routeName}: ${(0,route_spec/* describeTargets */.Eg)((0,route_spec/* weightedTargetsOf */.Jh)(target))} (canary ${percent}%)`);
            }
            catch (error) {
                if (written.length === 0)
                    throw error;
                const notWritten = pending
                    .slice(pending.indexOf(index))
                    .map((later) => plans[later].route.routeName);
                throw new routing_errors/* ShiftIncompleteError */.fQ(percent, written, route.routeName, notWritten, { cause: error });
            }
        }
        return { ...identityOf(state), routes: results, canaryPercent: percent, written };
    }
    async restore(snapshot) {
        const state = this.checkState(snapshot, 'snapshot');
        const restored = [];
        const unchanged = [];
        const failures = [];
        // Every route is attempted even after a failure: a rollback restores as much as it can.
        for (const route of state.routes) {
            try {
                const read = await this.api.describeRoute(route.routeName);
                if (sameSpec(read.spec, route)) {
                    unchanged.push(route.routeName);
                    continue;
                }
                const token = this.token(route.routeName, 'restore', route.version, read.version);
                await this.api.updateRoute(route.routeName, route.spec, token);
                restored.push(route.routeName);
                this.options.log?.info(`route ${route.routeName}: restored ${(0,route_spec/* describeTargets */.Eg)((0,route_spec/* weightedTargetsOf */.Jh)(route.spec))}`);
            }
            catch (error) {
                failures.push({ routeName: route.routeName, error });
            }
        }
        if (failures.length > 0)
            throw new routing_errors/* RestoreIncompleteError */.hi(restored, failures);
        return { restored, unchanged };
    }
    token(routeName, ...step) {
        return (0,client_token/* clientToken */.$)(this.deploymentId, this.settings.mesh, this.settings.virtualRouter, routeName, ...step);
    }
    /** The state must be this router's (a document from another deployment is refused) and well formed. */
    checkState(state, what) {
        if (typeof state !== 'object' || state === null || !Array.isArray(state.routes)) {
            throw new routing_errors/* TrafficStateError */.jG(`the ${what} state is not a route state (no routes).`);
        }
        const mine = { ...this.settings, router: 'app-mesh', routes: [] };
        for (const key of identityKeys) {
            if ((mine[key] ?? '') !== (state[key] ?? '')) {
                throw new routing_errors/* TrafficStateError */.jG(`the ${what} state is for ${key} ${JSON.stringify(state[key] ?? null)}, but this router shifts ${key} ${JSON.stringify(mine[key] ?? null)}.`);
            }
        }
        if (state.routes.length === 0)
            throw new routing_errors/* TrafficStateError */.jG(`the ${what} state lists no route.`);
        const names = new Set();
        const routes = state.routes.map((route) => {
            if (typeof route?.routeName !== 'string' || !Number.isInteger(route.version)) {
                throw new routing_errors/* TrafficStateError */.jG(`the ${what} state has a route without a name or version: ${JSON.stringify(route)}.`);
            }
            if (names.has(route.routeName))
                throw new routing_errors/* TrafficStateError */.jG(`the ${what} state lists route ${route.routeName} twice.`);
            names.add(route.routeName);
            return {
                routeName: route.routeName,
                version: route.version,
                spec: (0,route_spec/* parseRouteSpec */.Y_)(route.spec, route.routeName),
            };
        });
        const configured = this.settings.routes;
        if (configured.length > 0 && [...configured].sort().join(',') !== [...names].sort().join(',')) {
            throw new routing_errors/* TrafficStateError */.jG(`the ${what} state covers routes ${[...names].join(', ')}, but route is set to ${configured.join(', ')}.`);
        }
        return { ...identityOf(state), routes };
    }
}
const identityKeys = ['router', 'mesh', 'meshOwner', 'virtualRouter', 'stableNode', 'canaryNode'];
function identityOf(state) {
    return {
        router: state.router,
        mesh: state.mesh,
        ...(state.meshOwner ? { meshOwner: state.meshOwner } : {}),
        virtualRouter: state.virtualRouter,
        stableNode: state.stableNode,
        canaryNode: state.canaryNode,
    };
}
/** The spec App Mesh stored (what the next drift check compares with), or the one sent if none came back. */
function storedSpec(output, sent) {
    try {
        return (0,route_spec/* parseRouteSpec */.Y_)(output.spec, output.routeName);
    }
    catch {
        return sent;
    }
}
function sameSpec(current, route) {
    try {
        return (0,route_spec/* specsEqual */.VC)((0,route_spec/* parseRouteSpec */.Y_)(current, route.routeName), route.spec);
    }
    catch {
        // Unreadable now: not the snapshot, so it is written back.
        return false;
    }
}


/***/ }),

/***/ 3711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ canaryNodeSpec)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/**
 * The canary node's spec: the stable node's listeners, backends, backend defaults (TLS), health checks and
 * logging, with the canary's own service discovery. DNS keeps the stable node's response type and IP
 * preference; Cloud Map keeps its IP preference and, by default, its namespace.
 */
function canaryNodeSpec(stable, discovery) {
    if (JSON.stringify(stable).includes('"$unknown"')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('create-canary-node', 'the stable node has settings this client does not know; create the canary node yourself.');
    }
    const { serviceDiscovery, ...rest } = structuredClone(stable);
    const inherited = {
        ...(serviceDiscovery?.dns?.ipPreference ? { ipPreference: serviceDiscovery.dns.ipPreference } : {}),
        ...(serviceDiscovery?.awsCloudMap?.ipPreference
            ? { ipPreference: serviceDiscovery.awsCloudMap.ipPreference }
            : {}),
    };
    if (discovery.kind === 'dns') {
        if (serviceDiscovery?.dns?.hostname.toLowerCase() === discovery.hostname.toLowerCase()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('canary-dns-hostname', `is the stable node's own hostname (${discovery.hostname}); the canary needs its own.`);
        }
        const responseType = serviceDiscovery?.dns?.responseType;
        return {
            ...rest,
            serviceDiscovery: {
                dns: { hostname: discovery.hostname, ...(responseType ? { responseType } : {}), ...inherited },
            },
        };
    }
    const namespaceName = discovery.namespaceName ?? serviceDiscovery?.awsCloudMap?.namespaceName;
    if (namespaceName === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('canary-cloud-map-namespace', 'is required: the stable node does not use Cloud Map, so there is no namespace to reuse.');
    }
    const stableCloudMap = serviceDiscovery?.awsCloudMap;
    if (stableCloudMap?.namespaceName === namespaceName &&
        stableCloudMap.serviceName === discovery.serviceName &&
        JSON.stringify(stableCloudMap.attributes ?? []) === JSON.stringify(discovery.attributes)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('canary-cloud-map-service', `is the stable node's own Cloud Map service (${namespaceName}/${discovery.serviceName}) with the same attributes; the canary needs its own instances.`);
    }
    return {
        ...rest,
        serviceDiscovery: {
            awsCloudMap: {
                namespaceName,
                serviceName: discovery.serviceName,
                ...(discovery.attributes.length > 0 ? { attributes: discovery.attributes } : {}),
                ...inherited,
            },
        },
    };
}


/***/ }),

/***/ 3469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ clientToken)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * An App Mesh clientToken (at most 36 letters, digits and hyphens) derived from the deployment and the
 * step, never random: a retried request sends the same token, a different step a different one.
 */
function clientToken(deploymentId, ...step) {
    const hex = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(JSON.stringify([deploymentId, ...step]))
        .digest('hex');
    return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20, 32)].join('-');
}


/***/ }),

/***/ 4357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L1: () => (/* binding */ StableTargetMissingError),
/* harmony export */   Zm: () => (/* binding */ CanaryNotAtZeroError),
/* harmony export */   lD: () => (/* binding */ MeshResourceNotFoundError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2843);
/* harmony import */ var _route_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61);


/** A mesh, virtual router, route or virtual node that does not exist (App Mesh NotFoundException). */
class MeshResourceNotFoundError extends Error {
    resource;
    name = 'MeshResourceNotFoundError';
    constructor(
    /** e.g. "route serviceB" */
    resource, 
    /** e.g. "virtual router serviceB of mesh apps"; empty for a mesh */
    where, hint, options = {}) {
        super(`${resource} not found${where ? ` in ${where}` : ''}; ${hint}`, options);
        this.resource = resource;
    }
}
class StableTargetMissingError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PreflightError */ .wG {
    routeName;
    stableNode;
    name = 'StableTargetMissingError';
    constructor(routeName, stableNode, targets) {
        super(`route ${routeName} has no weighted target on stable node ${stableNode} (its targets: ${(0,_route_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .describeTargets */ .Eg)(targets)}); ` +
            'set stable-node to the node that serves production, or leave this route out of route.');
        this.routeName = routeName;
        this.stableNode = stableNode;
    }
}
class CanaryNotAtZeroError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PreflightError */ .wG {
    routeName;
    canaryNode;
    targets;
    name = 'CanaryNotAtZeroError';
    constructor(routeName, canaryNode, targets) {
        super(`route ${routeName} already sends traffic to canary node ${canaryNode} (${(0,_route_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .describeTargets */ .Eg)(targets)}): ` +
            'a canary is running or a previous one was left behind (run mode: rollback, which stops a running ' +
            "canary or restores the last one's snapshot), or the weights were set by hand (appmesh-canary " +
            'set-weight --canary-percent 0).');
        this.routeName = routeName;
        this.canaryNode = canaryNode;
        this.targets = targets;
    }
}


/***/ }),

/***/ 3052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cg: () => (/* reexport safe */ _appmesh_router_js__WEBPACK_IMPORTED_MODULE_3__.C)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2843);
/* harmony import */ var _percent_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8743);
/* harmony import */ var _appmesh_api_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2791);
/* harmony import */ var _appmesh_router_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7420);
/* harmony import */ var _canary_node_spec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3711);
/* harmony import */ var _client_token_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3469);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4357);
/* harmony import */ var _preflight_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3191);
/* harmony import */ var _route_spec_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(61);
/* harmony import */ var _route_weights_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5549);
/* harmony import */ var _weights_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4377);













/***/ }),

/***/ 2644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EK: () => (/* binding */ routerLabel),
/* harmony export */   dA: () => (/* binding */ nodeLabel),
/* harmony export */   eV: () => (/* binding */ meshLabel),
/* harmony export */   qA: () => (/* binding */ routeLabel)
/* harmony export */ });
function meshLabel(place) {
    return place.meshOwner ? `mesh ${place.mesh} (owner ${place.meshOwner})` : `mesh ${place.mesh}`;
}
function routerLabel(place) {
    return `virtual router ${place.virtualRouter} of ${meshLabel(place)}`;
}
function routeLabel(place, routeName) {
    return `route ${routeName} in ${routerLabel(place)}`;
}
function nodeLabel(place, nodeName) {
    return `virtual node ${nodeName} in ${meshLabel(place)}`;
}


/***/ }),

/***/ 3191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ checkCanaryAtZero),
/* harmony export */   l: () => (/* binding */ readTrafficState)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2843);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4357);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2644);
/* harmony import */ var _route_spec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61);
/* harmony import */ var _weights_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4377);





/**
 * Read-only: checks that the mesh, the router, the stable node (and the canary node, unless it is to be
 * created) and the routes exist, that each route has a weighted target on the stable node, and (optionally)
 * that the canary holds weight 0; returns the routes as read, in name order (the order they are shifted in).
 */
async function readTrafficState(api, settings, checks) {
    await api.checkMesh();
    await api.checkVirtualRouter();
    await api.virtualNode(settings.stableNode, 'check stable-node.');
    if (!settings.createCanaryNode) {
        await api.virtualNode(settings.canaryNode, 'check canary-node; create the node first, or set create-canary-node: true with canary-dns-hostname or canary-cloud-map-service.');
    }
    const routes = await readRoutes(api, settings);
    for (const route of routes) {
        const targets = (0,_route_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .weightedTargetsOf */ .Jh)(route.spec);
        const pairWeight = [
            ...(0,_weights_js__WEBPACK_IMPORTED_MODULE_3__/* .targetsOn */ .QF)(targets, settings.stableNode),
            ...(0,_weights_js__WEBPACK_IMPORTED_MODULE_3__/* .targetsOn */ .QF)(targets, settings.canaryNode),
        ].reduce((sum, target) => sum + target.weight, 0);
        if (pairWeight === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PreflightError */ .wG(`route ${route.routeName} gives stable node ${settings.stableNode} weight 0: there is no traffic to shift.`);
        }
    }
    if (checks.canaryAtZero)
        checkCanaryAtZero(routes, settings.canaryNode);
    return {
        router: 'app-mesh',
        mesh: settings.mesh,
        ...(settings.meshOwner ? { meshOwner: settings.meshOwner } : {}),
        virtualRouter: settings.virtualRouter,
        stableNode: settings.stableNode,
        canaryNode: settings.canaryNode,
        routes,
    };
}
/** Pure. Refuses routes where the canary node already has weight: a new canary must start from 0. */
function checkCanaryAtZero(routes, canaryNode) {
    for (const route of routes) {
        const targets = (0,_route_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .weightedTargetsOf */ .Jh)(route.spec);
        if ((0,_weights_js__WEBPACK_IMPORTED_MODULE_3__/* .targetsOn */ .QF)(targets, canaryNode).some((target) => target.weight > 0)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CanaryNotAtZeroError */ .Zm(route.routeName, canaryNode, targets);
        }
    }
}
/** The named routes (each must target the stable node), or every route of the router that does. */
async function readRoutes(api, settings) {
    const explicit = settings.routes.length > 0;
    const names = explicit ? [...settings.routes].sort() : await api.listRouteNames();
    const routes = [];
    for (const routeName of names) {
        const read = await api.describeRoute(routeName);
        const spec = (0,_route_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRouteSpec */ .Y_)(read.spec, routeName);
        const targets = (0,_route_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .weightedTargetsOf */ .Jh)(spec);
        if ((0,_weights_js__WEBPACK_IMPORTED_MODULE_3__/* .targetsOn */ .QF)(targets, settings.stableNode).length === 0) {
            if (explicit)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StableTargetMissingError */ .L1(routeName, settings.stableNode, targets);
            continue;
        }
        routes.push({ routeName, version: read.version, spec });
    }
    if (routes.length === 0) {
        const seen = names.length > 0 ? `its routes: ${names.join(', ')}` : 'it has no routes';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PreflightError */ .wG(`no route of ${(0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .routerLabel */ .EK)(settings)} has a weighted target on stable node ${settings.stableNode} (${seen}); check stable-node and virtual-router, or set route.`);
    }
    return routes;
}


/***/ }),

/***/ 61:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ao: () => (/* binding */ maxWeightedTargets),
/* harmony export */   Eg: () => (/* binding */ describeTargets),
/* harmony export */   HX: () => (/* binding */ RouteSpecError),
/* harmony export */   Jh: () => (/* binding */ weightedTargetsOf),
/* harmony export */   VC: () => (/* binding */ specsEqual),
/* harmony export */   Y_: () => (/* binding */ parseRouteSpec),
/* harmony export */   Z9: () => (/* binding */ targetsEqual),
/* harmony export */   eh: () => (/* binding */ withWeightedTargets),
/* harmony export */   kE: () => (/* binding */ specDifferences),
/* harmony export */   l7: () => (/* binding */ routeTypeOf)
/* harmony export */ });
/* unused harmony exports routeTypes, maxWeight, targetLabel */
/* harmony import */ var _routing_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7910);
/**
 * Route specs as App Mesh returns them. Only the weighted targets are ever interpreted; every other
 * field (match, retryPolicy, timeout, priority, ports, ...) is carried through as opaque JSON so an
 * UpdateRoute writes it back exactly as read. Pure: no AWS client here.
 */


const routeTypes = ['httpRoute', 'http2Route', 'grpcRoute', 'tcpRoute'];
/** App Mesh allows at most this many weighted targets per route, each weighing 0-100. */
const maxWeightedTargets = 10;
const maxWeight = 100;
/** A route spec that cannot be handled safely; raised before anything is written. */
class RouteSpecError extends Error {
    routeName;
    name = 'RouteSpecError';
    constructor(routeName, detail) {
        super(`route ${routeName}: ${detail}`);
        this.routeName = routeName;
    }
}
/**
 * Checks a spec (read from App Mesh, or carried in an execution document) and returns a plain JSON copy
 * without undefined fields, so specs compare and serialize the same wherever they come from.
 */
function parseRouteSpec(value, routeName) {
    const fail = (detail) => new RouteSpecError(routeName, detail);
    if (!(0,_routing_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(value))
        throw fail('the spec is not an object.');
    const plain = (0,_routing_json_js__WEBPACK_IMPORTED_MODULE_0__/* .plainJson */ .RU)(value, 'spec', fail);
    const types = [];
    for (const key of Object.keys(plain)) {
        if (key === 'priority')
            continue;
        if (!routeTypes.includes(key)) {
            throw fail(`unknown route type "${key}"; a route spec has exactly one of ${routeTypes.join(', ')}.`);
        }
        types.push(key);
    }
    if (types.length !== 1) {
        const found = types.length === 0 ? 'none' : types.join(' and ');
        throw fail(`a route spec has exactly one of ${routeTypes.join(', ')}; found ${found}.`);
    }
    const priority = plain.priority;
    if (priority !== undefined && !(Number.isInteger(priority) && priority >= 0)) {
        throw fail(`priority must be a whole number; got ${JSON.stringify(priority)}.`);
    }
    const type = types[0];
    const body = plain[type];
    if (!(0,_routing_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(body) || !(0,_routing_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(body.action) || !Array.isArray(body.action.weightedTargets)) {
        throw fail(`${type}.action.weightedTargets is missing; only weighted-target routes can be shifted.`);
    }
    checkTargets(body.action.weightedTargets, fail);
    return plain;
}
function checkTargets(targets, fail) {
    if (targets.length === 0)
        throw fail('the route has no weighted targets.');
    if (targets.length > maxWeightedTargets) {
        throw fail(`the route has ${targets.length} weighted targets; App Mesh allows at most ${maxWeightedTargets}.`);
    }
    const seen = new Set();
    for (const target of targets) {
        if (!(0,_routing_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(target) || typeof target.virtualNode !== 'string' || target.virtualNode === '') {
            throw fail(`a weighted target has no virtualNode: ${JSON.stringify(target)}.`);
        }
        const { weight, port } = target;
        if (!Number.isInteger(weight) || weight < 0 || weight > maxWeight) {
            throw fail(`the weight of ${target.virtualNode} must be a whole number from 0 to ${maxWeight}; got ${weight}.`);
        }
        if (port !== undefined &&
            !(Number.isInteger(port) && port >= 1 && port <= 65535)) {
            throw fail(`the port of ${target.virtualNode} must be from 1 to 65535; got ${port}.`);
        }
        const label = targetLabel(target);
        if (seen.has(label))
            throw fail(`virtual node ${label} appears twice among the weighted targets.`);
        seen.add(label);
    }
}
/** The route type of a checked spec. */
function routeTypeOf(spec) {
    const type = routeTypes.find((candidate) => spec[candidate] !== undefined);
    if (type === undefined)
        throw new Error('route spec without a route type (it was not checked)');
    return type;
}
function weightedTargetsOf(spec) {
    return spec[routeTypeOf(spec)].action.weightedTargets;
}
/** A copy of the spec whose weighted targets are replaced; nothing else changes. */
function withWeightedTargets(spec, targets) {
    const type = routeTypeOf(spec);
    const body = spec[type];
    return structuredClone({
        ...spec,
        [type]: { ...body, action: { ...body.action, weightedTargets: targets } },
    });
}
/** "serviceB", or "serviceB:8080" when the target names a port. */
function targetLabel(target) {
    return target.port === undefined ? target.virtualNode : `${target.virtualNode}:${target.port}`;
}
/** "serviceB 75, serviceBv2 25" */
function describeTargets(targets) {
    return targets.map((target) => `${targetLabel(target)} ${target.weight}`).join(', ');
}
function specsEqual(actual, expected) {
    return specDifferences(actual, expected).length === 0;
}
/**
 * What differs between two checked specs, in words: "weightedTargets changed: serviceB 60 (expected 75)",
 * "match.prefix changed: "/v2" (expected "/")". Weighted targets compare by node and port, not by order.
 */
function specDifferences(actual, expected) {
    const actualType = routeTypeOf(actual);
    const expectedType = routeTypeOf(expected);
    if (actualType !== expectedType)
        return [`route type changed: ${actualType} (expected ${expectedType})`];
    const differences = [];
    const targets = targetDifferences(weightedTargetsOf(actual), weightedTargetsOf(expected));
    if (targets.length > 0)
        differences.push(`weightedTargets changed: ${targets.join(', ')}`);
    (0,_routing_json_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonDifferences */ .tg)(withoutTargets(actual), withoutTargets(expected), '', differences);
    return differences;
}
/** Whether two target lists hold the same targets (by node and port, any order) with the same fields. */
function targetsEqual(actual, expected) {
    return targetDifferences([...actual], [...expected]).length === 0;
}
function targetDifferences(actual, expected) {
    const byLabel = new Map(actual.map((target) => [targetLabel(target), target]));
    const differences = [];
    for (const wanted of expected) {
        const label = targetLabel(wanted);
        const found = byLabel.get(label);
        byLabel.delete(label);
        if (found === undefined)
            differences.push(`${label} missing (expected ${wanted.weight})`);
        else if (found.weight !== wanted.weight)
            differences.push(`${label} ${found.weight} (expected ${wanted.weight})`);
        else if ((0,_routing_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(found) !== (0,_routing_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(wanted)) {
            differences.push(`${label} ${(0,_routing_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(found)} (expected ${(0,_routing_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(wanted)})`);
        }
    }
    for (const [label, extra] of byLabel)
        differences.push(`${label} ${extra.weight} (not expected)`);
    return differences;
}
/** The spec with the route type level and the weighted targets removed, so paths read "match.prefix". */
function withoutTargets(spec) {
    const type = routeTypeOf(spec);
    const { [type]: body, ...top } = spec;
    const { action, ...rest } = body;
    const { weightedTargets: _targets, ...actionRest } = action;
    return { ...top, ...rest, ...(Object.keys(actionRest).length > 0 ? { action: actionRest } : {}) };
}


/***/ }),

/***/ 5549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ readRouteWeights)
/* harmony export */ });
/* unused harmony export routeWeightsOf */
/* harmony import */ var _route_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61);

/** The weighted targets of the named routes, or of every route of the router. */
async function readRouteWeights(api, routeNames) {
    const names = routeNames.length > 0 ? [...routeNames] : await api.listRouteNames();
    const routes = [];
    for (const routeName of names) {
        const read = await api.describeRoute(routeName);
        routes.push(routeWeightsOf({ routeName, version: read.version, spec: (0,_route_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRouteSpec */ .Y_)(read.spec, routeName) }));
    }
    return routes;
}
function routeWeightsOf(route) {
    const spec = route.spec;
    return {
        route: route.routeName,
        type: (0,_route_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .routeTypeOf */ .l7)(spec),
        version: route.version,
        targets: (0,_route_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .weightedTargetsOf */ .Jh)(spec).map((target) => ({
            target: target.virtualNode,
            ...(target.port === undefined ? {} : { port: target.port }),
            weight: target.weight,
        })),
    };
}


/***/ }),

/***/ 4377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NH: () => (/* binding */ shiftRouteSpec),
/* harmony export */   QF: () => (/* binding */ targetsOn)
/* harmony export */ });
/* unused harmony exports canaryWeight, shiftTargets */
/* harmony import */ var _percent_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8743);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4357);
/* harmony import */ var _route_spec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61);



/**
 * The canary's share of a stable weight W at p percent: round(W·p/100). W·p is a whole number, so
 * W·p/100 is exact, and a half rounds up (Math.round): W 25 at 50% gives the canary 13 and stable 12.
 * Monotonic in p; 0% gives 0 and 100% gives W.
 */
function canaryWeight(stableWeight, canaryPercent) {
    return Math.round((stableWeight * canaryPercent) / 100);
}
/**
 * The weighted targets with the canary at p percent. For each stable target (per port), its weight W,
 * counted together with the canary target on the same port (W is the stable's original weight, since a
 * previous shift only moved weight between the two), is split into canary = round(W·p/100) and
 * stable = W - canary. Other targets and all other target fields are kept; a missing canary target is
 * added after the others, with the stable target's port, once it gets weight.
 */
function shiftTargets(targets, pair, canaryPercent, routeName) {
    (0,_percent_js__WEBPACK_IMPORTED_MODULE_0__/* .checkCanaryPercent */ .U)(canaryPercent);
    if (pair.stableNode === pair.canaryNode) {
        throw new _route_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .RouteSpecError */ .HX(routeName, `stable and canary are the same virtual node (${pair.stableNode}).`);
    }
    const shifted = targets.map((target) => ({ ...target }));
    const stables = shifted.filter((target) => target.virtualNode === pair.stableNode);
    if (stables.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StableTargetMissingError */ .L1(routeName, pair.stableNode, targets);
    for (const stable of stables) {
        const canary = shifted.find((target) => target.virtualNode === pair.canaryNode && target.port === stable.port);
        const total = stable.weight + (canary?.weight ?? 0);
        const canaryShare = canaryWeight(total, canaryPercent);
        stable.weight = total - canaryShare;
        if (canary)
            canary.weight = canaryShare;
        else if (canaryShare > 0) {
            shifted.push({
                virtualNode: pair.canaryNode,
                weight: canaryShare,
                ...(stable.port === undefined ? {} : { port: stable.port }),
            });
        }
    }
    if (shifted.length > _route_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .maxWeightedTargets */ .Ao) {
        throw new _route_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .RouteSpecError */ .HX(routeName, `adding canary target ${pair.canaryNode} would make ${shifted.length} weighted targets; App Mesh allows at most ${_route_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .maxWeightedTargets */ .Ao}.`);
    }
    return shifted;
}
/** The spec with only the weights of the stable and canary targets changed. */
function shiftRouteSpec(spec, pair, canaryPercent, routeName) {
    return (0,_route_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .withWeightedTargets */ .eh)(spec, shiftTargets((0,_route_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .weightedTargetsOf */ .Jh)(spec), pair, canaryPercent, routeName));
}
function targetsOn(targets, virtualNode) {
    return targets.filter((target) => target.virtualNode === virtualNode);
}


/***/ }),

/***/ 3393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A5: () => (/* binding */ checkCanaryAtZero),
  tA: () => (/* binding */ engineRouterFor),
  vc: () => (/* binding */ resourceLabelsOf),
  pM: () => (/* binding */ routerFromSettings),
  Dz: () => (/* binding */ sharedResources),
  sc: () => (/* binding */ snapshotResources),
  R2: () => (/* binding */ trafficSnapshotSchema),
  I7: () => (/* binding */ trafficStateSchema)
});

// UNUSED EXPORTS: lockKeysOf, settingsOf, stableTargetOf

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/routing/alb/arns.ts
var alb_arns = __webpack_require__(850);
;// CONCATENATED MODULE: ./src/routing/group-weights.ts
/**
 * Weight math for forward actions over target groups (VPC Lattice, ALB): whole weights 0-999, each group
 * receiving weight / total of the traffic. Pure.
 *
 * A canary percent p means what it means for App Mesh: p% of the stable group's share moves to the canary.
 * The stable's share is S / T, where S is the stable's weight plus the canary's (a shift only moves weight
 * between the two, so S is the stable's weight before the canary started) and T the total of all weights.
 * The target canary share is therefore S·p / (100·T).
 *
 * Every group's weight is multiplied by one whole factor k (1 when nothing needs scaling), and S·k is split
 * into canary = round(k·S·p/100) (a half rounds up) and stable = k·S − canary. Every other group keeps its
 * share exactly (its weight and the total both grow by k).
 *
 * "Exact to the permille": the canary's share of the total differs from the target share by at most half a
 * permille (0.05 percentage point), so it rounds to the same 0.1%. k is the smallest factor that achieves
 * it; when no factor keeping every weight at 999 or less does, the factor with the smallest error (the
 * smallest such factor on a tie). That error is never above one permille: with m the largest of S and the
 * other weights, the largest factor K = floor(999/m) gives K·m ≥ 500 (m ≥ 500: K ≥ 1; m < 500: K ≥ 2 and
 * K·m > 999 − m), T ≥ m, and rounding errs by at most half a weight unit, i.e. 0.5 / (K·T) ≤ 1/1000.
 *
 * Examples (stable s, canary c, other o): s 80, o 20 at 50% → s 40, c 40, o 20 (k 1). A single group of
 * weight 1 at 25% → s 3, c 1 (k 4); at 10% → s 9, c 1 (k 10); at 33% → s 59, c 29 (k 88: 32.95%).
 * s 100 alone at any percent → k 1. 0% leaves every weight as it is; 100% gives c = S, s 0, k 1.
 */
const maxTargetGroupWeight = 999;
/** Weights that cannot be shifted as asked; the caller names the rule or listener. */
class GroupWeightError extends Error {
    name = 'GroupWeightError';
}
/**
 * The groups with the canary at `canaryPercent` (0-100), in their order; a canary group that is absent is
 * appended once it gets weight (never at 0). `maxGroups` is the service's limit per forward action.
 */
function shiftGroupWeights(groups, pair, canaryPercent, maxGroups) {
    if (!Number.isInteger(canaryPercent) || canaryPercent < 0 || canaryPercent > 100) {
        throw new GroupWeightError(`the canary percent must be a whole number from 0 to 100; got ${canaryPercent}.`);
    }
    if (pair.stable === pair.canary) {
        throw new GroupWeightError(`stable and canary are the same target group (${pair.stable}).`);
    }
    for (const group of groups)
        checkWeight(group);
    const stable = groups.find((group) => group.id === pair.stable);
    if (!stable)
        throw new GroupWeightError(`stable target group ${pair.stable} is not in the forward action.`);
    const canary = groups.find((group) => group.id === pair.canary);
    const pairWeight = stable.weight + (canary?.weight ?? 0);
    if (pairWeight === 0) {
        throw new GroupWeightError(`stable target group ${pair.stable} holds weight 0${canary ? ' (and the canary too)' : ''}: there is no traffic to shift.`);
    }
    const total = groups.reduce((sum, group) => sum + group.weight, 0);
    const largest = Math.max(pairWeight, ...groups.map((group) => group.weight));
    const maxFactor = Math.floor(maxTargetGroupWeight / largest);
    if (maxFactor < 1) {
        throw new GroupWeightError(`stable and canary together weigh ${pairWeight}; the canary at 100% could not hold it (at most ${maxTargetGroupWeight}). Lower the weights by hand first.`);
    }
    const { factor, canaryWeight } = bestFactor(pairWeight, total, canaryPercent, maxFactor);
    const shifted = groups.map((group) => {
        if (group.id === pair.stable)
            return { ...group, weight: factor * pairWeight - canaryWeight };
        if (group.id === pair.canary)
            return { ...group, weight: canaryWeight };
        return { ...group, weight: group.weight * factor };
    });
    if (!canary && canaryWeight > 0) {
        if (shifted.length >= maxGroups) {
            throw new GroupWeightError(`adding canary target group ${pair.canary} would make ${shifted.length + 1} target groups; the action takes at most ${maxGroups}.`);
        }
        shifted.push({ id: pair.canary, weight: canaryWeight });
    }
    return { groups: shifted, factor };
}
/**
 * The smallest factor within half a permille, else the most exact one. Integer arithmetic only: with
 * error = |100·c − k·S·p| / (100·k·T), "within half a permille" is 20·|100·c − k·S·p| ≤ k·T.
 */
function bestFactor(pairWeight, total, percent, maxFactor) {
    let best;
    for (let factor = 1; factor <= maxFactor; factor++) {
        const exact = factor * pairWeight * percent;
        const canaryWeight = Math.floor((exact + 50) / 100);
        const deviation = Math.abs(100 * canaryWeight - exact);
        if (20 * deviation <= factor * total)
            return { factor, canaryWeight };
        const error = deviation / factor;
        if (!best || error < best.error)
            best = { factor, canaryWeight, error };
    }
    // maxFactor ≥ 1, so the loop ran and `best` is set whenever it did not return.
    return best;
}
function checkWeight(group) {
    if (!Number.isInteger(group.weight) || group.weight < 0 || group.weight > maxTargetGroupWeight) {
        throw new GroupWeightError(`the weight of target group ${group.id} must be a whole number from 0 to ${maxTargetGroupWeight}; got ${group.weight}.`);
    }
}
/** The weight of a group in the action; 0 when it is absent. */
function weightOf(groups, id) {
    return groups.find((group) => group.id === id)?.weight ?? 0;
}
/** A group's share of the total weight (0 when everything weighs 0). */
function shareOf(groups, id) {
    const total = groups.reduce((sum, group) => sum + group.weight, 0);
    return total === 0 ? 0 : weightOf(groups, id) / total;
}

// EXTERNAL MODULE: ./src/routing/target-groups.ts
var target_groups = __webpack_require__(3210);
// EXTERNAL MODULE: ./src/routing/json.ts
var json = __webpack_require__(7910);
;// CONCATENATED MODULE: ./src/routing/alb/spec.ts




/**
 * What an ALB canary routes through: a listener rule (Actions, Conditions, Priority, Transforms) or a
 * listener's default actions ({ Actions }), as DescribeRules / DescribeListeners return them. Only the
 * forward action's target group weights are interpreted; every other action and field is carried as
 * checked plain JSON so a write sends it back exactly. Target groups are identified by ARN. Pure.
 *
 * AWS returns a forward in two shapes: a bare TargetGroupArn, or a ForwardConfig with TargetGroups (weights
 * 0-999) and TargetGroupStickinessConfig, often both for one group. Both are read; a shift to two or more
 * groups writes a ForwardConfig (dropping TargetGroupArn, which may then only name the one group) and keeps
 * the stickiness configuration as it was.
 */
/** A forward action takes at most 5 target groups (ELBv2 quota "target groups per action"). */
const maxAlbTargetGroups = 5;
/** Action types this client models (ActionTypeEnum); an unknown one could hide fields it would drop. */
const knownActionTypes = new Set([
    'forward',
    'fixed-response',
    'redirect',
    'authenticate-oidc',
    'authenticate-cognito',
    'jwt-validation',
]);
class AlbSpecError extends Error {
    resource;
    name = 'AlbSpecError';
    constructor(resource, detail) {
        super(`${resource}: ${detail}`);
        this.resource = resource;
    }
}
const specFields = new Set(['Actions', 'Conditions', 'Priority', 'Transforms']);
/** Checks a spec (read from ELBv2, or carried in a document) and returns a plain JSON copy. */
function parseAlbSpec(value, resource) {
    const fail = (detail) => new AlbSpecError(resource, detail);
    if (!(0,json/* isObject */.Gv)(value))
        throw fail('the spec is not an object.');
    const plain = (0,json/* plainJson */.RU)(value, 'spec', fail);
    const unknown = Object.keys(plain).filter((key) => !specFields.has(key));
    if (unknown.length > 0) {
        throw fail(`unknown field ${unknown.join(', ')}; a spec has Actions, Conditions, Priority, Transforms.`);
    }
    for (const list of ['Conditions', 'Transforms']) {
        if (plain[list] !== undefined && !Array.isArray(plain[list]))
            throw fail(`${list} is not a list.`);
    }
    if (plain.Priority !== undefined && typeof plain.Priority !== 'string')
        throw fail('Priority is not a string.');
    const actions = plain.Actions;
    if (!Array.isArray(actions) || actions.length === 0)
        throw fail('there are no actions.');
    for (const action of actions) {
        if (!(0,json/* isObject */.Gv)(action) || typeof action.Type !== 'string')
            throw fail(`an action has no Type: ${JSON.stringify(action)}.`);
        if (!knownActionTypes.has(action.Type)) {
            throw fail(`action type "${action.Type}" is unknown to this client; refusing to rewrite the actions.`);
        }
    }
    const forwards = actions.filter((action) => action.Type === 'forward');
    if (forwards.length !== 1) {
        const routing = actions.map((action) => action.Type).join(', ');
        throw fail(forwards.length === 0
            ? `the actions (${routing}) do not forward to target groups; a canary needs a forward action.`
            : `there are ${forwards.length} forward actions; a rule has one.`);
    }
    checkForward(forwards[0], fail);
    return plain;
}
function checkForward(forward, fail) {
    const config = forward.ForwardConfig;
    if (config !== undefined && !(0,json/* isObject */.Gv)(config))
        throw fail('ForwardConfig is not an object.');
    const tuples = config?.TargetGroups;
    if (tuples !== undefined && !Array.isArray(tuples))
        throw fail('ForwardConfig.TargetGroups is not a list.');
    if (forward.TargetGroupArn !== undefined && typeof forward.TargetGroupArn !== 'string') {
        throw fail('TargetGroupArn is not a string.');
    }
    if (!tuples?.length) {
        if (!forward.TargetGroupArn)
            throw fail('the forward action names no target group.');
        return;
    }
    if (tuples.length > maxAlbTargetGroups) {
        throw fail(`the forward action has ${tuples.length} target groups; an ALB allows at most ${maxAlbTargetGroups}.`);
    }
    if (forward.TargetGroupArn &&
        (tuples.length !== 1 || tuples[0]?.TargetGroupArn !== forward.TargetGroupArn)) {
        throw fail('TargetGroupArn and ForwardConfig name different target groups.');
    }
    const seen = new Set();
    for (const tuple of tuples) {
        if (!(0,json/* isObject */.Gv)(tuple) || typeof tuple.TargetGroupArn !== 'string' || tuple.TargetGroupArn === '') {
            throw fail(`a target group has no TargetGroupArn: ${JSON.stringify(tuple)}.`);
        }
        const { Weight: weight } = tuple;
        if (weight !== undefined &&
            !(Number.isInteger(weight) && weight >= 0 && weight <= 999)) {
            throw fail(`the weight of ${(0,alb_arns/* targetGroupNameOf */.RC)(tuple.TargetGroupArn)} must be a whole number from 0 to 999; got ${weight}.`);
        }
        if (weight === undefined && tuples.length > 1) {
            throw fail(`target group ${(0,alb_arns/* targetGroupNameOf */.RC)(tuple.TargetGroupArn)} has no weight beside other groups; set every weight.`);
        }
        if (seen.has(tuple.TargetGroupArn))
            throw fail(`target group ${(0,alb_arns/* targetGroupNameOf */.RC)(tuple.TargetGroupArn)} appears twice.`);
        seen.add(tuple.TargetGroupArn);
    }
}
function forwardIndex(spec) {
    return spec.Actions.findIndex((action) => action.Type === 'forward');
}
function forwardOf(spec) {
    return spec.Actions[forwardIndex(spec)];
}
/** The forward's tuples, whichever shape AWS returned: a bare TargetGroupArn is one tuple without weight. */
function tuplesOf(forward) {
    const tuples = forward.ForwardConfig?.TargetGroups;
    if (tuples?.length)
        return tuples;
    return [{ TargetGroupArn: forward.TargetGroupArn }];
}
/** The forward's groups by ARN, with their effective weights (a lone group without weight counts 1). */
function targetGroupsOf(spec) {
    return tuplesOf(forwardOf(spec)).map((tuple) => ({ id: tuple.TargetGroupArn, weight: tuple.Weight ?? 1 }));
}
/**
 * The spec with the canary at `canaryPercent` of the stable's share (see group-weights.ts); `pair` holds
 * target group ARNs. Only the forward's target group weights change (the canary is added once it gets
 * weight); a shift that changes no weight returns the spec as it is, in the shape it had.
 */
function shift(spec, pair, canaryPercent, resource = 'the forward action') {
    const before = targetGroupsOf(spec);
    let after;
    try {
        after = shiftGroupWeights(before, pair, canaryPercent, maxAlbTargetGroups).groups;
    }
    catch (error) {
        if (error instanceof GroupWeightError)
            throw new AlbSpecError(resource, labelled(error.message, [...before.map((g) => g.id), pair.stable, pair.canary]));
        throw error;
    }
    if (after.length === before.length &&
        after.every((group, index) => group.weight === before[index].weight)) {
        return structuredClone(spec);
    }
    const tuples = tuplesOf(forwardOf(spec));
    return withTuples(spec, after.map((group, index) => {
        const tuple = tuples[index];
        return tuple ? { ...tuple, Weight: group.weight } : { TargetGroupArn: group.id, Weight: group.weight };
    }));
}
/** The spec with the forward's tuples replaced; TargetGroupArn stays only while it names the one group. */
function withTuples(spec, tuples) {
    const forward = forwardOf(spec);
    const { TargetGroupArn: bare, ...rest } = forward;
    const keepBare = bare !== undefined && tuples.length === 1 && tuples[0].TargetGroupArn === bare;
    const action = {
        ...rest,
        ...(keepBare ? { TargetGroupArn: bare } : {}),
        ForwardConfig: { ...(forward.ForwardConfig ?? {}), TargetGroups: tuples },
    };
    const actions = structuredClone(spec.Actions);
    actions[forwardIndex(spec)] = structuredClone(action);
    return { ...structuredClone(spec), Actions: actions };
}
/** Group ARNs in a message replaced by names, which people know (names are unique per account and Region). */
function labelled(text, arns) {
    return arns.reduce((out, arn) => out.split(arn).join((0,alb_arns/* targetGroupNameOf */.RC)(arn)), text);
}
function byName(groups) {
    return groups.map((group) => ({ id: (0,alb_arns/* targetGroupNameOf */.RC)(group.id), weight: group.weight }));
}
/**
 * What differs, in words: "target groups changed: blue 60 (expected 75)", "Priority changed: "3" (expected
 * "2")", "Actions[0].ForwardConfig.TargetGroupStickinessConfig.Enabled changed: true (expected false)".
 * Target groups compare by ARN (named by name), not by order nor by the forward's shape.
 */
function differences(actual, expected) {
    const out = [];
    const groups = (0,target_groups/* groupDifferences */.a2)(byName(targetGroupsOf(actual)), byName(targetGroupsOf(expected)));
    if (groups.length > 0)
        out.push(`target groups changed: ${groups.join(', ')}`);
    (0,json/* jsonDifferences */.tg)(withoutGroups(actual), withoutGroups(expected), '', out);
    return out;
}
function withoutGroups(spec) {
    const actions = spec.Actions.map((action) => {
        if (action.Type !== 'forward')
            return action;
        const { TargetGroupArn: _bare, ForwardConfig: config, ...rest } = action;
        const { TargetGroups: _tuples, ...configRest } = config ?? {};
        // Stickiness off is what AWS reports for a forward written without it: the same forward.
        const stickiness = configRest.TargetGroupStickinessConfig;
        if (stickiness?.Enabled === false && Object.keys(stickiness).length === 1)
            delete configRest.TargetGroupStickinessConfig;
        return Object.keys(configRest).length > 0 ? { ...rest, ForwardConfig: configRest } : rest;
    });
    return { ...spec, Actions: actions };
}
function specsEqual(actual, expected) {
    return differences(actual, expected).length === 0;
}
/** Whether the actions are the same (what ModifyRule / ModifyListener send); the rest is ignored. */
function actionsEqual(actual, expected) {
    return specsEqual({ Actions: actual.Actions }, { Actions: expected.Actions });
}
function canaryWeight(spec, pair) {
    return weightOf(targetGroupsOf(spec), pair.canary);
}
/**
 * `current` with the forward's target groups (TargetGroupArn and ForwardConfig.TargetGroups) taken from
 * `source`, when the two differ in target groups only by what a shift changes (see isShiftOf); else
 * undefined. Keeps someone's edit of the conditions, priority, other actions or stickiness.
 */
function withPairWeightsFrom(current, source, pair) {
    if (!(0,target_groups/* isShiftOf */.k2)(targetGroupsOf(current), targetGroupsOf(source), pair))
        return undefined;
    const from = forwardOf(source);
    const into = forwardOf(current);
    const { TargetGroupArn: _bare, ForwardConfig: config, ...rest } = into;
    const { TargetGroups: _tuples, ...configRest } = config ?? {};
    const sourceTuples = from.ForwardConfig?.TargetGroups;
    const forwardConfig = sourceTuples?.length
        ? { ...configRest, TargetGroups: structuredClone(sourceTuples) }
        : Object.keys(configRest).length > 0
            ? { ...configRest, TargetGroups: [{ TargetGroupArn: from.TargetGroupArn, Weight: 1 }] }
            : undefined;
    const action = {
        ...rest,
        ...(from.TargetGroupArn !== undefined ? { TargetGroupArn: from.TargetGroupArn } : {}),
        ...(forwardConfig ? { ForwardConfig: forwardConfig } : {}),
    };
    const actions = structuredClone(current.Actions);
    actions[forwardIndex(current)] = action;
    return { ...structuredClone(current), Actions: actions };
}
/** "blue 75, green 25" (target group names). */
function describeTargets(spec) {
    return (0,target_groups/* describeGroups */.iq)(byName(targetGroupsOf(spec)));
}
/** The spec operations the shared shift and restore use. */
const albSpecOps = {
    parse: parseAlbSpec,
    shift,
    differences,
    specsEqual,
    writtenPartEqual: actionsEqual,
    describeTargets,
};

;// CONCATENATED MODULE: ./src/routing/alb/kit.ts



/** The spec operations of an ALB rule (or listener default actions) between `pair`'s groups. Pure. */
function albKit(resource, pair) {
    return {
        parse: (raw) => parseAlbSpec(raw, resource),
        equal: specsEqual,
        differences: differences,
        targetsEqual: (actual, expected) => (0,target_groups/* groupDifferences */.a2)(targetGroupsOf(actual), targetGroupsOf(expected)).length === 0,
        // Our targets with someone's edit: they are a shift of the snapshot's, so the forward takes its groups back.
        withTargetsOf: (current, source) => withPairWeightsFrom(current, source, pair) ?? {
            ...structuredClone(current),
            Actions: structuredClone(source.Actions),
        },
        written: (snapshot, weights) => [0, ...weights].map((weight) => shift(snapshot, pair, weight, resource)),
        canaryWeight: (spec) => canaryWeight(spec, pair),
        canaryShare: (spec) => shareOf(targetGroupsOf(spec), pair.canary),
    };
}

// EXTERNAL MODULE: ./src/routing/errors.ts
var errors = __webpack_require__(2843);
;// CONCATENATED MODULE: ./src/routing/forward-shift.ts

/**
 * One shift: the target is computed before any call; the resource is read once; equal to the target:
 * nothing is written; equal to `expected`: the target is written; anything else was edited by someone:
 * RoutedResourceDriftError, nothing written. Returns the resource as stored and whether it was written.
 */
async function shiftForward(ops, access, request) {
    const { resource } = request;
    const target = ops.shift(request.base, request.pair, request.canaryPercent, resource);
    const current = ops.parse(await access.read(), resource);
    if (ops.specsEqual(current, target))
        return { spec: current, written: false };
    if (!ops.specsEqual(current, request.expected)) {
        throw new errors/* RoutedResourceDriftError */.ly(resource, ops.differences(current, request.expected));
    }
    const stored = storedSpec(ops, await access.write(target), target, resource);
    request.log?.info(`${resource}: ${ops.describeTargets(target)} (canary ${request.canaryPercent}%)`);
    return { spec: stored, written: true };
}
/**
 * Writes the snapshot's action(s) back whatever the weights are now; only the action(s) are sent, so an
 * edit of anything else made meanwhile is kept. Returns false when they already equal the snapshot's.
 */
async function restoreForward(ops, access, request) {
    const { resource, snapshot } = request;
    const current = readable(ops, await access.read(), resource);
    if (current && ops.writtenPartEqual(current, snapshot))
        return false;
    await access.write(snapshot);
    request.log?.info(`${resource}: restored ${ops.describeTargets(snapshot)}`);
    return true;
}
function readable(ops, value, resource) {
    try {
        return ops.parse(value, resource);
    }
    catch {
        // Unreadable now: not the snapshot, so it is written back.
        return undefined;
    }
}
/** The spec AWS stored (what the next drift check compares with), or the one sent if it cannot be read. */
function storedSpec(ops, output, sent, resource) {
    return readable(ops, output, resource) ?? sent;
}

// EXTERNAL MODULE: ./src/routing/percent.ts
var routing_percent = __webpack_require__(8743);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-cjs/index.js
var dist_cjs = __webpack_require__(586);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/retry.ts
var retry = __webpack_require__(9809);
;// CONCATENATED MODULE: ./src/routing/aws-call.ts



const throttlingNames = new Set([
    'Throttling',
    'ThrottlingException',
    'ThrottledException',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'PriorRequestNotCompleteException',
]);
/**
 * Worth another attempt: throttling (by the error names AWS uses: VPC Lattice ThrottlingException, ELBv2
 * Throttling) and server-side failures (5xx: the SDK marks them $fault "server").
 */
function isThrottlingOrServerError(error) {
    if (typeof error !== 'object' || error === null)
        return false;
    const { name, $fault, $metadata } = error;
    if (typeof name === 'string' && throttlingNames.has(name))
        return true;
    if ($fault === 'server')
        return true;
    const status = $metadata?.httpStatusCode;
    return typeof status === 'number' && (status >= 500 || status === 429);
}
/**
 * One AWS call: retried on throttling and 5xx with jittered backoff, wrapped so a failure says what was
 * being done, and a not-found answer turned into a RoutingResourceNotFoundError naming the input to check.
 */
async function callWithRetry(doing, options, notFound, send) {
    try {
        return await (0,src_errors/* callAws */.IY)(doing, () => (0,retry/* retry */.L5)(send, {
            ...options.retry,
            retryable: isThrottlingOrServerError,
            onRetry: ({ attempt, delayMs, error }) => options.log?.warn(`${doing}: ${(0,src_errors/* messageOf */.bD)(error)}; attempt ${attempt + 1} in ${delayMs} ms`),
        }));
    }
    catch (error) {
        if (notFound && error instanceof src_errors/* AwsCallError */.iQ && notFound.errorNames.includes(error.awsErrorName)) {
            throw new errors/* RoutingResourceNotFoundError */.gL(notFound.resource, notFound.hint, { cause: error });
        }
        throw error;
    }
}

// EXTERNAL MODULE: ./src/routing/alb/settings.ts
var alb_settings = __webpack_require__(3539);
;// CONCATENATED MODULE: ./src/routing/alb/api.ts




/**
 * The calls this project makes to Elastic Load Balancing V2. Each is retried on throttling and 5xx, wrapped
 * so a failure says what was being done; a not-found answer becomes a RoutingResourceNotFoundError whose
 * hint names the input to check. Writes send only the actions: ModifyRule's Actions, ModifyListener's
 * DefaultActions; conditions, priority, transforms, port, protocol and certificates are never sent.
 */
class AlbApi {
    client;
    options;
    constructor(client, options = {}) {
        this.client = client;
        this.options = options;
    }
    async listener(listenerArn) {
        const output = await this.call(`describing ALB listener ${listenerArn}`, notFound(['ListenerNotFoundException', 'ListenerNotFound'], `ALB listener ${listenerArn}`, `check ${alb_settings/* albInputs */.jK.listener}.`), () => this.client.send(new dist_cjs/* DescribeListenersCommand */.AKE({ ListenerArns: [listenerArn] })));
        const listener = output.Listeners?.find((candidate) => candidate.ListenerArn === listenerArn) ?? output.Listeners?.[0];
        if (!listener)
            throw new errors/* RoutingResourceNotFoundError */.gL(`ALB listener ${listenerArn}`, `check ${alb_settings/* albInputs */.jK.listener}.`);
        return {
            listenerArn: listener.ListenerArn ?? listenerArn,
            ...(listener.LoadBalancerArn ? { loadBalancerArn: listener.LoadBalancerArn } : {}),
            spec: { Actions: listener.DefaultActions },
        };
    }
    async rule(ruleArn) {
        const hint = `check ${alb_settings/* albInputs */.jK.rule} (a rule of listener-arn), or leave it unset to shift the listener's default actions.`;
        const output = await this.call(`describing ALB rule ${ruleArn}`, notFound(['RuleNotFoundException', 'RuleNotFound'], `ALB rule ${ruleArn}`, hint), () => this.client.send(new dist_cjs/* DescribeRulesCommand */.Ggo({ RuleArns: [ruleArn] })));
        const rule = output.Rules?.find((candidate) => candidate.RuleArn === ruleArn) ?? output.Rules?.[0];
        if (!rule)
            throw new errors/* RoutingResourceNotFoundError */.gL(`ALB rule ${ruleArn}`, hint);
        return ruleRead(rule, ruleArn);
    }
    /** DescribeTargetGroups by ARN or by name; `input` names the setting for messages. */
    async targetGroup(text, input) {
        const byArn = text.startsWith('arn:');
        const hint = `check ${input} (a target group ARN or name in this account and Region).`;
        const output = await this.call(`describing target group ${text}`, notFound(['TargetGroupNotFoundException', 'TargetGroupNotFound'], `target group ${text}`, hint), () => this.client.send(new dist_cjs/* DescribeTargetGroupsCommand */.sC7(byArn ? { TargetGroupArns: [text] } : { Names: [text] })));
        const group = output.TargetGroups?.[0];
        if (!group?.TargetGroupArn)
            throw new errors/* RoutingResourceNotFoundError */.gL(`target group ${text}`, hint);
        return {
            arn: group.TargetGroupArn,
            name: group.TargetGroupName ?? text,
            loadBalancerArns: group.LoadBalancerArns ?? [],
        };
    }
    /** ModifyRule with the actions only; returns the rule as ELBv2 stored it. */
    async modifyRuleActions(ruleArn, actions) {
        const output = await this.call(`modifying ALB rule ${ruleArn}`, notFound(['RuleNotFoundException', 'RuleNotFound'], `ALB rule ${ruleArn}`, `check ${alb_settings/* albInputs */.jK.rule}.`), () => this.client.send(new dist_cjs/* ModifyRuleCommand */.y5P({ RuleArn: ruleArn, Actions: writableActions(actions) })));
        const rule = output.Rules?.[0];
        return rule ? ruleRead(rule, ruleArn).spec : undefined;
    }
    /** ModifyListener with the default actions only; returns them as ELBv2 stored them. */
    async modifyListenerActions(listenerArn, actions) {
        const output = await this.call(`modifying the default actions of ALB listener ${listenerArn}`, notFound(['ListenerNotFoundException', 'ListenerNotFound'], `ALB listener ${listenerArn}`, `check ${alb_settings/* albInputs */.jK.listener}.`), () => this.client.send(new dist_cjs/* ModifyListenerCommand */.ugc({ ListenerArn: listenerArn, DefaultActions: writableActions(actions) })));
        const listener = output.Listeners?.[0];
        return listener ? { Actions: listener.DefaultActions } : undefined;
    }
    call(doing, onNotFound, send) {
        return callWithRetry(doing, this.options, onNotFound, send);
    }
}
/**
 * The actions as a write takes them: ELBv2 never returns an OIDC client secret, so an authenticate-oidc
 * action read back must say UseExistingClientSecret to keep it (AuthenticateOidcActionConfig).
 */
function writableActions(actions) {
    return actions.map((action) => {
        const oidc = action.AuthenticateOidcConfig;
        if (action.Type !== 'authenticate-oidc' || !oidc || oidc.ClientSecret !== undefined) {
            return action;
        }
        return { ...action, AuthenticateOidcConfig: { ...oidc, UseExistingClientSecret: true } };
    });
}
function ruleRead(rule, ruleArn) {
    return {
        ruleArn: rule.RuleArn ?? ruleArn,
        isDefault: rule.IsDefault === true,
        spec: {
            Actions: rule.Actions,
            ...(rule.Conditions ? { Conditions: rule.Conditions } : {}),
            ...(rule.Priority !== undefined ? { Priority: rule.Priority } : {}),
            ...(rule.Transforms ? { Transforms: rule.Transforms } : {}),
        },
    };
}
function notFound(errorNames, resource, hint) {
    return { errorNames, resource, hint };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
;// CONCATENATED MODULE: ./src/routing/alb/state.ts




const arnAs = (parse, what) => schemas/* string */.YjP().refine((value) => typeof parse(value) === 'object', what);
// A spec ELBv2 could not take back is reported as an issue of the state, not thrown.
const spec = schemas/* unknown */.L5J().transform((value, context) => {
    try {
        return parseAlbSpec(value, 'the spec of the state');
    }
    catch (error) {
        context.addIssue({ code: 'custom', message: (0,src_errors/* messageOf */.bD)(error) });
        return core/* NEVER */.tm;
    }
});
const albTrafficStateSchema = schemas/* object */.Ikc({
    router: schemas/* literal */.euz('alb'),
    listenerArn: arnAs(alb_arns/* parseListenerArn */.Zb, 'an ALB listener ARN'),
    ruleArn: arnAs(alb_arns/* parseRuleArn */.rP, 'an ALB listener rule ARN').optional(),
    loadBalancerArn: schemas/* string */.YjP()
        .regex(/^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:loadbalancer\/app\/[^/]+\/[^/]+$/, 'an ALB ARN'),
    stableTargetGroupArn: arnAs(alb_arns/* parseTargetGroupArn */.XC, 'a target group ARN'),
    canaryTargetGroupArn: arnAs(alb_arns/* parseTargetGroupArn */.XC, 'a target group ARN'),
    spec,
});
const albShiftResultSchema = albTrafficStateSchema.extend({
    canaryPercent: schemas/* number */.aig().int().min(0).max(100),
    base: spec,
    written: schemas/* array */.YOg(schemas/* string */.YjP()),
});
/** The lock key: two deployments that shift the same rule (or listener default actions) share it. */
function albLockKey(state) {
    return state.ruleArn ? `alb:rule:${state.ruleArn}` : `alb:listener-default-actions:${state.listenerArn}`;
}
/** The settings of the deployment a state belongs to, by ARN: how the engine rebuilds its router. */
function state_albSettingsOf(state) {
    return {
        listenerArn: state.listenerArn,
        ...(state.ruleArn ? { ruleArn: state.ruleArn } : {}),
        stableTargetGroup: state.stableTargetGroupArn,
        canaryTargetGroup: state.canaryTargetGroupArn,
    };
}
function albPairOf(state) {
    return { stable: state.stableTargetGroupArn, canary: state.canaryTargetGroupArn };
}
/** "ALB rule 9683b2d02a6cabee of listener f2f7dc8efc522ab2 (load balancer my-alb)", or its default actions. */
function albResourceLabel(state) {
    const listener = (0,alb_arns/* parseListenerArn */.Zb)(state.listenerArn);
    const where = typeof listener === 'string'
        ? state.listenerArn
        : `listener ${listener.listenerId} (load balancer ${listener.loadBalancerName})`;
    if (!state.ruleArn)
        return `the default actions of ALB ${where}`;
    const rule = (0,alb_arns/* parseRuleArn */.rP)(state.ruleArn);
    return `ALB rule ${typeof rule === 'string' ? state.ruleArn : rule.ruleId} of ${where}`;
}

;// CONCATENATED MODULE: ./src/routing/alb/describe.ts



/**
 * The weights as they are, for people: reads the rule (or the listener's default actions) without the
 * pre-flight's checks on the two groups. Target groups are shown by name.
 */
async function readAlbWeights(api, settings) {
    const read = settings.ruleArn ? await api.rule(settings.ruleArn) : await api.listener(settings.listenerArn);
    const route = albResourceLabel(settings);
    const spec = parseAlbSpec(read.spec, route);
    return [
        {
            route,
            type: settings.ruleArn ? 'alb rule' : 'alb listener default actions',
            // ELBv2 keeps no version of a rule or listener.
            version: 0,
            targets: targetGroupsOf(spec).map((group) => ({
                target: (0,alb_arns/* targetGroupNameOf */.RC)(group.id),
                weight: group.weight,
            })),
        },
    ];
}

;// CONCATENATED MODULE: ./src/routing/alb/preflight.ts







/**
 * Read-only. Reads the listener, the rule and both target groups, then checks: the rule is not the
 * listener's default rule; the actions hold one forward; the stable group is in it with weight; the canary
 * group is in it at weight 0 (optionally), or can be added (room under the 5-group limit, not used by another
 * load balancer); the whole shift to 100% can be written. Returns the state as read.
 * Calls: DescribeListeners, DescribeRules (with a rule), DescribeTargetGroups for each group.
 */
async function readAlbState(api, settings, checks) {
    const listener = await api.listener(settings.listenerArn);
    const rule = settings.ruleArn === undefined ? undefined : await api.rule(settings.ruleArn);
    if (rule?.isDefault) {
        throw new errors/* PreflightError */.wG(`${alb_settings/* albInputs */.jK.rule}: ${rule.ruleArn} is the default rule of listener-arn; leave listener-rule-arn unset to shift the listener's default actions.`);
    }
    const stable = await api.targetGroup(settings.stableTargetGroup, alb_settings/* albInputs */.jK.stableTargetGroup);
    const canary = await api.targetGroup(settings.canaryTargetGroup, alb_settings/* albInputs */.jK.canaryTargetGroup);
    if (stable.arn === canary.arn) {
        throw new errors/* PreflightError */.wG(`${alb_settings/* albInputs */.jK.canaryTargetGroup} and ${alb_settings/* albInputs */.jK.stableTargetGroup} are the same target group (${stable.name}); give the canary its own.`);
    }
    const parsedListener = (0,alb_arns/* parseListenerArn */.Zb)(settings.listenerArn);
    const loadBalancerArn = listener.loadBalancerArn ?? (typeof parsedListener === 'object' ? (0,alb_arns/* loadBalancerArnOf */.l5)(parsedListener) : '');
    const identity = { listenerArn: settings.listenerArn, ...(rule ? { ruleArn: rule.ruleArn } : {}) };
    const label = albResourceLabel(identity);
    const input = rule ? alb_settings/* albInputs */.jK.rule : alb_settings/* albInputs */.jK.listener;
    const state = {
        router: 'alb',
        ...identity,
        loadBalancerArn,
        stableTargetGroupArn: stable.arn,
        canaryTargetGroupArn: canary.arn,
        spec: checkedSpec((rule ?? listener).spec, label, input),
    };
    checkWeights(state, label, checks);
    checkCanaryCanJoin(state, canary);
    return state;
}
function checkedSpec(value, label, input) {
    try {
        return parseAlbSpec(value, label);
    }
    catch (error) {
        if (error instanceof AlbSpecError)
            throw new errors/* PreflightError */.wG(`${input}: ${error.message}`);
        throw error;
    }
}
function checkWeights(state, label, checks) {
    const pair = albPairOf(state);
    const groups = targetGroupsOf(state.spec);
    const named = groups.map((group) => ({ id: (0,alb_arns/* targetGroupNameOf */.RC)(group.id), weight: group.weight }));
    const stableName = (0,alb_arns/* targetGroupNameOf */.RC)(pair.stable);
    const canaryName = (0,alb_arns/* targetGroupNameOf */.RC)(pair.canary);
    if (!groups.some((group) => group.id === pair.stable)) {
        throw new errors/* PreflightError */.wG(`${alb_settings/* albInputs */.jK.stableTargetGroup}: ${label} does not forward to target group ${stableName} ` +
            `(its target groups: ${(0,target_groups/* describeGroups */.iq)(named)}); set stable-target-group to the group that serves production.`);
    }
    if (weightOf(groups, pair.stable) + weightOf(groups, pair.canary) === 0) {
        throw new errors/* PreflightError */.wG(`${alb_settings/* albInputs */.jK.stableTargetGroup}: ${label} gives target group ${stableName} weight 0: there is no traffic to shift.`);
    }
    if (checks.canaryAtZero && weightOf(groups, pair.canary) > 0) {
        throw new errors/* CanaryGroupNotAtZeroError */.cP(label, canaryName, named);
    }
    if (!groups.some((group) => group.id === pair.canary) && groups.length >= maxAlbTargetGroups) {
        throw new errors/* PreflightError */.wG(`${alb_settings/* albInputs */.jK.canaryTargetGroup}: ${label} already forwards to ${groups.length} target groups, the most an ALB allows, ` +
            `so target group ${canaryName} cannot be added; add it at weight 0 by hand, or remove a group.`);
    }
    try {
        shift(state.spec, pair, 100, label);
    }
    catch (error) {
        if (error instanceof AlbSpecError)
            throw new errors/* PreflightError */.wG(`${alb_settings/* albInputs */.jK.stableTargetGroup}: ${error.message}`);
        throw error;
    }
}
function checkCanaryCanJoin(state, canary) {
    const elsewhere = canary.loadBalancerArns.filter((arn) => arn !== state.loadBalancerArn);
    if (elsewhere.length > 0) {
        throw new errors/* PreflightError */.wG(`${alb_settings/* albInputs */.jK.canaryTargetGroup}: target group ${canary.name} is used by load balancer ${elsewhere.join(', ')}; ` +
            'an ALB target group serves one load balancer, so this listener cannot forward to it.');
    }
}

;// CONCATENATED MODULE: ./src/routing/alb/router.ts









/**
 * Shifts the weights of an Application Load Balancer forward action (a listener rule's, or the listener's
 * default one) between the stable and the canary target group. Same guarantees as the App Mesh router:
 * pre-flight and snapshot before the first write; a whole-resource drift check before every write; only
 * target group weights change (stickiness, conditions, priority, other actions stay); restore writes the
 * snapshot's actions back exactly; throttling and 5xx are retried.
 * Calls per shift and per restore: one DescribeRules (or DescribeListeners) and at most one ModifyRule (or
 * ModifyListener), none when the resource already holds the target.
 */
class AlbRouter {
    settings;
    options;
    api;
    constructor(client, settings, options = {}) {
        this.settings = settings;
        this.options = options;
        this.api = new AlbApi(client, options);
    }
    /** Pre-flight (read-only) for a new deployment: refuses when the canary group already holds weight. */
    snapshot() {
        return readAlbState(this.api, this.settings, { canaryAtZero: true });
    }
    /** The same checks without requiring the canary at 0: a starting point for a shift by hand. */
    current() {
        return readAlbState(this.api, this.settings, { canaryAtZero: false });
    }
    /** The weights as they are, for people (no pre-flight checks). */
    describe() {
        return readAlbWeights(this.api, this.settings);
    }
    /**
     * Moves the canary to `canaryPercent` of the stable's share, computed from the snapshot's weights (the
     * `base` of a shift result, or the snapshot itself): a step's weights never depend on the steps before.
     */
    async shift(canaryPercent, expected) {
        const percent = (0,routing_percent/* checkCanaryPercent */.U)(canaryPercent);
        const { state, base } = this.checkState(expected, 'expected');
        const resource = albResourceLabel(state);
        const { spec, written } = await shiftForward(albSpecOps, this.resourceAccess(state), {
            resource,
            pair: albPairOf(state),
            canaryPercent: percent,
            expected: state.spec,
            base,
            ...(this.options.log ? { log: this.options.log } : {}),
        });
        return { ...state, spec, canaryPercent: percent, base, written: written ? [resource] : [] };
    }
    /**
     * Writes the snapshot's actions back, whatever the weights are now. Only the actions are sent: an edit of
     * the conditions or priority made meanwhile is kept. Actions already equal to the snapshot's are left alone.
     */
    async restore(snapshot) {
        if (typeof snapshot === 'object' && snapshot !== null && 'base' in snapshot) {
            throw new errors/* TrafficStateError */.jG('the snapshot state is a shift result; restore takes the state read before the first shift.');
        }
        const { state } = this.checkState(snapshot, 'snapshot');
        const resource = albResourceLabel(state);
        const restored = await restoreForward(albSpecOps, this.resourceAccess(state), {
            resource,
            snapshot: state.spec,
            ...(this.options.log ? { log: this.options.log } : {}),
        });
        return restored ? { restored: [resource], unchanged: [] } : { restored: [], unchanged: [resource] };
    }
    /** Reads and writes the routed resource of a state: the rule, or the listener's default action(s). */
    resourceAccess(state) {
        const { listenerArn, ruleArn } = state;
        const actions = (spec) => spec.Actions;
        return ruleArn
            ? {
                read: async () => (await this.api.rule(ruleArn)).spec,
                write: (spec) => this.api.modifyRuleActions(ruleArn, actions(spec)),
            }
            : {
                read: async () => (await this.api.listener(listenerArn)).spec,
                write: (spec) => this.api.modifyListenerActions(listenerArn, actions(spec)),
            };
    }
    /** The state must be well formed and this router's (a document of another deployment is refused). */
    checkState(value, what) {
        const isResult = typeof value === 'object' && value !== null && 'base' in value;
        const parsed = (isResult ? albShiftResultSchema : albTrafficStateSchema).safeParse(value);
        if (!parsed.success) {
            const issue = parsed.error.issues[0];
            throw new errors/* TrafficStateError */.jG(`the ${what} state is not an ALB state: ${issue.path.join('.') || 'state'}: ${issue.message}`);
        }
        const { canaryPercent: _percent, base, written: _written, ...state } = parsed.data;
        this.checkIdentity(state, what);
        if (base) {
            // A result's spec must be its base with only a shift's weights: anything else is not this router's.
            const restored = withPairWeightsFrom(state.spec, base, albPairOf(state));
            if (!restored || !specsEqual(restored, base)) {
                throw new errors/* TrafficStateError */.jG(`the ${what} state's spec is not a shift of its base: ${differences(state.spec, base).join('; ')}.`);
            }
        }
        return { state, base: base ?? state.spec };
    }
    checkIdentity(state, what) {
        const { settings } = this;
        const groupMatches = (given, arn) => given === arn || given === (0,alb_arns/* targetGroupNameOf */.RC)(arn);
        const checks = [
            ['listener-arn', settings.listenerArn, state.listenerArn, settings.listenerArn === state.listenerArn],
            ['listener-rule-arn', settings.ruleArn, state.ruleArn, settings.ruleArn === state.ruleArn],
            [
                'stable-target-group',
                settings.stableTargetGroup,
                state.stableTargetGroupArn,
                groupMatches(settings.stableTargetGroup, state.stableTargetGroupArn),
            ],
            [
                'canary-target-group',
                settings.canaryTargetGroup,
                state.canaryTargetGroupArn,
                groupMatches(settings.canaryTargetGroup, state.canaryTargetGroupArn),
            ],
        ];
        for (const [input, given, held, same] of checks) {
            if (!same) {
                throw new errors/* TrafficStateError */.jG(`the ${what} state is for ${input} ${JSON.stringify(held ?? null)}, but this router shifts ${JSON.stringify(given ?? null)}.`);
            }
        }
    }
}

// EXTERNAL MODULE: ./src/routing/app-mesh/appmesh-api.ts
var appmesh_api = __webpack_require__(2791);
// EXTERNAL MODULE: ./src/routing/app-mesh/appmesh-router.ts + 1 modules
var appmesh_router = __webpack_require__(7420);
// EXTERNAL MODULE: ./src/routing/app-mesh/client-token.ts
var client_token = __webpack_require__(3469);
// EXTERNAL MODULE: ./src/routing/app-mesh/route-spec.ts
var route_spec = __webpack_require__(61);
// EXTERNAL MODULE: ./src/routing/app-mesh/weights.ts
var weights = __webpack_require__(4377);
;// CONCATENATED MODULE: ./src/routing/app-mesh/kit.ts


/** The spec operations of one App Mesh route of a canary between `pair`'s nodes. Pure. */
function routeKit(routeName, pair) {
    const shift = (spec, weight) => (0,weights/* shiftRouteSpec */.NH)(spec, pair, weight, routeName);
    return {
        parse: (raw) => (0,route_spec/* parseRouteSpec */.Y_)(raw, routeName),
        equal: route_spec/* specsEqual */.VC,
        differences: route_spec/* specDifferences */.kE,
        targetsEqual: (actual, expected) => (0,route_spec/* targetsEqual */.Z9)((0,route_spec/* weightedTargetsOf */.Jh)(actual), (0,route_spec/* weightedTargetsOf */.Jh)(expected)),
        withTargetsOf: (current, source) => (0,route_spec/* withWeightedTargets */.eh)(current, (0,route_spec/* weightedTargetsOf */.Jh)(source)),
        // A shift only moves weight between the two nodes, so each is the same from any start, except that a
        // canary target the first shift added stays (at 0) after a shift back to 0: both forms are listed.
        written: (snapshot, weights) => {
            const withCanaryTarget = shift(snapshot, 100);
            return [0, ...weights].flatMap((weight) => weight === 0 ? [shift(snapshot, 0), shift(withCanaryTarget, 0)] : [shift(snapshot, weight)]);
        },
        canaryWeight: (spec) => canaryWeightOf(spec),
        canaryShare: (spec) => {
            const total = (0,route_spec/* weightedTargetsOf */.Jh)(spec).reduce((sum, target) => sum + target.weight, 0);
            return total === 0 ? 0 : canaryWeightOf(spec) / total;
        },
    };
    function canaryWeightOf(spec) {
        return (0,weights/* targetsOn */.QF)((0,route_spec/* weightedTargetsOf */.Jh)(spec), pair.canaryNode).reduce((sum, target) => sum + target.weight, 0);
    }
}

// EXTERNAL MODULE: ./src/routing/app-mesh/preflight.ts
var preflight = __webpack_require__(3191);
;// CONCATENATED MODULE: ./src/routing/app-mesh/state-schema.ts



const meshName = schemas/* string */.YjP().regex(/^[A-Za-z0-9_.-]{1,255}$/, 'an App Mesh name: 1-255 of A-Z a-z 0-9 _ . -');
// A spec that App Mesh could not take back is reported as an issue of the document, not thrown.
const routeSpec = schemas/* unknown */.L5J().transform((value, context) => {
    try {
        return (0,route_spec/* parseRouteSpec */.Y_)(value, 'of the snapshot');
    }
    catch (error) {
        context.addIssue({ code: 'custom', message: (0,src_errors/* messageOf */.bD)(error) });
        return core/* NEVER */.tm;
    }
});
const meshTrafficStateSchema = schemas/* object */.Ikc({
    router: schemas/* literal */.euz('app-mesh'),
    mesh: meshName,
    meshOwner: schemas/* string */.YjP()
        .regex(/^\d{12}$/, 'a 12-digit AWS account ID')
        .optional(),
    virtualRouter: meshName,
    stableNode: meshName,
    canaryNode: meshName,
    routes: schemas/* array */.YOg(schemas/* object */.Ikc({ routeName: meshName, version: schemas/* number */.aig().int().nonnegative(), spec: routeSpec }))
        .min(1)
        .refine((routes) => new Set(routes.map((route) => route.routeName)).size === routes.length, {
        message: 'lists a route twice',
    }),
});
/** The lock keys of a state: one per route (mesh, owner, router, route); two canaries sharing one collide. */
function meshLockKeys(state) {
    const router = `${state.meshOwner ?? ''}:${state.mesh}:${state.virtualRouter}`;
    return state.routes.map((route) => `app-mesh:${router}:${route.routeName}`);
}

// EXTERNAL MODULE: ./src/routing/vpc-lattice/identifiers.ts
var identifiers = __webpack_require__(2549);
;// CONCATENATED MODULE: ./src/routing/vpc-lattice/spec.ts




/**
 * What a VPC Lattice canary routes through: a listener rule (its match, priority and action) or a listener's
 * default action, as GetRule / GetListener return them. Only the forward action's target group weights are
 * interpreted; everything else is carried as checked plain JSON, so a write sends it back exactly. Pure.
 */
/** A forward action holds 1 to 10 target groups (VPC Lattice API reference, ForwardAction). */
const maxLatticeTargetGroups = 10;
/** The weight of a lone target group without one (WeightedTargetGroup: "the default value is 100"). */
const loneGroupWeight = 100;
/** A rule or listener that cannot be shifted or written back safely; raised before anything is written. */
class LatticeSpecError extends Error {
    resource;
    name = 'LatticeSpecError';
    constructor(resource, detail) {
        super(`${resource}: ${detail}`);
        this.resource = resource;
    }
}
const spec_specFields = new Set(['action', 'match', 'priority']);
/** Checks a spec (read from VPC Lattice, or carried in a document) and returns a plain JSON copy. */
function parseLatticeSpec(value, resource) {
    const fail = (detail) => new LatticeSpecError(resource, detail);
    if (!(0,json/* isObject */.Gv)(value))
        throw fail('the spec is not an object.');
    const plain = (0,json/* plainJson */.RU)(value, 'spec', fail);
    const unknown = Object.keys(plain).filter((key) => !spec_specFields.has(key));
    if (unknown.length > 0)
        throw fail(`unknown field ${unknown.join(', ')}; a spec has action, match, priority.`);
    const { action, match, priority } = plain;
    if (match !== undefined && !(0,json/* isObject */.Gv)(match))
        throw fail('match is not an object.');
    if (priority !== undefined && !(Number.isInteger(priority) && priority >= 0)) {
        throw fail(`priority must be a whole number; got ${JSON.stringify(priority)}.`);
    }
    checkAction(action, fail);
    return plain;
}
function checkAction(action, fail) {
    if (!(0,json/* isObject */.Gv)(action))
        throw fail('the action is missing.');
    const kinds = Object.keys(action);
    if (kinds.length !== 1 || !(0,json/* isObject */.Gv)(action.forward)) {
        const found = kinds.includes('fixedResponse')
            ? `a fixed response (status ${JSON.stringify(action.fixedResponse?.statusCode)})`
            : kinds.join(' and ') || 'empty';
        throw fail(`the action is ${found}, not a forward to target groups; a canary needs a forward action.`);
    }
    const groups = action.forward.targetGroups;
    if (!Array.isArray(groups) || groups.length === 0)
        throw fail('the forward action has no target groups.');
    if (groups.length > maxLatticeTargetGroups) {
        throw fail(`the forward action has ${groups.length} target groups; VPC Lattice allows at most ${maxLatticeTargetGroups}.`);
    }
    const seen = new Set();
    for (const group of groups) {
        if (!(0,json/* isObject */.Gv)(group) ||
            typeof group.targetGroupIdentifier !== 'string' ||
            group.targetGroupIdentifier === '') {
            throw fail(`a target group has no targetGroupIdentifier: ${JSON.stringify(group)}.`);
        }
        const { weight } = group;
        if (weight !== undefined &&
            !(Number.isInteger(weight) && weight >= 0 && weight <= 999)) {
            throw fail(`the weight of ${group.targetGroupIdentifier} must be a whole number from 0 to 999; got ${weight}.`);
        }
        if (weight === undefined && groups.length > 1) {
            throw fail(`target group ${group.targetGroupIdentifier} has no weight beside other groups; set every weight.`);
        }
        const id = (0,identifiers/* latticeIdOf */.$v)('targetgroup', group.targetGroupIdentifier);
        if (seen.has(id))
            throw fail(`target group ${id} appears twice in the forward action.`);
        seen.add(id);
    }
}
/** The forward's groups by target group ID, with their effective weights. */
function spec_targetGroupsOf(spec) {
    return spec.action.forward.targetGroups.map((group) => ({
        id: (0,identifiers/* latticeIdOf */.$v)('targetgroup', group.targetGroupIdentifier),
        weight: group.weight ?? loneGroupWeight,
    }));
}
/**
 * The spec with the canary at `canaryPercent` of the stable's share (see group-weights.ts); `pair` holds
 * target group IDs. Only target group weights change (and the canary group is added once it gets weight);
 * a shift that changes no weight returns the spec as it is.
 */
function spec_shift(spec, pair, canaryPercent, resource = 'the forward action') {
    const before = spec_targetGroupsOf(spec);
    let after;
    try {
        after = shiftGroupWeights(before, pair, canaryPercent, maxLatticeTargetGroups).groups;
    }
    catch (error) {
        if (error instanceof GroupWeightError)
            throw new LatticeSpecError(resource, error.message);
        throw error;
    }
    if (after.length === before.length &&
        after.every((group, index) => group.weight === before[index].weight)) {
        return structuredClone(spec);
    }
    const entries = spec.action.forward.targetGroups;
    const targetGroups = after.map((group, index) => {
        const entry = entries[index];
        return entry
            ? { ...entry, weight: group.weight }
            : { targetGroupIdentifier: group.id, weight: group.weight };
    });
    return withTargetGroups(spec, targetGroups);
}
function withTargetGroups(spec, targetGroups) {
    return structuredClone({
        ...spec,
        action: { ...spec.action, forward: { ...spec.action.forward, targetGroups } },
    });
}
/**
 * What differs, in words: "targetGroups changed: tg-a 60 (expected 75)", "priority changed: 3 (expected 2)".
 * Target groups compare by ID (an ARN and its ID are the same group), not by order.
 */
function spec_differences(actual, expected) {
    const out = [];
    const groups = (0,target_groups/* groupDifferences */.a2)(spec_targetGroupsOf(actual), spec_targetGroupsOf(expected));
    if (groups.length > 0)
        out.push(`targetGroups changed: ${groups.join(', ')}`);
    (0,json/* jsonDifferences */.tg)(spec_withoutGroups(actual), spec_withoutGroups(expected), '', out);
    return out;
}
function spec_withoutGroups(spec) {
    const { targetGroups: _groups, ...forward } = spec.action.forward;
    return { ...spec, action: { ...spec.action, forward } };
}
function spec_specsEqual(actual, expected) {
    return spec_differences(actual, expected).length === 0;
}
function spec_canaryWeight(spec, pair) {
    return weightOf(spec_targetGroupsOf(spec), pair.canary);
}
/**
 * `current` with its target groups taken from `source`, when the two differ in target groups only by what
 * a shift changes (see isShiftOf); else undefined. Keeps someone's edit of the match or priority while
 * putting the weights back.
 */
function spec_withPairWeightsFrom(current, source, pair) {
    if (!(0,target_groups/* isShiftOf */.k2)(spec_targetGroupsOf(current), spec_targetGroupsOf(source), pair))
        return undefined;
    return withTargetGroups(current, structuredClone(source.action.forward.targetGroups));
}
/** `current` with the forward's target groups of `source`, whatever they are; everything else of `current` kept. */
function withTargetGroupsOf(current, source) {
    return withTargetGroups(current, structuredClone(source.action.forward.targetGroups));
}
/** "tg-0123… 75, tg-0456… 25" */
function spec_describeTargets(spec) {
    return (0,target_groups/* describeGroups */.iq)(spec_targetGroupsOf(spec));
}
/** Whether the actions are the same (what UpdateRule / UpdateListener send); match and priority are ignored. */
function spec_actionsEqual(actual, expected) {
    return spec_specsEqual({ action: actual.action }, { action: expected.action });
}
/** The spec operations the shared shift and restore use. */
const latticeSpecOps = {
    parse: parseLatticeSpec,
    shift: spec_shift,
    differences: spec_differences,
    specsEqual: spec_specsEqual,
    writtenPartEqual: spec_actionsEqual,
    describeTargets: spec_describeTargets,
};

;// CONCATENATED MODULE: ./src/routing/vpc-lattice/kit.ts



/** The spec operations of a VPC Lattice rule (or listener default action) between `pair`'s groups. Pure. */
function latticeKit(resource, pair) {
    return {
        parse: (raw) => parseLatticeSpec(raw, resource),
        equal: spec_specsEqual,
        differences: spec_differences,
        targetsEqual: (actual, expected) => (0,target_groups/* groupDifferences */.a2)(spec_targetGroupsOf(actual), spec_targetGroupsOf(expected)).length === 0,
        withTargetsOf: withTargetGroupsOf,
        // Every step is computed from the snapshot: what a deployment wrote depends on the weight alone.
        written: (snapshot, weights) => [0, ...weights].map((weight) => spec_shift(snapshot, pair, weight, resource)),
        canaryWeight: (spec) => spec_canaryWeight(spec, pair),
        canaryShare: (spec) => shareOf(spec_targetGroupsOf(spec), pair.canary),
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-vpc-lattice/dist-cjs/index.js
var client_vpc_lattice_dist_cjs = __webpack_require__(3635);
// EXTERNAL MODULE: ./src/routing/vpc-lattice/settings.ts
var vpc_lattice_settings = __webpack_require__(2984);
;// CONCATENATED MODULE: ./src/routing/vpc-lattice/api.ts





const notFoundNames = ['ResourceNotFoundException'];
/**
 * The calls this project makes to VPC Lattice. Each is retried on throttling and 5xx, wrapped so a
 * failure says what was being done; ResourceNotFoundException becomes a RoutingResourceNotFoundError whose
 * hint names the input to check. Writes send only the action (UpdateRule) or the default action
 * (UpdateListener): match and priority are never sent.
 */
class LatticeApi {
    client;
    options;
    constructor(client, options = {}) {
        this.client = client;
        this.options = options;
    }
    /** GetService for an ID or ARN; ListServices for a name. */
    async service(input) {
        const hint = `check ${vpc_lattice_settings/* latticeInputs */.Ge.service} (a VPC Lattice service name, ID or ARN in this account and Region).`;
        const identifier = this.parsed('service', input);
        if (identifier.form === 'name') {
            const items = await this.list(`listing VPC Lattice services to find ${identifier.name}`, undefined, (nextToken) => this.client.send(new client_vpc_lattice_dist_cjs/* ListServicesCommand */.qde({ ...(nextToken ? { nextToken } : {}) })));
            return this.unique('service', vpc_lattice_settings/* latticeInputs */.Ge.service, identifier.name, items, hint);
        }
        const output = await this.call(`describing VPC Lattice service ${input}`, api_notFound(`VPC Lattice service ${input}`, hint), () => this.client.send(new client_vpc_lattice_dist_cjs/* GetServiceCommand */.dns({ serviceIdentifier: input })));
        return resource(output, input);
    }
    /** The listener and its default action (GetListener); a name is found with ListListeners first. */
    async listener(service, input) {
        const hint = `check ${vpc_lattice_settings/* latticeInputs */.Ge.listener} (a listener of VPC Lattice service ${service.name}: name, ID or ARN).`;
        const identifier = this.parsed('listener', input);
        let listenerIdentifier = input;
        if (identifier.form === 'name') {
            const items = await this.list(`listing the listeners of VPC Lattice service ${service.name}`, api_notFound(`VPC Lattice service ${service.name}`, `check ${vpc_lattice_settings/* latticeInputs */.Ge.service}.`), (nextToken) => this.client.send(new client_vpc_lattice_dist_cjs/* ListListenersCommand */.NlV({ serviceIdentifier: service.arn, ...(nextToken ? { nextToken } : {}) })));
            listenerIdentifier = this.unique('listener', vpc_lattice_settings/* latticeInputs */.Ge.listener, identifier.name, items, hint).arn;
        }
        return this.readListener(service.arn, listenerIdentifier, hint);
    }
    async readListener(serviceArn, listener, hint = `check ${vpc_lattice_settings/* latticeInputs */.Ge.listener}.`) {
        const output = await this.call(`reading VPC Lattice listener ${listener}`, api_notFound(`VPC Lattice listener ${listener}`, hint), () => this.client.send(new client_vpc_lattice_dist_cjs/* GetListenerCommand */.mOX({ serviceIdentifier: serviceArn, listenerIdentifier: listener })));
        return { resource: resource(output, listener), spec: { action: output.defaultAction } };
    }
    /** The rule (GetRule); a name is found with ListRules first. */
    async rule(service, listener, input) {
        const hint = `check ${vpc_lattice_settings/* latticeInputs */.Ge.rule} (a rule of listener ${listener.name}: name, ID or ARN), ` +
            "or leave it unset to shift the listener's default action.";
        const identifier = this.parsed('rule', input);
        let ruleIdentifier = input;
        if (identifier.form === 'name') {
            const items = await this.list(`listing the rules of VPC Lattice listener ${listener.name}`, api_notFound(`VPC Lattice listener ${listener.name}`, `check ${vpc_lattice_settings/* latticeInputs */.Ge.listener}.`), (nextToken) => this.client.send(new client_vpc_lattice_dist_cjs/* ListRulesCommand */.TtM({
                serviceIdentifier: service.arn,
                listenerIdentifier: listener.arn,
                ...(nextToken ? { nextToken } : {}),
            })));
            ruleIdentifier = this.unique('rule', vpc_lattice_settings/* latticeInputs */.Ge.rule, identifier.name, items, hint).arn;
        }
        return this.readRule(service.arn, listener.arn, ruleIdentifier, hint);
    }
    async readRule(serviceArn, listenerArn, rule, hint = `check ${vpc_lattice_settings/* latticeInputs */.Ge.rule}.`) {
        const output = await this.call(`reading VPC Lattice rule ${rule}`, api_notFound(`VPC Lattice rule ${rule}`, hint), () => this.client.send(new client_vpc_lattice_dist_cjs/* GetRuleCommand */.eDD({
            serviceIdentifier: serviceArn,
            listenerIdentifier: listenerArn,
            ruleIdentifier: rule,
        })));
        return {
            resource: resource(output, rule),
            spec: { match: output.match, priority: output.priority, action: output.action },
            isDefault: output.isDefault === true,
        };
    }
    /** GetTargetGroup for an ID or ARN; ListTargetGroups for a name. `input` names the setting for messages. */
    async targetGroup(text, input) {
        const hint = `check ${input} (a VPC Lattice target group name, ID or ARN in this account and Region).`;
        const identifier = this.parsed('targetgroup', text, input);
        let targetGroupIdentifier = text;
        if (identifier.form === 'name') {
            const items = await this.list(`listing VPC Lattice target groups to find ${identifier.name}`, undefined, (nextToken) => this.client.send(new client_vpc_lattice_dist_cjs/* ListTargetGroupsCommand */.huv({ ...(nextToken ? { nextToken } : {}) })));
            targetGroupIdentifier = this.unique('targetgroup', input, identifier.name, items, hint).arn;
        }
        const output = await this.call(`describing VPC Lattice target group ${text}`, api_notFound(`VPC Lattice target group ${text}`, hint), () => this.client.send(new client_vpc_lattice_dist_cjs/* GetTargetGroupCommand */.oWc({ targetGroupIdentifier })));
        return {
            ...resource(output, text),
            ...(output.status ? { status: output.status } : {}),
            serviceArns: output.serviceArns ?? [],
        };
    }
    /** UpdateRule with the action only; returns the rule as VPC Lattice stored it. */
    async updateRuleAction(serviceArn, listenerArn, ruleArn, action) {
        const output = await this.call(`updating VPC Lattice rule ${ruleArn}`, api_notFound(`VPC Lattice rule ${ruleArn}`, `check ${vpc_lattice_settings/* latticeInputs */.Ge.rule}.`), () => this.client.send(new client_vpc_lattice_dist_cjs/* UpdateRuleCommand */.ngV({
            serviceIdentifier: serviceArn,
            listenerIdentifier: listenerArn,
            ruleIdentifier: ruleArn,
            // Checked plain JSON of the SDK's own shape: written back field for field.
            action: action,
        })));
        return { match: output.match, priority: output.priority, action: output.action };
    }
    /** UpdateListener with the default action only; returns it as VPC Lattice stored it. */
    async updateListenerAction(serviceArn, listenerArn, action) {
        const output = await this.call(`updating the default action of VPC Lattice listener ${listenerArn}`, api_notFound(`VPC Lattice listener ${listenerArn}`, `check ${vpc_lattice_settings/* latticeInputs */.Ge.listener}.`), () => this.client.send(new client_vpc_lattice_dist_cjs/* UpdateListenerCommand */.V0x({
            serviceIdentifier: serviceArn,
            listenerIdentifier: listenerArn,
            defaultAction: action,
        })));
        return { action: output.defaultAction };
    }
    parsed(kind, text, input = inputOf(kind)) {
        const identifier = (0,identifiers/* parseLatticeIdentifier */.Bg)(kind, text);
        // Settings were checked already; a malformed identifier here comes from a hand-made state.
        if (typeof identifier === 'string')
            throw new errors/* PreflightError */.wG(`${input}: ${identifier}`);
        return identifier;
    }
    async list(doing, onNotFound, page) {
        const items = [];
        let nextToken;
        do {
            const output = await this.call(doing, onNotFound, () => page(nextToken));
            items.push(...(output.items ?? []));
            nextToken = output.nextToken;
        } while (nextToken);
        return items;
    }
    unique(kind, input, name, items, hint) {
        const found = items.filter((item) => item.name === name && item.arn && item.id);
        if (found.length === 0) {
            throw new errors/* RoutingResourceNotFoundError */.gL(`VPC Lattice ${identifiers/* kindLabels */.G8[kind]} named ${name}`, hint);
        }
        if (found.length > 1) {
            throw new errors/* PreflightError */.wG(`${input}: ${found.length} VPC Lattice ${identifiers/* kindLabels */.G8[kind]}s are named ${name} (${found.map((item) => item.arn).join(', ')}); give the ARN.`);
        }
        return { arn: found[0].arn, id: found[0].id, name };
    }
    call(doing, onNotFound, send) {
        return callWithRetry(doing, this.options, onNotFound, send);
    }
}
function inputOf(kind) {
    if (kind === 'targetgroup')
        return 'target-group';
    return vpc_lattice_settings/* latticeInputs */.Ge[kind];
}
function api_notFound(resourceLabel, hint) {
    return { errorNames: notFoundNames, resource: resourceLabel, hint };
}
/** ARN, ID and name from a Get* answer; the input stands in for what VPC Lattice did not return. */
function resource(output, input) {
    return { arn: output.arn ?? input, id: output.id ?? input, name: output.name ?? output.id ?? input };
}

;// CONCATENATED MODULE: ./src/routing/vpc-lattice/state.ts




const arnOf = (kind) => schemas/* string */.YjP().refine((value) => {
    const parsed = (0,identifiers/* parseLatticeIdentifier */.Bg)(kind, value);
    return typeof parsed === 'object' && parsed.form === 'arn';
}, `a VPC Lattice ${kind} ARN`);
// A spec VPC Lattice could not take back is reported as an issue of the state, not thrown.
const state_spec = schemas/* unknown */.L5J().transform((value, context) => {
    try {
        return parseLatticeSpec(value, 'the spec of the state');
    }
    catch (error) {
        context.addIssue({ code: 'custom', message: (0,src_errors/* messageOf */.bD)(error) });
        return core/* NEVER */.tm;
    }
});
const state_name = schemas/* string */.YjP().min(1);
const latticeTrafficStateSchema = schemas/* object */.Ikc({
    router: schemas/* literal */.euz('vpc-lattice'),
    serviceArn: arnOf('service'),
    listenerArn: arnOf('listener'),
    ruleArn: arnOf('rule').optional(),
    stableTargetGroupArn: arnOf('targetgroup'),
    canaryTargetGroupArn: arnOf('targetgroup'),
    names: schemas/* object */.Ikc({
        service: state_name,
        listener: state_name,
        rule: state_name.optional(),
        stableTargetGroup: state_name,
        canaryTargetGroup: state_name,
    }),
    spec: state_spec,
});
const latticeShiftResultSchema = latticeTrafficStateSchema.extend({
    canaryPercent: schemas/* number */.aig().int().min(0).max(100),
    base: state_spec,
    written: schemas/* array */.YOg(schemas/* string */.YjP()),
});
/**
 * The lock key: two deployments that shift the same rule (or the same listener's default action) share it,
 * whatever names they were given.
 */
function latticeLockKey(state) {
    return state.ruleArn
        ? `vpc-lattice:rule:${state.ruleArn}`
        : `vpc-lattice:listener-default-action:${state.listenerArn}`;
}
/** The settings of the deployment a state belongs to, by ARN: how the engine rebuilds its router. */
function state_latticeSettingsOf(state) {
    return {
        service: state.serviceArn,
        listener: state.listenerArn,
        ...(state.ruleArn ? { rule: state.ruleArn } : {}),
        stableTargetGroup: state.stableTargetGroupArn,
        canaryTargetGroup: state.canaryTargetGroupArn,
    };
}
/** The target group IDs spec functions compare by. */
function latticePairOf(state) {
    return {
        stable: targetGroupIdOfArn(state.stableTargetGroupArn),
        canary: targetGroupIdOfArn(state.canaryTargetGroupArn),
    };
}
function targetGroupIdOfArn(arn) {
    const parsed = (0,identifiers/* parseLatticeIdentifier */.Bg)('targetgroup', arn);
    return typeof parsed === 'object' && parsed.form !== 'name' ? parsed.id : arn;
}
/** "VPC Lattice rule checkout of listener http-80" or "the default action of VPC Lattice listener http-80". */
function latticeResourceLabel(state) {
    return state.ruleArn
        ? `VPC Lattice rule ${state.names.rule ?? state.ruleArn} of listener ${state.names.listener}`
        : `the default action of VPC Lattice listener ${state.names.listener}`;
}

;// CONCATENATED MODULE: ./src/routing/vpc-lattice/describe.ts


/**
 * The weights as they are, for people: resolves and reads the rule (or the listener's default action)
 * without the pre-flight's checks on the two groups, so it also shows an action a canary could not start
 * from. Target groups are shown by name (one GetTargetGroup each: a forward holds only IDs), or by ID when
 * a group cannot be read.
 */
async function readLatticeWeights(api, settings) {
    const service = await api.service(settings.service);
    const listener = await api.listener(service, settings.listener);
    const rule = settings.rule === undefined ? undefined : await api.rule(service, listener.resource, settings.rule);
    const route = latticeResourceLabel({
        ...(rule ? { ruleArn: rule.resource.arn } : {}),
        names: { listener: listener.resource.name, ...(rule ? { rule: rule.resource.name } : {}) },
    });
    const spec = parseLatticeSpec((rule ?? listener).spec, route);
    const targets = [];
    for (const group of spec_targetGroupsOf(spec)) {
        const name = await api
            .targetGroup(group.id, 'the forward action')
            .then((read) => read.name)
            .catch(() => group.id);
        targets.push({ target: name, weight: group.weight });
    }
    return [
        {
            route,
            type: rule ? 'vpc-lattice rule' : 'vpc-lattice listener default action',
            // VPC Lattice keeps no version of a rule or listener.
            version: 0,
            targets,
        },
    ];
}

;// CONCATENATED MODULE: ./src/routing/vpc-lattice/preflight.ts







/**
 * Read-only. Resolves the service, listener, rule and both target groups (names, IDs or ARNs), then checks:
 * the rule belongs to the listener and is not its default rule; the action is a forward; the stable group
 * is in it with weight; the canary group is in it at weight 0 (optionally), or can be added (room under the
 * 10-group limit, not used by another service); the whole shift to 100% can be written. Returns the state
 * as read. Calls: GetService (or ListServices), GetListener (after ListListeners for a name), GetRule
 * (after ListRules for a name) when a rule is set, GetTargetGroup (or ListTargetGroups) for each group.
 */
async function readLatticeState(api, settings, checks) {
    const service = await api.service(settings.service);
    const listener = await api.listener(service, settings.listener);
    const rule = settings.rule === undefined ? undefined : await api.rule(service, listener.resource, settings.rule);
    if (rule)
        checkRule(rule, listener);
    const stable = await api.targetGroup(settings.stableTargetGroup, vpc_lattice_settings/* latticeInputs */.Ge.stableTargetGroup);
    const canary = await api.targetGroup(settings.canaryTargetGroup, vpc_lattice_settings/* latticeInputs */.Ge.canaryTargetGroup);
    if (stable.id === canary.id) {
        throw new errors/* PreflightError */.wG(`${vpc_lattice_settings/* latticeInputs */.Ge.canaryTargetGroup} and ${vpc_lattice_settings/* latticeInputs */.Ge.stableTargetGroup} are the same target group (${stable.name}); give the canary its own.`);
    }
    const names = {
        service: service.name,
        listener: listener.resource.name,
        ...(rule ? { rule: rule.resource.name } : {}),
        stableTargetGroup: stable.name,
        canaryTargetGroup: canary.name,
    };
    const label = latticeResourceLabel({ ...(rule ? { ruleArn: rule.resource.arn } : {}), names });
    const input = rule ? vpc_lattice_settings/* latticeInputs */.Ge.rule : vpc_lattice_settings/* latticeInputs */.Ge.listener;
    const spec = preflight_checkedSpec(rule ?? listener, label, input);
    const state = {
        router: 'vpc-lattice',
        serviceArn: service.arn,
        listenerArn: listener.resource.arn,
        ...(rule ? { ruleArn: rule.resource.arn } : {}),
        stableTargetGroupArn: stable.arn,
        canaryTargetGroupArn: canary.arn,
        names,
        spec,
    };
    const known = new Map([
        [stable.id, stable.name],
        [canary.id, canary.name],
    ]);
    // A forward holds IDs: the other groups are named (one GetTargetGroup each) only for a refusal.
    const named = (groups) => Promise.all(groups.map(async (group) => ({
        id: known.get(group.id) ??
            (await api
                .targetGroup(group.id, 'the forward action')
                .then((read) => read.name)
                .catch(() => group.id)),
        weight: group.weight,
    })));
    await preflight_checkWeights(state, label, checks, named);
    preflight_checkCanaryCanJoin(state, canary, label);
    return state;
}
function checkRule(rule, listener) {
    const parsed = (0,identifiers/* parseLatticeIdentifier */.Bg)('rule', rule.resource.arn);
    if (typeof parsed === 'object' && parsed.form === 'arn' && parsed.listenerId !== listener.resource.id) {
        throw new errors/* PreflightError */.wG(`${vpc_lattice_settings/* latticeInputs */.Ge.rule}: rule ${rule.resource.name} belongs to listener ${parsed.listenerId}, not to lattice-listener ${listener.resource.name}.`);
    }
    if (rule.isDefault) {
        throw new errors/* PreflightError */.wG(`${vpc_lattice_settings/* latticeInputs */.Ge.rule}: ${rule.resource.name} is the default rule of listener ${listener.resource.name}; leave lattice-rule unset to shift the listener's default action.`);
    }
}
function preflight_checkedSpec(read, label, input) {
    try {
        return parseLatticeSpec(read.spec, label);
    }
    catch (error) {
        if (error instanceof LatticeSpecError)
            throw new errors/* PreflightError */.wG(`${input}: ${error.message}`);
        throw error;
    }
}
async function preflight_checkWeights(state, label, checks, named) {
    const pair = latticePairOf(state);
    const groups = spec_targetGroupsOf(state.spec);
    const { names } = state;
    if (!groups.some((group) => group.id === pair.stable)) {
        throw new errors/* PreflightError */.wG(`${vpc_lattice_settings/* latticeInputs */.Ge.stableTargetGroup}: ${label} does not forward to target group ${names.stableTargetGroup} ` +
            `(its target groups: ${(0,target_groups/* describeGroups */.iq)(await named(groups))}); set stable-target-group to the group that serves production.`);
    }
    const canaryIn = groups.some((group) => group.id === pair.canary);
    if (weightOf(groups, pair.stable) + weightOf(groups, pair.canary) === 0) {
        throw new errors/* PreflightError */.wG(`${vpc_lattice_settings/* latticeInputs */.Ge.stableTargetGroup}: ${label} gives target group ${names.stableTargetGroup} weight 0: there is no traffic to shift.`);
    }
    if (checks.canaryAtZero && weightOf(groups, pair.canary) > 0) {
        throw new errors/* CanaryGroupNotAtZeroError */.cP(label, names.canaryTargetGroup, await named(groups));
    }
    if (!canaryIn && groups.length >= maxLatticeTargetGroups) {
        throw new errors/* PreflightError */.wG(`${vpc_lattice_settings/* latticeInputs */.Ge.canaryTargetGroup}: ${label} already forwards to ${groups.length} target groups, the most VPC Lattice allows, ` +
            `so target group ${names.canaryTargetGroup} cannot be added; add it at weight 0 by hand, or remove a group.`);
    }
    try {
        spec_shift(state.spec, pair, 100, label);
    }
    catch (error) {
        if (error instanceof LatticeSpecError)
            throw new errors/* PreflightError */.wG(`${vpc_lattice_settings/* latticeInputs */.Ge.stableTargetGroup}: ${error.message}`);
        throw error;
    }
}
function preflight_checkCanaryCanJoin(state, canary, label) {
    if (canary.status !== undefined && canary.status !== 'ACTIVE') {
        throw new errors/* PreflightError */.wG(`${vpc_lattice_settings/* latticeInputs */.Ge.canaryTargetGroup}: target group ${canary.name} is ${canary.status}, not ACTIVE.`);
    }
    const elsewhere = canary.serviceArns.filter((arn) => arn !== state.serviceArn);
    if (elsewhere.length > 0) {
        throw new errors/* PreflightError */.wG(`${vpc_lattice_settings/* latticeInputs */.Ge.canaryTargetGroup}: target group ${canary.name} is used by service ${elsewhere.join(', ')}; ` +
            `a VPC Lattice target group serves one service, so ${label} cannot forward to it.`);
    }
}

;// CONCATENATED MODULE: ./src/routing/vpc-lattice/router.ts









/**
 * Shifts the weights of a VPC Lattice forward action (a listener rule, or the listener's default action)
 * between the stable and the canary target group. Same guarantees as the App Mesh router: pre-flight and
 * snapshot before the first write; a whole-resource drift check before every write; only target group
 * weights change; restore writes the snapshot's action back exactly; throttling and 5xx are retried.
 * Calls per shift and per restore: one GetRule (or GetListener) and at most one UpdateRule (or
 * UpdateListener), none when the resource already holds the target.
 */
class VpcLatticeRouter {
    settings;
    options;
    api;
    constructor(client, settings, options = {}) {
        this.settings = settings;
        this.options = options;
        this.api = new LatticeApi(client, options);
    }
    /** Pre-flight (read-only) for a new deployment: refuses when the canary group already holds weight. */
    snapshot() {
        return readLatticeState(this.api, this.settings, { canaryAtZero: true });
    }
    /** The same checks without requiring the canary at 0: a starting point for a shift by hand. */
    current() {
        return readLatticeState(this.api, this.settings, { canaryAtZero: false });
    }
    /** The weights as they are, for people (no pre-flight checks). */
    describe() {
        return readLatticeWeights(this.api, this.settings);
    }
    /**
     * Moves the canary to `canaryPercent` of the stable's share, computed from the snapshot's weights (the
     * `base` of a shift result, or the snapshot itself): a step's weights never depend on the steps before.
     */
    async shift(canaryPercent, expected) {
        const percent = (0,routing_percent/* checkCanaryPercent */.U)(canaryPercent);
        const { state, base } = this.checkState(expected, 'expected');
        const resource = latticeResourceLabel(state);
        const { spec, written } = await shiftForward(latticeSpecOps, this.resourceAccess(state), {
            resource,
            pair: latticePairOf(state),
            canaryPercent: percent,
            expected: state.spec,
            base,
            ...(this.options.log ? { log: this.options.log } : {}),
        });
        return { ...state, spec, canaryPercent: percent, base, written: written ? [resource] : [] };
    }
    /**
     * Writes the snapshot's action back, whatever the weights are now. Only the action is sent: an edit of
     * the match or priority made meanwhile is kept. An action already equal to the snapshot's is left alone.
     */
    async restore(snapshot) {
        if (typeof snapshot === 'object' && snapshot !== null && 'base' in snapshot) {
            throw new errors/* TrafficStateError */.jG('the snapshot state is a shift result; restore takes the state read before the first shift.');
        }
        const { state } = this.checkState(snapshot, 'snapshot');
        const resource = latticeResourceLabel(state);
        const restored = await restoreForward(latticeSpecOps, this.resourceAccess(state), {
            resource,
            snapshot: state.spec,
            ...(this.options.log ? { log: this.options.log } : {}),
        });
        return restored ? { restored: [resource], unchanged: [] } : { restored: [], unchanged: [resource] };
    }
    /** Reads and writes the routed resource of a state: the rule, or the listener's default action(s). */
    resourceAccess(state) {
        const { serviceArn, listenerArn, ruleArn } = state;
        const action = (spec) => spec.action;
        return ruleArn
            ? {
                read: async () => (await this.api.readRule(serviceArn, listenerArn, ruleArn)).spec,
                write: (spec) => this.api.updateRuleAction(serviceArn, listenerArn, ruleArn, action(spec)),
            }
            : {
                read: async () => (await this.api.readListener(serviceArn, listenerArn)).spec,
                write: (spec) => this.api.updateListenerAction(serviceArn, listenerArn, action(spec)),
            };
    }
    /** The state must be well formed and this router's (a document of another deployment is refused). */
    checkState(value, what) {
        const isResult = typeof value === 'object' && value !== null && 'base' in value;
        const parsed = (isResult ? latticeShiftResultSchema : latticeTrafficStateSchema).safeParse(value);
        if (!parsed.success) {
            const issue = parsed.error.issues[0];
            throw new errors/* TrafficStateError */.jG(`the ${what} state is not a VPC Lattice state: ${issue.path.join('.') || 'state'}: ${issue.message}`);
        }
        const { canaryPercent: _percent, base, written: _written, ...state } = parsed.data;
        this.checkIdentity(state, what);
        if (base) {
            // A result's spec must be its base with only a shift's weights: anything else is not this router's.
            const restored = spec_withPairWeightsFrom(state.spec, base, latticePairOf(state));
            if (!restored || !spec_specsEqual(restored, base)) {
                throw new errors/* TrafficStateError */.jG(`the ${what} state's spec is not a shift of its base: ${spec_differences(state.spec, base).join('; ')}.`);
            }
        }
        return { state, base: base ?? state.spec };
    }
    checkIdentity(state, what) {
        const { settings, names } = { settings: this.settings, names: state.names };
        const checks = [
            ['lattice-service', settings.service, state.serviceArn, names.service, 'service'],
            ['lattice-listener', settings.listener, state.listenerArn, names.listener, 'listener'],
            ['lattice-rule', settings.rule, state.ruleArn, names.rule, 'rule'],
            [
                'stable-target-group',
                settings.stableTargetGroup,
                state.stableTargetGroupArn,
                names.stableTargetGroup,
                'targetgroup',
            ],
            [
                'canary-target-group',
                settings.canaryTargetGroup,
                state.canaryTargetGroupArn,
                names.canaryTargetGroup,
                'targetgroup',
            ],
        ];
        for (const [input, given, arn, name, kind] of checks) {
            if (given === undefined && arn === undefined)
                continue;
            const same = given !== undefined &&
                arn !== undefined &&
                (0,identifiers/* identifies */.HR)(given, { arn, id: (0,identifiers/* latticeIdOf */.$v)(kind, arn), name: name ?? arn });
            if (!same) {
                throw new errors/* TrafficStateError */.jG(`the ${what} state is for ${input} ${JSON.stringify(arn ?? null)}, but this router shifts ${JSON.stringify(given ?? null)}.`);
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/routing/engine.ts

















const trafficSnapshotSchema = schemas/* discriminatedUnion */.gMt('router', [
    meshTrafficStateSchema,
    latticeTrafficStateSchema,
    albTrafficStateSchema,
]);
/** A shift result carries its base; App Mesh's state is its own shift result (without the call's fields). */
const trafficStateSchema = schemas/* union */.KCZ([
    latticeShiftResultSchema,
    albShiftResultSchema,
    trafficSnapshotSchema,
]);
/** One canary per routed resource: the keys two deployments on the same route, rule or listener share. */
function lockKeysOf(state) {
    switch (state.router) {
        case 'app-mesh':
            return meshLockKeys(state);
        case 'vpc-lattice':
            return [latticeLockKey(state)];
        case 'alb':
            return [albLockKey(state)];
    }
}
/** The routed resources two states share, by label (none when they route elsewhere). */
function sharedResources(a, b) {
    const keys = new Set(lockKeysOf(b));
    const labels = resourceLabelsOf(a);
    return lockKeysOf(a).flatMap((key, index) => (keys.has(key) ? [labels[index]] : []));
}
/** "route serviceB of virtual router serviceB", "VPC Lattice rule all-paths of listener http-80". */
function resourceLabelsOf(state) {
    switch (state.router) {
        case 'app-mesh':
            return state.routes.map((route) => `route ${route.routeName} of virtual router ${state.virtualRouter}`);
        case 'vpc-lattice':
            return [latticeResourceLabel(state)];
        case 'alb':
            return [albResourceLabel(state)];
    }
}
/** The node or target group that takes the traffic back: for messages. */
function stableTargetOf(state) {
    switch (state.router) {
        case 'app-mesh':
            return `node ${state.stableNode}`;
        case 'vpc-lattice':
            return `target group ${state.names.stableTargetGroup}`;
        case 'alb':
            return `target group ${state.stableTargetGroupArn.split('/').at(-2) ?? state.stableTargetGroupArn}`;
    }
}
/** Pure. Refuses a state where the canary already has weight: a new canary starts from 0. */
function checkCanaryAtZero(state) {
    switch (state.router) {
        case 'app-mesh':
            (0,preflight/* checkCanaryAtZero */.A)(state.routes, state.canaryNode);
            return;
        case 'vpc-lattice':
        case 'alb': {
            const groups = state.router === 'alb' ? targetGroupsOf(state.spec) : spec_targetGroupsOf(state.spec);
            const pair = state.router === 'alb' ? albPairOf(state) : latticePairOf(state);
            if (groups.some((group) => group.id === pair.canary && group.weight > 0)) {
                // ALB groups are named by name in messages, not by their long ARNs.
                const named = state.router === 'alb' ? alb_arns/* targetGroupNameOf */.RC : (id) => id;
                throw new errors/* CanaryGroupNotAtZeroError */.cP(resourceLabelsOf(state)[0], named(pair.canary), groups.map((group) => ({ ...group, id: named(group.id) })));
            }
        }
    }
}
/** Pure. The routed resources of a snapshot, in the order they are shifted. */
function snapshotResources(snapshot) {
    switch (snapshot.router) {
        case 'app-mesh':
            return snapshot.routes.map((route) => ({
                label: `route ${route.routeName}`,
                name: route.routeName,
                snapshot: route.spec,
                kit: routeKit(route.routeName, snapshot),
            }));
        case 'vpc-lattice': {
            const label = latticeResourceLabel(snapshot);
            const kit = latticeKit(label, latticePairOf(snapshot));
            return [{ label, name: label, snapshot: snapshot.spec, kit: kit }];
        }
        case 'alb': {
            const label = albResourceLabel(snapshot);
            const kit = albKit(label, albPairOf(snapshot));
            return [{ label, name: label, snapshot: snapshot.spec, kit: kit }];
        }
    }
}
function routerFromSettings(settings, clients, options) {
    switch (settings.router) {
        case 'app-mesh':
            return new appmesh_router/* AppMeshRouter */.C(clients.appMesh, settings, options);
        case 'vpc-lattice':
            return new VpcLatticeRouter(clients.vpcLattice, settings, routingApiOptions(options));
        case 'alb':
            return new AlbRouter(clients.elbv2, settings, routingApiOptions(options));
    }
}
/** The settings of a deployment's router, rebuilt from its snapshot (by ARN where the router has them). */
function settingsOf(snapshot) {
    switch (snapshot.router) {
        case 'app-mesh':
            return { router: 'app-mesh', ...meshSettingsOfState(snapshot) };
        case 'vpc-lattice':
            return { router: 'vpc-lattice', ...latticeSettingsOf(snapshot) };
        case 'alb':
            return { router: 'alb', ...albSettingsOf(snapshot) };
    }
}
function meshSettingsOfState(snapshot) {
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
function routingApiOptions(options) {
    return { ...(options.retry ? { retry: options.retry } : {}), ...(options.log ? { log: options.log } : {}) };
}
/** The router of a deployment, from the snapshot its document carries. */
function engineRouterFor(snapshot, clients, options) {
    const pure = snapshotResources(snapshot);
    switch (snapshot.router) {
        case 'app-mesh': {
            const settings = meshSettingsOfState(snapshot);
            const router = new appmesh_router/* AppMeshRouter */.C(clients.appMesh, settings, options);
            const api = new appmesh_api/* MeshApi */.u(clients.appMesh, settings, routingApiOptions(options));
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
                            const token = (0,client_token/* clientToken */.$)(options.deploymentId, mesh, virtualRouter, route.routeName, purpose, route.version, readVersion);
                            await api.updateRoute(route.routeName, spec, token);
                        },
                    };
                }),
                lastWritten: (state) => new Map(state.routes.map((route) => [route.routeName, route.spec])),
                describe: () => router.describe(),
            };
        }
        case 'vpc-lattice':
            return forwardEngine(new VpcLatticeRouter(clients.vpcLattice, state_latticeSettingsOf(snapshot), routingApiOptions(options)), snapshot, pure[0]);
        case 'alb':
            return forwardEngine(new AlbRouter(clients.elbv2, state_albSettingsOf(snapshot), routingApiOptions(options)), snapshot, pure[0]);
    }
}
/** A target-group router (VPC Lattice, ALB): one routed resource, the rule or the listener's default action. */
function forwardEngine(router, snapshot, resource) {
    const access = router instanceof VpcLatticeRouter
        ? router.resourceAccess(snapshot)
        : router.resourceAccess(snapshot);
    return {
        async shift(percent, expected) {
            const result = router instanceof VpcLatticeRouter
                ? await router.shift(percent, expected)
                : await router.shift(percent, expected);
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

/***/ 2843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cP: () => (/* binding */ CanaryGroupNotAtZeroError),
/* harmony export */   fQ: () => (/* binding */ ShiftIncompleteError),
/* harmony export */   gL: () => (/* binding */ RoutingResourceNotFoundError),
/* harmony export */   hi: () => (/* binding */ RestoreIncompleteError),
/* harmony export */   jG: () => (/* binding */ TrafficStateError),
/* harmony export */   ly: () => (/* binding */ RoutedResourceDriftError),
/* harmony export */   ul: () => (/* binding */ DriftError),
/* harmony export */   wG: () => (/* binding */ PreflightError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _resource_phrase_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7200);
/* harmony import */ var _target_groups_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3210);



/** Errors every router raises alike, so the engine tells them apart the same way. */
/** The routes are not in a state a canary can start from; nothing was written. */
class PreflightError extends Error {
    name = 'PreflightError';
}
/** A route differs from what this deployment last wrote (someone edited it): nothing was written. */
class DriftError extends Error {
    drifts;
    name = 'DriftError';
    constructor(drifts) {
        super(`${drifts.map((drift) => `${(0,_resource_phrase_js__WEBPACK_IMPORTED_MODULE_1__/* .resourcesPhrase */ .V)([drift.routeName])}: ${drift.differences.join('; ')}`).join('. ')}. ` +
            `${drifts.some((drift) => drift.routeName.includes(' ')) ? 'It' : 'The route'} was changed outside this deployment, so nothing was written; check who changed it, then roll back or start again.`);
        this.drifts = drifts;
    }
}
/** The state passed to shift/restore does not belong to this router or is malformed. */
class TrafficStateError extends Error {
    name = 'TrafficStateError';
}
/** A shift over several routes stopped part-way: `written` routes carry the new weights, the others not. */
class ShiftIncompleteError extends Error {
    canaryPercent;
    written;
    failedRoute;
    notWritten;
    name = 'ShiftIncompleteError';
    constructor(canaryPercent, written, failedRoute, notWritten, options) {
        super(`shifting to ${canaryPercent}% stopped at ${(0,_resource_phrase_js__WEBPACK_IMPORTED_MODULE_1__/* .resourcesPhrase */ .V)([failedRoute])}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(options.cause)}. ` +
            `Written: ${written.length > 0 ? written.join(', ') : 'none'}; not written: ${notWritten.join(', ')}. ` +
            'Restoring the snapshot undoes the written routes.', options);
        this.canaryPercent = canaryPercent;
        this.written = written;
        this.failedRoute = failedRoute;
        this.notWritten = notWritten;
    }
}
/** Restore went through every route, but some could not be written back. */
class RestoreIncompleteError extends Error {
    restored;
    failures;
    name = 'RestoreIncompleteError';
    constructor(restored, failures) {
        super(`restore failed for ${failures.map((failure) => `${(0,_resource_phrase_js__WEBPACK_IMPORTED_MODULE_1__/* .resourcesPhrase */ .V)([failure.routeName])} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(failure.error)})`).join(', ')}; ` +
            `restored: ${restored.length > 0 ? restored.join(', ') : 'none'}. Restore is safe to run again.`, { cause: failures[0]?.error });
        this.restored = restored;
        this.failures = failures;
    }
}
/** Errors of the target-group routers (VPC Lattice, ALB). */
/** A service, listener, rule or target group that does not exist (or is not visible to this account). */
class RoutingResourceNotFoundError extends Error {
    resource;
    name = 'RoutingResourceNotFoundError';
    constructor(
    /** e.g. "VPC Lattice listener checkout" */
    resource, 
    /** What to check, naming the input: "check lattice-listener (a name, ID or ARN of a listener of lattice-service)." */
    hint, options = {}) {
        super(`${resource} not found; ${hint}`, options);
        this.resource = resource;
    }
}
/** The rule or listener differs from what this deployment last wrote (someone edited it): nothing was written. */
class RoutedResourceDriftError extends DriftError {
    resource;
    differences;
    constructor(
    /** e.g. "VPC Lattice rule checkout of listener http-80" */
    resource, differences) {
        super([{ routeName: resource, differences: [...differences] }]);
        this.resource = resource;
        this.differences = differences;
        this.message =
            `${resource}: ${differences.join('; ')}. ` +
                'It was changed outside this deployment, so nothing was written; check who changed it, then roll back or start again.';
    }
}
/** The canary group already receives traffic: another canary is running, or one was left behind. */
class CanaryGroupNotAtZeroError extends PreflightError {
    resource;
    canaryTargetGroup;
    groups;
    name = 'CanaryNotAtZeroError';
    constructor(resource, canaryTargetGroup, groups) {
        super(`${resource} already sends traffic to canary target group ${canaryTargetGroup} (${(0,_target_groups_js__WEBPACK_IMPORTED_MODULE_2__/* .describeGroups */ .iq)(groups)}): ` +
            'a canary is running or a previous one was left behind. Roll it back (mode: rollback), or, once no ' +
            'deployment runs, give its share back to the stable group with appmesh-canary set-weight --canary-percent 0 ' +
            '(the other groups keep theirs).');
        this.resource = resource;
        this.canaryTargetGroup = canaryTargetGroup;
        this.groups = groups;
    }
}


/***/ }),

/***/ 7910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   RU: () => (/* binding */ plainJson),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   tg: () => (/* binding */ jsonDifferences)
/* harmony export */ });
/**
 * Plain-JSON helpers for specs read from AWS: checked deep copies, canonical text, and differences in
 * words. Shared by every router. Pure.
 */
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
/** Deep copy as plain JSON; refuses what cannot be written back exactly (unknown union members, non-JSON). */
function plainJson(value, path, fail) {
    if (value === null || typeof value === 'string' || typeof value === 'boolean')
        return value;
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            throw fail(`${path} is not a finite number.`);
        return value;
    }
    if (Array.isArray(value))
        return value.map((item, index) => plainJson(item, `${path}[${index}]`, fail));
    if (isObject(value)) {
        const copy = {};
        for (const [key, item] of Object.entries(value)) {
            if (key === '$unknown') {
                // The SDK met a field it does not model: writing the spec back would lose it.
                throw fail(`${path} holds a field this client does not know (${JSON.stringify(item)}); refusing to rewrite it.`);
            }
            if (item !== undefined)
                copy[key] = plainJson(item, `${path}.${key}`, fail);
        }
        return copy;
    }
    throw fail(`${path} is not JSON (${typeof value}).`);
}
/** Appends "path changed: actual (expected ...)" for every leaf where the two differ. */
function jsonDifferences(actual, expected, path, out) {
    if (isObject(actual) && isObject(expected)) {
        const keys = [...new Set([...Object.keys(actual), ...Object.keys(expected)])].sort();
        for (const key of keys)
            jsonDifferences(actual[key], expected[key], path ? `${path}.${key}` : key, out);
        return;
    }
    if (Array.isArray(actual) && Array.isArray(expected) && actual.length === expected.length) {
        actual.forEach((item, index) => {
            jsonDifferences(item, expected[index], `${path}[${index}]`, out);
        });
        return;
    }
    if (canonicalJson(actual) !== canonicalJson(expected)) {
        out.push(`${path} changed: ${shortJson(actual)} (expected ${shortJson(expected)})`);
    }
}
function shortJson(value) {
    if (value === undefined)
        return 'absent';
    const text = canonicalJson(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
/** JSON with sorted keys, so equal values give equal text (comparison, hashing). */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (isObject(value)) {
        const entries = Object.keys(value)
            .filter((key) => value[key] !== undefined)
            .sort()
            .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`);
        return `{${entries.join(',')}}`;
    }
    return value === undefined ? 'null' : JSON.stringify(value);
}


/***/ }),

/***/ 8743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ checkCanaryPercent)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/** A canary percentage: a whole number from 0 to 100 (the input "canary-percent"). */
function checkCanaryPercent(value, input = 'canary-percent') {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 100) {
        const shown = typeof value === 'string' ? `"${value}"` : String(value);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `must be a whole number from 0 to 100; got ${shown}.`);
    }
    return value;
}


/***/ }),

/***/ 4822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XV: () => (/* binding */ routerSettings)
});

// UNUSED EXPORTS: routerKinds, routerLocation

// EXTERNAL MODULE: ./src/config/inputs.ts
var inputs = __webpack_require__(4389);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/config/mesh.ts


/** Reads mesh, mesh-owner, virtual-router and route. */
function mesh_meshLocationSettings(read) {
    const meshOwner = (0,inputs/* optionalString */.sx)(read, 'mesh-owner');
    if (meshOwner !== undefined && !/^\d{12}$/.test(meshOwner)) {
        throw new errors/* InputError */.dz('mesh-owner', `must be a 12-digit AWS account ID; got "${meshOwner}".`);
    }
    return {
        mesh: resourceName(read, 'mesh', 'Set it to the name of the App Mesh mesh (e.g. apps).'),
        meshOwner,
        virtualRouter: resourceName(read, 'virtual-router', 'Set it to the virtual router whose routes are shifted.'),
        routes: routeNames(read),
    };
}
/** Everything a traffic shift needs: the location, both nodes and the optional canary node creation. */
function meshSettings(read) {
    const location = mesh_meshLocationSettings(read);
    const stableNode = resourceName(read, 'stable-node', 'Set it to the virtual node that serves production.');
    const canaryNode = resourceName(read, 'canary-node', 'Set it to the virtual node of the new version.');
    if (stableNode === canaryNode) {
        throw new errors/* InputError */.dz('canary-node', `must differ from stable-node (both are "${stableNode}").`);
    }
    const createCanaryNode = (0,inputs/* boolean */.zM)(read, 'create-canary-node', false);
    const canaryDiscovery = canaryDiscoverySettings(read, createCanaryNode);
    return { ...location, stableNode, canaryNode, createCanaryNode, canaryDiscovery };
}
/** The input "canary-percent": a whole number from 0 to 100 (no fractions: weights are integers). */
function canaryPercentSetting(read) {
    const text = requiredString(read, 'canary-percent', 'Set it to the share of traffic for the canary, 0 to 100.');
    return parseInteger('canary-percent', text, { min: 0, max: 100 });
}
function routeNames(read) {
    const raw = read('route').trim();
    const names = (0,inputs/* list */.p_)(read, 'route');
    if (raw !== '' && names.length === 0) {
        throw new errors/* InputError */.dz('route', `lists no route name ("${raw}"); give names comma-separated, or leave it unset.`);
    }
    const seen = new Set();
    for (const name of names) {
        checkName('route', name);
        if (seen.has(name))
            throw new errors/* InputError */.dz('route', `names route "${name}" twice.`);
        seen.add(name);
    }
    return names;
}
const dnsHostname = /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
function canaryDiscoverySettings(read, createCanaryNode) {
    const hostname = (0,inputs/* optionalString */.sx)(read, 'canary-dns-hostname');
    const serviceName = (0,inputs/* optionalString */.sx)(read, 'canary-cloud-map-service');
    const namespaceName = (0,inputs/* optionalString */.sx)(read, 'canary-cloud-map-namespace');
    const attributes = cloudMapAttributes(read);
    const given = [
        'canary-dns-hostname',
        'canary-cloud-map-service',
        'canary-cloud-map-namespace',
        'canary-cloud-map-attributes',
    ].filter((name) => read(name).trim() !== '');
    if (!createCanaryNode) {
        if (given.length > 0) {
            throw new errors/* InputError */.dz(given[0], 'is only used with create-canary-node: true; set that, or remove this input.');
        }
        return undefined;
    }
    if (hostname !== undefined && serviceName !== undefined) {
        throw new errors/* InputError */.dz('canary-dns-hostname', 'and canary-cloud-map-service exclude each other; give one of them.');
    }
    if (hostname !== undefined) {
        if (namespaceName !== undefined || attributes.length > 0) {
            throw new errors/* InputError */.dz(given.find((name) => name.startsWith('canary-cloud-map')), 'is only used with canary-cloud-map-service.');
        }
        if (!dnsHostname.test(hostname)) {
            throw new errors/* InputError */.dz('canary-dns-hostname', `"${hostname}" is not a DNS hostname such as servicebv2.apps.local.`);
        }
        return { kind: 'dns', hostname };
    }
    if (serviceName !== undefined) {
        return { kind: 'cloud-map', serviceName, ...(namespaceName ? { namespaceName } : {}), attributes };
    }
    throw new errors/* InputError */.dz('create-canary-node', "needs the canary's own service discovery: set canary-dns-hostname, or canary-cloud-map-service (with canary-cloud-map-namespace and canary-cloud-map-attributes as needed).");
}
/** "ECS_TASK_DEFINITION_FAMILY=taskBv2,stage=canary" */
function cloudMapAttributes(read) {
    return (0,inputs/* list */.p_)(read, 'canary-cloud-map-attributes').map((pair) => {
        const match = /^([^=\s]+)=(.+)$/.exec(pair);
        if (!match) {
            throw new errors/* InputError */.dz('canary-cloud-map-attributes', `"${pair}" is not key=value; list pairs comma-separated.`);
        }
        return { key: match[1], value: match[2].trim() };
    });
}
function resourceName(read, name, fix) {
    const value = (0,inputs/* requiredString */.Fk)(read, name, fix);
    checkName(name, value);
    return value;
}
/** App Mesh names are 1-255 characters; whitespace, commas and slashes point at a typo. */
function checkName(input, value) {
    if (value.length > 255 || /[\s,/]/.test(value)) {
        throw new errors/* InputError */.dz(input, `"${value}" is not an App Mesh resource name (1-255 characters, no spaces, commas or slashes).`);
    }
}

// EXTERNAL MODULE: ./src/routing/alb/settings.ts
var settings = __webpack_require__(3539);
// EXTERNAL MODULE: ./src/routing/vpc-lattice/settings.ts
var vpc_lattice_settings = __webpack_require__(2984);
;// CONCATENATED MODULE: ./src/routing/router-settings.ts





const routerKinds = ['app-mesh', 'vpc-lattice', 'alb'];
/** Inputs that only one router reads: set for another, they point at a mistake. */
const ownInputs = {
    'vpc-lattice': [vpc_lattice_settings/* latticeInputs */.Ge.service, vpc_lattice_settings/* latticeInputs */.Ge.listener, vpc_lattice_settings/* latticeInputs */.Ge.rule],
    alb: ['listener-rule-arn'],
};
/**
 * Reads "router" (app-mesh, the default, vpc-lattice or alb) and that router's inputs. Pure: every error is
 * an InputError naming the input, raised before any AWS call.
 */
function routerSettings(read) {
    const router = routerKind(read);
    switch (router) {
        case 'app-mesh':
            return { router, ...meshSettings(read) };
        case 'vpc-lattice':
            return { router, ...(0,vpc_lattice_settings/* latticeSettings */.o3)(read) };
        case 'alb':
            return { router, ...(0,settings/* albSettings */.Lo)(read) };
    }
}
/** The same for reading weights only: the stable and canary node or target group are not needed. */
function routerLocation(read) {
    const router = routerKind(read);
    switch (router) {
        case 'app-mesh':
            return { router, ...meshLocationSettings(read) };
        case 'vpc-lattice':
            return { router, ...latticeLocationSettings(read) };
        case 'alb':
            return { router, ...albLocationSettings(read) };
    }
}
function routerKind(read) {
    const router = (0,inputs/* oneOf */.yL)(read, 'router', routerKinds, 'app-mesh');
    for (const [owner, inputs] of Object.entries(ownInputs)) {
        if (owner === router)
            continue;
        const stray = inputs.find((input) => read(input).trim() !== '');
        if (stray)
            throw new errors/* InputError */.dz(stray, `is read only with router: ${owner} (router is ${router}); remove it.`);
    }
    return router;
}


/***/ }),

/***/ 3210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a2: () => (/* binding */ groupDifferences),
/* harmony export */   iq: () => (/* binding */ describeGroups),
/* harmony export */   k2: () => (/* binding */ isShiftOf)
/* harmony export */ });
/**
 * Comparisons of forward actions' target groups, by id and never by order, shared by the routers. Pure.
 */
/** "tg-a 75, tg-b 25" */
function describeGroups(groups) {
    return groups.map((group) => `${group.id} ${group.weight}`).join(', ');
}
/** "tg-a 60 (expected 75)", "tg-c 40 (not expected)", "tg-b missing (expected 25)". */
function groupDifferences(actual, expected) {
    const byId = new Map(actual.map((group) => [group.id, group]));
    const differences = [];
    for (const wanted of expected) {
        const found = byId.get(wanted.id);
        byId.delete(wanted.id);
        if (found === undefined)
            differences.push(`${wanted.id} missing (expected ${wanted.weight})`);
        else if (found.weight !== wanted.weight)
            differences.push(`${wanted.id} ${found.weight} (expected ${wanted.weight})`);
    }
    for (const [id, extra] of byId)
        differences.push(`${id} ${extra.weight} (not expected)`);
    return differences;
}
/**
 * Whether `current` could be a shift of `source`: the same groups (the canary may be present in only one
 * of them), and one whole factor k ≥ 1 with every other group at k times its weight in `source` and the
 * stable and canary together at k times theirs. Then only weights a shift moves differ.
 */
function isShiftOf(current, source, pair) {
    const others = (groups) => groups.filter((group) => group.id !== pair.stable && group.id !== pair.canary);
    const pairWeight = (groups) => groups
        .filter((group) => group.id === pair.stable || group.id === pair.canary)
        .reduce((sum, group) => sum + group.weight, 0);
    const hasStable = (groups) => groups.some((group) => group.id === pair.stable);
    if (!hasStable(current) || !hasStable(source))
        return false;
    const currentOthers = others(current);
    const sourceOthers = new Map(others(source).map((group) => [group.id, group.weight]));
    if (currentOthers.length !== sourceOthers.size)
        return false;
    if (currentOthers.some((group) => !sourceOthers.has(group.id)))
        return false;
    const sourcePair = pairWeight(source);
    const currentPair = pairWeight(current);
    if (sourcePair === 0)
        return false;
    const factor = currentPair / sourcePair;
    if (!Number.isInteger(factor) || factor < 1)
        return false;
    return currentOthers.every((group) => group.weight === factor * (sourceOthers.get(group.id) ?? Number.NaN));
}


/***/ }),

/***/ 2549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $v: () => (/* binding */ latticeIdOf),
/* harmony export */   Bg: () => (/* binding */ parseLatticeIdentifier),
/* harmony export */   G8: () => (/* binding */ kindLabels),
/* harmony export */   HR: () => (/* binding */ identifies)
/* harmony export */ });
/**
 * VPC Lattice identifiers: every resource is named by a name, an ID or an ARN. Pure.
 * IDs are a prefix and 17 of [0-9a-z] (svc-, listener-, rule-, tg-); ARNs nest the listener and the rule
 * under their service (arn:aws:vpc-lattice:REGION:ACCOUNT:service/svc-…/listener/listener-…/rule/rule-…),
 * target groups stand alone (…:targetgroup/tg-…). Names cannot start with the ID prefix.
 */
const idSuffix = '[0-9a-z]{17}';
const arnHead = 'arn:[a-z0-9-]+:vpc-lattice:[a-zA-Z0-9-]+:\\d{12}';
const prefixes = {
    service: 'svc-',
    listener: 'listener-',
    rule: 'rule-',
    targetgroup: 'tg-',
};
const arnPatterns = {
    service: new RegExp(`^${arnHead}:service/(svc-${idSuffix})$`),
    listener: new RegExp(`^${arnHead}:service/(svc-${idSuffix})/listener/(listener-${idSuffix})$`),
    rule: new RegExp(`^${arnHead}:service/(svc-${idSuffix})/listener/(listener-${idSuffix})/rule/(rule-${idSuffix})$`),
    targetgroup: new RegExp(`^${arnHead}:targetgroup/(tg-${idSuffix})$`),
};
const kindLabels = {
    service: 'service',
    listener: 'listener',
    rule: 'listener rule',
    targetgroup: 'target group',
};
/** The form of an identifier, or a sentence saying why it is none (for the caller's InputError). */
function parseLatticeIdentifier(kind, text) {
    const value = text.trim();
    if (value.startsWith('arn:')) {
        const match = arnPatterns[kind].exec(value);
        if (!match)
            return `"${value}" is not a VPC Lattice ${kindLabels[kind]} ARN (${arnExample(kind)}).`;
        const ids = match.slice(1);
        const id = ids.at(-1);
        if (kind === 'listener')
            return { form: 'arn', arn: value, id, serviceId: ids[0] };
        if (kind === 'rule')
            return { form: 'arn', arn: value, id, serviceId: ids[0], listenerId: ids[1] };
        return { form: 'arn', arn: value, id };
    }
    const prefix = prefixes[kind];
    if (value.startsWith(prefix)) {
        return new RegExp(`^${prefix}${idSuffix}$`).test(value)
            ? { form: 'id', id: value }
            : `"${value}" is not a VPC Lattice ${kindLabels[kind]} ID (${prefix} and 17 lowercase letters or digits).`;
    }
    // Lattice names: 3-128 of a-z, 0-9 and single hyphens, not at either end.
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(value) || value.length < 3 || value.length > 128) {
        return `"${value}" is not a VPC Lattice ${kindLabels[kind]} name, ID or ARN (names are 3-128 of a-z, 0-9 and single hyphens).`;
    }
    return { form: 'name', name: value };
}
function arnExample(kind) {
    const head = 'arn:aws:vpc-lattice:REGION:ACCOUNT';
    switch (kind) {
        case 'service':
            return `${head}:service/svc-…`;
        case 'listener':
            return `${head}:service/svc-…/listener/listener-…`;
        case 'rule':
            return `${head}:service/svc-…/listener/listener-…/rule/rule-…`;
        case 'targetgroup':
            return `${head}:targetgroup/tg-…`;
    }
}
/** The ID in an ARN of that kind, or the text itself (an ID already, or something AWS returned as is). */
function latticeIdOf(kind, identifier) {
    const parsed = parseLatticeIdentifier(kind, identifier);
    return typeof parsed === 'object' && parsed.form !== 'name' ? parsed.id : identifier;
}
/** Whether an input (name, ID or ARN) names this resource. */
function identifies(input, resource) {
    return input === resource.arn || input === resource.id || input === resource.name;
}


/***/ }),

/***/ 2984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ge: () => (/* binding */ latticeInputs),
/* harmony export */   o3: () => (/* binding */ latticeSettings)
/* harmony export */ });
/* unused harmony export latticeLocationSettings */
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4389);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _identifiers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2549);



const latticeInputs = {
    service: 'lattice-service',
    listener: 'lattice-listener',
    rule: 'lattice-rule',
    stableTargetGroup: 'stable-target-group',
    canaryTargetGroup: 'canary-target-group',
};
/**
 * Reads lattice-service, lattice-listener, lattice-rule, stable-target-group and canary-target-group.
 * Checks what can be checked without AWS: each is a well-formed name, ID or ARN; the two groups differ;
 * a listener or rule given by ARN belongs to the service (and the rule to the listener) given by ID or ARN.
 */
function latticeSettings(read) {
    const location = latticeLocationSettings(read);
    const stable = identifier(read, 'stableTargetGroup', 'Set it to the target group that serves production (name, ID or ARN).', 'targetgroup');
    const canary = identifier(read, 'canaryTargetGroup', 'Set it to the target group of the new version (name, ID or ARN).', 'targetgroup');
    if (sameResource(stable.parsed, canary.parsed)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(latticeInputs.canaryTargetGroup, `must differ from stable-target-group (both name target group "${canary.text}").`);
    }
    return { ...location, stableTargetGroup: stable.text, canaryTargetGroup: canary.text };
}
/** Reads lattice-service, lattice-listener and lattice-rule alone: enough to read the weights. */
function latticeLocationSettings(read) {
    const service = identifier(read, 'service', 'Set it to the VPC Lattice service (name, ID or ARN).');
    const listener = identifier(read, 'listener', 'Set it to the listener of lattice-service whose rule or default action is shifted (name, ID or ARN).');
    const ruleText = (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .optionalString */ .sx)(read, latticeInputs.rule);
    const rule = ruleText === undefined ? undefined : checked('rule', ruleText);
    const serviceId = idOf(service.parsed);
    if (listener.parsed.form === 'arn' && serviceId && listener.parsed.serviceId !== serviceId) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(latticeInputs.listener, `is a listener of service ${listener.parsed.serviceId}, but lattice-service is ${serviceId}; give a listener of that service.`);
    }
    if (rule?.parsed.form === 'arn') {
        const listenerId = idOf(listener.parsed);
        if (listenerId && rule.parsed.listenerId !== listenerId) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(latticeInputs.rule, `is a rule of listener ${rule.parsed.listenerId}, but lattice-listener is ${listenerId}; give a rule of that listener, or leave lattice-rule unset to shift the listener's default action.`);
        }
        if (serviceId && rule.parsed.serviceId !== serviceId) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(latticeInputs.rule, `is a rule of service ${rule.parsed.serviceId}, but lattice-service is ${serviceId}.`);
        }
    }
    return { service: service.text, listener: listener.text, ...(rule ? { rule: rule.text } : {}) };
}
function identifier(read, field, fix, kind = field) {
    return checked(field, (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .requiredString */ .Fk)(read, latticeInputs[field], fix), kind);
}
function checked(field, text, kind = field) {
    const parsed = (0,_identifiers_js__WEBPACK_IMPORTED_MODULE_2__/* .parseLatticeIdentifier */ .Bg)(kind, text);
    if (typeof parsed === 'string')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(latticeInputs[field], parsed);
    return { text, parsed };
}
function idOf(parsed) {
    return parsed.form === 'name' ? undefined : parsed.id;
}
function sameResource(a, b) {
    if (a.form === 'name' || b.form === 'name')
        return a.form === 'name' && b.form === 'name' && a.name === b.name;
    return a.id === b.id;
}


/***/ })

};
