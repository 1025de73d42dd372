export const id = 133;
export const ids = [133];
export const modules = {

/***/ 5345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ meshSettings)
/* harmony export */ });
/* unused harmony exports meshLocationSettings, canaryPercentSetting */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4389);


/** Reads mesh, mesh-owner, virtual-router and route. */
function meshLocationSettings(read) {
    const meshOwner = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(read, 'mesh-owner');
    if (meshOwner !== undefined && !/^\d{12}$/.test(meshOwner)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('mesh-owner', `must be a 12-digit AWS account ID; got "${meshOwner}".`);
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
    const location = meshLocationSettings(read);
    const stableNode = resourceName(read, 'stable-node', 'Set it to the virtual node that serves production.');
    const canaryNode = resourceName(read, 'canary-node', 'Set it to the virtual node of the new version.');
    if (stableNode === canaryNode) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('canary-node', `must differ from stable-node (both are "${stableNode}").`);
    }
    const createCanaryNode = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM)(read, 'create-canary-node', false);
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
    const names = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)(read, 'route');
    if (raw !== '' && names.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('route', `lists no route name ("${raw}"); give names comma-separated, or leave it unset.`);
    }
    const seen = new Set();
    for (const name of names) {
        checkName('route', name);
        if (seen.has(name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('route', `names route "${name}" twice.`);
        seen.add(name);
    }
    return names;
}
const dnsHostname = /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
function canaryDiscoverySettings(read, createCanaryNode) {
    const hostname = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(read, 'canary-dns-hostname');
    const serviceName = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(read, 'canary-cloud-map-service');
    const namespaceName = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(read, 'canary-cloud-map-namespace');
    const attributes = cloudMapAttributes(read);
    const given = [
        'canary-dns-hostname',
        'canary-cloud-map-service',
        'canary-cloud-map-namespace',
        'canary-cloud-map-attributes',
    ].filter((name) => read(name).trim() !== '');
    if (!createCanaryNode) {
        if (given.length > 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(given[0], 'is only used with create-canary-node: true; set that, or remove this input.');
        }
        return undefined;
    }
    if (hostname !== undefined && serviceName !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('canary-dns-hostname', 'and canary-cloud-map-service exclude each other; give one of them.');
    }
    if (hostname !== undefined) {
        if (namespaceName !== undefined || attributes.length > 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(given.find((name) => name.startsWith('canary-cloud-map')), 'is only used with canary-cloud-map-service.');
        }
        if (!dnsHostname.test(hostname)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('canary-dns-hostname', `"${hostname}" is not a DNS hostname such as servicebv2.apps.local.`);
        }
        return { kind: 'dns', hostname };
    }
    if (serviceName !== undefined) {
        return { kind: 'cloud-map', serviceName, ...(namespaceName ? { namespaceName } : {}), attributes };
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('create-canary-node', "needs the canary's own service discovery: set canary-dns-hostname, or canary-cloud-map-service (with canary-cloud-map-namespace and canary-cloud-map-attributes as needed).");
}
/** "ECS_TASK_DEFINITION_FAMILY=taskBv2,stage=canary" */
function cloudMapAttributes(read) {
    return (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)(read, 'canary-cloud-map-attributes').map((pair) => {
        const match = /^([^=\s]+)=(.+)$/.exec(pair);
        if (!match) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('canary-cloud-map-attributes', `"${pair}" is not key=value; list pairs comma-separated.`);
        }
        return { key: match[1], value: match[2].trim() };
    });
}
function resourceName(read, name, fix) {
    const value = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .requiredString */ .Fk)(read, name, fix);
    checkName(name, value);
    return value;
}
/** App Mesh names are 1-255 characters; whitespace, commas and slashes point at a typo. */
function checkName(input, value) {
    if (value.length > 255 || /[\s,/]/.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `"${value}" is not an App Mesh resource name (1-255 characters, no spaces, commas or slashes).`);
    }
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
    };
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
        parts.push(`${deployment.failedTasks} failed ${plural(deployment.failedTasks, 'task')}`);
    const others = state.deployments.length - 1;
    if (others > 0)
        parts.push(`${others} older ${plural(others, 'deployment')} still present`);
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
function plural(count, word) {
    return count === 1 ? word : `${word}s`;
}

