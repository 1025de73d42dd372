export const id = 718;
export const ids = [718];
export const modules = {

/***/ 9138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gr: () => (/* binding */ healthSettings)
/* harmony export */ });
/* unused harmony exports metricsPresets, highResolutionPeriods, healthPolicy, parseMetricQueries */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2857);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _health_sources_metric_presets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7074);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4389);
/* harmony import */ var _target_group_health_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5478);





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
    const alarmNames = [...new Set((0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(read, 'alarm-names'))];
    const metrics = metricsSource(read, known);
    if (metrics && periodSeconds < 60 && standardResolutionPresets.includes(metrics.preset)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('metrics-period', `is ${periodSeconds} s, but ${metrics.preset} reads metrics AWS publishes every 60 seconds: use 60 or more.`);
    }
    const xray = xraySource(read, metrics);
    const policy = healthPolicy(read);
    if (alarmNames.length === 0 && !metrics && !xray) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('alarm-names', 'no health source is configured: set alarm-names, metrics-preset or xray: true. A canary judged by nothing would be promoted blind.');
    }
    if (policy.maxLatencyMs !== undefined && !xray && !metricsGiveLatency(metrics)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('max-latency-ms', 'needs a response time: xray: true, or metrics-preset lattice-target-group or alb-target-group.');
    }
    const baselineSources = [metrics && hasStableMetrics(metrics), xray?.stableService !== undefined];
    if (policy.maxErrorRateIncreasePct !== undefined && !baselineSources.some(Boolean)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('max-error-rate-increase', 'needs a stable baseline: set stable-task-definition-family (envoy-container-insights), stable-node ' +
            '(envoy-appmesh-extension, or X-Ray), stable-target-group (lattice-target-group, alb-target-group), ' +
            'stable_requests/stable_errors (custom) or xray-stable-service.');
    }
    return {
        windowSeconds: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .duration */ .p0)(read, 'window', '5m', { min: 10, max: 6 * 3600 }),
        periodSeconds,
        publishDelaySeconds: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .duration */ .p0)(read, 'metrics-delay', periodSeconds < 60 ? '10s' : '60s', {
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
    const periodSeconds = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .integer */ .nd)(read, 'metrics-period', 60, { min: 1, max: 3600 });
    if (periodSeconds % 60 !== 0 && !highResolutionPeriods.includes(periodSeconds)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('metrics-period', `must be 1, 5, 10 or 30 seconds (high-resolution metrics) or a multiple of 60; got ${periodSeconds}.`);
    }
    return periodSeconds;
}
function healthPolicy(read) {
    const maxLatencyMs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalInteger */ .$H)(read, 'max-latency-ms', { min: 1 });
    const maxErrorRateIncreasePct = optionalDecimal(read, 'max-error-rate-increase', { min: 0, max: 100 });
    return {
        maxErrorRatePct: optionalDecimal(read, 'max-error-rate', { min: 0, max: 100 }) ?? 1,
        ...(maxLatencyMs !== undefined ? { maxLatencyMs } : {}),
        minRequests: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .integer */ .nd)(read, 'min-requests', 50, { min: 1 }),
        ...(maxErrorRateIncreasePct !== undefined ? { maxErrorRateIncreasePct } : {}),
        significance: optionalDecimal(read, 'baseline-significance', { min: 0.0001, max: 0.5 }) ?? 0.05,
        failureLimit: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .integer */ .nd)(read, 'failure-limit', 1, { min: 1, max: 100 }),
        inconclusiveLimit: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .integer */ .nd)(read, 'inconclusive-limit', 5, { min: 0, max: 1000 }),
        onSourceError: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .oneOf */ .yL)(read, 'on-source-error', ['inconclusive', 'fail'], 'inconclusive') === 'fail'
            ? 'FAIL'
            : 'INCONCLUSIVE',
    };
}
function metricsSource(read, known) {
    const preset = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .oneOf */ .yL)(read, 'metrics-preset', metricsPresets, 'none');
    if (preset !== 'custom' && (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalString */ .sx)(read, 'metric-queries') !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('metric-queries', `is read only with metrics-preset: custom (metrics-preset is ${preset}).`);
    }
    switch (preset) {
        case 'none':
            return undefined;
        case 'custom':
            return {
                preset,
                queries: parseMetricQueries((0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .requiredString */ .Fk)(read, 'metric-queries', 'Give MetricDataQueries JSON.')),
            };
        case 'envoy-container-insights':
            return containerInsightsSource(read, known);
        case 'lattice-target-group':
            return (0,_target_group_health_js__WEBPACK_IMPORTED_MODULE_3__/* .latticeTargetGroupSource */ .EA)(read, known);
        case 'alb-target-group':
            return (0,_target_group_health_js__WEBPACK_IMPORTED_MODULE_3__/* .albTargetGroupSource */ .vM)(read, known);
        case 'envoy-appmesh-extension': {
            const stableNode = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalString */ .sx)(read, 'stable-node');
            return {
                preset,
                namespace: searchSafe('metrics-namespace', (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .requiredString */ .Fk)(read, 'metrics-namespace', 'Set it to the namespace your CloudWatch agent publishes the App Mesh metrics extension to.')),
                namePrefix: searchSafe('metrics-name-prefix', (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .stringWithDefault */ .v7)(read, 'metrics-name-prefix', 'envoy_appmesh_')),
                mesh: searchSafe('mesh', (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .requiredString */ .Fk)(read, 'mesh', 'Set it to the App Mesh mesh name.')),
                canaryNode: searchSafe('canary-node', (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .requiredString */ .Fk)(read, 'canary-node', 'Set it to the virtual node of the canary.')),
                ...(stableNode ? { stableNode: searchSafe('stable-node', stableNode) } : {}),
            };
        }
    }
}
function containerInsightsSource(read, known) {
    const cluster = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .requiredString */ .Fk)(read, 'cluster', 'Set it to the ECS cluster of the canary service (the ClusterName dimension).');
    const canaryFamily = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalString */ .sx)(read, 'canary-task-definition-family') ?? known.canaryTaskDefinitionFamily;
    if (!canaryFamily) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('canary-task-definition-family', 'is required by metrics-preset envoy-container-insights: the canary task definition family.');
    }
    const stableFamily = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalString */ .sx)(read, 'stable-task-definition-family') ?? known.stableTaskDefinitionFamily;
    const stableCluster = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalString */ .sx)(read, 'stable-cluster') ?? cluster;
    if (stableFamily === canaryFamily && stableCluster === cluster) {
        const given = ['stable-task-definition-family', 'canary-task-definition-family'].find((input) => (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalString */ .sx)(read, input) !== undefined);
        // Families the deploy found itself come from the task definition it registers, and the stable service's.
        throw given
            ? new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(given, `makes canary and stable one family ("${canaryFamily}" in cluster ${cluster}): Container Insights tells the two ` +
                'apart only by ClusterName and TaskDefinitionFamily. Give each its own family, or use another metrics-preset.')
            : new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('task-definition', `registers family ${canaryFamily}, the stable service's family too: envoy-container-insights tells canary from ` +
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
            return metrics.queries.some((query) => query.Id === _health_sources_metric_presets_js__WEBPACK_IMPORTED_MODULE_1__/* .metricIds */ .HL.stableRequests);
    }
}
/** The target group presets read the response time too. */
function metricsGiveLatency(metrics) {
    return metrics?.preset === 'lattice-target-group' || metrics?.preset === 'alb-target-group';
}
/**
 * X-Ray reads the canary; it also reads the stable when asked to (xray-stable-service), or by default
 * when no metrics source already gives the stable baseline: one call fewer per check.
 */
