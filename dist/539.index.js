export const id = 539;
export const ids = [539];
export const modules = {

/***/ 5390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ followExecution)
/* harmony export */ });
/* harmony import */ var _pace_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1340);
/* harmony import */ var _report_canary_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5473);
/* harmony import */ var _report_timeline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9901);



/**
 * Follows an execution through its history, logging each event once and in order as it happens, until it
 * ends or `maxSeconds` pass. The whole history is re-read each poll (one call per 1,000 events), skipping
 * the events already seen: history event ids ascend.
 */
async function followExecution(executions, executionArn, options) {
    const sleep = options.sleep ?? _pace_js__WEBPACK_IMPORTED_MODULE_0__/* .pause */ .v7;
    const now = options.now ?? Date.now;
    const deadline = now() + options.maxSeconds * 1000;
    const entries = [];
    let lastSeenId = 0;
    let checks = 0;
    for (;;) {
        const fresh = [];
        let token;
        do {
            const page = await executions.historyPage(executionArn, token);
            fresh.push(...page.events.filter((event) => (event.id ?? 0) > lastSeenId));
            token = page.nextToken;
        } while (token);
        lastSeenId = Math.max(lastSeenId, ...fresh.map((event) => event.id ?? 0));
        const page = (0,_report_timeline_js__WEBPACK_IMPORTED_MODULE_2__/* .timelineOf */ .hf)(fresh, checks);
        checks = page.checks;
        for (const entry of page.entries) {
            entries.push(entry);
            options.log.info((0,_report_timeline_js__WEBPACK_IMPORTED_MODULE_2__/* .describeEntry */ .OY)(entry));
        }
        const end = entries.find((entry) => entry.kind === 'end');
        if (end?.kind === 'end')
            return { status: end.status, entries };
        const paused = options.stopAtPause ? (0,_report_canary_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .pausedAt */ .gg)(entries) : undefined;
        if (paused && paused.since !== options.resumedPauseSince)
            return { status: 'PAUSED', entries };
        if (now() >= deadline)
            return { status: 'RUNNING', entries };
        await sleep(options.pollSeconds);
    }
}


/***/ }),

/***/ 7539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDeployMode: () => (/* binding */ runDeployMode)
});

// UNUSED EXPORTS: preflightDeploy, rollOutCanary, startCanary

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/config/history-budget.ts

/** Step Functions keeps at most 25,000 history events per Standard execution; past that it fails. */
const historyEventLimit = 25_000;
/**
 * History events each part of the canary writes (statemachine/canary.asl.json): a bake check is a Wait, a
 * Task and a Choice (2 + 5 + 2); a held check interval is one callback Task that times out and re-enters (at
 * most 6 events); a hold that records a changed verdict adds a Choice.
 */
const eventsPerBakeCheck = 9;
const eventsPerHeldInterval = 8;
/** Init, shifts, promotion, finish, rollback and retries, with room for extended bakes. */
const reservedEvents = 5_000;
/** The most history events the plan writes when every pause runs to its timeout. */
function historyEventsOf(plan) {
    const intervals = (seconds) => Math.ceil(seconds / plan.checkIntervalSeconds);
    const bakes = plan.steps.reduce((total, step) => total + intervals(step.bakeSeconds) * eventsPerBakeCheck, 0);
    const pauses = plan.steps.filter((step) => step.pause).length;
    return bakes + pauses * intervals(plan.pauseTimeoutSeconds) * eventsPerHeldInterval + reservedEvents;
}
/**
 * A pause checks health every interval until its timeout, and every check is history: refuse a plan that
 * could outgrow the execution's history (it would fail mid-canary, half-shifted until the guard restores it).
 */
function checkHistoryBudget(plan) {
    const events = historyEventsOf(plan);
    if (events <= historyEventLimit)
        return;
    const pauses = plan.steps.filter((step) => step.pause).length;
    const heldBudget = historyEventLimit -
        historyEventsOf({ ...plan, steps: plan.steps.map(({ bakeSeconds }) => ({ bakeSeconds })) });
    const longestTimeout = Math.floor((heldBudget / pauses / eventsPerHeldInterval) * plan.checkIntervalSeconds);
    throw new errors/* InputError */.dz('pause-timeout', `with check-interval ${plan.checkIntervalSeconds}s and ${pauses} pause${pauses > 1 ? 's' : ''}, the canary could write about ${events.toLocaleString('en-US')} history events; a Step Functions execution holds ${historyEventLimit.toLocaleString('en-US')}. Shorten pause-timeout to at most ${formatSeconds(longestTimeout)} or lengthen check-interval.`);
}
function formatSeconds(seconds) {
    if (seconds >= 3600)
        return `${Math.floor(seconds / 3600)}h${seconds % 3600 >= 60 ? `${Math.floor((seconds % 3600) / 60)}m` : ''}`;
    if (seconds >= 60)
        return `${Math.floor(seconds / 60)}m`;
    return `${Math.max(0, seconds)}s`;
}

// EXTERNAL MODULE: ./src/config/inputs.ts
var inputs = __webpack_require__(4389);
;// CONCATENATED MODULE: ./src/config/canary.ts



const stateMachineArnPattern = /^arn:aws[a-z-]*:states:[a-z0-9-]+:\d{12}:stateMachine:[A-Za-z0-9_-]{1,80}$/;
function canaryPlanSettings(read, { requireStateMachine }) {
    const { weights, pauses } = stepPlan(read);
    const bakes = bakeTimes(read, weights.length);
    const checkIntervalSeconds = (0,inputs/* duration */.p0)(read, 'check-interval', '1m', { min: 10, max: 3600 });
    const pauseTimeoutSeconds = (0,inputs/* duration */.p0)(read, 'pause-timeout', '24h', { min: 60, max: 7 * 86400 });
    const stateMachineArn = (0,inputs/* optionalString */.sx)(read, 'state-machine-arn');
    if (stateMachineArn === undefined && requireStateMachine) {
        throw new errors/* InputError */.dz('state-machine-arn', 'is required to run the canary, and a dry run checks it as a deploy would: set it to the StateMachineArn ' +
            'output of the orchestrator stack (infra/).');
    }
    if (stateMachineArn !== undefined && !stateMachineArnPattern.test(stateMachineArn)) {
        throw new errors/* InputError */.dz('state-machine-arn', `"${stateMachineArn}" is not a state machine ARN (arn:aws:states:<region>:<account>:stateMachine:<name>).`);
    }
    const settings = {
        steps: weights.map((weight, index) => ({
            weight,
            bakeSeconds: bakes[index],
            ...(pauses.has(index) ? { pause: true } : {}),
        })),
        checkIntervalSeconds,
        promotion: (0,inputs/* oneOf */.yL)(read, 'promotion', ['copy', 'none'], 'copy'),
        pauseTimeoutSeconds,
        onPauseTimeout: (0,inputs/* oneOf */.yL)(read, 'on-pause-timeout', ['rollback', 'continue'], 'rollback'),
        stateMachineArn,
        waitForCompletion: (0,inputs/* boolean */.zM)(read, 'wait-for-completion', true),
    };
    if (pauses.size > 0)
        checkHistoryBudget(settings);
    return settings;
}
/**
 * The weights, and the steps after whose bake the canary pauses: `pause` follows the weight it holds
 * ("25,50,pause,100" holds at 50%; "25,50,100,pause" holds at 100% before promotion).
 */
function stepPlan(read) {
    const items = (0,inputs/* list */.p_)(read, 'steps');
    if (items.length === 0 && read.given?.('steps'))
        throw new errors/* InputError */.dz('steps', `lists no step ("${read('steps')}"; an unset variable?): give the canary weights, e.g. 25,50,100, or leave steps out for that default.`);
    if (items.length === 0)
        return { weights: stepWeights(['25', '50', '100']), pauses: new Set() };
    const weightItems = [];
    const pauses = new Set();
    for (const item of items) {
        if (item.toLowerCase() !== 'pause') {
            weightItems.push(item);
            continue;
        }
        const held = weightItems.length - 1;
        if (held < 0) {
            throw new errors/* InputError */.dz('steps', 'starts with pause: a pause holds the weight before it (e.g. 25,pause,50,100); the canary has no traffic to hold yet.');
        }
        if (pauses.has(held)) {
            throw new errors/* InputError */.dz('steps', `has two pauses in a row after ${weightItems[held]}; one pause holds until resumed.`);
        }
        pauses.add(held);
    }
    return { weights: stepWeights(weightItems), pauses };
}
function stepWeights(items) {
    const weights = items.map((item) => (0,inputs/* parseInteger */.cG)('steps', item, { min: 1, max: 100 }));
    weights.forEach((weight, index) => {
        const previous = weights[index - 1];
        if (previous !== undefined && weight <= previous) {
            throw new errors/* InputError */.dz('steps', `must ascend; ${weight} follows ${previous}. Write them in order, e.g. 25,50,100.`);
        }
    });
    if (weights.at(-1) !== 100) {
        throw new errors/* InputError */.dz('steps', `must end at 100 (the canary takes all traffic before promotion); got ${weights.join(',')}.`);
    }
    if (weights.length > 20)
        throw new errors/* InputError */.dz('steps', `has ${weights.length} steps; 20 at most.`);
    return weights;
}
/** One bake time for every step ("5m"), or one per step ("2m,5m,10m"). */
function bakeTimes(read, stepCount) {
    const items = (0,inputs/* list */.p_)(read, 'bake-time');
    const texts = items.length === 0 ? ['5m'] : items;
    const seconds = texts.map((text) => (0,inputs/* parseDurationSeconds */.lW)('bake-time', text, { min: 0, max: 86400 }));
    if (seconds.length === 1)
        return Array.from({ length: stepCount }, () => seconds[0]);
    if (seconds.length !== stepCount) {
        throw new errors/* InputError */.dz('bake-time', `gives ${seconds.length} times for ${stepCount} steps; give one for all steps or one per step.`);
    }
    return seconds;
}

;// CONCATENATED MODULE: ./src/config/render.ts


const ipv4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}(\/\d{1,2})?$/;
/**
 * @param nodeInput the input naming the virtual node: `virtual-node` for `render`, `canary-node` for `deploy`
 *   (a deployment renders the new version for the canary node).
 */
function renderSettings(read, nodeInput) {
    const egressIgnoredIps = (0,inputs/* list */.p_)(read, 'egress-ignored-ips');
    for (const ip of egressIgnoredIps) {
        if (!ipv4.test(ip)) {
            throw new errors/* InputError */.dz('egress-ignored-ips', `"${ip}" is not an IPv4 address or CIDR; list them comma-separated.`);
        }
    }
    return {
        mesh: (0,inputs/* requiredString */.Fk)(read, 'mesh', 'Set it to the name of the App Mesh mesh (e.g. apps).'),
        virtualNode: (0,inputs/* requiredString */.Fk)(read, nodeInput, 'Set it to the virtual node the task definition joins.'),
        nodeIdentity: (0,inputs/* oneOf */.yL)(read, 'envoy-node-identity', ['arn', 'name'], 'arn'),
        containerName: (0,inputs/* optionalString */.sx)(read, 'container-name'),
        image: (0,inputs/* optionalString */.sx)(read, 'image'),
        envoyImage: (0,inputs/* optionalString */.sx)(read, 'envoy-image'),
        ignoredUid: (0,inputs/* optionalInteger */.$H)(read, 'ignored-uid', { min: 0, max: 2147483647 }),
        appPorts: (0,inputs/* portList */.a5)(read, 'app-ports'),
        egressIgnoredPorts: (0,inputs/* portList */.a5)(read, 'egress-ignored-ports'),
        egressIgnoredIps: egressIgnoredIps.length > 0 ? egressIgnoredIps : undefined,
        enableXray: (0,inputs/* boolean */.zM)(read, 'enable-xray', false),
        xrayImage: (0,inputs/* optionalString */.sx)(read, 'xray-image'),
        envoyMemory: (0,inputs/* optionalInteger */.$H)(read, 'envoy-memory', { min: 6 }),
        envoyCpu: (0,inputs/* optionalInteger */.$H)(read, 'envoy-cpu', { min: 0 }),
    };
}

;// CONCATENATED MODULE: ./src/config/deploy.ts