;// CONCATENATED MODULE: ./src/ecs/wait.ts



const defaultMinDelaySeconds = 15;
const defaultMaxDelaySeconds = 120;
/**
 * Polls with the SDK's waiter (exponential backoff with jitter, bounded by maxWaitMinutes) until
 * `judgeRollout` says stable, failed or rolled back.
 */
async function waitForRollout(client, describe, params) {
    const maxWaitTime = params.maxWaitMinutes * 60;
    if (!(maxWaitTime > 0))
        throw new RangeError(`maxWaitMinutes must be greater than 0; got ${params.maxWaitMinutes}`);
    // The waiter requires minDelay < maxWaitTime and minDelay <= maxDelay.
    const minDelay = Math.min(params.minDelaySeconds ?? defaultMinDelaySeconds, maxWaitTime / 2);
    const maxDelay = Math.max(minDelay, Math.min(params.maxDelaySeconds ?? defaultMaxDelaySeconds, maxWaitTime));
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
        await (0,errors/* callAws */.IY)(`scaling service ${service} in cluster ${cluster} to ${desiredCount} tasks`, () => this.client.send(new dist_cjs/* UpdateServiceCommand */.kZr({ cluster, service, desiredCount })));
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

/***/ 8933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ lastCanaryOn),
  n: () => (/* binding */ runningCanaryOn)
});

// EXTERNAL MODULE: ./src/orchestrator/document.ts
var orchestrator_document = __webpack_require__(7799);
// EXTERNAL MODULE: ./src/orchestrator/errors.ts
var errors = __webpack_require__(7726);
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
/** Errors with which an execution ends before it changed anything (Init refused it). */
const refusals = new Set([errors/* stepErrorNames */.x.canaryAlreadyRunning, errors/* stepErrorNames */.x.invalidDocument]);
/**
 * The execution that took over any of the snapshot's routes after `self`: one that started later on them and
 * was not refused (it found them free, so it superseded what `self` left), or one running on them now.
 * Its changes are in force, not `self`'s: acting for `self` would undo them.
 * Calls: ListExecutions (one page, newest first), DescribeExecution per later or running execution.
 */
async function routeSuccessor(executions, stateMachineArn, self, snapshot) {
    const recent = await executions.listRecent(stateMachineArn, undefined, 100);
    for (const execution of recent) {
        if (execution.executionArn === self.executionArn)
            continue;
        if (execution.status !== 'RUNNING' && !startedBefore(self, execution))
            continue;
        const details = await executions.describe(execution.executionArn);
        if (details.error !== undefined && refusals.has(details.error))
            continue;
        const other = snapshotIn(details.input);
        const routes = other ? sharedRoutes(snapshot, other) : [];
        if (routes.length > 0)
            return { ...execution, status: details.status, routes };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/modes/executions.ts



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
const executions_refusals = new Set([errors/* stepErrorNames */.x.canaryAlreadyRunning, errors/* stepErrorNames */.x.invalidDocument]);
/** The newest ended execution on these routes that was not refused before any change (newest first, one page). */
async function lastCanaryOn(executions, stateMachineArn, traffic, statuses = ['SUCCEEDED', 'FAILED', 'ABORTED', 'TIMED_OUT']) {
    const recent = await executions.listRecent(stateMachineArn, undefined, 100);
    for (const summary of recent) {
        if (!statuses.includes(summary.status))
            continue;
        const found = await canaryOn(executions, summary.executionArn, traffic);
        if (found && !(found.details.error && executions_refusals.has(found.details.error)))
            return found;
    }
    return undefined;
}
async function canaryOn(executions, executionArn, traffic) {
    const details = await executions.describe(executionArn);
    const document = (0,orchestrator_document/* documentOf */.lM)(details);
    if (!document || sharedRoutes(traffic, document.snapshot).length === 0)
        return undefined;
    return { details, document };
}


/***/ }),