function xraySource(read, metrics) {
    if (!(0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zM)(read, 'xray', false))
        return undefined;
    const mesh = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalString */ .sx)(read, 'mesh');
    const canaryNode = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalString */ .sx)(read, 'canary-node');
    const stableNode = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalString */ .sx)(read, 'stable-node');
    const canaryService = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalString */ .sx)(read, 'xray-canary-service') ?? (mesh && canaryNode ? `${mesh}/${canaryNode}` : undefined);
    if (!canaryService) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('xray-canary-service', 'is required with xray: true unless mesh and canary-node are set (Envoy names its segments mesh/virtualNode).');
    }
    const baselineFromMetrics = metrics !== undefined && hasStableMetrics(metrics);
    const stableService = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalString */ .sx)(read, 'xray-stable-service') ??
        (!baselineFromMetrics && mesh && stableNode ? `${mesh}/${stableNode}` : undefined);
    return {
        canaryService: selectorSafe('xray-canary-service', canaryService),
        ...(stableService ? { stableService: selectorSafe('xray-stable-service', stableService) } : {}),
        countClientErrors: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zM)(read, 'xray-count-client-errors', false),
    };
}
// ---- custom metric queries ---------------------------------------------------------------------
const validPeriod = (period) => [1, 5, 10, 20, 30].includes(period) || period % 60 === 0;
const metricQuerySchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    Id: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
        .max(255)
        .regex(/^[a-z][a-zA-Z0-9_]*$/, 'must start with a lowercase letter and hold only letters, digits and _'),
    Expression: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).max(2048).optional(),
    MetricStat: zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
        Metric: zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
            Namespace: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).max(255),
            MetricName: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).max(255),
            Dimensions: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({ Name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).max(255), Value: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).max(1024) }))
                .max(30)
                .optional(),
        }),
        Period: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig()
            .int()
            .positive()
            .refine(validPeriod, 'must be 1, 5, 10, 20, 30 or a multiple of 60'),
        Stat: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1),
        Unit: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).optional(),
    })
        .optional(),
    Label: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
    ReturnData: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().optional(),
    Period: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig()
        .int()
        .positive()
        .refine(validPeriod, 'must be 1, 5, 10, 20, 30 or a multiple of 60')
        .optional(),
    AccountId: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).optional(),
})
    .refine((query) => (query.Expression === undefined) !== (query.MetricStat === undefined), {
    message: 'needs exactly one of MetricStat and Expression',
});
const metricQueriesSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(metricQuerySchema).min(1).max(500),
    zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({ MetricDataQueries: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(metricQuerySchema).min(1).max(500) })
        .transform((value) => value.MetricDataQueries),
]);
/**
 * Custom MetricDataQueries (a JSON array, or {"MetricDataQueries": [...]}), with the ids
 * canary_requests and canary_errors, and optionally stable_requests and stable_errors together.
 */
