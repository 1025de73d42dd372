export const id = 655;
export const ids = [655];
export const modules = {

/***/ 6925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ clientConfig)
/* harmony export */ });
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(311);

function clientConfig(options = {}) {
    return {
        ...(options.region ? { region: options.region } : {}),
        maxAttempts: 6,
        retryMode: 'adaptive',
        customUserAgent: `appmesh-canary/${_version_js__WEBPACK_IMPORTED_MODULE_0__/* .version */ .r}`,
    };
}


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ecs: () => (/* binding */ ecs)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(212);
/* harmony import */ var _ecs_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2377);
/* harmony import */ var _client_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6925);



const ecs = (region) => new _ecs_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Ecs */ .U6(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__/* .ECSClient */ .Zgc((0,_client_config_js__WEBPACK_IMPORTED_MODULE_2__/* .clientConfig */ .y)({ region })));


/***/ }),

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






/***/ })

};