/***/ 7799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ familyOf),
/* harmony export */   JB: () => (/* binding */ parseExecutionDocument),
/* harmony export */   am: () => (/* binding */ documentVersion),
/* harmony export */   lM: () => (/* binding */ documentOf)
/* harmony export */ });
/* unused harmony exports meshTrafficStateSchema, executionDocumentSchema, InvalidDocumentError */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8532);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _routing_app_mesh_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3419);



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
        return (0,_routing_app_mesh_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRouteSpec */ .Y_)(value, 'of the snapshot');
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
    if ((0,_routing_app_mesh_index_js__WEBPACK_IMPORTED_MODULE_1__/* .targetsOn */ .QF)((0,_routing_app_mesh_index_js__WEBPACK_IMPORTED_MODULE_1__/* .weightedTargetsOf */ .Jh)(spec), pair.canaryNode).some((target) => target.weight > 0)) {
        return `the canary node ${pair.canaryNode} already has weight in the snapshot of route ${routeName}`;
    }
    try {
        for (const { weight } of steps)
            (0,_routing_app_mesh_index_js__WEBPACK_IMPORTED_MODULE_1__/* .shiftRouteSpec */ .NH)(spec, pair, weight, routeName);
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
/* harmony import */ var _routing_app_mesh_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3419);
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
        throw new CanaryNotServingError(`${label} has ${state.runningCount} running of ${state.desiredCount} desired tasks: traffic routed to it finds no task.`);
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
const defaultRetryTiming = { deadlineMs: 30_000, baseDelayMs: 200, maxDelayMs: 5_000 };
function sleep(milliseconds) {
    return new Promise((resolve) => setTimeout(resolve, milliseconds));
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

/***/ 3419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cg: () => (/* reexport */ AppMeshRouter),
  uK: () => (/* reexport */ MeshApi),
  wG: () => (/* reexport */ PreflightError),
  A5: () => (/* reexport */ checkCanaryAtZero),
  $Y: () => (/* reexport */ clientToken),
  Y_: () => (/* reexport */ parseRouteSpec),
  NH: () => (/* reexport */ shiftRouteSpec),
  kE: () => (/* reexport */ specDifferences),
  VC: () => (/* reexport */ specsEqual),
  Z9: () => (/* reexport */ targetsEqual),
  QF: () => (/* reexport */ targetsOn),
  Jh: () => (/* reexport */ weightedTargetsOf),
  eh: () => (/* reexport */ withWeightedTargets)
});

// UNUSED EXPORTS: CanaryGroupNotAtZeroError, CanaryNotAtZeroError, DriftError, MeshResourceNotFoundError, RestoreIncompleteError, RouteSpecError, RoutedResourceDriftError, RoutingResourceNotFoundError, ShiftIncompleteError, StableTargetMissingError, TrafficStateError, appMeshRetryable, canaryNodeSpec, canaryWeight, canonicalJson, checkCanaryPercent, describeTargets, maxWeight, maxWeightedTargets, readRouteWeights, readTrafficState, routeTypeOf, routeTypes, routeWeightsOf, shiftTargets, targetLabel

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/routing/target-groups.ts
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

;// CONCATENATED MODULE: ./src/routing/errors.ts


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
        super(`${drifts.map((drift) => `route ${drift.routeName}: ${drift.differences.join('; ')}`).join('. ')}. ` +
            'The route was changed outside this deployment, so nothing was written; check who changed it, then roll back or start again.');
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
        super(`shifting to ${canaryPercent}% stopped at route ${failedRoute}: ${(0,errors/* messageOf */.bD)(options.cause)}. ` +
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
        super(`restore failed for ${failures.map((failure) => `route ${failure.routeName} (${(0,errors/* messageOf */.bD)(failure.error)})`).join(', ')}; ` +
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
        super(`${resource} already sends traffic to canary target group ${canaryTargetGroup} (${describeGroups(groups)}): ` +
            'a canary is running or a previous one was left behind. Roll it back, or set the canary weight to 0 by hand ' +
            'once no deployment is running.');
        this.resource = resource;
        this.canaryTargetGroup = canaryTargetGroup;
        this.groups = groups;
    }
}

;// CONCATENATED MODULE: ./src/routing/percent.ts

/** A canary percentage: a whole number from 0 to 100 (the input "canary-percent"). */
function checkCanaryPercent(value, input = 'canary-percent') {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 100) {
        const shown = typeof value === 'string' ? `"${value}"` : String(value);
        throw new errors/* InputError */.dz(input, `must be a whole number from 0 to 100; got ${shown}.`);
    }
    return value;
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-app-mesh/dist-cjs/index.js
var dist_cjs = __webpack_require__(9356);
// EXTERNAL MODULE: ./src/retry.ts
var retry = __webpack_require__(9809);
;// CONCATENATED MODULE: ./src/routing/json.ts
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