function parseMetricQueries(text) {
    const parsed = metricQueriesSchema.safeParse((0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJson */ .qF)('metric-queries', text));
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const path = issue.path
            .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
            .join('');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('metric-queries', `${path ? `${path.replace(/^\./, '')}: ` : ''}${issue.message}.`);
    }
    const queries = parsed.data;
    const ids = queries.map((query) => query.Id);
    const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
    if (duplicate)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('metric-queries', `the id "${duplicate}" is used twice; ids must be unique.`);
    const required = [_health_sources_metric_presets_js__WEBPACK_IMPORTED_MODULE_1__/* .metricIds */ .HL.canaryRequests, _health_sources_metric_presets_js__WEBPACK_IMPORTED_MODULE_1__/* .metricIds */ .HL.canaryErrors];
    const stableIds = [_health_sources_metric_presets_js__WEBPACK_IMPORTED_MODULE_1__/* .metricIds */ .HL.stableRequests, _health_sources_metric_presets_js__WEBPACK_IMPORTED_MODULE_1__/* .metricIds */ .HL.stableErrors].filter((id) => ids.includes(id));
    if (stableIds.length === 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('metric-queries', `has ${stableIds[0]} without its pair: give both stable_requests and stable_errors, or neither.`);
    }
    for (const id of [...required, ...stableIds]) {
        const query = queries.find((candidate) => candidate.Id === id);
        if (!query)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('metric-queries', `needs a query with the id "${id}" (requests and 5xx of the canary).`);
        if (query.ReturnData === false)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('metric-queries', `"${id}" must return its data: remove "ReturnData": false.`);
    }
    return queries;
}
// ---- small parsers -------------------------------------------------------------------------------
function optionalDecimal(read, name, range) {
    const text = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalString */ .sx)(read, name);
    if (text === undefined)
        return undefined;
    if (!/^\d+(\.\d+)?$/.test(text))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `must be a number such as 0.5; got "${text}".`);
    const value = Number(text);
    if (value < range.min || value > range.max)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `must be from ${range.min} to ${range.max}; got ${value}.`);
    return value;
}
/** Values embedded in a SEARCH expression's quoted strings. */
function searchSafe(name, value) {
    if (/["'\\]/.test(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `must not contain quotes or backslashes; got "${value}".`);
    return value;
}
function selectorSafe(name, value) {
    if (/["\\]/.test(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `must not contain double quotes or backslashes; got "${value}".`);
    return value;
}


/***/ }),

/***/ 5478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EA: () => (/* binding */ latticeTargetGroupSource),
/* harmony export */   L_: () => (/* binding */ placeholderTargetGroups),
/* harmony export */   vM: () => (/* binding */ albTargetGroupSource)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _routing_alb_arns_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(850);
/* harmony import */ var _routing_vpc_lattice_identifiers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2549);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4389);




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
        const text = role === 'canary' ? required(read, input) : (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .optionalString */ .sx)(read, input);
        if (text === undefined)
            return undefined;
        const parsed = (0,_routing_vpc_lattice_identifiers_js__WEBPACK_IMPORTED_MODULE_2__/* .parseLatticeIdentifier */ .Bg)('targetgroup', text);
        if (typeof parsed === 'object' && parsed.form !== 'name')
            return parsed.id;
        const resolved = known[roles[role].known];
        const fromKnown = resolved === undefined ? undefined : (0,_routing_vpc_lattice_identifiers_js__WEBPACK_IMPORTED_MODULE_2__/* .parseLatticeIdentifier */ .Bg)('targetgroup', resolved);
        if (typeof fromKnown === 'object' && fromKnown.form !== 'name')
            return fromKnown.id;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, typeof parsed === 'string'
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
    const listener = (0,_routing_alb_arns_js__WEBPACK_IMPORTED_MODULE_1__/* .parseListenerArn */ .Zb)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .requiredString */ .Fk)(read, 'listener-arn', 'metrics-preset alb-target-group reads the load balancer from the listener ARN.'));
    if (typeof listener === 'string')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('listener-arn', listener);
    const dimension = (role) => {
        const { input } = roles[role];
        const text = role === 'canary' ? required(read, input) : (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .optionalString */ .sx)(read, input);
        if (text === undefined)
            return undefined;
        const arn = (0,_routing_alb_arns_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTargetGroupArn */ .XC)(text.startsWith('arn:') ? text : (known[roles[role].known] ?? text));
        if (typeof arn === 'object' && (text.startsWith('arn:') || arn.name === text))
            return (0,_routing_alb_arns_js__WEBPACK_IMPORTED_MODULE_1__/* .targetGroupDimension */ .RA)(arn);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, text.startsWith('arn:')
            ? arn
            : `"${text}" is a name; metrics-preset alb-target-group needs the target group ARN (its CloudWatch dimension holds the ID).`);
    };
    const stable = dimension('stable');
    return {
        preset: 'alb-target-group',
        loadBalancer: (0,_routing_alb_arns_js__WEBPACK_IMPORTED_MODULE_1__/* .loadBalancerDimension */ .Tj)(listener),
        canaryTargetGroup: dimension('canary'),
        ...(stable ? { stableTargetGroup: stable } : {}),
    };
}
function required(read, input) {
    return (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .requiredString */ .Fk)(read, input, 'The target group metrics presets read the canary by its target group.');
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


/***/ }),

