export const id = 593;
export const ids = [593];
export const modules = {

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

/***/ 593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ lastCanaryOn),
/* harmony export */   n: () => (/* binding */ runningCanaryOn)
/* harmony export */ });
/* harmony import */ var _orchestrator_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7799);
/* harmony import */ var _orchestrator_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7726);
/* harmony import */ var _routing_engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6471);



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
/* harmony import */ var _routing_engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6471);



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

/***/ 7726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _4: () => (/* binding */ CanaryAlreadyRunningError),
/* harmony export */   x: () => (/* binding */ stepErrorNames)
/* harmony export */ });
/* unused harmony exports StepError, isTransient, toStepError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _routing_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2843);
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


/***/ })

};