;// CONCATENATED MODULE: ./src/routing/app-mesh/route-spec.ts
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
    if (!isObject(value))
        throw fail('the spec is not an object.');
    const plain = plainJson(value, 'spec', fail);
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
    if (!isObject(body) || !isObject(body.action) || !Array.isArray(body.action.weightedTargets)) {
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
        if (!isObject(target) || typeof target.virtualNode !== 'string' || target.virtualNode === '') {
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
    jsonDifferences(withoutTargets(actual), withoutTargets(expected), '', differences);
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
        else if (canonicalJson(found) !== canonicalJson(wanted)) {
            differences.push(`${label} ${canonicalJson(found)} (expected ${canonicalJson(wanted)})`);
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

;// CONCATENATED MODULE: ./src/routing/app-mesh/errors.ts


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
class StableTargetMissingError extends PreflightError {
    routeName;
    stableNode;
    name = 'StableTargetMissingError';
    constructor(routeName, stableNode, targets) {
        super(`route ${routeName} has no weighted target on stable node ${stableNode} (its targets: ${describeTargets(targets)}); ` +
            'set stable-node to the node that serves production, or leave this route out of route.');
        this.routeName = routeName;
        this.stableNode = stableNode;
    }
}
class CanaryNotAtZeroError extends PreflightError {
    routeName;
    canaryNode;
    targets;
    name = 'CanaryNotAtZeroError';
    constructor(routeName, canaryNode, targets) {
        super(`route ${routeName} already sends traffic to canary node ${canaryNode} (${describeTargets(targets)}): ` +
            'a canary is running or a previous one was left behind (run mode: rollback, which stops a running ' +
            "canary or restores the last one's snapshot), or the weights were set by hand (appmesh-canary " +
            'set-weight --canary-percent 0).');
        this.routeName = routeName;
        this.canaryNode = canaryNode;
        this.targets = targets;
    }
}

;// CONCATENATED MODULE: ./src/routing/app-mesh/names.ts
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

;// CONCATENATED MODULE: ./src/routing/app-mesh/appmesh-api.ts





/** App Mesh errors worth another attempt: throttling and server-side failures. */
const appMeshRetryable = (0,retry/* errorNamed */.Ao)('TooManyRequestsException', 'ServiceUnavailableException', 'InternalServerErrorException');
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
        await this.call(`describing ${meshLabel(this.place)}`, notFound(`mesh ${this.place.mesh}`, '', meshHint(this.place)), () => this.client.send(new dist_cjs.DescribeMeshCommand({ meshName: this.place.mesh, ...this.owner })));
    }
    async checkVirtualRouter() {
        const { mesh, virtualRouter } = this.place;
        await this.call(`describing ${routerLabel(this.place)}`, notFound(`virtual router ${virtualRouter}`, meshLabel(this.place), 'check virtual-router.'), () => this.client.send(new dist_cjs.DescribeVirtualRouterCommand({
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
            const page = await this.call(`listing the routes of ${routerLabel(this.place)}`, notFound(`virtual router ${this.place.virtualRouter}`, meshLabel(this.place), 'check mesh and virtual-router.'), () => this.client.send(new dist_cjs.ListRoutesCommand({
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
        const output = await this.call(`describing ${routeLabel(this.place, routeName)}`, notFound(`route ${routeName}`, routerLabel(this.place), 'check route.'), () => this.client.send(new dist_cjs.DescribeRouteCommand({
            meshName: this.place.mesh,
            virtualRouterName: this.place.virtualRouter,
            routeName,
            ...this.owner,
        })));
        return routeRead(routeName, output.route);
    }
    /** Replaces the whole spec (App Mesh has no partial update); `clientToken` makes a retry harmless. */
    async updateRoute(routeName, spec, clientToken) {
        const output = await this.call(`updating ${routeLabel(this.place, routeName)}`, notFound(`route ${routeName}`, routerLabel(this.place), 'check route.'), () => this.client.send(new dist_cjs.UpdateRouteCommand({
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
            if (error instanceof MeshResourceNotFoundError)
                return undefined;
            throw error;
        }
    }
    async virtualNode(nodeName, hint = 'check the node name.') {
        const output = await this.call(`describing ${nodeLabel(this.place, nodeName)}`, notFound(`virtual node ${nodeName}`, meshLabel(this.place), hint), () => this.client.send(new dist_cjs.DescribeVirtualNodeCommand({
            meshName: this.place.mesh,
            virtualNodeName: nodeName,
            ...this.owner,
        })));
        return (output.virtualNode?.spec ?? {});
    }
    async createVirtualNode(nodeName, spec, clientToken) {
        await this.call(`creating ${nodeLabel(this.place, nodeName)}`, undefined, () => this.client.send(new dist_cjs.CreateVirtualNodeCommand({
            meshName: this.place.mesh,
            virtualNodeName: nodeName,
            spec: spec,
            clientToken,
            ...this.owner,
        })));
    }
    async call(doing, onNotFound, send) {
        try {
            return await (0,errors/* callAws */.IY)(doing, () => (0,retry/* retry */.L5)(send, {
                ...this.options.retry,
                retryable: appMeshRetryable,
                onRetry: ({ attempt, delayMs, error }) => this.options.log?.warn(`${doing}: ${(0,errors/* messageOf */.bD)(error)}; attempt ${attempt + 1} in ${delayMs} ms`),
            }));
        }
        catch (error) {
            if (onNotFound && error instanceof errors/* AwsCallError */.iQ && error.awsErrorName === 'NotFoundException') {
                throw new MeshResourceNotFoundError(onNotFound.resource, onNotFound.where, onNotFound.hint, {
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

;// CONCATENATED MODULE: ./src/routing/app-mesh/canary-node-spec.ts

/**
 * The canary node's spec: the stable node's listeners, backends, backend defaults (TLS), health checks and
 * logging, with the canary's own service discovery. DNS keeps the stable node's response type and IP
 * preference; Cloud Map keeps its IP preference and, by default, its namespace.
 */
function canaryNodeSpec(stable, discovery) {
    if (JSON.stringify(stable).includes('"$unknown"')) {
        throw new errors/* InputError */.dz('create-canary-node', 'the stable node has settings this client does not know; create the canary node yourself.');
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
            throw new errors/* InputError */.dz('canary-dns-hostname', `is the stable node's own hostname (${discovery.hostname}); the canary needs its own.`);
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
        throw new errors/* InputError */.dz('canary-cloud-map-namespace', 'is required: the stable node does not use Cloud Map, so there is no namespace to reuse.');
    }
    const stableCloudMap = serviceDiscovery?.awsCloudMap;
    if (stableCloudMap?.namespaceName === namespaceName &&
        stableCloudMap.serviceName === discovery.serviceName &&
        JSON.stringify(stableCloudMap.attributes ?? []) === JSON.stringify(discovery.attributes)) {
        throw new errors/* InputError */.dz('canary-cloud-map-service', `is the stable node's own Cloud Map service (${namespaceName}/${discovery.serviceName}) with the same attributes; the canary needs its own instances.`);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/routing/app-mesh/client-token.ts

/**
 * An App Mesh clientToken (at most 36 letters, digits and hyphens) derived from the deployment and the
 * step, never random: a retried request sends the same token, a different step a different one.
 */
function clientToken(deploymentId, ...step) {
    const hex = (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([deploymentId, ...step]))
        .digest('hex');
    return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20, 32)].join('-');
}

;// CONCATENATED MODULE: ./src/routing/app-mesh/canary-node.ts




/**
 * Makes sure the canary virtual node exists. An existing node is never modified; a missing one is created
 * from the stable node's spec with the canary's own service discovery, when create-canary-node is set.
 */
async function ensureCanaryNode(api, settings, deploymentId) {
    if (await api.findVirtualNode(settings.canaryNode))
        return { created: false };
    if (!settings.createCanaryNode || settings.canaryDiscovery === undefined) {
        throw new MeshResourceNotFoundError(`virtual node ${settings.canaryNode}`, meshLabel(settings), 'create it, or set create-canary-node: true with canary-dns-hostname or canary-cloud-map-service.');
    }
    const stable = await api.virtualNode(settings.stableNode, 'check stable-node.');
    const spec = canaryNodeSpec(stable, settings.canaryDiscovery);
    await api.createVirtualNode(settings.canaryNode, spec, clientToken(deploymentId, settings.mesh, 'create-virtual-node', settings.canaryNode));
    return { created: true };
}

;// CONCATENATED MODULE: ./src/routing/app-mesh/weights.ts



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
    checkCanaryPercent(canaryPercent);
    if (pair.stableNode === pair.canaryNode) {
        throw new RouteSpecError(routeName, `stable and canary are the same virtual node (${pair.stableNode}).`);
    }
    const shifted = targets.map((target) => ({ ...target }));
    const stables = shifted.filter((target) => target.virtualNode === pair.stableNode);
    if (stables.length === 0)
        throw new StableTargetMissingError(routeName, pair.stableNode, targets);
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
    if (shifted.length > maxWeightedTargets) {
        throw new RouteSpecError(routeName, `adding canary target ${pair.canaryNode} would make ${shifted.length} weighted targets; App Mesh allows at most ${maxWeightedTargets}.`);
    }
    return shifted;
}
/** The spec with only the weights of the stable and canary targets changed. */
function shiftRouteSpec(spec, pair, canaryPercent, routeName) {
    return withWeightedTargets(spec, shiftTargets(weightedTargetsOf(spec), pair, canaryPercent, routeName));
}
function targetsOn(targets, virtualNode) {
    return targets.filter((target) => target.virtualNode === virtualNode);
}

;// CONCATENATED MODULE: ./src/routing/app-mesh/preflight.ts





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
        const targets = weightedTargetsOf(route.spec);
        const pairWeight = [
            ...targetsOn(targets, settings.stableNode),
            ...targetsOn(targets, settings.canaryNode),
        ].reduce((sum, target) => sum + target.weight, 0);
        if (pairWeight === 0) {
            throw new PreflightError(`route ${route.routeName} gives stable node ${settings.stableNode} weight 0: there is no traffic to shift.`);
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
        const targets = weightedTargetsOf(route.spec);
        if (targetsOn(targets, canaryNode).some((target) => target.weight > 0)) {
            throw new CanaryNotAtZeroError(route.routeName, canaryNode, targets);
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
        const spec = parseRouteSpec(read.spec, routeName);
        const targets = weightedTargetsOf(spec);
        if (targetsOn(targets, settings.stableNode).length === 0) {
            if (explicit)
                throw new StableTargetMissingError(routeName, settings.stableNode, targets);
            continue;
        }
        routes.push({ routeName, version: read.version, spec });
    }
    if (routes.length === 0) {
        const seen = names.length > 0 ? `its routes: ${names.join(', ')}` : 'it has no routes';
        throw new PreflightError(`no route of ${routerLabel(settings)} has a weighted target on stable node ${settings.stableNode} (${seen}); check stable-node and virtual-router, or set route.`);
    }
    return routes;
}

;// CONCATENATED MODULE: ./src/routing/app-mesh/route-weights.ts

/** The weighted targets of the named routes, or of every route of the router. */
async function readRouteWeights(api, routeNames) {
    const names = routeNames.length > 0 ? [...routeNames] : await api.listRouteNames();
    const routes = [];
    for (const routeName of names) {
        const read = await api.describeRoute(routeName);
        routes.push(routeWeightsOf({ routeName, version: read.version, spec: parseRouteSpec(read.spec, routeName) }));
    }
    return routes;
}
function routeWeightsOf(route) {
    const spec = route.spec;
    return {
        route: route.routeName,
        type: routeTypeOf(spec),
        version: route.version,
        targets: weightedTargetsOf(spec).map((target) => ({
            target: target.virtualNode,
            ...(target.port === undefined ? {} : { port: target.port }),
            weight: target.weight,
        })),
    };
}

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
        this.api = new MeshApi(client, settings, options);
    }
    /** Pre-flight (read-only) for a new deployment: refuses when the canary already holds weight. */
    snapshot() {
        return readTrafficState(this.api, this.settings, { canaryAtZero: true });
    }
    /** The same checks without requiring the canary at 0: a starting point for a shift by hand. */
    current() {
        return readTrafficState(this.api, this.settings, { canaryAtZero: false });
    }
    /** Creates the canary virtual node from the stable one when it is missing and creation is enabled. */
    ensureCanaryNode() {
        return ensureCanaryNode(this.api, this.settings, this.deploymentId);
    }
    describe() {
        return readRouteWeights(this.api, this.settings.routes);
    }
    async shift(canaryPercent, expected) {
        const percent = checkCanaryPercent(canaryPercent);
        const state = this.checkState(expected, 'expected');
        // Everything that can be refused without AWS is refused before the first call.
        const plans = state.routes.map((route) => ({
            route,
            target: shiftRouteSpec(route.spec, this.settings, percent, route.routeName),
        }));
        const reads = [];
        for (const { route } of plans) {
            const read = await this.api.describeRoute(route.routeName);
            reads.push({ read, current: parseRouteSpec(read.spec, route.routeName) });
        }
        const drifts = [];
        const pending = [];
        const results = [];
        plans.forEach(({ route, target }, index) => {
            const { read, current } = reads[index];
            if (specsEqual(current, target)) {
                results[index] = { routeName: route.routeName, version: read.version, spec: current };
            }
            else if (specsEqual(current, route.spec)) {
                pending.push(index);
            }
            else {
                drifts.push({ routeName: route.routeName, differences: specDifferences(current, route.spec) });
            }
        });
        if (drifts.length > 0)
            throw new DriftError(drifts);
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
                this.options.log?.info(`route ${route.routeName}: ${describeTargets(weightedTargetsOf(target))} (canary ${percent}%)`);
            }
            catch (error) {
                if (written.length === 0)
                    throw error;
                const notWritten = pending
                    .slice(pending.indexOf(index))
                    .map((later) => plans[later].route.routeName);
                throw new ShiftIncompleteError(percent, written, route.routeName, notWritten, { cause: error });
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
                this.options.log?.info(`route ${route.routeName}: restored ${describeTargets(weightedTargetsOf(route.spec))}`);
            }
            catch (error) {
                failures.push({ routeName: route.routeName, error });
            }
        }
        if (failures.length > 0)
            throw new RestoreIncompleteError(restored, failures);
        return { restored, unchanged };
    }
    token(routeName, ...step) {
        return clientToken(this.deploymentId, this.settings.mesh, this.settings.virtualRouter, routeName, ...step);
    }
    /** The state must be this router's (a document from another deployment is refused) and well formed. */
    checkState(state, what) {
        if (typeof state !== 'object' || state === null || !Array.isArray(state.routes)) {
            throw new TrafficStateError(`the ${what} state is not a route state (no routes).`);
        }
        const mine = { ...this.settings, router: 'app-mesh', routes: [] };
        for (const key of identityKeys) {
            if ((mine[key] ?? '') !== (state[key] ?? '')) {
                throw new TrafficStateError(`the ${what} state is for ${key} ${JSON.stringify(state[key] ?? null)}, but this router shifts ${key} ${JSON.stringify(mine[key] ?? null)}.`);
            }
        }
        if (state.routes.length === 0)
            throw new TrafficStateError(`the ${what} state lists no route.`);
        const names = new Set();
        const routes = state.routes.map((route) => {
            if (typeof route?.routeName !== 'string' || !Number.isInteger(route.version)) {
                throw new TrafficStateError(`the ${what} state has a route without a name or version: ${JSON.stringify(route)}.`);
            }
            if (names.has(route.routeName))
                throw new TrafficStateError(`the ${what} state lists route ${route.routeName} twice.`);
            names.add(route.routeName);
            return {
                routeName: route.routeName,
                version: route.version,
                spec: parseRouteSpec(route.spec, route.routeName),
            };
        });
        const configured = this.settings.routes;
        if (configured.length > 0 && [...configured].sort().join(',') !== [...names].sort().join(',')) {
            throw new TrafficStateError(`the ${what} state covers routes ${[...names].join(', ')}, but route is set to ${configured.join(', ')}.`);
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
        return parseRouteSpec(output.spec, output.routeName);
    }
    catch {
        return sent;
    }
}
function sameSpec(current, route) {
    try {
        return specsEqual(parseRouteSpec(current, route.routeName), route.spec);
    }
    catch {
        // Unreadable now: not the snapshot, so it is written back.
        return false;
    }
}

;// CONCATENATED MODULE: ./src/routing/app-mesh/index.ts













/***/ })

};