/***/ 3117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  it: () => (/* binding */ preflightAlarms),
  WC: () => (/* binding */ runHealthCheck),
  V6: () => (/* binding */ validateHealthSources)
});

// UNUSED EXPORTS: checkWindow, hasWindowedSources, xrayReading

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/health/sources/metric-presets.ts + 1 modules
var metric_presets = __webpack_require__(7074);
;// CONCATENATED MODULE: ./src/health/metric-counts.ts

/** Turns the GetMetricData series of one check into counts; a broken or empty series is never a zero. */
function countsFromMetrics(plan, series) {
    const byId = new Map(series.map((one) => [one.id, one]));
    const needed = [metric_presets/* metricIds */.HL.canaryRequests, metric_presets/* metricIds */.HL.canaryErrors];
    if (plan.hasStable)
        needed.push(metric_presets/* metricIds */.HL.stableRequests, metric_presets/* metricIds */.HL.stableErrors);
    if (plan.latencyToMs !== undefined) {
        needed.push(metric_presets/* metricIds */.HL.canaryLatencySum, metric_presets/* metricIds */.HL.canaryLatencyCount);
        if (plan.hasStable)
            needed.push(metric_presets/* metricIds */.HL.stableLatencySum, metric_presets/* metricIds */.HL.stableLatencyCount);
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
        const meanLatencyMs = meanLatency(plan, byId, requestsId.replace('_requests', ''));
        return {
            requests: requests?.sum ?? 0,
            errors: errors?.sum ?? 0,
            ...(meanLatencyMs !== undefined ? { meanLatencyMs } : {}),
        };
    };
    const canary = role(metric_presets/* metricIds */.HL.canaryRequests, metric_presets/* metricIds */.HL.canaryErrors);
    const stable = plan.hasStable ? role(metric_presets/* metricIds */.HL.stableRequests, metric_presets/* metricIds */.HL.stableErrors) : undefined;
    return { ok: true, canary, stable, hasStable: plan.hasStable, noData };
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

// EXTERNAL MODULE: ./src/health/policy.ts + 1 modules
var policy = __webpack_require__(1857);
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
        ...(0,policy/* combineVerdicts */.aG)(sources),
        ...(window ? { window: { start: window.start.toISOString(), end: window.end.toISOString() } } : {}),
        thresholds: (0,policy/* thresholdsOf */.W6)(settings.policy),
        sources,
    };
}
async function checkAlarms(settings, readers) {
    try {
        return (0,policy/* judgeAlarms */.eX)(await readers.alarms(settings.alarmNames), settings.policy);
    }
    catch (error) {
        return (0,policy/* unreadable */.O$)('alarms', (0,errors/* messageOf */.bD)(error), settings.policy);
    }
}
async function checkMetrics(settings, readers, window, routing) {
    try {
        const plan = (0,metric_presets/* metricPlan */.ax)(settings.metrics, settings.periodSeconds);
        const reading = countsFromMetrics(plan, await readers.metrics(plan.queries, window));
        return (0,policy/* judgeCounts */.wt)('metrics', reading, settings.policy, policy/* metricLabels */.SL, routing);
    }
    catch (error) {
        return (0,policy/* unreadable */.O$)('metrics', (0,errors/* messageOf */.bD)(error), settings.policy);
    }
}
async function checkXRay(settings, xray, readers, window, routing) {
    const labels = { requests: 'traces', errors: xray.countClientErrors ? '4xx/5xx' : '5xx' };
    try {
        const [canary, stable] = await Promise.all([
            readers.xray(xray.canaryService, window),
            xray.stableService ? readers.xray(xray.stableService, window) : undefined,
        ]);
        return (0,policy/* judgeCounts */.wt)('xray', xrayReading(xray, canary, stable), settings.policy, labels, routing);
    }
    catch (error) {
        return (0,policy/* unreadable */.O$)('xray', (0,errors/* messageOf */.bD)(error), settings.policy);
    }
}
function xrayReading(xray, canary, stable) {
    const counts = (statistics) => ({
        requests: statistics.total,
        errors: statistics.faults + (xray.countClientErrors ? statistics.clientErrors : 0),
        ...(statistics.total > 0
            ? { meanLatencyMs: (statistics.totalResponseTimeSeconds / statistics.total) * 1000 }
            : {}),
    });
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
    const plan = (0,metric_presets/* metricPlan */.ax)(settings.metrics, settings.periodSeconds);
    const reading = countsFromMetrics(plan, await readers.metrics(plan.queries, window));
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


/***/ }),