/** @param withMesh whether the router is App Mesh: only then is the Envoy sidecar rendered. */
function deploySettings(read, withMesh = true) {
    const meshOwner = (0,inputs/* optionalString */.sx)(read, 'mesh-owner');
    if (meshOwner !== undefined && !/^\d{12}$/.test(meshOwner)) {
        throw new errors/* InputError */.dz('mesh-owner', `must be a 12-digit AWS account ID; got "${meshOwner}".`);
    }
    return {
        ...(withMesh ? { render: renderSettings(read, 'canary-node') } : {}),
        containerName: (0,inputs/* optionalString */.sx)(read, 'container-name'),
        image: (0,inputs/* optionalString */.sx)(read, 'image'),
        taskDefinitionFile: (0,inputs/* optionalString */.sx)(read, 'task-definition'),
        cluster: (0,inputs/* requiredString */.Fk)(read, 'cluster', 'Set it to the ECS cluster of the canary service.'),
        service: (0,inputs/* requiredString */.Fk)(read, 'service', 'Set it to the ECS service that runs the canary version.'),
        desiredCount: desiredCount(read),
        meshOwner,
        waitForServiceStability: (0,inputs/* boolean */.zM)(read, 'wait-for-service-stability', true),
        waitForMinutes: (0,inputs/* integer */.nd)(read, 'wait-for-minutes', 60, { min: 1, max: 360 }),
        dryRun: (0,inputs/* boolean */.zM)(read, 'dry-run', false),
    };
}
/** At least one task: a canary with none would get its share of the traffic and answer nothing. */
function desiredCount(read) {
    const count = (0,inputs/* optionalInteger */.$H)(read, 'desired-count', { min: 0 });
    if (count === 0) {
        throw new errors/* InputError */.dz('desired-count', 'is 0: the canary would receive its share of the traffic with no task to answer it. Leave it unset ' +
            '(the current count, or the stable service count when the canary is at 0) or give 1 or more.');
    }
    return count;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
;// CONCATENATED MODULE: ./src/health/sources/target-group-presets.ts
/** AWS/VpcLattice target group metrics (VPC Lattice User Guide, "CloudWatch metrics for Amazon VPC Lattice"). */
const latticeTargetGroupMetrics = {
    namespace: 'AWS/VpcLattice',
    requests: 'TotalRequestCount',
    errors: 'HTTPCode_5XX_Count',
    // "Request time to the last byte in milliseconds."
    responseTime: 'RequestTime',
    responseTimeToMs: 1,
};
/** AWS/ApplicationELB target metrics (ALB User Guide, "CloudWatch metrics for your Application Load Balancer"). */
const albTargetGroupMetrics = {
    namespace: 'AWS/ApplicationELB',
    requests: 'RequestCount',
    // Only the 5xx the targets answered: the load balancer's own (HTTPCode_ELB_5XX_Count) have no TargetGroup.
    errors: 'HTTPCode_Target_5XX_Count',
    // Seconds, from the request leaving the load balancer until the target starts its response headers.
    responseTime: 'TargetResponseTime',
    responseTimeToMs: 1000,
};
/** The four queries of one role: requests and 5xx (Sum), response time Sum and SampleCount. */
function targetGroupQueries(role, metrics, dimensions, period) {
    const query = (id, metricName, stat) => ({
        Id: `${role}_${id}`,
        MetricStat: {
            Metric: { Namespace: metrics.namespace, MetricName: metricName, Dimensions: dimensions },
            Period: period,
            Stat: stat,
        },
        ReturnData: true,
    });
    return [
        query('requests', metrics.requests, 'Sum'),
        query('errors', metrics.errors, 'Sum'),
        query('latency_sum', metrics.responseTime, 'Sum'),
        query('latency_count', metrics.responseTime, 'SampleCount'),
    ];
}

;// CONCATENATED MODULE: ./src/health/sources/metric-presets.ts

/** The query ids every plan answers with; custom metric-queries must use them too. */
const metricIds = {
    canaryRequests: 'canary_requests',
    canaryErrors: 'canary_errors',
    stableRequests: 'stable_requests',
    stableErrors: 'stable_errors',
    canaryLatencySum: 'canary_latency_sum',
    canaryLatencyCount: 'canary_latency_count',
    stableLatencySum: 'stable_latency_sum',
    stableLatencyCount: 'stable_latency_count',
    /** The latency percentile of each role, in the source's unit (custom: milliseconds). */
    canaryLatency: 'canary_latency',
    stableLatency: 'stable_latency',
};
const containerInsightsNamespace = 'ECS/ContainerInsights/Prometheus';
/**
 * The GetMetricData queries of one check: all series in one call. With a latency percentile (p99, ...), the
 * sources that have a response-time distribution read it too, in the same call.
 */
function metric_presets_metricPlan(source, periodSeconds, percentile) {
    const plan = countPlan(source, periodSeconds);
    if (!percentile)
        return plan;
    const roles = plan.hasStable ? ['canary', 'stable'] : ['canary'];
    switch (source.preset) {
        case 'lattice-target-group':
        case 'alb-target-group': {
            const latencySum = plan.queries.filter((query) => query.Id.endsWith('_latency_sum'));
            const extra = latencySum.map((query) => ({
                ...query,
                Id: query.Id.replace('_latency_sum', '_latency'),
                MetricStat: { ...query.MetricStat, Stat: percentile },
            }));
            return {
                ...plan,
                queries: [...plan.queries, ...extra],
                percentile: {
                    stat: percentile,
                    toMs: plan.latencyToMs ?? 1,
                    weights: (role) => `${role}_latency_count`,
                },
            };
        }
        case 'envoy-appmesh-extension': {
            const nodes = { canary: source.canaryNode, stable: source.stableNode ?? '' };
            const extra = roles.map((role) => extensionLatencyQuery(role, source, nodes[role], percentile, periodSeconds));
            return {
                ...plan,
                queries: [...plan.queries, ...extra],
                percentile: { stat: percentile, toMs: 1, weights: (role) => `${role}_requests` },
            };
        }
        case 'custom':
            return source.queries.some((query) => query.Id === metricIds.canaryLatency)
                ? { ...plan, percentile: { stat: percentile, toMs: 1, weights: (role) => `${role}_requests` } }
                : plan;
        case 'envoy-container-insights':
            // No response time in the default declaration: the configuration takes latency from X-Ray then.
            return plan;
    }
}
function countPlan(source, periodSeconds) {
    switch (source.preset) {
        case 'envoy-container-insights':
            return {
                queries: [
                    ...containerInsightsQueries('canary', source.canary, periodSeconds),
                    ...(source.stable ? containerInsightsQueries('stable', source.stable, periodSeconds) : []),
                ],
                hasStable: source.stable !== undefined,
                zeroWhenAbsent: [],
            };
        case 'envoy-appmesh-extension': {
            const { namespace, namePrefix, mesh } = source;
            const roles = [['canary', source.canaryNode]];
            if (source.stableNode)
                roles.push(['stable', source.stableNode]);
            return {
                queries: roles.flatMap(([role, node]) => extensionQueries(role, { namespace, namePrefix, mesh, node }, periodSeconds)),
                hasStable: source.stableNode !== undefined,
                zeroWhenAbsent: roles.map(([role]) => `${role}_errors`),
            };
        }
        case 'custom':
            return {
                queries: source.queries,
                hasStable: source.queries.some((query) => query.Id === metricIds.stableRequests),
                zeroWhenAbsent: [],
            };
        case 'lattice-target-group': {
            const byGroup = (group) => [{ Name: 'TargetGroup', Value: group }];
            // "Always reported (whether it's a zero or non-zero value)": an absent 5xx series is not a zero.
            return targetGroupPlan(latticeTargetGroupMetrics, source, byGroup, periodSeconds, []);
        }
        case 'alb-target-group': {
            const byGroup = (group) => [
                { Name: 'TargetGroup', Value: group },
                { Name: 'LoadBalancer', Value: source.loadBalancer },
            ];
            // ALB publishes HTTPCode_Target_5XX_Count only for periods with a 5xx.
            return targetGroupPlan(albTargetGroupMetrics, source, byGroup, periodSeconds, [
                metricIds.canaryErrors,
                metricIds.stableErrors,
            ]);
        }
    }
}
function targetGroupPlan(metrics, source, dimensions, period, zeroWhenAbsent) {
    const { canaryTargetGroup, stableTargetGroup } = source;
    return {
        queries: [
            ...targetGroupQueries('canary', metrics, dimensions(canaryTargetGroup), period),
            ...(stableTargetGroup
                ? targetGroupQueries('stable', metrics, dimensions(stableTargetGroup), period)
                : []),
        ],
        hasStable: stableTargetGroup !== undefined,
        zeroWhenAbsent: stableTargetGroup
            ? zeroWhenAbsent
            : zeroWhenAbsent.filter((id) => id.startsWith('canary')),
        latencyToMs: metrics.responseTimeToMs,
    };
}
/**
 * Envoy's Prometheus counters as the CloudWatch agent publishes them for ECS (Container Insights
 * Prometheus, default App Mesh metric_declaration): all requests the proxy received, and the 5xx
 * answered on the ingress listener, by cluster and task definition family.
 */
function containerInsightsQueries(role, target, period) {
    const byTask = [
        { Name: 'ClusterName', Value: target.cluster },
        { Name: 'TaskDefinitionFamily', Value: target.taskDefinitionFamily },
    ];
    return [
        {
            Id: `${role}_requests`,
            MetricStat: {
                Metric: {
                    Namespace: containerInsightsNamespace,
                    MetricName: 'envoy_http_downstream_rq_total',
                    Dimensions: byTask,
                },
                Period: period,
                Stat: 'Sum',
            },
            ReturnData: true,
        },
        {
            Id: `${role}_errors`,
            MetricStat: {
                Metric: {
                    Namespace: containerInsightsNamespace,
                    MetricName: 'envoy_http_downstream_rq_xx',
                    Dimensions: [
                        ...byTask,
                        { Name: 'envoy_http_conn_manager_prefix', Value: 'ingress' },
                        { Name: 'envoy_response_code_class', Value: '5' },
                    ],
                },
                Period: period,
                Stat: 'Sum',
            },
            ReturnData: true,
        },
    ];
}
/**
 * The extension's TargetResponseTime (ms) is recorded by each caller's Envoy (VirtualNode = the caller,
 * TargetVirtualNode = this node) as a distribution; percentiles of several callers cannot be added, so the
 * check reads the slowest caller's: MAX over the callers of each one's percentile.
 */
function extensionLatencyQuery(role, source, node, percentile, period) {
    const search = `{"${source.namespace}",Mesh,TargetVirtualNode,VirtualNode} MetricName="${source.namePrefix}TargetResponseTime" ` +
        `Mesh="${source.mesh}" TargetVirtualNode="${node}"`;
    return {
        Id: `${role}_latency`,
        Expression: `MAX(SEARCH('${search}', '${percentile}', ${period}))`,
        ReturnData: true,
    };
}
/**
 * App Mesh metrics extension: requests the node received (inbound RequestCount by Mesh, VirtualNode),
 * and the 5xx it answered, which only its callers record (HTTPCode_Target_5XX_Count by Mesh,
 * VirtualNode = the caller, TargetVirtualNode = this node): summed over all callers.
 */
function extensionQueries(role, node, period) {
    const { namespace, namePrefix, mesh } = node;
    const search = `{"${namespace}",Mesh,TargetVirtualNode,VirtualNode} MetricName="${namePrefix}HTTPCode_Target_5XX_Count" ` +
        `Mesh="${mesh}" TargetVirtualNode="${node.node}"`;
    return [
        {
            Id: `${role}_requests`,
            MetricStat: {
                Metric: {
                    Namespace: namespace,
                    MetricName: `${namePrefix}RequestCount`,
                    Dimensions: [
                        { Name: 'Mesh', Value: mesh },
                        { Name: 'VirtualNode', Value: node.node },
                    ],
                },
                Period: period,
                Stat: 'Sum',
            },
            ReturnData: true,
        },
        {
            Id: `${role}_errors`,
            Expression: `SUM(SEARCH('${search}', 'Sum', ${period}))`,
            ReturnData: true,
        },
    ];
}

// EXTERNAL MODULE: ./src/health/latency.ts
var health_latency = __webpack_require__(2480);
;// CONCATENATED MODULE: ./src/config/latency-inputs.ts



/**
 * latency-percentile and max-latency-increase. The percentile defaults to p99 once a latency limit is set
 * (max-latency-ms judges it too); without a limit and without the input, latency is not judged.
 */
function latencyInputs(read, hasMaxLatencyMs) {
    const maxLatencyIncrease = parseIncrease((0,inputs/* optionalString */.sx)(read, 'max-latency-increase'));
    const given = (0,inputs/* optionalString */.sx)(read, 'latency-percentile') !== undefined;
    if (!given && !hasMaxLatencyMs && !maxLatencyIncrease)
        return {};
    return {
        latencyPercentile: (0,inputs/* oneOf */.yL)(read, 'latency-percentile', health_latency/* latencyPercentiles */.rS, 'p99'),
        ...(maxLatencyIncrease ? { maxLatencyIncrease } : {}),
    };
}
function parseIncrease(text) {
    if (text === undefined)
        return undefined;
    const match = /^(\d+(?:\.\d+)?)\s*(%|ms)$/.exec(text);
    const value = match ? Number(match[1]) : Number.NaN;
    if (!match || !(value > 0)) {
        throw new errors/* InputError */.dz('max-latency-increase', `must be a share of the stable's percentile such as 20% or a time such as 50ms; got "${text}".`);
    }
    if (match[2] === '%') {
        if (value > 1000)
            throw new errors/* InputError */.dz('max-latency-increase', `must be at most 1000%; got ${text}.`);
        return { pct: value };
    }
    if (value > 600_000)
        throw new errors/* InputError */.dz('max-latency-increase', `must be at most 600000ms; got ${text}.`);
    return { ms: value };
}
/**
 * What can give a percentile: X-Ray's response-time histogram, and metrics that CloudWatch serves as a
 * distribution. Envoy's Container Insights counters (the agent's default App Mesh declaration) hold no response
 * time at all, and custom queries give one only through the ids canary_latency / stable_latency. A source that
 * gives none is refused when it is the only one, never silently replaced by a mean.
 */
function checkLatencySources(latency, metrics, xray) {
    const { latencyPercentile, maxLatencyIncrease } = latency;
    if (!latencyPercentile)
        return;
    const input = latency.askedBy ?? 'latency-percentile';
    if (!xray && !metricsGiveLatency(metrics)) {
        if (metrics?.preset === 'envoy-container-insights') {
            throw new errors/* InputError */.dz(input, `needs the ${latencyPercentile} response time (latency-percentile), which metrics-preset ` +
                "envoy-container-insights cannot give: the CloudWatch agent's default App Mesh declaration publishes " +
                "Envoy's request counters, no response time. Use xray: true, metrics-preset envoy-appmesh-extension, " +
                'lattice-target-group or alb-target-group, or custom queries with the ids canary_latency and stable_latency.');
        }
        if (metrics?.preset === 'custom') {
            throw new errors/* InputError */.dz(input, `needs canary_latency in metric-queries: the canary's ${latencyPercentile} response time in milliseconds ` +
                `(e.g. a MetricStat with Stat "${latencyPercentile}"), and stable_latency for the stable; or xray: true.`);
        }
        throw new errors/* InputError */.dz(input, 'needs a response time: xray: true, or metrics-preset envoy-appmesh-extension, lattice-target-group, ' +
            'alb-target-group or custom (canary_latency).');
    }
    if (maxLatencyIncrease && !xray?.stableService && !metricsGiveLatencyBaseline(metrics)) {
        throw new errors/* InputError */.dz('max-latency-increase', "needs the stable's latency in the same window: set stable-target-group (lattice-target-group, " +
            'alb-target-group), stable-node (envoy-appmesh-extension), a stable_latency query (custom) or xray-stable-service.');
    }
}
/** Whether the metrics source reads a percentile (the check judges latency in it then). */
function metricsGiveLatency(metrics) {
    switch (metrics?.preset) {
        case 'envoy-appmesh-extension':
        case 'lattice-target-group':
        case 'alb-target-group':
            return true;
        case 'custom':
            return metrics.queries.some((query) => query.Id === 'canary_latency');
        default:
            return false;
    }
}
function metricsGiveLatencyBaseline(metrics) {
    switch (metrics?.preset) {
        case 'lattice-target-group':
        case 'alb-target-group':
            return metrics.stableTargetGroup !== undefined;
        case 'envoy-appmesh-extension':
            return metrics.stableNode !== undefined;
        case 'custom':
            return metrics.queries.some((query) => query.Id === 'stable_latency');
        default:
            return false;
    }
}

// EXTERNAL MODULE: ./src/routing/alb/arns.ts
var arns = __webpack_require__(850);
// EXTERNAL MODULE: ./src/routing/vpc-lattice/identifiers.ts
var identifiers = __webpack_require__(2549);
;// CONCATENATED MODULE: ./src/config/target-group-health.ts




const roles = {
    canary: { input: 'canary-target-group', known: 'canaryTargetGroupArn' },
    stable: { input: 'stable-target-group', known: 'stableTargetGroupArn' },
};
/**
 * metrics-preset lattice-target-group: AWS/VpcLattice by TargetGroup, whose value is the target group ID
 * (tg-…, the last part of its ARN). canary-target-group is required, stable-target-group gives the baseline.
 */
function latticeTargetGroupSource(read, known) {
    const id = (role) => {
        const { input } = roles[role];
        const text = role === 'canary' ? required(read, input) : (0,inputs/* optionalString */.sx)(read, input);
        if (text === undefined)
            return undefined;
        const parsed = (0,identifiers/* parseLatticeIdentifier */.Bg)('targetgroup', text);
        if (typeof parsed === 'object' && parsed.form !== 'name')
            return parsed.id;
        const resolved = known[roles[role].known];
        const fromKnown = resolved === undefined ? undefined : (0,identifiers/* parseLatticeIdentifier */.Bg)('targetgroup', resolved);
        if (typeof fromKnown === 'object' && fromKnown.form !== 'name')
            return fromKnown.id;
        throw new errors/* InputError */.dz(input, typeof parsed === 'string'
            ? parsed
            : `"${text}" is a name; metrics-preset lattice-target-group reads CloudWatch by target group ID: give the ID (tg-…) or ARN.`);
    };
    const stable = id('stable');
    return {
        preset: 'lattice-target-group',
        canaryTargetGroup: id('canary'),
        ...(stable ? { stableTargetGroup: stable } : {}),
    };
}
/**
 * metrics-preset alb-target-group: AWS/ApplicationELB by TargetGroup (targetgroup/NAME/ID) and LoadBalancer
 * (app/NAME/ID), both the final portion of an ARN: the load balancer's from listener-arn.
 */
function albTargetGroupSource(read, known) {
    const listener = (0,arns/* parseListenerArn */.Zb)((0,inputs/* requiredString */.Fk)(read, 'listener-arn', 'metrics-preset alb-target-group reads the load balancer from the listener ARN.'));
    if (typeof listener === 'string')
        throw new errors/* InputError */.dz('listener-arn', listener);
    const dimension = (role) => {
        const { input } = roles[role];
        const text = role === 'canary' ? required(read, input) : (0,inputs/* optionalString */.sx)(read, input);
        if (text === undefined)
            return undefined;
        const arn = (0,arns/* parseTargetGroupArn */.XC)(text.startsWith('arn:') ? text : (known[roles[role].known] ?? text));
        if (typeof arn === 'object' && (text.startsWith('arn:') || arn.name === text))
            return (0,arns/* targetGroupDimension */.RA)(arn);
        throw new errors/* InputError */.dz(input, text.startsWith('arn:')
            ? arn
            : `"${text}" is a name; metrics-preset alb-target-group needs the target group ARN (its CloudWatch dimension holds the ID).`);
    };
    const stable = dimension('stable');
    return {
        preset: 'alb-target-group',
        loadBalancer: (0,arns/* loadBalancerDimension */.Tj)(listener),
        canaryTargetGroup: dimension('canary'),
        ...(stable ? { stableTargetGroup: stable } : {}),
    };
}
function required(read, input) {
    return (0,inputs/* requiredString */.Fk)(read, input, 'The target group metrics presets read the canary by its target group.');
}
/**
 * Well-formed stand-ins for the target group ARNs a router resolves, so that every health input is checked
 * before the first call (an ALB group keeps its given name, which its preset compares).
 */
function placeholderTargetGroups(routing) {
    if (routing.router === 'app-mesh')
        return {};
    const group = (given, digit) => routing.router === 'alb'
        ? `arn:aws:elasticloadbalancing:us-east-1:000000000000:targetgroup/${given.split('/').at(-2) ?? given}/000000000000000${digit}`
        : `arn:aws:vpc-lattice:us-east-1:000000000000:targetgroup/tg-0000000000000000${digit}`;
    return {
        canaryTargetGroupArn: group(routing.canaryTargetGroup ?? '', '1'),
        stableTargetGroupArn: group(routing.stableTargetGroup ?? '', '2'),
    };
}

;// CONCATENATED MODULE: ./src/config/health.ts






const metricsPresets = [
    'envoy-container-insights',
    'envoy-appmesh-extension',
    'lattice-target-group',
    'alb-target-group',
    'custom',
    'none',
];
/** Parses and cross-checks the health inputs; every error here is found before any AWS call. */
function healthSettings(read, known = {}) {
    const periodSeconds = metricsPeriod(read);
    const alarmNames = [...new Set((0,inputs/* list */.p_)(read, 'alarm-names'))];
    const metrics = metricsSource(read, known);
    if (metrics && periodSeconds < 60 && standardResolutionPresets.includes(metrics.preset)) {
        throw new errors/* InputError */.dz('metrics-period', `is ${periodSeconds} s, but ${metrics.preset} reads metrics AWS publishes every 60 seconds: use 60 or more.`);
    }
    const xray = xraySource(read, metrics);
    const policy = healthPolicy(read);
    if (alarmNames.length === 0 && !metrics && !xray) {
        throw new errors/* InputError */.dz('alarm-names', 'no health source is configured: set alarm-names, metrics-preset or xray: true. A canary judged by nothing would be promoted blind.');
    }
    checkLatencySources({
        ...(policy.latencyPercentile ? { latencyPercentile: policy.latencyPercentile } : {}),
        ...(policy.maxLatencyIncrease ? { maxLatencyIncrease: policy.maxLatencyIncrease } : {}),
        askedBy: policy.maxLatencyIncrease
            ? 'max-latency-increase'
            : policy.maxLatencyMs !== undefined
                ? 'max-latency-ms'
                : 'latency-percentile',
    }, metrics, xray);
    const baselineSources = [metrics && hasStableMetrics(metrics), xray?.stableService !== undefined];
    if (policy.maxErrorRateIncreasePct !== undefined && !baselineSources.some(Boolean)) {
        throw new errors/* InputError */.dz('max-error-rate-increase', 'needs a stable baseline: set stable-task-definition-family (envoy-container-insights), stable-node ' +
            '(envoy-appmesh-extension, or X-Ray), stable-target-group (lattice-target-group, alb-target-group), ' +
            'stable_requests/stable_errors (custom) or xray-stable-service.');
    }
    return {
        windowSeconds: (0,inputs/* duration */.p0)(read, 'window', '5m', { min: 10, max: 6 * 3600 }),
        periodSeconds,
        publishDelaySeconds: (0,inputs/* duration */.p0)(read, 'metrics-delay', periodSeconds < 60 ? '10s' : '60s', {
            min: 0,
            max: 3600,
        }),
        alarmNames,
        ...(metrics ? { metrics } : {}),
        ...(xray ? { xray } : {}),
        policy,
    };
}
/** CloudWatch's periods: high resolution (1, 5, 10, 30 s) or whole minutes. */
const highResolutionPeriods = [1, 5, 10, 30];
/** Presets whose metrics AWS publishes at 60-second resolution only. */
const standardResolutionPresets = ['lattice-target-group', 'alb-target-group'];
function metricsPeriod(read) {
    const periodSeconds = (0,inputs/* integer */.nd)(read, 'metrics-period', 60, { min: 1, max: 3600 });
    if (periodSeconds % 60 !== 0 && !highResolutionPeriods.includes(periodSeconds)) {
        throw new errors/* InputError */.dz('metrics-period', `must be 1, 5, 10 or 30 seconds (high-resolution metrics) or a multiple of 60; got ${periodSeconds}.`);
    }
    return periodSeconds;
}
function healthPolicy(read) {
    const maxLatencyMs = (0,inputs/* optionalInteger */.$H)(read, 'max-latency-ms', { min: 1 });
    const maxErrorRateIncreasePct = optionalDecimal(read, 'max-error-rate-increase', { min: 0, max: 100 });
    const { latencyPercentile, maxLatencyIncrease } = latencyInputs(read, maxLatencyMs !== undefined);
    return {
        maxErrorRatePct: optionalDecimal(read, 'max-error-rate', { min: 0, max: 100 }) ?? 1,
        ...(maxLatencyMs !== undefined ? { maxLatencyMs } : {}),
        ...(latencyPercentile ? { latencyPercentile } : {}),
        ...(maxLatencyIncrease ? { maxLatencyIncrease } : {}),
        minRequests: (0,inputs/* integer */.nd)(read, 'min-requests', 50, { min: 1 }),
        ...(maxErrorRateIncreasePct !== undefined ? { maxErrorRateIncreasePct } : {}),
        significance: optionalDecimal(read, 'baseline-significance', { min: 0.0001, max: 0.5 }) ?? 0.05,
        failureLimit: (0,inputs/* integer */.nd)(read, 'failure-limit', 1, { min: 1, max: 100 }),
        inconclusiveLimit: (0,inputs/* integer */.nd)(read, 'inconclusive-limit', 5, { min: 0, max: 1000 }),
        onSourceError: (0,inputs/* oneOf */.yL)(read, 'on-source-error', ['inconclusive', 'fail'], 'inconclusive') === 'fail'
            ? 'FAIL'
            : 'INCONCLUSIVE',
    };
}
function metricsSource(read, known) {
    const preset = (0,inputs/* oneOf */.yL)(read, 'metrics-preset', metricsPresets, 'none');
    if (preset !== 'custom' && (0,inputs/* optionalString */.sx)(read, 'metric-queries') !== undefined) {
        throw new errors/* InputError */.dz('metric-queries', `is read only with metrics-preset: custom (metrics-preset is ${preset}).`);
    }
    switch (preset) {
        case 'none':
            return undefined;
        case 'custom':
            return {
                preset,
                queries: parseMetricQueries((0,inputs/* requiredString */.Fk)(read, 'metric-queries', 'Give MetricDataQueries JSON.')),
            };
        case 'envoy-container-insights':
            return containerInsightsSource(read, known);
        case 'lattice-target-group':
            return latticeTargetGroupSource(read, known);
        case 'alb-target-group':
            return albTargetGroupSource(read, known);
        case 'envoy-appmesh-extension': {
            const stableNode = (0,inputs/* optionalString */.sx)(read, 'stable-node');
            return {
                preset,
                namespace: searchSafe('metrics-namespace', (0,inputs/* requiredString */.Fk)(read, 'metrics-namespace', 'Set it to the namespace your CloudWatch agent publishes the App Mesh metrics extension to.')),
                namePrefix: searchSafe('metrics-name-prefix', (0,inputs/* stringWithDefault */.v7)(read, 'metrics-name-prefix', 'envoy_appmesh_')),
                mesh: searchSafe('mesh', (0,inputs/* requiredString */.Fk)(read, 'mesh', 'Set it to the App Mesh mesh name.')),
                canaryNode: searchSafe('canary-node', (0,inputs/* requiredString */.Fk)(read, 'canary-node', 'Set it to the virtual node of the canary.')),
                ...(stableNode ? { stableNode: searchSafe('stable-node', stableNode) } : {}),
            };
        }
    }
}
function containerInsightsSource(read, known) {
    const cluster = (0,inputs/* requiredString */.Fk)(read, 'cluster', 'Set it to the ECS cluster of the canary service (the ClusterName dimension).');
    const canaryFamily = (0,inputs/* optionalString */.sx)(read, 'canary-task-definition-family') ?? known.canaryTaskDefinitionFamily;
    if (!canaryFamily) {
        throw new errors/* InputError */.dz('canary-task-definition-family', 'is required by metrics-preset envoy-container-insights: the canary task definition family.');
    }
    const stableFamily = (0,inputs/* optionalString */.sx)(read, 'stable-task-definition-family') ?? known.stableTaskDefinitionFamily;
    const stableCluster = (0,inputs/* optionalString */.sx)(read, 'stable-cluster') ?? cluster;
    if (stableFamily === canaryFamily && stableCluster === cluster) {
        const given = ['stable-task-definition-family', 'canary-task-definition-family'].find((input) => (0,inputs/* optionalString */.sx)(read, input) !== undefined);
        // Families the deploy found itself come from the task definition it registers, and the stable service's.
        throw given
            ? new errors/* InputError */.dz(given, `makes canary and stable one family ("${canaryFamily}" in cluster ${cluster}): Container Insights tells the two ` +
                'apart only by ClusterName and TaskDefinitionFamily. Give each its own family, or use another metrics-preset.')
            : new errors/* InputError */.dz('task-definition', `registers family ${canaryFamily}, the stable service's family too: envoy-container-insights tells canary from ` +
                'stable by family. Give the canary its own family (the family field of the task-definition file), or ' +
                'use another metrics-preset.');
    }
    return {
        preset: 'envoy-container-insights',
        canary: { cluster, taskDefinitionFamily: canaryFamily },
        ...(stableFamily ? { stable: { cluster: stableCluster, taskDefinitionFamily: stableFamily } } : {}),
    };
}
function hasStableMetrics(metrics) {
    switch (metrics.preset) {
        case 'envoy-container-insights':
            return metrics.stable !== undefined;
        case 'envoy-appmesh-extension':
            return metrics.stableNode !== undefined;
        case 'lattice-target-group':
        case 'alb-target-group':
            return metrics.stableTargetGroup !== undefined;
        case 'custom':
            return metrics.queries.some((query) => query.Id === metricIds.stableRequests);
    }
}
/**
 * X-Ray reads the canary; it also reads the stable when asked to (xray-stable-service), or by default
 * when no metrics source already gives the stable baseline: one call fewer per check.
 */
function xraySource(read, metrics) {
    if (!(0,inputs/* boolean */.zM)(read, 'xray', false))
        return undefined;
    const mesh = (0,inputs/* optionalString */.sx)(read, 'mesh');
    const canaryNode = (0,inputs/* optionalString */.sx)(read, 'canary-node');
    const stableNode = (0,inputs/* optionalString */.sx)(read, 'stable-node');
    const canaryService = (0,inputs/* optionalString */.sx)(read, 'xray-canary-service') ?? (mesh && canaryNode ? `${mesh}/${canaryNode}` : undefined);
    if (!canaryService) {
        throw new errors/* InputError */.dz('xray-canary-service', 'is required with xray: true unless mesh and canary-node are set (Envoy names its segments mesh/virtualNode).');
    }
    const baselineFromMetrics = metrics !== undefined && hasStableMetrics(metrics);
    const stableService = (0,inputs/* optionalString */.sx)(read, 'xray-stable-service') ??
        (!baselineFromMetrics && mesh && stableNode ? `${mesh}/${stableNode}` : undefined);
    return {
        canaryService: selectorSafe('xray-canary-service', canaryService),
        ...(stableService ? { stableService: selectorSafe('xray-stable-service', stableService) } : {}),
        countClientErrors: (0,inputs/* boolean */.zM)(read, 'xray-count-client-errors', false),
    };
}
// ---- custom metric queries ---------------------------------------------------------------------
const validPeriod = (period) => [1, 5, 10, 20, 30].includes(period) || period % 60 === 0;
const metricQuerySchema = schemas/* strictObject */.rej({
    Id: schemas/* string */.YjP()
        .max(255)
        .regex(/^[a-z][a-zA-Z0-9_]*$/, 'must start with a lowercase letter and hold only letters, digits and _'),
    Expression: schemas/* string */.YjP().min(1).max(2048).optional(),
    MetricStat: schemas/* strictObject */.rej({
        Metric: schemas/* strictObject */.rej({
            Namespace: schemas/* string */.YjP().min(1).max(255),
            MetricName: schemas/* string */.YjP().min(1).max(255),
            Dimensions: schemas/* array */.YOg(schemas/* strictObject */.rej({ Name: schemas/* string */.YjP().min(1).max(255), Value: schemas/* string */.YjP().min(1).max(1024) }))
                .max(30)
                .optional(),
        }),
        Period: schemas/* number */.aig()
            .int()
            .positive()
            .refine(validPeriod, 'must be 1, 5, 10, 20, 30 or a multiple of 60'),
        Stat: schemas/* string */.YjP().min(1),
        Unit: schemas/* string */.YjP().min(1).optional(),
    })
        .optional(),
    Label: schemas/* string */.YjP().optional(),
    ReturnData: schemas/* boolean */.zMY().optional(),
    Period: schemas/* number */.aig()
        .int()
        .positive()
        .refine(validPeriod, 'must be 1, 5, 10, 20, 30 or a multiple of 60')
        .optional(),
    AccountId: schemas/* string */.YjP().min(1).optional(),
})
    .refine((query) => (query.Expression === undefined) !== (query.MetricStat === undefined), {
    message: 'needs exactly one of MetricStat and Expression',
});
const metricQueriesSchema = schemas/* union */.KCZ([
    schemas/* array */.YOg(metricQuerySchema).min(1).max(500),
    schemas/* strictObject */.rej({ MetricDataQueries: schemas/* array */.YOg(metricQuerySchema).min(1).max(500) })
        .transform((value) => value.MetricDataQueries),
]);
/**
 * Custom MetricDataQueries (a JSON array, or {"MetricDataQueries": [...]}), with the ids
 * canary_requests and canary_errors, and optionally stable_requests and stable_errors together.
 */
function parseMetricQueries(text) {
    const parsed = metricQueriesSchema.safeParse((0,inputs/* parseJson */.qF)('metric-queries', text));
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const path = issue.path
            .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
            .join('');
        throw new errors/* InputError */.dz('metric-queries', `${path ? `${path.replace(/^\./, '')}: ` : ''}${issue.message}.`);
    }
    const queries = parsed.data;
    const ids = queries.map((query) => query.Id);
    const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
    if (duplicate)
        throw new errors/* InputError */.dz('metric-queries', `the id "${duplicate}" is used twice; ids must be unique.`);
    const required = [metricIds.canaryRequests, metricIds.canaryErrors];
    const stableIds = [metricIds.stableRequests, metricIds.stableErrors].filter((id) => ids.includes(id));
    if (stableIds.length === 1) {
        throw new errors/* InputError */.dz('metric-queries', `has ${stableIds[0]} without its pair: give both stable_requests and stable_errors, or neither.`);
    }
    for (const id of [...required, ...stableIds]) {
        const query = queries.find((candidate) => candidate.Id === id);
        if (!query)
            throw new errors/* InputError */.dz('metric-queries', `needs a query with the id "${id}" (requests and 5xx of the canary).`);
        if (query.ReturnData === false)
            throw new errors/* InputError */.dz('metric-queries', `"${id}" must return its data: remove "ReturnData": false.`);
    }
    return queries;
}
// ---- small parsers -------------------------------------------------------------------------------
function optionalDecimal(read, name, range) {
    const text = (0,inputs/* optionalString */.sx)(read, name);
    if (text === undefined)
        return undefined;
    if (!/^\d+(\.\d+)?$/.test(text))
        throw new errors/* InputError */.dz(name, `must be a number such as 0.5; got "${text}".`);
    const value = Number(text);
    if (value < range.min || value > range.max)
        throw new errors/* InputError */.dz(name, `must be from ${range.min} to ${range.max}; got ${value}.`);
    return value;
}
/** Values embedded in a SEARCH expression's quoted strings. */
function searchSafe(name, value) {
    if (/["'\\]/.test(value))
        throw new errors/* InputError */.dz(name, `must not contain quotes or backslashes; got "${value}".`);
    return value;
}
function selectorSafe(name, value) {
    if (/["\\]/.test(value))
        throw new errors/* InputError */.dz(name, `must not contain double quotes or backslashes; got "${value}".`);
    return value;
}

;// CONCATENATED MODULE: ./src/config/services.ts

/** The stable ECS service: promotion rolls the new version out to it; rollback returns it. */
function stableServiceSettings(read) {
    return {
        cluster: (0,inputs/* optionalString */.sx)(read, 'stable-cluster') ??
            (0,inputs/* requiredString */.Fk)(read, 'cluster', 'Set it to the ECS cluster of the services.'),
        service: (0,inputs/* requiredString */.Fk)(read, 'stable-service', 'Set it to the ECS service that serves production (the stable virtual node), e.g. serviceB.'),
    };
}

// EXTERNAL MODULE: ./src/count.ts
var count = __webpack_require__(9984);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/orchestrator/services.ts
var services = __webpack_require__(3262);
;// CONCATENATED MODULE: ./src/taskdef/types.ts
/** Fields that DescribeTaskDefinition returns and RegisterTaskDefinition rejects. */
const registrationOnlyFields = [
    'taskDefinitionArn',
    'revision',
    'status',
    'requiresAttributes',
    'compatibilities',
    'registeredAt',
    'registeredBy',
    'deregisteredAt',
    'deleteRequestedAt',
];
const envoyContainerName = 'envoy';
const xrayContainerName = 'xray-daemon';

;// CONCATENATED MODULE: ./src/taskdef/app-container.ts


/** Containers of the mesh plumbing, never the app: Envoy, the X-Ray daemon and FireLens log routers. */
function isSidecar(container) {
    return (container.name === envoyContainerName ||
        container.name === xrayContainerName ||
        container.firelensConfiguration !== undefined);
}
/**
 * The name of the app container: the one named, else the only essential container that is not a
 * sidecar (ECS treats a container without `essential` as essential).
 */
function resolveAppContainer(taskDefinition, containerName) {
    const containers = taskDefinition.containerDefinitions;
    const names = containers.map((container) => container.name ?? '');
    const wanted = containerName?.trim();
    if (wanted) {
        const container = containers.find((candidate) => candidate.name === wanted);
        if (container === undefined) {
            throw new errors/* InputError */.dz('container-name', `no container named "${wanted}" in the task definition; set it to one of: ${names.join(', ')}.`);
        }
        if (container.name === envoyContainerName || container.name === xrayContainerName) {
            throw new errors/* InputError */.dz('container-name', `"${wanted}" is the name of a sidecar this action manages; set it to the app container.`);
        }
        return wanted;
    }
    const candidates = containers.filter((container) => container.essential !== false && !isSidecar(container));
    const only = candidates[0];
    if (only?.name !== undefined && candidates.length === 1)
        return only.name;
    if (candidates.length === 0) {
        throw new errors/* InputError */.dz('container-name', `the task definition has no essential app container (containers: ${names.join(', ')}); ` +
            'set container-name to the container that serves the virtual node.');
    }
    throw new errors/* InputError */.dz('container-name', `the task definition has several essential containers (${candidates.map((container) => container.name).join(', ')}); ` +
        'set container-name to the one that serves the virtual node.');
}

;// CONCATENATED MODULE: ./src/taskdef/parse.ts


const howToFix = 'Give an ECS task definition JSON (as for register-task-definition) or the output of aws ecs describe-task-definition.';
/**
 * Parses a task definition as users write it: plain, or wrapped as describe-task-definition prints it.
 * Container-level numbers written as strings ("500") become integers, as RegisterTaskDefinition wants.
 */
function parseTaskDefinition(text, inputName = 'task-definition') {
    let value;
    try {
        value = (0,inputs/* parseJson */.qF)(inputName, text);
    }
    catch (error) {
        // parseJson says where the JSON breaks; add what is expected.
        if (!(error instanceof errors/* InputError */.dz))
            throw error;
        throw new errors/* InputError */.dz(inputName, `${error.message.replace(/^input "[^"]*": /, '')} ${howToFix}`);
    }
    return toTaskDefinitionDocument(value, inputName);
}
/** Checks and normalises an already-parsed task definition value (see parseTaskDefinition). */
function toTaskDefinitionDocument(value, inputName = 'task-definition') {
    if (!isObject(value)) {
        throw new errors/* InputError */.dz(inputName, `must be a JSON object, not ${describeJson(value)}. ${howToFix}`);
    }
    const document = { ...unwrap(value) };
    if (typeof document.family !== 'string' || document.family.trim() === '') {
        throw new errors/* InputError */.dz(inputName, `has no "family". Add "family": "<name>" (the task definition family to register).`);
    }
    const containers = document.containerDefinitions;
    if (!Array.isArray(containers) || containers.length === 0) {
        throw new errors/* InputError */.dz(inputName, 'has no "containerDefinitions". Add the list of containers (at least the app container).');
    }
    document.containerDefinitions = containers.map((container, index) => normaliseContainer(container, index, inputName));
    rejectDuplicateNames(document.containerDefinitions, inputName);
    for (const field of ['cpu', 'memory']) {
        // Task-level sizes are strings ("0.5 vCPU", "1 GB", "1024"); a bare number is accepted too.
        if (typeof document[field] === 'number') {
            document[field] = String(document[field]);
        }
        else if (document[field] !== undefined && typeof document[field] !== 'string') {
            throw new errors/* InputError */.dz(inputName, `task-level "${field}" must be a string such as "1024"; fix it in the task definition.`);
        }
    }
    return document;
}
/** `aws ecs describe-task-definition` prints {"taskDefinition": {...}, "tags": [...]}: keep its tags. */
function unwrap(value) {
    const inner = value.taskDefinition;
    if (!isObject(inner) || 'containerDefinitions' in value)
        return value;
    const tags = value.tags;
    if (Array.isArray(tags) && tags.length > 0 && inner.tags === undefined)
        return { ...inner, tags };
    return inner;
}
const integerFields = ['cpu', 'memory', 'memoryReservation', 'startTimeout', 'stopTimeout'];
const healthCheckIntegerFields = ['interval', 'timeout', 'retries', 'startPeriod'];
const portFields = ['containerPort', 'hostPort'];
function normaliseContainer(value, index, inputName) {
    if (!isObject(value)) {
        throw new errors/* InputError */.dz(inputName, `containerDefinitions[${index}] must be an object with at least a "name".`);
    }
    if (typeof value.name !== 'string' || value.name.trim() === '') {
        throw new errors/* InputError */.dz(inputName, `containerDefinitions[${index}] has no "name". Give every container a name.`);
    }
    const where = `container "${value.name}"`;
    const container = { ...value };
    for (const field of integerFields) {
        if (container[field] === undefined)
            continue;
        container[field] = wholeNumber(container[field], `${where} ${field}`, inputName);
    }
    if (container.portMappings !== undefined) {
        container.portMappings = normalisePortMappings(container.portMappings, where, inputName);
    }
    if (isObject(container.healthCheck)) {
        const healthCheck = { ...container.healthCheck };
        for (const field of healthCheckIntegerFields) {
            if (healthCheck[field] === undefined)
                continue;
            healthCheck[field] = wholeNumber(healthCheck[field], `${where} healthCheck.${field}`, inputName);
        }
        container.healthCheck = healthCheck;
    }
    return container;
}
function normalisePortMappings(value, where, inputName) {
    if (!Array.isArray(value)) {
        throw new errors/* InputError */.dz(inputName, `${where} portMappings must be a list of {"containerPort": <port>} objects.`);
    }
    return value.map((mapping, position) => {
        if (!isObject(mapping)) {
            throw new errors/* InputError */.dz(inputName, `${where} portMappings[${position}] must be an object such as {"containerPort": 8080}.`);
        }
        const normalised = { ...mapping };
        for (const field of portFields) {
            if (normalised[field] === undefined)
                continue;
            const what = `${where} portMappings[${position}].${field}`;
            normalised[field] = wholeNumber(normalised[field], what, inputName, { max: 65535, example: 8080 });
        }
        return normalised;
    });
}
/** A whole number, also when written as a numeric string ("500"). */
function wholeNumber(value, what, inputName, { max = Number.MAX_SAFE_INTEGER, example = 256 } = {}) {
    const number = typeof value === 'number'
        ? value
        : typeof value === 'string' && /^\s*\d+\s*$/.test(value)
            ? Number(value)
            : Number.NaN;
    if (!Number.isInteger(number) || number < 0 || number > max) {
        const range = max < Number.MAX_SAFE_INTEGER ? ` from 0 to ${max}` : '';
        throw new errors/* InputError */.dz(inputName, `${what} must be a whole number${range} such as ${example}; got ${JSON.stringify(value)}. Fix it in the task definition.`);
    }
    return number;
}
function rejectDuplicateNames(containers, inputName) {
    const seen = new Set();
    for (const { name } of containers) {
        if (name === undefined)
            continue;
        if (seen.has(name)) {
            throw new errors/* InputError */.dz(inputName, `has two containers named "${name}". Give each container a unique name.`);
        }
        seen.add(name);
    }
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function describeJson(value) {
    if (Array.isArray(value))
        return 'an array';
    if (value === null)
        return 'null';
    return `a ${typeof value}`;
}

;// CONCATENATED MODULE: ./src/taskdef/clean.ts


/**
 * Drops what DescribeTaskDefinition adds and RegisterTaskDefinition rejects (ARN, revision, status, ...),
 * keeping everything else. Accepts a described task definition as the SDK returns it.
 */
function cleanForRegistration(taskDefinition, inputName = 'task-definition') {
    const cleaned = { ...toTaskDefinitionDocument(taskDefinition, inputName) };
    for (const field of registrationOnlyFields)
        delete cleaned[field];
    return cleaned;
}

;// CONCATENATED MODULE: ./src/taskdef/envoy-image.ts

const envoyImageVersion = 'v1.29.12.1-prod';
const defaultEnvoyAccount = '840364872350';
/** Regions whose App Mesh Envoy repository lives in an account of its own (opt-in and China regions). */
const envoyAccountByRegion = {
    'me-south-1': '772975370895',
    'ap-east-1': '856666278305',
    'ap-southeast-3': '909464085924',
    'eu-south-1': '422531588944',
    'il-central-1': '564877687649',
    'af-south-1': '924023996002',
    'cn-north-1': '919366029133',
    'cn-northwest-1': '919366029133',
};
/** Commercial regions served by the default Envoy account. */
const defaultAccountRegions = [
    'us-east-1',
    'us-east-2',
    'us-west-1',
    'us-west-2',
    'ca-central-1',
    'sa-east-1',
    'eu-west-1',
    'eu-west-2',
    'eu-west-3',
    'eu-central-1',
    'eu-north-1',
    'ap-south-1',
    'ap-northeast-1',
    'ap-northeast-2',
    'ap-northeast-3',
    'ap-southeast-1',
    'ap-southeast-2',
];
const regionPattern = /^[a-z]{2}(-[a-z]+)+-\d+$/;
/** The App Mesh Envoy image for a region; throws when none is known there (set envoy-image then). */
function envoyImageFor(region) {
    const account = envoyAccountByRegion[region] ??
        (defaultAccountRegions.includes(region) ? defaultEnvoyAccount : undefined);
    if (account === undefined) {
        throw new errors/* InputError */.dz('envoy-image', `no App Mesh Envoy image is known for region "${region}". Set envoy-image to the image to run ` +
            `(e.g. public.ecr.aws/appmesh/aws-appmesh-envoy:${envoyImageVersion}).`);
    }
    const domain = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
    return `${account}.dkr.ecr.${region}.${domain}/aws-appmesh-envoy:${envoyImageVersion}`;
}
/** The ARN partition of a region: aws, aws-cn or aws-us-gov. */
function partitionOf(region) {
    if (!regionPattern.test(region) || /^[a-z]{2}-iso/.test(region)) {
        throw new errors/* InputError */.dz('region', `"${region}" is not an AWS region where App Mesh runs; set a region such as us-west-2.`);
    }
    if (region.startsWith('cn-'))
        return 'aws-cn';
    if (region.startsWith('us-gov-'))
        return 'aws-us-gov';
    return 'aws';
}

;// CONCATENATED MODULE: ./src/taskdef/options.ts


const defaultIgnoredUid = 1337;
const proxyIngressPort = 15000;
const proxyEgressPort = 15001;
/** The task metadata endpoint (task role credentials) and the instance metadata service. */
const defaultEgressIgnoredIps = ['169.254.170.2', '169.254.169.254'];
const defaultXrayImage = 'public.ecr.aws/xray/aws-xray-daemon:3.x';
const nodeArnVariable = 'APPMESH_RESOURCE_ARN';
const nodeNameVariable = 'APPMESH_VIRTUAL_NODE_NAME';
const appMeshName = /^[A-Za-z0-9_.-]{1,255}$/;
const options_ipv4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}(\/([0-9]|[12]\d|3[0-2]))?$/;
const ipv6 = /^(?=.*:)[0-9A-Fa-f:.]{2,45}(\/(\d{1,2}|1[01]\d|12[0-8]))?$/;
function resolveRenderOptions(options) {
    const mesh = appMeshNameOf(options.mesh, 'mesh', 'the mesh');
    const virtualNode = appMeshNameOf(options.virtualNode, 'virtual-node', 'the virtual node');
    if (!/^\d{12}$/.test(options.account ?? '')) {
        throw new errors/* InputError */.dz('account', `must be the 12-digit ID of the account that owns the mesh (the mesh owner for a shared mesh); got "${options.account}".`);
    }
    const identity = options.nodeIdentity ?? 'arn';
    if (identity !== 'arn' && identity !== 'name') {
        throw new errors/* InputError */.dz('envoy-node-identity', `must be arn or name; got "${identity}".`);
    }
    const envoyImage = imageOf(options.envoyImage, 'envoy-image') ?? envoyImageFor(options.region);
    const nodePath = `mesh/${mesh}/virtualNode/${virtualNode}`;
    const nodeIdentity = identity === 'arn'
        ? {
            name: nodeArnVariable,
            value: `arn:${partitionOf(options.region)}:appmesh:${options.region}:${options.account}:${nodePath}`,
        }
        : { name: nodeNameVariable, value: nodePath };
    return {
        nodeIdentity,
        envoyImage,
        ignoredUid: options_wholeNumber(options.ignoredUid, 'ignored-uid', 0, 2147483647) ?? defaultIgnoredUid,
        containerName: blankToUndefined(options.containerName),
        image: imageOf(options.image, 'image'),
        appPorts: portsOf(options.appPorts, 'app-ports'),
        egressIgnoredPorts: portsOf(options.egressIgnoredPorts, 'egress-ignored-ports'),
        egressIgnoredIps: ipsOf(options.egressIgnoredIps) ?? defaultEgressIgnoredIps,
        enableXray: options.enableXray ?? false,
        xrayImage: imageOf(options.xrayImage, 'xray-image'),
        // ECS refuses a container with less than 6 MiB of memory.
        envoyMemory: options_wholeNumber(options.envoyMemory, 'envoy-memory', 6, Number.MAX_SAFE_INTEGER),
        envoyCpu: options_wholeNumber(options.envoyCpu, 'envoy-cpu', 0, Number.MAX_SAFE_INTEGER),
    };
}
function appMeshNameOf(value, input, what) {
    const name = value?.trim() ?? '';
    if (!appMeshName.test(name)) {
        throw new errors/* InputError */.dz(input, `must be the name of ${what}: 1 to 255 letters, digits, "_", "." or "-"; got "${value ?? ''}".`);
    }
    return name;
}
function blankToUndefined(value) {
    const trimmed = value?.trim();
    return trimmed === '' ? undefined : trimmed;
}
function imageOf(value, input) {
    const image = blankToUndefined(value);
    if (image !== undefined && /\s/.test(image)) {
        throw new errors/* InputError */.dz(input, `must be a container image reference such as repo/name:tag, without spaces; got "${image}".`);
    }
    return image;
}
function options_wholeNumber(value, input, min, max) {
    if (value === undefined)
        return undefined;
    if (!Number.isInteger(value) || value < min || value > max) {
        const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
        throw new errors/* InputError */.dz(input, `must be a whole number ${range}; got ${value}.`);
    }
    return value;
}
function portsOf(ports, input) {
    if (ports === undefined || ports.length === 0)
        return undefined;
    for (const port of ports) {
        if (!Number.isInteger(port) || port < 1 || port > 65535) {
            throw new errors/* InputError */.dz(input, `must list ports from 1 to 65535; got ${port}. Fix the comma-separated port list.`);
        }
    }
    if (input === 'app-ports')
        rejectEnvoyPorts(ports);
    return [...new Set(ports)];
}
function ipsOf(ips) {
    const items = (ips ?? []).map((ip) => ip.trim()).filter((ip) => ip !== '');
    if (items.length === 0)
        return undefined;
    for (const ip of items) {
        if (!options_ipv4.test(ip) && !ipv6.test(ip)) {
            throw new errors/* InputError */.dz('egress-ignored-ips', `"${ip}" is not an IP address or CIDR block; list addresses such as 169.254.170.2 comma-separated.`);
        }
    }
    return [...new Set(items)];
}
/** Envoy's own listeners cannot also be app ports: the redirect would loop traffic back into Envoy. */
function rejectEnvoyPorts(appPorts) {
    const taken = appPorts.find((port) => port === proxyIngressPort || port === proxyEgressPort);
    if (taken !== undefined) {
        throw new errors/* InputError */.dz('app-ports', `must not include ${taken}: Envoy listens on ${proxyIngressPort} and ${proxyEgressPort}. Move the app to another port.`);
    }
}

;// CONCATENATED MODULE: ./src/taskdef/envoy.ts


const xrayTracingVariable = 'ENABLE_ENVOY_XRAY_TRACING';
/** Reports healthy once Envoy has its configuration from App Mesh, so the app starts behind a live proxy. */
function envoyHealthCheck() {
    return {
        command: ['CMD-SHELL', 'curl -s http://localhost:9901/server_info | grep state | grep -q LIVE'],
        startPeriod: 10,
        interval: 5,
        timeout: 2,
        retries: 3,
    };
}
/** Memory Envoy reserves when neither the task nor the options size it (EC2 without task-level memory). */
const defaultEnvoyMemoryReservation = 256;
/**
 * The Envoy container: the existing one updated in place (its other settings kept), or a new one.
 * @param taskHasMemory whether the task sets task-level memory; without it every container must size itself.
 */
function renderEnvoyContainer(existing, options, taskHasMemory) {
    const envoy = {
        ...existing,
        name: envoyContainerName,
        image: options.envoyImage,
        essential: true,
        environment: envoyEnvironment(existing?.environment, options),
        healthCheck: envoyHealthCheck(),
        user: String(options.ignoredUid),
    };
    if (options.envoyMemory !== undefined) {
        envoy.memory = options.envoyMemory;
        // A reservation above the hard limit is refused; without task memory the reservation is what ECS places by.
        if (!taskHasMemory || (envoy.memoryReservation ?? 0) > options.envoyMemory) {
            envoy.memoryReservation = options.envoyMemory;
        }
    }
    else if (!taskHasMemory && envoy.memory === undefined && envoy.memoryReservation === undefined) {
        envoy.memoryReservation = defaultEnvoyMemoryReservation;
    }
    if (options.envoyCpu !== undefined)
        envoy.cpu = options.envoyCpu;
    return envoy;
}
/**
 * The node identity first, then the user's own variables. Both identity variables are dropped first so that
 * rendering for another node (or switching between arn and name) leaves exactly one.
 */
function envoyEnvironment(existing, options) {
    const owned = new Set([nodeArnVariable, nodeNameVariable]);
    if (options.enableXray)
        owned.add(xrayTracingVariable);
    const kept = (existing ?? []).filter((variable) => variable.name === undefined || !owned.has(variable.name));
    return [
        { ...options.nodeIdentity },
        ...kept,
        ...(options.enableXray ? [{ name: xrayTracingVariable, value: '1' }] : []),
    ];
}

;// CONCATENATED MODULE: ./src/taskdef/node-identity.ts


const nodePath = /(?:^|:)mesh\/([^/]+)\/virtualNode\/([^/]+)$/;
/**
 * The virtual node of a task definition's Envoy container (APPMESH_RESOURCE_ARN, or the legacy
 * APPMESH_VIRTUAL_NODE_NAME), or undefined when it has no Envoy or names no node. Pure.
 */
function virtualNodeOf(taskDefinition) {
    const envoy = (taskDefinition.containerDefinitions ?? []).find((container) => container.name === envoyContainerName);
    for (const variable of envoy?.environment ?? []) {
        if (variable.name !== nodeArnVariable && variable.name !== nodeNameVariable)
            continue;
        const match = nodePath.exec(variable.value ?? '');
        if (match)
            return { mesh: match[1], virtualNode: match[2] };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/taskdef/plain.ts


/**
 * The new version for a router without a mesh (VPC Lattice, ALB): the task definition as given, cleaned of
 * registration-only fields, with the app container's image replaced; no sidecar. Pure.
 */
function prepareTaskDefinition(taskDefinition, options) {
    const prepared = structuredClone(cleanForRegistration(taskDefinition));
    const app = resolveAppContainer(prepared, options.containerName);
    if (options.image !== undefined) {
        prepared.containerDefinitions = prepared.containerDefinitions.map((container) => container.name === app ? { ...container, image: options.image } : container);
    }
    return prepared;
}

;// CONCATENATED MODULE: ./src/taskdef/depends-on.ts

/**
 * Which containers start only once Envoy is HEALTHY. The proxy configuration redirects the traffic of every
 * container in the task through Envoy, so any container that talks to the network before Envoy is live
 * fails: the app container always waits, and so do the user's other containers, except
 * - containers running as the ignored UID (the X-Ray daemon): their traffic bypasses Envoy, and Envoy sends
 *   its traces to the daemon;
 * - FireLens log routers: they must start before the containers that log through them, Envoy included;
 * - containers Envoy itself waits for, which would make a start-up cycle ECS refuses.
 */
function waitsForEnvoy(container, appContainerName, ignoredUid, envoyPrerequisites) {
    if (container.name === appContainerName)
        return true;
    if (container.name === envoyContainerName || container.name === xrayContainerName)
        return false;
    if (container.user !== undefined && container.user.split(':')[0] === String(ignoredUid))
        return false;
    if (container.firelensConfiguration !== undefined)
        return false;
    return !envoyPrerequisites.has(container.name ?? '');
}
/** The containers Envoy waits for, directly or through others. */
function envoyPrerequisites(containers) {
    const byName = new Map(containers.map((container) => [container.name, container]));
    const found = new Set();
    const pending = [...(byName.get(envoyContainerName)?.dependsOn ?? [])];
    for (let dependency = pending.pop(); dependency !== undefined; dependency = pending.pop()) {
        const name = dependency.containerName;
        if (name === undefined || name === envoyContainerName || found.has(name))
            continue;
        found.add(name);
        pending.push(...(byName.get(name)?.dependsOn ?? []));
    }
    return found;
}
/** Adds "start after Envoy is HEALTHY", keeping the container's other dependencies and never duplicating. */
function withEnvoyDependency(container) {
    const healthy = { containerName: envoyContainerName, condition: 'HEALTHY' };
    const dependencies = [];
    let added = false;
    for (const dependency of container.dependsOn ?? []) {
        if (dependency.containerName !== envoyContainerName)
            dependencies.push(dependency);
        else if (!added) {
            dependencies.push(healthy);
            added = true;
        }
    }
    return { ...container, dependsOn: added ? dependencies : [...dependencies, healthy] };
}

;// CONCATENATED MODULE: ./src/taskdef/proxy.ts


/**
 * The APPMESH proxy configuration that redirects the task's traffic through Envoy. Properties of an existing
 * one that we do not set (e.g. IgnoredGID, or EgressIgnoredPorts when none are given) are kept.
 */
function renderProxyConfiguration(existing, options, appPorts) {
    const ours = [
        { name: 'IgnoredUID', value: String(options.ignoredUid) },
        { name: 'ProxyIngressPort', value: String(proxyIngressPort) },
        { name: 'ProxyEgressPort', value: String(proxyEgressPort) },
        { name: 'AppPorts', value: appPorts.join(',') },
        { name: 'EgressIgnoredIPs', value: options.egressIgnoredIps.join(',') },
    ];
    if (options.egressIgnoredPorts !== undefined) {
        ours.push({ name: 'EgressIgnoredPorts', value: options.egressIgnoredPorts.join(',') });
    }
    const names = new Set(ours.map((property) => property.name));
    const kept = [];
    // APPMESH is the only proxy type ECS knows; anything else is replaced whole.
    if (existing !== undefined && (existing.type ?? 'APPMESH') === 'APPMESH') {
        for (const property of existing.properties ?? []) {
            if (!property.name || !property.value?.trim() || names.has(property.name))
                continue;
            names.add(property.name);
            kept.push({ name: property.name, value: property.value });
        }
    }
    return { type: 'APPMESH', containerName: envoyContainerName, properties: [...ours, ...kept] };
}

;// CONCATENATED MODULE: ./src/taskdef/xray.ts


const daemonPort = 2000;
/**
 * The X-Ray daemon Envoy sends traces to: the existing one updated in place, or a new one. It runs as the
 * ignored UID so that its own traffic to X-Ray bypasses Envoy. Sizes and image the user chose are kept.
 */
function renderXrayContainer(existing, options) {
    const xray = {
        ...existing,
        name: xrayContainerName,
        image: options.xrayImage ?? existing?.image ?? defaultXrayImage,
        user: String(options.ignoredUid),
        essential: true,
        cpu: existing?.cpu ?? 32,
        portMappings: withDaemonPort(existing?.portMappings),
    };
    if (xray.memory === undefined && xray.memoryReservation === undefined)
        xray.memoryReservation = 256;
    return xray;
}
function withDaemonPort(mappings) {
    const current = mappings ?? [];
    const present = current.some((mapping) => mapping.containerPort === daemonPort && mapping.protocol === 'udp');
    return present ? current : [...current, { containerPort: daemonPort, protocol: 'udp' }];
}

;// CONCATENATED MODULE: ./src/taskdef/render.ts









/**
 * Renders an app-only (or already rendered) task definition for one virtual node: the app image, the Envoy
 * sidecar, the APPMESH proxy configuration, start-up order and, when asked, the X-Ray daemon. Pure and
 * idempotent: rendering the output again, or for another node, gives what rendering the input for it gives.
 * The input is not changed.
 */
function renderTaskDefinition(taskDefinition, options) {
    const resolved = resolveRenderOptions(options);
    const rendered = structuredClone(cleanForRegistration(taskDefinition));
    checkTaskLevelSettings(rendered);
    const appName = resolveAppContainer(rendered, resolved.containerName);
    const appPorts = resolved.appPorts ?? containerPortsOf(rendered.containerDefinitions, appName);
    rejectEnvoyPorts(appPorts);
    const containers = withSidecars(rendered, resolved).map((container) => container.name === appName && resolved.image !== undefined
        ? { ...container, image: resolved.image }
        : container);
    const prerequisites = envoyPrerequisites(containers);
    rendered.containerDefinitions = containers.map((container) => waitsForEnvoy(container, appName, resolved.ignoredUid, prerequisites)
        ? withEnvoyDependency(container)
        : container);
    rendered.proxyConfiguration = renderProxyConfiguration(rendered.proxyConfiguration, resolved, appPorts);
    checkContainers(rendered, appName);
    return rendered;
}
/** Envoy (and the X-Ray daemon when enabled) updated where they are, or appended. */
function withSidecars(taskDefinition, options) {
    const containers = taskDefinition.containerDefinitions;
    const taskHasMemory = taskDefinition.memory !== undefined && taskDefinition.memory.trim() !== '';
    const find = (name) => containers.find((container) => container.name === name);
    const envoy = renderEnvoyContainer(find(envoyContainerName), options, taskHasMemory);
    const xray = options.enableXray ? renderXrayContainer(find(xrayContainerName), options) : undefined;
    const result = containers.map((container) => {
        if (container.name === envoyContainerName)
            return envoy;
        if (container.name === xrayContainerName && xray !== undefined)
            return xray;
        return container;
    });
    if (find(envoyContainerName) === undefined)
        result.push(envoy);
    if (xray !== undefined && find(xrayContainerName) === undefined)
        result.push(xray);
    return result;
}
function checkTaskLevelSettings(taskDefinition) {
    if (taskDefinition.networkMode !== 'awsvpc') {
        throw new errors/* InputError */.dz('task-definition', `has networkMode ${taskDefinition.networkMode ? `"${taskDefinition.networkMode}"` : 'unset (bridge)'}, ` +
            'but App Mesh on ECS needs "awsvpc". Set "networkMode": "awsvpc" in the task definition.');
    }
    const fargate = taskDefinition.requiresCompatibilities?.includes('FARGATE') ?? false;
    if (fargate && (!taskDefinition.cpu?.trim() || !taskDefinition.memory?.trim())) {
        throw new errors/* InputError */.dz('task-definition', 'requires FARGATE, which needs task-level "cpu" and "memory". Add them, e.g. "cpu": "512", "memory": "1024".');
    }
}
function containerPortsOf(containers, appName) {
    const app = containers.find((container) => container.name === appName);
    const ports = (app?.portMappings ?? [])
        .map((mapping) => mapping.containerPort)
        .filter((port) => port !== undefined && port > 0);
    if (ports.length === 0) {
        throw new errors/* InputError */.dz('app-ports', `is not set and the app container "${appName}" maps no containerPort. ` +
            'Set app-ports to the ports the app listens on (e.g. 8080), or add portMappings to the container.');
    }
    return [...new Set(ports)];
}
/** What RegisterTaskDefinition would refuse about the containers, caught before any AWS call. */
function checkContainers(taskDefinition, appName) {
    const taskHasMemory = taskDefinition.memory !== undefined && taskDefinition.memory.trim() !== '';
    for (const container of taskDefinition.containerDefinitions) {
        if (!container.image?.trim()) {
            if (container.name === appName) {
                throw new errors/* InputError */.dz('image', `is not set and the app container "${appName}" has no image. Set image.`);
            }
            throw new errors/* InputError */.dz('task-definition', `container "${container.name}" has no image. Give it an "image".`);
        }
        if (!taskHasMemory && container.memory === undefined && container.memoryReservation === undefined) {
            throw new errors/* InputError */.dz('task-definition', `container "${container.name}" sets neither memory nor memoryReservation and the task sets no task-level ` +
                'memory. Add "memoryReservation" (MiB) to the container or "memory" to the task.');
        }
    }
}

;// CONCATENATED MODULE: ./src/taskdef/index.ts











;// CONCATENATED MODULE: ./src/deploy/plan.ts

function buildPlan(settings, currentTaskDefinitionArn, rendered, appContainer) {
    const containers = rendered.containerDefinitions ?? [];
    const imageOf = (name) => containers.find((container) => container.name === name)?.image ?? '';
    return {
        cluster: settings.cluster,
        service: settings.service,
        currentTaskDefinitionArn,
        family: rendered.family ?? '',
        appContainer,
        image: imageOf(appContainer),
        ...(settings.render
            ? {
                envoy: {
                    image: imageOf('envoy'),
                    virtualNode: `mesh/${settings.render.mesh}/virtualNode/${settings.render.virtualNode}`,
                },
            }
            : {}),
        desiredCount: settings.desiredCount,
        waitMinutes: settings.waitForServiceStability ? settings.waitForMinutes : undefined,
    };
}
function describePlan(plan) {
    return [
        `service ${plan.service} in cluster ${plan.cluster} runs ${plan.currentTaskDefinitionArn}`,
        `register a new revision of ${plan.family}: ${plan.appContainer} = ${plan.image}${plan.envoy ? `, envoy = ${plan.envoy.image} as ${plan.envoy.virtualNode}` : ' (no sidecar: the router is not a mesh)'}`,
        `update service ${plan.service} to it${plan.desiredCount === undefined ? '' : ` with ${(0,count/* countOf */.p)(plan.desiredCount, 'task')}`}`,
        plan.waitMinutes === undefined
            ? 'do not wait for the service to become stable'
            : `wait up to ${plan.waitMinutes} min for the service to become stable`,
    ];
}

;// CONCATENATED MODULE: ./src/deploy/deploy.ts





/**
 * Renders the new version for the canary node, registers it (tagged with the deployment id: a rollback
 * undoes only revisions carrying it) and rolls it out to the canary service.
 * Every input is checked and the task definition rendered before the first mutating call.
 */
async function deployCanaryService(settings, deps, options = {}) {
    const { ecs, log } = deps;
    const service = options.known?.service ?? (await ecs.describeService(settings.cluster, settings.service));
    const base = await canaryBase(settings, options.known?.taskDefinition ?? (() => ecs.describeTaskDefinition(service.taskDefinitionArn)));
    const tagged = options.deploymentId
        ? { ...base, tags: (0,services/* withDeploymentTag */.G1)(base.tags, options.deploymentId) }
        : base;
    // In a mesh the Envoy sidecar is rendered for the canary node; elsewhere the task definition goes as given.
    const rendered = settings.render
        ? renderTaskDefinition(tagged, {
            ...settings.render,
            region: deps.region,
            account: settings.meshOwner ?? service.accountId,
        })
        : prepareTaskDefinition(tagged, {
            ...(settings.containerName ? { containerName: settings.containerName } : {}),
            ...(settings.image ? { image: settings.image } : {}),
        });
    const plan = buildPlan(settings, service.taskDefinitionArn, rendered, resolveAppContainer(base, settings.render?.containerName ?? settings.containerName));
    for (const line of describePlan(plan))
        log.info(`${settings.dryRun ? 'plan (dry run)' : 'plan'}: ${line}`);
    const result = {
        plan,
        rendered,
        previousTaskDefinitionArn: service.taskDefinitionArn,
        stable: false,
    };
    if (settings.dryRun)
        return result;
    const registered = await ecs.registerTaskDefinition(rendered);
    log.info(`registered ${registered.taskDefinitionArn}`);
    await ecs.updateService({
        cluster: settings.cluster,
        service: settings.service,
        taskDefinitionArn: registered.taskDefinitionArn,
        desiredCount: settings.desiredCount,
    });
    log.info(`updated service ${settings.service} to ${registered.taskDefinitionArn}`);
    result.taskDefinitionArn = registered.taskDefinitionArn;
    if (settings.waitForServiceStability) {
        log.info(`waiting up to ${settings.waitForMinutes} min for service ${settings.service} to become stable`);
        await ecs.waitForDeployment({
            cluster: settings.cluster,
            service: settings.service,
            taskDefinitionArn: registered.taskDefinitionArn,
            maxWaitMinutes: settings.waitForMinutes,
        });
        result.stable = true;
        log.info(`service ${settings.service} is stable on ${registered.taskDefinitionArn}`);
    }
    return result;
}
/**
 * The task definition the new version is rendered from: the task-definition file, or the revision the canary
 * service runs now. Its family is the one the deploy registers (and the health presets read by).
 */
async function canaryBase(settings, current) {
    if (settings.taskDefinitionFile)
        return readTaskDefinitionFile(settings.taskDefinitionFile);
    return cleanForRegistration(typeof current === 'function' ? await current() : current);
}
async function readTaskDefinitionFile(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        const reason = error.code === 'ENOENT' ? 'no such file' : String(error);
        throw new errors/* InputError */.dz('task-definition', `cannot read "${path}" (${reason}). Give the path of a task definition JSON file.`);
    }
    return parseTaskDefinition(text, 'task-definition');
}

// EXTERNAL MODULE: ./src/orchestrator/document.ts
var orchestrator_document = __webpack_require__(7799);
;// CONCATENATED MODULE: ./src/deploy/execution-document.ts

/**
 * A readable, unique name: route, short sha, UTC time — e.g. serviceB-1a2b3c4-20261122T043512Z. It is also
 * the deployment id (App Mesh client tokens derive from it) and the Step Functions execution name.
 */
function deploymentIdOf(route, sha, now) {
    const time = now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    const shortSha = (sha ?? 'manual').slice(0, 7).replace(/[^A-Za-z0-9]/g, '');
    const routePart = route.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 64 - shortSha.length - time.length - 2);
    return `${routePart}-${shortSha}-${time}`;
}
const promotionPollSeconds = 15;
/** Builds the execution document and validates it with the schema the Lambdas use. */
function buildExecutionDocument(parts) {
    return (0,orchestrator_document/* parseExecutionDocument */.JB)({
        version: orchestrator_document/* documentVersion */.am,
        deploymentId: parts.deploymentId,
        source: parts.source,
        region: parts.region,
        snapshot: parts.snapshot,
        stableService: {
            cluster: parts.stable.cluster,
            service: parts.stable.service,
            previousTaskDefinitionArn: parts.stable.taskDefinitionArn,
        },
        canaryService: parts.canary,
        ...(parts.render ? { render: renderForPromotion(parts.render, parts.account) } : {}),
        steps: parts.plan.steps,
        checkIntervalSeconds: parts.plan.checkIntervalSeconds,
        promotion: parts.plan.promotion,
        promotionPollSeconds,
        promotionTimeoutSeconds: parts.promotionTimeoutSeconds,
        pauseTimeoutSeconds: parts.plan.pauseTimeoutSeconds,
        onPauseTimeout: parts.plan.onPauseTimeout,
        health: parts.health,
    });
}
/** The node and image are the canary's: the document keeps only what promotion re-renders with. */
function renderForPromotion(settings, account) {
    const { mesh: _mesh, virtualNode: _virtualNode, image: _image, ...render } = settings;
    return { account, ...definedOnly(render) };
}
function definedOnly(record) {
    return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

// EXTERNAL MODULE: ./src/deploy/follow.ts
var follow = __webpack_require__(5390);
;// CONCATENATED MODULE: ./src/deploy/service-roles.ts


/** Pure. The canary and the stable must be two services: deploying to the stable one is production directly. */
function checkDistinctServices(canary, stable) {
    if (canary.cluster === stable.cluster && canary.service === stable.service) {
        throw new errors/* InputError */.dz('service', `is the stable service (${stable.service} in cluster ${stable.cluster}): a canary needs its own service. ` +
            'Set service to the ECS service of the canary virtual node and stable-service to the production one.');
    }
}
/**
 * Pure. Each service's current task definition names, through its Envoy, the virtual node it serves: a canary
 * service that serves the stable node (or a stable service that serves the canary node) means the two inputs
 * are swapped or wrong, and the deploy would replace production. Services without an Envoy are not judged.
 */
function checkServiceRoles(canary, stable, nodes) {
    const canaryServes = virtualNodeOf(canary.taskDefinition);
    const stableServes = virtualNodeOf(stable.taskDefinition);
    if (serves(canaryServes, nodes.mesh, nodes.stableNode)) {
        throw new errors/* InputError */.dz('service', `${canary.service} runs the Envoy of the stable virtual node ${nodes.stableNode}: it is the production service. ` +
            `Set service to the service of canary node ${nodes.canaryNode}${stable.service === canary.service ? '' : ` (are service and stable-service swapped? stable-service is ${stable.service})`}.`);
    }
    if (serves(stableServes, nodes.mesh, nodes.canaryNode)) {
        throw new errors/* InputError */.dz('stable-service', `${stable.service} runs the Envoy of the canary virtual node ${nodes.canaryNode}, not of stable node ${nodes.stableNode}. ` +
            'Set stable-service to the service that serves production (are service and stable-service swapped?).');
    }
}
function serves(identity, mesh, node) {
    return identity !== undefined && identity.mesh === mesh && identity.virtualNode === node;
}
/**
 * Pure. Without a mesh, the target groups tell the services apart: the canary service must register its tasks
 * in the canary target group and never in the stable one (traffic for production would reach the new version
 * unchecked), and the stable service in the stable group.
 */
function checkTargetGroupAttachments(canary, stable, groups) {
    const named = (arn) => arn.split('/').at(-2) ?? arn;
    if (canary.state.targetGroupArns.includes(groups.stableTargetGroupArn)) {
        throw new errors/* InputError */.dz('service', `${canary.service} registers its tasks in the stable target group ${named(groups.stableTargetGroupArn)}: production ` +
            'traffic would reach the new version unchecked. Set service to the service of the canary target group ' +
            '(are service and stable-service swapped?).');
    }
    if (!canary.state.targetGroupArns.includes(groups.canaryTargetGroupArn)) {
        throw new errors/* InputError */.dz('service', `${canary.service} is not registered in the canary target group ${named(groups.canaryTargetGroupArn)}: the traffic ` +
            "shifted to that group would find none of its tasks. Attach the service to it (the service's loadBalancers " +
            'or vpcLatticeConfigurations), or set canary-target-group to its group.');
    }
    if (!stable.state.targetGroupArns.includes(groups.stableTargetGroupArn)) {
        throw new errors/* InputError */.dz('stable-service', `${stable.service} is not registered in the stable target group ${named(groups.stableTargetGroupArn)}: a rollback ` +
            'would send the traffic back to tasks that are not this service. Set stable-service to the service of that group.');
    }
}

;// CONCATENATED MODULE: ./src/health/metric-counts.ts


/** Turns the GetMetricData series of one check into counts; a broken or empty series is never a zero. */
function metric_counts_countsFromMetrics(plan, series) {
    const byId = new Map(series.map((one) => [one.id, one]));
    const needed = [metricIds.canaryRequests, metricIds.canaryErrors];
    if (plan.hasStable)
        needed.push(metricIds.stableRequests, metricIds.stableErrors);
    if (plan.latencyToMs !== undefined) {
        needed.push(metricIds.canaryLatencySum, metricIds.canaryLatencyCount);
        if (plan.hasStable)
            needed.push(metricIds.stableLatencySum, metricIds.stableLatencyCount);
    }
    for (const id of needed) {
        const one = byId.get(id);
        if (one && (one.status === 'InternalError' || one.status === 'Forbidden')) {
            const detail = one.messages.length > 0 ? ` (${one.messages.join('; ')})` : '';
            return { ok: false, problem: `CloudWatch answered ${one.status} for ${id}${detail}` };
        }
    }
    const noData = [];
    const role = (requestsId, errorsId) => {
        const requests = byId.get(requestsId);
        const errors = byId.get(errorsId);
        const hasRequests = (requests?.datapoints ?? 0) > 0;
        const hasErrors = (errors?.datapoints ?? 0) > 0;
        if (!hasRequests)
            noData.push(requestsId);
        if (!hasErrors && !(hasRequests && plan.zeroWhenAbsent.includes(errorsId)))
            noData.push(errorsId);
        if (!hasRequests || (!hasErrors && !plan.zeroWhenAbsent.includes(errorsId)))
            return undefined;
        const role = requestsId.replace('_requests', '');
        const meanLatencyMs = meanLatency(plan, byId, role);
        const latency = percentileLatency(plan, byId, role);
        return {
            requests: requests?.sum ?? 0,
            errors: errors?.sum ?? 0,
            ...(meanLatencyMs !== undefined ? { meanLatencyMs } : {}),
            ...(latency ? { latency } : {}),
        };
    };
    const canary = role(metricIds.canaryRequests, metricIds.canaryErrors);
    const stable = plan.hasStable ? role(metricIds.stableRequests, metricIds.stableErrors) : undefined;
    return {
        ok: true,
        canary,
        stable,
        hasStable: plan.hasStable,
        noData,
        ...(plan.percentile ? { latencyRead: true } : {}),
    };
}
/**
 * The window's percentile from one value per period, each period weighed by its requests (the series the plan
 * names, at the same timestamp); undefined without datapoints.
 */
function percentileLatency(plan, byId, role) {
    if (!plan.percentile)
        return undefined;
    const latency = byId.get(`${role}_latency`);
    if (!latency?.points?.length)
        return undefined;
    const weights = new Map(byId.get(plan.percentile.weights(role))?.points ?? []);
    const combined = (0,health_latency/* percentileOverPeriods */.G9)(latency.points.map(([at, value]) => ({ value, samples: weights.get(at) ?? 0 })));
    return combined && { ms: combined.value * plan.percentile.toMs, samples: Math.round(combined.samples) };
}
/** Sum / SampleCount of the response time over the window, in milliseconds; undefined without samples. */
function meanLatency(plan, byId, role) {
    if (plan.latencyToMs === undefined)
        return undefined;
    const sum = byId.get(`${role}_latency_sum`);
    const count = byId.get(`${role}_latency_count`);
    if (!sum?.datapoints || !count?.datapoints || count.sum <= 0)
        return undefined;
    return (sum.sum / count.sum) * plan.latencyToMs;
}

;// CONCATENATED MODULE: ./src/health/significance.ts
/**
 * One-sided tests of "the canary's error rate is more than `margin` above the stable's".
 *
 * H0: p_canary - p_stable <= margin   against   H1: p_canary - p_stable > margin
 * (margin = max-error-rate-increase as a fraction, e.g. 0.5 percentage points -> 0.005).
 *
 * - margin = 0: Fisher's exact test (one-sided, conditional on the total number of errors). Exact at
 *   every size and cheap (a sum over at most `errors` hypergeometric terms), and conservative: it
 *   rather misses a marginal difference than rolls back a healthy canary.
 * - margin > 0, up to EXACT_LIMIT requests in all: exact unconditional test (Chan 1998) on the
 *   Farrington-Manning score statistic. p = sup over the nuisance p_stable of P(Z >= z_observed)
 *   along the boundary p_canary = p_stable + margin; the score statistic's rejection regions satisfy
 *   Barnard's convexity condition, so the supremum over all of H0 lies on that boundary
 *   (Röhmel & Mansmann 1999). Few errors are the normal case for a canary, and there the normal
 *   approximation is far too optimistic (see the tests), hence exact.
 * - margin > 0 beyond EXACT_LIMIT: the Farrington-Manning score test with the normal approximation.
 *   With n * margin large the expected error counts under H0 are large and the approximation holds.
 *
 * The method depends only on the sizes and the margin, never on the error counts, so adding canary
 * errors can only lower the p-value.
 */
/** Above this many requests (canary + stable) the margin test uses the normal approximation. */
const EXACT_LIMIT = 10_000;
function significance_compareErrorRates(counts) {
    const { canaryErrors: x1, canaryRequests: n1, stableErrors: x2, stableRequests: n2, margin } = counts;
    if (n1 <= 0 || n2 <= 0)
        return { pValue: 1, method: margin === 0 ? 'fisher-exact' : 'score-z' };
    if (margin === 0)
        return { pValue: fisherExactGreater(x1, n1, x2, n2), method: 'fisher-exact' };
    if (n1 + n2 <= EXACT_LIMIT) {
        return { pValue: exactUnconditionalGreater(x1, n1, x2, n2, margin), method: 'exact-unconditional' };
    }
    return { pValue: normalSurvival(scoreStatistic(x1, n1, x2, n2, margin)), method: 'score-z' };
}
/**
 * Fisher's exact test, alternative "canary error rate greater": P(A >= x1) for A hypergeometric
 * (N = n1 + n2 requests, K = x1 + x2 errors, n1 drawn), as R's fisher.test(alternative = "greater").
 */
function fisherExactGreater(x1, n1, x2, n2) {
    const total = n1 + n2;
    const errors = x1 + x2;
    const logDenominator = logChoose(total, n1);
    // Past the mode the terms only shrink: stop once they no longer change the sum.
    const mode = Math.floor(((n1 + 1) * (errors + 1)) / (total + 2));
    let p = 0;
    for (let k = x1; k <= Math.min(errors, n1); k++) {
        const term = Math.exp(logChoose(errors, k) + logChoose(total - errors, n1 - k) - logDenominator);
        p += term;
        if (k > mode && term < p * 1e-17)
            break;
    }
    return Math.min(1, p);
}
/**
 * Farrington-Manning score statistic for H0: p1 - p2 = margin, with the variance at the maximum
 * likelihood estimates restricted to H0 (closed form of Farrington & Manning 1990 / Miettinen &
 * Nurminen 1985, without the n/(n-1) correction). With margin 0 it is the pooled two-proportion z.
 */
function scoreStatistic(x1, n1, x2, n2, margin) {
    const difference = x1 / n1 - x2 / n2 - margin;
    const [p1, p2] = restrictedEstimates(x1, n1, x2, n2, margin);
    const variance = (p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2;
    if (!(variance > 1e-300))
        return 0;
    return difference / Math.sqrt(variance);
}
/** Maximum likelihood estimates of (p1, p2) under p1 - p2 = margin. */
function restrictedEstimates(x1, n1, x2, n2, margin) {
    const r1 = x1 / n1;
    const r2 = x2 / n2;
    if (margin === 0) {
        const pooled = (x1 + x2) / (n1 + n2);
        return [pooled, pooled];
    }
    const theta = n2 / n1;
    const a = 1 + theta;
    const b = -(1 + theta + r1 + theta * r2 + margin * (theta + 2));
    const c = margin * margin + margin * (2 * r1 + theta + 1) + r1 + theta * r2;
    const d = -r1 * margin * (1 + margin);
    const v = b ** 3 / (27 * a ** 3) - (b * c) / (6 * a * a) + d / (2 * a);
    const u = Math.sign(v || 1) * Math.sqrt(Math.max(0, (b * b) / (9 * a * a) - c / (3 * a)));
    const w = u === 0 ? Math.PI / 2 : (Math.PI + Math.acos(clamp(v / u ** 3, -1, 1))) / 3;
    const p1 = clamp(2 * u * Math.cos(w) - b / (3 * a), margin, 1);
    return [p1, clamp(p1 - margin, 0, 1 - margin)];
}
/** Exact unconditional p-value of the score statistic (see the module comment). */
function exactUnconditionalGreater(x1, n1, x2, n2, margin) {
    const observed = scoreStatistic(x1, n1, x2, n2, margin);
    const tolerance = 1e-9 * Math.max(1, Math.abs(observed));
    // The statistic grows with x1 and falls with x2, so the tables at least as extreme as the observed
    // one are, for each x1, the x2 from 0 to lastStable[x1], and lastStable never decreases.
    const lastStable = new Int32Array(n1 + 1);
    let k = -1;
    for (let a = 0; a <= n1; a++) {
        while (k < n2 && scoreStatistic(a, n1, k + 1, n2, margin) >= observed - tolerance)
            k++;
        lastStable[a] = k;
    }
    const canary = new BinomialTable(n1);
    const stable = new BinomialTable(n2);
    const rejection = (p2) => {
        canary.fill(Math.min(1, p2 + margin));
        stable.fill(p2);
        let p = 0;
        for (let a = canary.low; a <= canary.high; a++) {
            const last = lastStable[a];
            if (last >= 0)
                p += canary.pmf[a] * stable.cdf(last);
        }
        return p;
    };
    // Searched on the arcsine scale p2 = sin²θ, where the binomial's spread is even: a uniform grid
    // in p2 is too coarse near 0, where canary error rates live, and misses the supremum there.
    return Math.min(1, maximize((theta) => rejection(Math.sin(theta) ** 2), 0, Math.asin(Math.sqrt(1 - margin))));
}
/** Upper tail of the standard normal distribution, 1 - Phi(z). */
function normalSurvival(z) {
    return 0.5 * erfc(z / Math.SQRT2);
}
/** Complementary error function; Chebyshev fit with fractional error below 1.2e-7 everywhere. */
function erfc(x) {
    const z = Math.abs(x);
    const t = 1 / (1 + 0.5 * z);
    const r = t *
        Math.exp(-z * z -
            1.26551223 +
            t *
                (1.00002368 +
                    t *
                        (0.37409196 +
                            t *
                                (0.09678418 +
                                    t *
                                        (-0.18628806 +
                                            t *
                                                (0.27886807 +
                                                    t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
}
/** Grid search refined by golden-section search around the best grid point. */
function maximize(f, low, high, points = 300) {
    const step = (high - low) / (points - 1);
    let best = -1;
    let bestIndex = 0;
    for (let i = 0; i < points; i++) {
        const value = f(low + i * step);
        if (value > best) {
            best = value;
            bestIndex = i;
        }
    }
    let a = Math.max(low, low + (bestIndex - 1) * step);
    let b = Math.min(high, low + (bestIndex + 1) * step);
    const ratio = (Math.sqrt(5) - 1) / 2;
    let c = b - ratio * (b - a);
    let d = a + ratio * (b - a);
    let fc = f(c);
    let fd = f(d);
    for (let i = 0; i < 60 && b - a > 1e-12; i++) {
        if (fc > fd) {
            b = d;
            d = c;
            fd = fc;
            c = b - ratio * (b - a);
            fc = f(c);
        }
        else {
            a = c;
            c = d;
            fc = fd;
            d = a + ratio * (b - a);
            fd = f(d);
        }
    }
    return Math.max(best, fc, fd);
}
/** Probabilities below this fraction of the mode's are left out (their sum is far below 1e-12). */
const negligible = 1e-18;
/**
 * Binomial(n, p) probabilities, refilled for each p into one buffer, computed outward from the mode
 * and only where they matter (low..high): the tails beyond add nothing a p-value could show.
 */
class BinomialTable {
    n;
    pmf;
    sums;
    low = 0;
    high = 0;
    constructor(n) {
        this.n = n;
        this.pmf = new Float64Array(n + 1);
        this.sums = new Float64Array(n + 1);
    }
    fill(p) {
        const { n, pmf } = this;
        if (p <= 0 || p >= 1) {
            this.low = this.high = p <= 0 ? 0 : n;
            pmf[this.low] = 1;
        }
        else {
            const mode = Math.min(n, Math.floor((n + 1) * p));
            const odds = p / (1 - p);
            pmf[mode] = Math.exp(logChoose(n, mode) + mode * Math.log(p) + (n - mode) * Math.log1p(-p));
            const floor = pmf[mode] * negligible;
            let k = mode;
            while (k < n && pmf[k] > floor) {
                pmf[k + 1] = (pmf[k] * (n - k) * odds) / (k + 1);
                k++;
            }
            this.high = k;
            k = mode;
            while (k > 0 && pmf[k] > floor) {
                pmf[k - 1] = (pmf[k] * k) / ((n - k + 1) * odds);
                k--;
            }
            this.low = k;
        }
        let total = 0;
        for (let i = this.low; i <= this.high; i++) {
            total += pmf[i];
            this.sums[i] = total;
        }
    }
    /** P(X <= k). */
    cdf(k) {
        if (k < this.low)
            return 0;
        return this.sums[Math.min(k, this.high)];
    }
}
function logChoose(n, k) {
    return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}
const smallLogFactorials = [0];
for (let n = 1; n <= 256; n++)
    smallLogFactorials.push(smallLogFactorials[n - 1] + Math.log(n));
/** ln(n!) exactly by table up to 256, by Stirling's series (error below 1e-15) beyond. */
function logFactorial(n) {
    if (n <= 256)
        return smallLogFactorials[n];
    const x = n + 1;
    return ((x - 0.5) * Math.log(x) -
        x +
        0.5 * Math.log(2 * Math.PI) +
        1 / (12 * x) -
        1 / (360 * x ** 3) +
        1 / (1260 * x ** 5));
}
function clamp(value, low, high) {
    return Math.min(high, Math.max(low, value));
}

;// CONCATENATED MODULE: ./src/health/policy.ts



const policy_metricLabels = { requests: 'req', errors: '5xx' };
/**
 * The verdict of one count source (CloudWatch metrics or X-Ray) for one window.
 * Order: no data -> source-error verdict; too few canary requests -> INCONCLUSIVE; absolute error
 * rate, latency and the baseline comparison -> FAIL; a required stable baseline missing ->
 * source-error verdict; else PASS. None of the INCONCLUSIVE branches depends on the error count, so
 * more canary errors can never turn a FAIL into a PASS.
 */
function policy_judgeCounts(source, reading, policy, labels = policy_metricLabels, routing = {}) {
    if (!reading.ok)
        return policy_unreadable(source, reading.problem, policy);
    const stable = reading.stable ? numbersOf(reading.stable) : undefined;
    const unserved = unservedCanary(reading.canary, stable, policy, labels, routing);
    if (unserved)
        return { source, ...(stable ? { stable } : {}), ...unserved };
    if (!reading.canary)
        return policy_unreadable(source, `no canary data (${reading.noData.join(', ')} empty)`, policy);
    const canary = numbersOf(reading.canary);
    // At 100% the stable is routed nothing: there is no baseline to compare with (an ALB publishes no zeros).
    const stableRouted = routing.canaryWeightPct === undefined || routing.canaryWeightPct < 100;
    const baselineAsked = policy.maxErrorRateIncreasePct !== undefined && reading.hasStable;
    const baselineWanted = baselineAsked && stableRouted;
    const stableUsable = stable !== undefined && stable.requests >= policy.minRequests;
    const comparison = baselineWanted && stableUsable && canary.requests > 0
        ? compareErrorRates({
            canaryErrors: canary.errors,
            canaryRequests: canary.requests,
            stableErrors: stable.errors,
            stableRequests: stable.requests,
            margin: (policy.maxErrorRateIncreasePct ?? 0) / 100,
        })
        : undefined;
    const latency = reading.latencyRead
        ? judgeLatency(reading.canary.latency, reading.stable?.latency, policy, { asked: reading.hasStable, routed: stableRouted }, labels.requests)
        : undefined;
    const numbers = {
        source,
        canary,
        ...(stable ? { stable } : {}),
        ...pValueOf(comparison),
        ...(latency ? { latency: latency.numbers } : {}),
    };
    const counted = describeCounts(canary, stable, comparison, labels);
    const summary = latency ? `${counted}; ${latency.summary}` : counted;
    if (canary.requests < policy.minRequests) {
        return {
            ...numbers,
            verdict: 'INCONCLUSIVE',
            reason: `${summary} — INCONCLUSIVE: canary below min-requests ${policy.minRequests}`,
        };
    }
    const failures = [];
    if (canary.errorRatePct > policy.maxErrorRatePct)
        failures.push(`above max-error-rate ${formatPct(policy.maxErrorRatePct)}`);
    // max-latency-ms judges the percentile (never the mean), with max-latency-increase.
    failures.push(...(latency?.failures ?? []));
    if (comparison && stable && policy.maxErrorRateIncreasePct !== undefined) {
        const increasePct = canary.errorRatePct - stable.errorRatePct;
        // Identical or better-than-stable canaries never fail here, whatever the p-value's rounding.
        if (increasePct > policy.maxErrorRateIncreasePct && comparison.pValue < policy.significance) {
            failures.push(`more than ${policy.maxErrorRateIncreasePct} pp above stable (${formatP(comparison.pValue)} < ${policy.significance})`);
        }
    }
    if (failures.length > 0)
        return { ...numbers, verdict: 'FAIL', reason: `${summary} — FAIL: ${failures.join(', ')}` };
    if (baselineWanted && !stable) {
        return policy_unreadable(source, `${summary}; no stable data for the baseline (${reading.noData.join(', ')} empty)`, policy, numbers);
    }
    if (latency?.inconclusive)
        return {
            ...numbers,
            verdict: 'INCONCLUSIVE',
            reason: `${summary} — INCONCLUSIVE: ${latency.inconclusive}`,
        };
    const skipped = baselineAsked && !stableRouted
        ? ' (no baseline: the stable is routed no traffic at 100%)'
        : baselineWanted && !stableUsable
            ? ` (baseline skipped: stable below min-requests ${policy.minRequests})`
            : '';
    return { ...numbers, verdict: 'PASS', reason: `${summary} — PASS${skipped}` };
}
/**
 * A canary that answered nothing while the stable's traffic says it should have answered at least
 * min-requests: its tasks are not serving the traffic routed to it (none running, a broken sidecar).
 * That is a failure, not a lack of data.
 */
function unservedCanary(canary, stable, policy, labels, routing) {
    const weight = routing.canaryWeightPct;
    if (weight === undefined || weight <= 0 || weight >= 100 || !stable)
        return undefined;
    if (canary && Math.round(canary.requests) > 0)
        return undefined;
    const expected = (stable.requests * weight) / (100 - weight);
    if (expected < Math.max(1, policy.minRequests))
        return undefined;
    return {
        verdict: 'FAIL',
        reason: `canary answered no ${labels.requests} at ${weight}% while stable answered ${formatCount(stable.requests)} ` +
            `(about ${formatCount(expected)} expected for the canary): the traffic routed to it finds no serving task — FAIL`,
        ...(canary ? { canary: numbersOf(canary) } : {}),
    };
}
/** ALARM fails, INSUFFICIENT_DATA is inconclusive, an alarm gone since the pre-flight is a source error. */
function policy_judgeAlarms(reading, policy) {
    const inAlarm = reading.alarms.filter((alarm) => alarm.state === 'ALARM').map((alarm) => alarm.name);
    const noData = reading.alarms
        .filter((alarm) => alarm.state === 'INSUFFICIENT_DATA')
        .map((alarm) => alarm.name);
    const ok = reading.alarms.length - inAlarm.length - noData.length;
    const alarms = {
        ...(inAlarm.length ? { alarm: inAlarm } : {}),
        ...(noData.length ? { insufficientData: noData } : {}),
        ...(reading.missing.length ? { missing: reading.missing } : {}),
        ok,
    };
    if (inAlarm.length > 0) {
        return {
            source: 'alarms',
            verdict: 'FAIL',
            reason: `${countOf(inAlarm.length, 'alarm')} ${listNames(inAlarm)} in ALARM — FAIL`,
            alarms,
        };
    }
    if (reading.missing.length > 0) {
        return { ...policy_unreadable('alarms', `alarm ${listNames(reading.missing)} not found`, policy), alarms };
    }
    if (noData.length > 0) {
        return {
            source: 'alarms',
            verdict: 'INCONCLUSIVE',
            reason: `${countOf(noData.length, 'alarm')} ${listNames(noData)} in INSUFFICIENT_DATA — INCONCLUSIVE`,
            alarms,
        };
    }
    const names = reading.alarms.map((alarm) => alarm.name);
    return {
        source: 'alarms',
        verdict: 'PASS',
        reason: `${countOf(ok, 'alarm')} ${listNames(names)} OK — PASS`,
        alarms,
    };
}
/** A source that could not be read, or answered without the data it must give: never PASS. */
function policy_unreadable(source, problem, policy, numbers = {}) {
    return {
        ...numbers,
        source,
        verdict: policy.onSourceError,
        reason: `${problem} — ${policy.onSourceError}`,
    };
}
/** All configured sources together: any FAIL fails, then any INCONCLUSIVE, else PASS. */
function policy_combineVerdicts(sources) {
    for (const verdict of ['FAIL', 'INCONCLUSIVE']) {
        const matching = sources.filter((source) => source.verdict === verdict);
        if (matching.length > 0)
            return { verdict, reason: matching.map((source) => `${source.source}: ${source.reason}`).join('; ') };
    }
    return {
        verdict: 'PASS',
        reason: sources.map((source) => `${source.source}: ${source.reason}`).join('; '),
    };
}
const noCounters = { failuresSinceLastPass: 0, inconclusiveSinceLastPass: 0 };
/**
 * Applies failure-limit and inconclusive-limit to one check's verdict, given the counters carried
 * from the previous checks. Pure, so a state machine can carry the counters between invocations.
 */
function applyLimits(previous, check, limits) {
    if (check === 'PASS')
        return { verdict: 'PASS', reason: 'check passed', counters: { ...noCounters } };
    if (check === 'FAIL') {
        const counters = { ...previous, failuresSinceLastPass: previous.failuresSinceLastPass + 1 };
        const count = counters.failuresSinceLastPass;
        if (count >= limits.failureLimit) {
            return {
                verdict: 'FAIL',
                reason: `${countOf(count, 'failed check')} since the last pass reached failure-limit ${limits.failureLimit}`,
                counters,
            };
        }
        return {
            verdict: 'INCONCLUSIVE',
            reason: `failed check ${count} of failure-limit ${limits.failureLimit}: not rolling back yet`,
            counters,
        };
    }
    const counters = { ...previous, inconclusiveSinceLastPass: previous.inconclusiveSinceLastPass + 1 };
    const count = counters.inconclusiveSinceLastPass;
    if (limits.inconclusiveLimit > 0 && count >= limits.inconclusiveLimit) {
        return {
            verdict: 'FAIL',
            reason: `${countOf(count, 'inconclusive check')} since the last pass reached inconclusive-limit ${limits.inconclusiveLimit}`,
            counters,
        };
    }
    const limit = limits.inconclusiveLimit > 0 ? ` of inconclusive-limit ${limits.inconclusiveLimit}` : '';
    return { verdict: 'INCONCLUSIVE', reason: `inconclusive check ${count}${limit}`, counters };
}
function policy_thresholdsOf(policy) {
    return {
        maxErrorRatePct: policy.maxErrorRatePct,
        minRequests: policy.minRequests,
        ...(policy.maxLatencyMs !== undefined ? { maxLatencyMs: policy.maxLatencyMs } : {}),
        ...(policy.latencyPercentile ? { latencyPercentile: policy.latencyPercentile } : {}),
        ...(policy.maxLatencyIncrease ? { maxLatencyIncrease: policy.maxLatencyIncrease } : {}),
        ...(policy.maxErrorRateIncreasePct !== undefined
            ? { maxErrorRateIncreasePct: policy.maxErrorRateIncreasePct, significance: policy.significance }
            : {}),
    };
}
function numbersOf(counts) {
    // Counts are whole requests; an error series that outruns its request series is capped at 100%.
    const requests = Math.max(0, Math.round(counts.requests));
    const errors = Math.min(requests, Math.max(0, Math.round(counts.errors)));
    return {
        requests,
        errors,
        errorRatePct: requests > 0 ? (errors / requests) * 100 : 0,
        ...(counts.meanLatencyMs !== undefined ? { meanLatencyMs: Math.round(counts.meanLatencyMs) } : {}),
    };
}
function pValueOf(comparison) {
    return comparison ? { pValue: comparison.pValue, test: comparison.method } : {};
}
/** "canary 4.8% 5xx (2,013 req) vs stable 0.2% (6,022 req), p<0.001" */
function describeCounts(canary, stable, comparison, labels) {
    let text = `canary ${formatPct(canary.errorRatePct)} ${labels.errors} (${formatCount(canary.requests)} ${labels.requests})`;
    if (canary.meanLatencyMs !== undefined)
        text += `, mean ${formatCount(canary.meanLatencyMs)} ms`;
    if (stable)
        text += ` vs stable ${formatPct(stable.errorRatePct)} (${formatCount(stable.requests)} ${labels.requests})`;
    if (comparison)
        text += `, ${formatP(comparison.pValue)}`;
    return text;
}
const counting = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
function formatCount(value) {
    return counting.format(value);
}
function formatPct(value) {
    if (value === 0)
        return '0%';
    const text = value >= 1 ? value.toFixed(1) : value >= 0.1 ? value.toFixed(2) : value.toPrecision(2);
    return `${Number(text)}%`;
}
function formatP(value) {
    if (value < 0.001)
        return 'p<0.001';
    return `p=${Number(value < 0.01 ? value.toFixed(3) : value.toFixed(2))}`;
}
function listNames(names) {
    const shown = names.slice(0, 3).join(', ');
    return names.length > 3 ? `${shown} and ${names.length - 3} more` : shown;
}

;// CONCATENATED MODULE: ./src/health/check.ts





/**
 * The window ends at the last whole period before `now` (the current period is still filling) and
 * spans the window rounded up to whole periods.
 */
function checkWindow(now, windowSeconds, periodSeconds) {
    const periodMs = periodSeconds * 1000;
    const end = Math.floor(now.getTime() / periodMs) * periodMs;
    const span = Math.ceil(windowSeconds / periodSeconds) * periodMs;
    return { start: new Date(end - span), end: new Date(end) };
}
/** Whether any source reads a window (metrics, X-Ray); alarms carry their own evaluation period. */
function hasWindowedSources(settings) {
    return settings.metrics !== undefined || settings.xray !== undefined;
}
/**
 * One health check: reads every configured source for the window (in parallel; one DescribeAlarms,
 * one GetMetricData and one or two GetTimeSeriesServiceStatistics calls) and combines the verdicts.
 * A source that fails is judged by the policy's on-source-error, never PASS.
 */
async function runHealthCheck(settings, readers, options = {}) {
    const window = options.window === undefined
        ? checkWindow(options.now ?? new Date(), settings.windowSeconds, settings.periodSeconds)
        : options.window;
    const checks = [];
    const routing = options.routing ?? {};
    if (settings.alarmNames.length > 0)
        checks.push(checkAlarms(settings, readers));
    if (window && settings.metrics)
        checks.push(checkMetrics(settings, readers, window, routing));
    if (window && settings.xray)
        checks.push(checkXRay(settings, settings.xray, readers, window, routing));
    const sources = await Promise.all(checks);
    return {
        ...combineVerdicts(sources),
        ...(window ? { window: { start: window.start.toISOString(), end: window.end.toISOString() } } : {}),
        thresholds: thresholdsOf(settings.policy),
        sources,
    };
}
async function checkAlarms(settings, readers) {
    try {
        return judgeAlarms(await readers.alarms(settings.alarmNames), settings.policy);
    }
    catch (error) {
        return unreadable('alarms', messageOf(error), settings.policy);
    }
}
async function checkMetrics(settings, readers, window, routing) {
    try {
        const plan = metricPlan(settings.metrics, settings.periodSeconds, settings.policy.latencyPercentile);
        const reading = countsFromMetrics(plan, await readers.metrics(plan.queries, window));
        return judgeCounts('metrics', reading, settings.policy, metricLabels, routing);
    }
    catch (error) {
        return unreadable('metrics', messageOf(error), settings.policy);
    }
}
async function checkXRay(settings, xray, readers, window, routing) {
    const labels = { requests: 'traces', errors: xray.countClientErrors ? '4xx/5xx' : '5xx' };
    try {
        const [canary, stable] = await Promise.all([
            readers.xray(xray.canaryService, window),
            xray.stableService ? readers.xray(xray.stableService, window) : undefined,
        ]);
        const reading = xrayReading(xray, canary, stable, settings.policy.latencyPercentile);
        return judgeCounts('xray', reading, settings.policy, labels, routing);
    }
    catch (error) {
        return unreadable('xray', messageOf(error), settings.policy);
    }
}
function xrayReading(xray, canary, stable, percentile) {
    const counts = (statistics) => {
        const latency = percentile
            ? percentileOfHistogram(statistics.histogram ?? [], quantileOf(percentile))
            : undefined;
        return {
            requests: statistics.total,
            errors: statistics.faults + (xray.countClientErrors ? statistics.clientErrors : 0),
            ...(statistics.total > 0
                ? { meanLatencyMs: (statistics.totalResponseTimeSeconds / statistics.total) * 1000 }
                : {}),
            ...(latency ? { latency } : {}),
        };
    };
    const noData = [
        ...(canary ? [] : [`X-Ray service ${xray.canaryService}`]),
        ...(xray.stableService && !stable ? [`X-Ray service ${xray.stableService}`] : []),
    ];
    return {
        ok: true,
        ...(canary ? { canary: counts(canary) } : {}),
        ...(stable ? { stable: counts(stable) } : {}),
        hasStable: xray.stableService !== undefined,
        noData,
        ...(percentile ? { latencyRead: true } : {}),
    };
}
/**
 * Pre-flight, read-only: every named alarm exists, and each source answers one read for the last
 * window without an API error (access, a bad metric expression). Throws InputError or AwsCallError;
 * call it before the first change so a broken health configuration stops the deploy early.
 * Empty data is not an error here: the canary has no traffic yet.
 */
async function validateHealthSources(settings, readers, options = {}) {
    const window = checkWindow(options.now ?? new Date(), settings.windowSeconds, settings.periodSeconds);
    const [alarms] = await Promise.all([
        settings.alarmNames.length > 0 ? preflightAlarms(settings.alarmNames, readers) : [],
        settings.metrics ? preflightMetrics(settings, readers, window) : undefined,
        settings.xray ? preflightXRay(settings.xray, readers, window) : undefined,
    ]);
    return { alarms };
}
/** Every named alarm exists: a misspelt one is an input error, never an INCONCLUSIVE check. */
async function preflightAlarms(names, readers) {
    const reading = await readers.alarms(names);
    if (reading.missing.length > 0) {
        const quoted = reading.missing.map((name) => `"${name}"`).join(', ');
        throw new errors/* InputError */.dz('alarm-names', `no CloudWatch alarm named ${quoted} in this account and region. Alarm names are case-sensitive: fix the name or create the alarm.`);
    }
    return reading.alarms;
}
async function preflightMetrics(settings, readers, window) {
    const plan = metric_presets_metricPlan(settings.metrics, settings.periodSeconds, settings.policy.latencyPercentile);
    const reading = metric_counts_countsFromMetrics(plan, await readers.metrics(plan.queries, window));
    if (!reading.ok) {
        const input = settings.metrics.preset === 'custom' ? 'metric-queries' : 'metrics-preset';
        throw new errors/* InputError */.dz(input, `${reading.problem}. Check the queries and the permission cloudwatch:GetMetricData.`);
    }
}
async function preflightXRay(xray, readers, window) {
    await Promise.all([
        readers.xray(xray.canaryService, window),
        xray.stableService && readers.xray(xray.stableService, window),
    ]);
}

// EXTERNAL MODULE: ./src/orchestrator/errors.ts
var orchestrator_errors = __webpack_require__(5345);
// EXTERNAL MODULE: ./src/pace.ts
var pace = __webpack_require__(1340);
// EXTERNAL MODULE: ./src/report/canary-summary.ts + 2 modules
var canary_summary = __webpack_require__(5473);
// EXTERNAL MODULE: ./src/report/duration.ts
var duration = __webpack_require__(6132);
// EXTERNAL MODULE: ./src/routing/app-mesh/index.ts
var app_mesh = __webpack_require__(3052);
// EXTERNAL MODULE: ./src/routing/engine.ts + 19 modules
var engine = __webpack_require__(3393);
// EXTERNAL MODULE: ./src/routing/errors.ts
var routing_errors = __webpack_require__(2843);
// EXTERNAL MODULE: ./src/routing/router-settings.ts + 1 modules
var router_settings = __webpack_require__(4822);
// EXTERNAL MODULE: ./src/modes/executions.ts
var executions = __webpack_require__(593);
;// CONCATENATED MODULE: ./src/modes/state-machine.ts

/** The state machine runs where the mode runs: an ARN of another region is a wrong input, named as such. */
function checkStateMachineRegion(stateMachineArn, region) {
    const arnRegion = stateMachineArn.split(':')[3];
    if (arnRegion !== region) {
        throw new errors/* InputError */.dz('state-machine-arn', `is in region ${arnRegion}, but this run is in ${region}: deploy the orchestrator in ${region} and use its ` +
            'StateMachineArn, or set region to the one of the state machine.');
    }
}

;// CONCATENATED MODULE: ./src/modes/deploy.ts
























/**
 * `deploy`: every input is checked, then the read-only pre-flight (the state machine, the lock, routes,
 * nodes, canary at 0, both services and their roles, health sources), then the canary service gets the new
 * version, then the state machine takes over.
 */
async function runDeployMode(read, deps, source) {
    const preflight = await preflightDeploy(read, deps, source);
    const base = {
        dryRun: preflight.deploy.dryRun,
        deploymentId: preflight.deploymentId,
        entries: [],
        routeLabel: preflight.routeLabel,
    };
    if (preflight.deploy.dryRun) {
        const ecs = await deployCanaryService(canaryDeployOf(preflight), deps, { known: knownCanary(preflight) });
        deps.log.info(`plan (dry run): then run ${preflight.plan.steps.map((step) => `${step.weight}%`).join(' → ')} on the canary`);
        return { ...base, ecs };
    }
    const ecs = await rollOutCanary(preflight, deps);
    const started = await startCanary(preflight, ecs, deps, source);
    const executionUrl = (0,canary_summary/* consoleUrlOf */.U2)(started.executionArn);
    deps.log.info(`started execution ${started.executionArn}`);
    deps.log.info(`console: ${executionUrl}`);
    const result = {
        ...base,
        ecs,
        executionArn: started.executionArn,
        executionUrl,
        status: 'RUNNING',
    };
    if (!preflight.plan.waitForCompletion)
        return result;
    const followed = await (0,follow/* followExecution */.a)(deps.executions, started.executionArn, {
        log: deps.log,
        pollSeconds: (0,pace/* historyPollSeconds */.xd)(preflight.plan.checkIntervalSeconds),
        maxSeconds: preflight.deploy.waitForMinutes * 60,
        sleep: deps.sleep,
        now: () => deps.now().getTime(),
        stopAtPause: true,
    });
    return {
        ...result,
        status: followed.status,
        entries: followed.entries,
        finalWeights: await preflight.router.describe(),
    };
}
/** Reads only: every refusal happens here, before the first write. */
async function preflightDeploy(read, deps, source) {
    const routing = (0,router_settings/* routerSettings */.XV)(read);
    const deploy = deploySettings(read, routing.router === 'app-mesh');
    // A dry run checks what the deploy would: the state machine, its lock and whether the plan fits it.
    const plan = canaryPlanSettings(read, { requireStateMachine: true });
    const stable = stableServiceSettings(read);
    if (!deploy.waitForServiceStability && !deploy.dryRun) {
        throw new errors/* InputError */.dz('wait-for-service-stability', 'must be true: traffic moves to the canary only once its service is stable on the new version.');
    }
    checkDistinctServices(deploy, stable);
    if (plan.stateMachineArn)
        checkStateMachineRegion(plan.stateMachineArn, deps.region);
    // Checked now, before any call; read again once the families and target groups are known.
    healthFor(read, plan.checkIntervalSeconds, {
        canaryTaskDefinitionFamily: 'canary-family',
        stableTaskDefinitionFamily: 'stable-family',
        ...placeholderTargetGroups(routing),
    });
    if (plan.stateMachineArn)
        await checkStateMachineFits(plan, plan.stateMachineArn, deploy.waitForMinutes * 60, deps);
    const routeLabel = routeLabelOf(routing);
    const deploymentId = deploymentIdOf(routeLabel, source.sha, deps.now());
    const router = (0,engine/* routerFromSettings */.pM)(routing, deps, { deploymentId, log: deps.log });
    // Read first without requiring the canary at 0, so a running canary is named as such.
    const snapshot = await router.current();
    if (plan.stateMachineArn)
        await refuseWhileRunning(plan.stateMachineArn, snapshot, deps);
    await checkCanaryAtZeroNamed(snapshot, router);
    deps.log.info(`pre-flight: ${(0,engine/* resourceLabelsOf */.vc)(snapshot).join(', ')}: canary at 0, no canary running`);
    const stableState = await deps.ecs.describeService(stable.cluster, stable.service);
    const canaryState = await deps.ecs.describeService(deploy.cluster, deploy.service);
    const [stableTaskDefinition, canaryTaskDefinition] = [
        await deps.ecs.describeTaskDefinition(stableState.taskDefinitionArn),
        await deps.ecs.describeTaskDefinition(canaryState.taskDefinitionArn),
    ];
    const canaryRef = { ...deploy, taskDefinition: canaryTaskDefinition };
    const stableRef = { ...stable, taskDefinition: stableTaskDefinition };
    if (snapshot.router === 'app-mesh')
        checkServiceRoles(canaryRef, stableRef, snapshot);
    else
        checkTargetGroupAttachments({ ...canaryRef, state: canaryState }, { ...stableRef, state: stableState }, snapshot);
    if (stableState.desiredCount === 0 || stableState.runningCount === 0) {
        throw new routing_errors/* PreflightError */.wG(`stable service ${stable.service} has ${(0,count/* tasksOf */.a)(stableState)}: ` +
            'it must serve production before a canary starts (a rollback returns all traffic to it).');
    }
    // The canary's metrics are those of the family this deploy registers, not the one it ran before.
    const registeredFamily = (await canaryBase(deploy, canaryTaskDefinition)).family;
    const health = healthFor(read, plan.checkIntervalSeconds, {
        canaryTaskDefinitionFamily: registeredFamily,
        stableTaskDefinitionFamily: (0,orchestrator_document/* familyOf */.Ap)(stableState.taskDefinitionArn),
        ...(snapshot.router === 'app-mesh'
            ? {}
            : {
                canaryTargetGroupArn: snapshot.canaryTargetGroupArn,
                stableTargetGroupArn: snapshot.stableTargetGroupArn,
            }),
    });
    await validateHealthSources(health, deps.health, { now: deps.now() });
    return {
        deploy,
        routing,
        plan,
        stable: { ...stable, state: stableState },
        canary: {
            state: canaryState,
            taskDefinition: canaryTaskDefinition,
            // A canary service left at 0 by the previous canary must carry full traffic at 100%.
            desiredCount: deploy.desiredCount ??
                (canaryState.desiredCount > 0 ? canaryState.desiredCount : stableState.desiredCount),
        },
        router,
        snapshot,
        health,
        deploymentId,
        routeLabel,
    };
}
/** The canary's new version: created node (when asked), registered, rolled out, stable. */
async function rollOutCanary(preflight, deps) {
    const { routing, router } = preflight;
    if (routing.router === 'app-mesh' && routing.createCanaryNode && router instanceof app_mesh/* AppMeshRouter */.Cg) {
        const { created } = await router.ensureCanaryNode();
        if (created)
            deps.log.info(`created virtual node ${routing.canaryNode} from ${routing.stableNode}`);
    }
    return deployCanaryService(canaryDeployOf(preflight), deps, {
        deploymentId: preflight.deploymentId,
        known: knownCanary(preflight),
    });
}
/**
 * Starts the state machine. The lock is read once more first: a deploy that raced this one through its
 * pre-flight and started first owns the route (its checks see the canary service changed and roll back).
 */
async function startCanary(preflight, ecs, deps, source) {
    const stateMachineArn = preflight.plan.stateMachineArn;
    await refuseWhileRunning(stateMachineArn, preflight.snapshot, deps, ecs.taskDefinitionArn);
    const { deploy, stable, canary } = preflight;
    const document = buildExecutionDocument({
        deploymentId: preflight.deploymentId,
        source,
        region: deps.region,
        snapshot: preflight.snapshot,
        account: deploy.meshOwner ?? canary.state.accountId,
        render: deploy.render,
        stable: {
            cluster: stable.cluster,
            service: stable.service,
            taskDefinitionArn: stable.state.taskDefinitionArn,
        },
        canary: {
            cluster: deploy.cluster,
            service: deploy.service,
            previousTaskDefinitionArn: canary.state.taskDefinitionArn,
            newTaskDefinitionArn: ecs.taskDefinitionArn,
            desiredCount: canary.desiredCount,
        },
        plan: preflight.plan,
        health: preflight.health,
        promotionTimeoutSeconds: deploy.waitForMinutes * 60,
    });
    return deps.executions.start(stateMachineArn, preflight.deploymentId, { document });
}
function knownCanary(preflight) {
    return { service: preflight.canary.state, taskDefinition: preflight.canary.taskDefinition };
}
function canaryDeployOf(preflight) {
    return { ...preflight.deploy, desiredCount: preflight.canary.desiredCount };
}
/** The ARN names its region; a state machine elsewhere cannot be reached with this region's clients. */
/**
 * The state machine exists here, can run this plan's pauses, and lets an execution live as long as the plan
 * may take: an execution that times out mid-canary is rolled back by the guard, after a wasted bake.
 */
async function checkStateMachineFits(plan, stateMachineArn, promotionSeconds, deps) {
    const machine = await deps.executions.describeStateMachine(stateMachineArn);
    if (!machine.exists) {
        throw new errors/* InputError */.dz('state-machine-arn', `no state machine ${stateMachineArn} in this account and region: use the StateMachineArn output of the ` +
            'orchestrator stack (infra/), deployed in this region.');
    }
    const pauses = plan.steps.filter((step) => step.pause).length;
    if (pauses > 0 && machine.states && !machine.states.includes('Hold')) {
        throw new errors/* InputError */.dz('steps', `has a pause, but state machine ${stateMachineArn} has no Hold state (an orchestrator stack from before pause steps): update the stack (infra/), or remove pause from steps.`);
    }
    if (machine.timeoutSeconds === undefined)
        return;
    const planSeconds = longestPlanSeconds(plan, pauses, promotionSeconds);
    if (planSeconds <= machine.timeoutSeconds)
        return;
    const input = pauses > 0 ? 'pause-timeout' : 'bake-time';
    throw new errors/* InputError */.dz(input, `the canary may take ${(0,duration/* durationText */.S)(planSeconds * 1000)} (bakes${pauses > 0 ? `, ${pauses} pause${pauses > 1 ? 's' : ''} to their timeout` : ''} and promotion), longer than state machine ${stateMachineArn} lets an execution run (${(0,duration/* durationText */.S)(machine.timeoutSeconds * 1000)}): shorten ${input}, or deploy the orchestrator with a longer executionTimeout (infra/, context executionTimeout).`);
}
/** Bakes (each may extend while it waits for its first own period), pauses to their timeout, promotion. */
function longestPlanSeconds(plan, pauses, promotionSeconds) {
    const bakes = plan.steps.reduce((total, step) => total + step.bakeSeconds + 2 * plan.checkIntervalSeconds + 120, 0);
    return bakes + pauses * plan.pauseTimeoutSeconds + promotionSeconds;
}
/**
 * A new canary starts from 0. A VPC Lattice forward holds target group IDs: the refusal names every group
 * as a person knows it, read only then (one GetTargetGroup each).
 */
async function checkCanaryAtZeroNamed(snapshot, router) {
    try {
        (0,engine/* checkCanaryAtZero */.A5)(snapshot);
    }
    catch (error) {
        if (!(error instanceof routing_errors/* CanaryGroupNotAtZeroError */.cP) || snapshot.router !== 'vpc-lattice')
            throw error;
        const [read] = await router.describe();
        const groups = (read?.targets ?? []).map((target) => ({ id: target.target, weight: target.weight }));
        throw new routing_errors/* CanaryGroupNotAtZeroError */.cP(error.resource, snapshot.names.canaryTargetGroup, groups);
    }
}
/** One canary per route, any phase: refuses while an execution of the state machine runs on these routes. */
async function refuseWhileRunning(stateMachineArn, snapshot, deps, alreadyRolledOut) {
    const running = await (0,executions/* runningCanaryOn */.n)(deps.executions, stateMachineArn, snapshot);
    if (!running)
        return;
    const { details, document } = running;
    const changed = alreadyRolledOut
        ? `It started while this deploy rolled out its service: the canary service now runs ${alreadyRolledOut} and ` +
            'gets no traffic from this deploy; the running canary sees its service changed and rolls back.'
        : 'This deploy changed nothing.';
    throw new orchestrator_errors/* CanaryAlreadyRunningError */._4(`execution ${details.executionArn} (deployment ${document.deploymentId}, started ${details.startDate.toISOString()}) ` +
        `is running a canary on ${(0,engine/* resourceLabelsOf */.vc)(snapshot).join(', ')}. ${changed} Wait for it to end, or roll it back ` +
        '(mode: rollback), then deploy again.');
}
/** Health settings; the window defaults to the check interval (at least one metric period). */
function healthFor(read, checkIntervalSeconds, known) {
    const settings = healthSettings(read, known);
    if ((0,inputs/* optionalString */.sx)(read, 'window') !== undefined)
        return settings;
    const periods = Math.max(1, Math.ceil(checkIntervalSeconds / settings.periodSeconds));
    return { ...settings, windowSeconds: periods * settings.periodSeconds };
}
/** A short name of what is shifted, for the deployment id: the routes, the router, the rule or listener. */
function routeLabelOf(routing) {
    const last = (text) => text.split('/').at(-1) ?? text;
    switch (routing.router) {
        case 'app-mesh':
            return routing.routes.length > 0 ? routing.routes.join('+') : routing.virtualRouter;
        case 'vpc-lattice':
            return last(routing.rule ?? routing.listener);
        case 'alb':
            return `alb-${last(routing.ruleArn ?? routing.listenerArn).slice(0, 12)}`;
    }
}


/***/ })

};