/***/ 1857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aG: () => (/* binding */ combineVerdicts),
  R8: () => (/* binding */ formatPct),
  eX: () => (/* binding */ judgeAlarms),
  wt: () => (/* binding */ judgeCounts),
  SL: () => (/* binding */ metricLabels),
  W6: () => (/* binding */ thresholdsOf),
  O$: () => (/* binding */ unreadable)
});

// UNUSED EXPORTS: applyLimits, describeCounts, formatCount, formatP, noCounters

// EXTERNAL MODULE: ./src/count.ts
var count = __webpack_require__(9984);
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
function compareErrorRates(counts) {
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


const metricLabels = { requests: 'req', errors: '5xx' };
/**
 * The verdict of one count source (CloudWatch metrics or X-Ray) for one window.
 * Order: no data -> source-error verdict; too few canary requests -> INCONCLUSIVE; absolute error
 * rate, latency and the baseline comparison -> FAIL; a required stable baseline missing ->
 * source-error verdict; else PASS. None of the INCONCLUSIVE branches depends on the error count, so
 * more canary errors can never turn a FAIL into a PASS.
 */
function judgeCounts(source, reading, policy, labels = metricLabels, routing = {}) {
    if (!reading.ok)
        return unreadable(source, reading.problem, policy);
    const stable = reading.stable ? numbersOf(reading.stable) : undefined;
    const unserved = unservedCanary(reading.canary, stable, policy, labels, routing);
    if (unserved)
        return { source, ...(stable ? { stable } : {}), ...unserved };
    if (!reading.canary)
        return unreadable(source, `no canary data (${reading.noData.join(', ')} empty)`, policy);
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
    const numbers = { source, canary, ...(stable ? { stable } : {}), ...pValueOf(comparison) };
    const summary = describeCounts(canary, stable, comparison, labels);
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
    if (policy.maxLatencyMs !== undefined &&
        canary.meanLatencyMs !== undefined &&
        canary.meanLatencyMs > policy.maxLatencyMs) {
        failures.push(`mean latency above max-latency-ms ${policy.maxLatencyMs}`);
    }
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
        return unreadable(source, `${summary}; no stable data for the baseline (${reading.noData.join(', ')} empty)`, policy, numbers);
    }
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
function judgeAlarms(reading, policy) {
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
            reason: `${(0,count/* countOf */.p)(inAlarm.length, 'alarm')} ${listNames(inAlarm)} in ALARM — FAIL`,
            alarms,
        };
    }
    if (reading.missing.length > 0) {
        return { ...unreadable('alarms', `alarm ${listNames(reading.missing)} not found`, policy), alarms };
    }
    if (noData.length > 0) {
        return {
            source: 'alarms',
            verdict: 'INCONCLUSIVE',
            reason: `${(0,count/* countOf */.p)(noData.length, 'alarm')} ${listNames(noData)} in INSUFFICIENT_DATA — INCONCLUSIVE`,
            alarms,
        };
    }
    const names = reading.alarms.map((alarm) => alarm.name);
    return {
        source: 'alarms',
        verdict: 'PASS',
        reason: `${(0,count/* countOf */.p)(ok, 'alarm')} ${listNames(names)} OK — PASS`,
        alarms,
    };
}
/** A source that could not be read, or answered without the data it must give: never PASS. */
function unreadable(source, problem, policy, numbers = {}) {
    return {
        ...numbers,
        source,
        verdict: policy.onSourceError,
        reason: `${problem} — ${policy.onSourceError}`,
    };
}
/** All configured sources together: any FAIL fails, then any INCONCLUSIVE, else PASS. */
function combineVerdicts(sources) {
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
function thresholdsOf(policy) {
    return {
        maxErrorRatePct: policy.maxErrorRatePct,
        minRequests: policy.minRequests,
        ...(policy.maxLatencyMs !== undefined ? { maxLatencyMs: policy.maxLatencyMs } : {}),
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


/***/ }),

/***/ 7074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HL: () => (/* binding */ metricIds),
  ax: () => (/* binding */ metricPlan)
});

// UNUSED EXPORTS: containerInsightsNamespace

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
};
const containerInsightsNamespace = 'ECS/ContainerInsights/Prometheus';
/** The GetMetricData queries of one check: all series in one call. */
function metricPlan(source, periodSeconds) {
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


/***/ })

};
