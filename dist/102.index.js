export const id = 102;
export const ids = [102];
export const modules = {

/***/ 2180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bn: () => (/* binding */ testTrafficSettings),
/* harmony export */   FZ: () => (/* binding */ testTrafficInputs),
/* harmony export */   Vr: () => (/* binding */ testHeaderText)
/* harmony export */ });
/* unused harmony export parseTestHeader */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4389);


const testTrafficInputs = {
    header: 'test-traffic-header',
    priority: 'test-traffic-priority',
};
// An HTTP field name (RFC 9110 token), as short as every router takes (ALB: 40 characters).
const headerName = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,40}$/;
const maxValueLength = 128;
/**
 * Reads `test-traffic-header` and `test-traffic-priority`. Pure: a header no router can match is refused
 * here; what one router cannot match (a name alone on VPC Lattice) is refused by its pre-flight.
 */
function testTrafficSettings(read) {
    const text = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(read, testTrafficInputs.header);
    const priority = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalInteger */ .$H)(read, testTrafficInputs.priority, { min: 0, max: 50000 });
    if (text === undefined) {
        if (priority !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(testTrafficInputs.priority, `is read only with ${testTrafficInputs.header}: set that too (e.g. "x-canary: true"), or remove it.`);
        return undefined;
    }
    return { header: parseTestHeader(text), ...(priority !== undefined ? { priority } : {}) };
}
function parseTestHeader(text) {
    const colon = text.indexOf(':');
    const name = (colon < 0 ? text : text.slice(0, colon)).trim();
    const value = colon < 0 ? undefined : text.slice(colon + 1).trim();
    if (!headerName.test(name))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(testTrafficInputs.header, `"${name}" is not a header name a router can match: use 1-40 of letters, digits and ! # $ % & ' * + . ^ _ \` | ~ -, then ": value" or nothing (e.g. "x-canary: true").`);
    if (value === undefined)
        return { name };
    if (value === '' || value.length > maxValueLength || !/^[\x20-\x7e]+$/.test(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(testTrafficInputs.header, `the value of ${name} must be 1-${maxValueLength} printable ASCII characters; write the name alone to match any value.`);
    return { name, value };
}
/** "x-canary: true", or "x-canary (any value)": for messages. */
function testHeaderText(header) {
    return header.value === undefined ? `${header.name} (any value)` : `${header.name}: ${header.value}`;
}


/***/ }),

/***/ 5102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U9: () => (/* reexport */ closeTestTraffic),
  nO: () => (/* binding */ planTestTraffic),
  V7: () => (/* binding */ testTrafficDoors)
});

// UNUSED EXPORTS: deploymentTagKey, openTestTraffic, testTrafficPlanSchema

// EXTERNAL MODULE: ./src/routing/alb/api.ts
var api = __webpack_require__(4820);
// EXTERNAL MODULE: ./src/routing/app-mesh/appmesh-api.ts
var appmesh_api = __webpack_require__(2791);
// EXTERNAL MODULE: ./src/routing/vpc-lattice/api.ts
var vpc_lattice_api = __webpack_require__(3045);
// EXTERNAL MODULE: ./src/config/test-traffic.ts
var test_traffic = __webpack_require__(2180);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/routing/alb/state.ts
var state = __webpack_require__(601);
// EXTERNAL MODULE: ./src/routing/json.ts
var json = __webpack_require__(7910);
// EXTERNAL MODULE: ./src/routing/test-traffic/plan.ts
var test_traffic_plan = __webpack_require__(4044);
;// CONCATENATED MODULE: ./src/routing/test-traffic/alb.ts





// ELBv2 quotas: priorities 1-50000; 100 rules per load balancer (default rules aside); 5 condition values a rule.
const maxPriority = 50000;
const maxRulesPerLoadBalancer = 100;
const maxConditionValues = 5;
/**
 * Pre-flight, read-only: a listener rule with the production rule's conditions and an http-header condition,
 * forwarding to the canary target group, at a free priority ahead of the production rule. Refuses
 * (InputError) a wildcard in the value, a priority taken or not ahead, a load balancer at its rule quota, a
 * rule with no room for one more condition value.
 * Calls: DescribeRules of the listener, DescribeListeners of the load balancer, DescribeRules of each other
 * listener (the rule quota is per load balancer).
 */
async function planAlbTestTraffic(api, snapshot, settings) {
    const { header } = settings;
    if (header.value !== undefined && /[*?]/.test(header.value))
        throw new errors/* InputError */.dz(test_traffic/* testTrafficInputs */.FZ.header, `an ALB reads * and ? in a header value as wildcards, so "${header.value}" would match other values: choose a value without them, or give the name alone to match any value.`);
    const rules = await api.listenerRules(snapshot.listenerArn);
    const taken = new Map(rules.filter((rule) => !rule.isDefault).map((rule) => [priorityOf(rule), rule.ruleArn]));
    const production = snapshot.ruleArn ? Number(snapshot.spec.Priority) : maxPriority + 1;
    const priority = priorityAhead(settings.priority, production, taken, (0,state/* albResourceLabel */.eS)(snapshot));
    let count = taken.size;
    for (const listener of await api.listenersOf(snapshot.loadBalancerArn)) {
        if (listener === snapshot.listenerArn)
            continue;
        count += (await api.listenerRules(listener)).filter((rule) => !rule.isDefault).length;
    }
    if (count >= maxRulesPerLoadBalancer)
        throw new errors/* InputError */.dz(test_traffic/* testTrafficInputs */.FZ.header, `the load balancer already has ${count} rules, the ELBv2 quota (${maxRulesPerLoadBalancer}): no room for the test rule. Remove a rule or raise the quota, or remove ${test_traffic/* testTrafficInputs */.FZ.header}.`);
    const conditions = [
        ...(snapshot.spec.Conditions ?? []).map(writableCondition),
        {
            Field: 'http-header',
            HttpHeaderConfig: { HttpHeaderName: header.name, Values: [header.value ?? '*'] },
        },
    ];
    const values = conditions.reduce((total, condition) => total + valuesOf(condition).length, 0);
    if (values > maxConditionValues)
        throw new errors/* InputError */.dz(test_traffic/* testTrafficInputs */.FZ.header, `${(0,state/* albResourceLabel */.eS)(snapshot)} already matches ${values - 1} condition values; with the header that is ${values}, above ELBv2's ${maxConditionValues} a rule: no room for the test header.`);
    return { router: 'alb', header, priority, conditions };
}
function priorityAhead(given, production, taken, resource) {
    const ahead = Math.min(production - 1, maxPriority);
    if (given !== undefined) {
        const why = given < 1
            ? 'below 1, the first ALB priority'
            : given > ahead
                ? `not ahead of ${resource} (priority ${production > maxPriority ? 'default' : production}; lower numbers go first)`
                : taken.has(given)
                    ? `taken by rule ${taken.get(given)}`
                    : undefined;
        if (why)
            throw new errors/* InputError */.dz(test_traffic/* testTrafficInputs */.FZ.priority, `${given} is ${why}: choose a free priority from 1 to ${ahead}, or leave it unset to take the closest free one.`);
        return given;
    }
    for (let priority = ahead; priority >= 1; priority -= 1)
        if (!taken.has(priority))
            return priority;
    throw new errors/* InputError */.dz(test_traffic/* testTrafficInputs */.FZ.header, `no free priority ahead of ${resource}: move it to a larger priority number, then deploy again.`);
}
function priorityOf(rule) {
    return Number(rule.spec.Priority);
}
/** A condition as CreateRule takes it: a condition read back carries Values and its config both. */
function writableCondition(condition) {
    const copy = structuredClone(condition);
    if (Object.keys(copy).some((key) => key.endsWith('Config')))
        delete copy.Values;
    return copy;
}
function valuesOf(condition) {
    if (!(0,json/* isObject */.Gv)(condition))
        return [];
    const config = Object.entries(condition).find(([key]) => key.endsWith('Config'))?.[1];
    const values = (0,json/* isObject */.Gv)(config) ? config.Values : condition.Values;
    return Array.isArray(values) ? values : [];
}
/** What decides which requests reach which group: priority, conditions, forwarded groups and weights. */
function ruleView(rule) {
    const spec = rule.spec;
    return {
        priority: priorityOf(rule),
        conditions: (spec.Conditions ?? []).map(conditionView),
        forward: (spec.Actions ?? []).map(forwardView),
    };
}
function conditionView(condition) {
    const record = (0,json/* isObject */.Gv)(condition) ? condition : {};
    const headerConfig = (0,json/* isObject */.Gv)(record.HttpHeaderConfig) ? record.HttpHeaderConfig : undefined;
    return {
        field: record.Field,
        ...(headerConfig ? { header: headerConfig.HttpHeaderName } : {}),
        values: valuesOf(condition),
    };
}
function forwardView(action) {
    const record = (0,json/* isObject */.Gv)(action) ? action : {};
    const config = (0,json/* isObject */.Gv)(record.ForwardConfig) ? record.ForwardConfig : undefined;
    const groups = config && Array.isArray(config.TargetGroups) ? config.TargetGroups : undefined;
    if (record.Type !== 'forward')
        return { type: record.Type };
    const targets = groups
        ? groups.filter(json/* isObject */.Gv).map((group) => ({ group: group.TargetGroupArn, weight: group.Weight ?? 1 }))
        : [{ group: record.TargetGroupArn, weight: 1 }];
    return { type: 'forward', targets };
}
/** The test rule of a plan: found by the deployment tag among the listener's rules, created carrying it. */
function albTestDoors(api, plan, snapshot, deploymentId) {
    const actions = [{ Type: 'forward', TargetGroupArn: snapshot.canaryTargetGroupArn }];
    const expected = ruleView({
        ruleArn: '',
        isDefault: false,
        spec: { Priority: String(plan.priority), Conditions: plan.conditions, Actions: actions },
    });
    return [
        {
            label: `ALB test rule at priority ${plan.priority} of ${(0,state/* albResourceLabel */.eS)({ listenerArn: snapshot.listenerArn })}`,
            expected,
            read: async () => {
                const rules = (await api.listenerRules(snapshot.listenerArn)).filter((rule) => !rule.isDefault);
                const tags = await api.tagsOf(rules.map((rule) => rule.ruleArn));
                const ours = rules.find((rule) => tags.get(rule.ruleArn)?.[test_traffic_plan/* deploymentTagKey */.n] === deploymentId);
                return ours ? { id: ours.ruleArn, view: ruleView(ours) } : undefined;
            },
            create: async () => {
                await api.createRule({
                    listenerArn: snapshot.listenerArn,
                    priority: plan.priority,
                    conditions: plan.conditions,
                    actions,
                    tags: { [test_traffic_plan/* deploymentTagKey */.n]: deploymentId },
                });
            },
            remove: (ruleArn) => api.deleteRule(ruleArn),
            routesCanary: (view) => (view.forward ??
                []).some((action) => (action.targets ?? []).some((target) => target.group === snapshot.canaryTargetGroupArn && Number(target.weight) > 0)),
        },
    ];
}

// EXTERNAL MODULE: ./src/routing/app-mesh/client-token.ts
var client_token = __webpack_require__(3469);
;// CONCATENATED MODULE: ./src/routing/test-traffic/app-mesh.ts





// App Mesh: priorities 0 (first) to 1000; at most 10 header (or gRPC metadata) matches per route.
const app_mesh_maxPriority = 1000;
const maxHeaderMatches = 10;
/**
 * Pre-flight, read-only: one test route per shifted route, same type and match plus the header, sending
 * everything to the canary node, at a free priority ahead of it. Refuses (InputError) a TCP route (no headers
 * to match), a route already matching 10 headers, a priority taken or none free ahead.
 * Calls: ListRoutes, and DescribeRoute for each route of the router not shifted.
 */
async function planMeshTestTraffic(api, snapshot, settings, deploymentId) {
    const shifted = new Map(snapshot.routes.map((route) => [route.routeName, route.spec]));
    const names = await api.listRouteNames();
    const taken = new Map();
    for (const name of names) {
        const spec = shifted.get(name) ?? (await api.describeRoute(name)).spec;
        if (typeof spec?.priority === 'number')
            taken.set(spec.priority, name);
    }
    if (settings.priority !== undefined && snapshot.routes.length > 1)
        throw new errors/* InputError */.dz(test_traffic/* testTrafficInputs */.FZ.priority, `one priority cannot go ahead of ${snapshot.routes.length} routes: leave it unset, each test route then takes the closest free priority ahead of its route.`);
    const routes = snapshot.routes.map((route, index) => {
        const routeName = `${deploymentId}-test${snapshot.routes.length > 1 ? `-${index + 1}` : ''}`;
        if (names.includes(routeName))
            throw new errors/* InputError */.dz(test_traffic/* testTrafficInputs */.FZ.header, `route ${routeName} already exists: deploy again.`);
        const priority = app_mesh_priorityAhead(route.routeName, route.spec.priority, settings.priority, taken);
        taken.set(priority, routeName);
        const spec = testRouteSpec(route.routeName, route.spec, settings.header, snapshot.canaryNode, priority);
        return { routeName, shiftedRoute: route.routeName, spec: spec };
    });
    return { router: 'app-mesh', header: settings.header, routes };
}
function app_mesh_priorityAhead(routeName, routePriority, given, taken) {
    // A route without a priority comes after every route with one.
    const limit = routePriority ?? app_mesh_maxPriority + 1;
    if (given !== undefined) {
        if (given > app_mesh_maxPriority || given >= limit || taken.has(given))
            throw new errors/* InputError */.dz(test_traffic/* testTrafficInputs */.FZ.priority, `${given} is ${given > app_mesh_maxPriority ? `above App Mesh's ${app_mesh_maxPriority}` : given >= limit ? `not ahead of route ${routeName} (priority ${routePriority}; lower numbers go first)` : `taken by route ${taken.get(given)}`}: choose a free number below ${Math.min(limit, app_mesh_maxPriority + 1)}, or leave it unset.`);
        return given;
    }
    for (let priority = limit - 1; priority >= 0; priority -= 1)
        if (!taken.has(priority))
            return priority;
    throw new errors/* InputError */.dz(test_traffic/* testTrafficInputs */.FZ.header, `no free priority ahead of route ${routeName} (priority ${routePriority}): give it a larger number, then deploy again.`);
}
function testRouteSpec(routeName, spec, header, canaryNode, priority) {
    const type = Object.keys(spec).find((key) => key !== 'priority');
    const body = spec[type];
    if (type === 'tcpRoute')
        throw new errors/* InputError */.dz(test_traffic/* testTrafficInputs */.FZ.header, `route ${routeName} is a TCP route: App Mesh matches headers only on http, http2 and grpc routes. Remove ${test_traffic/* testTrafficInputs */.FZ.header}.`);
    const field = type === 'grpcRoute' ? 'metadata' : 'headers';
    const match = (0,json/* isObject */.Gv)(body.match) ? body.match : {};
    const present = Array.isArray(match[field]) ? match[field] : [];
    if (present.length >= maxHeaderMatches)
        throw new errors/* InputError */.dz(test_traffic/* testTrafficInputs */.FZ.header, `route ${routeName} already matches ${present.length} ${field === 'metadata' ? 'metadata entries' : 'headers'}, App Mesh's most: no room for the test header.`);
    const port = body.action.weightedTargets.find((target) => target.port !== undefined)?.port;
    const testBody = {
        ...structuredClone(body),
        match: { ...structuredClone(match), [field]: [...structuredClone(present), headerMatch(header)] },
        action: { weightedTargets: [{ virtualNode: canaryNode, weight: 100, ...(port ? { port } : {}) }] },
    };
    return { priority, [type]: testBody };
}
function headerMatch(header) {
    return header.value === undefined
        ? { name: header.name }
        : { name: header.name, match: { exact: header.value } };
}
/** The test routes of a plan: found by their names (which carry the deployment id), created tagged with it. */
function meshTestDoors(api, plan, snapshot, deploymentId) {
    return plan.routes.map(({ routeName, spec }) => ({
        label: `test route ${routeName} of virtual router ${snapshot.virtualRouter}`,
        expected: spec,
        read: async () => {
            const read = await api.findRoute(routeName);
            return read ? { id: routeName, view: read.spec } : undefined;
        },
        create: () => api.createRoute(routeName, spec, [{ key: test_traffic_plan/* deploymentTagKey */.n, value: deploymentId }], (0,client_token/* clientToken */.$)(deploymentId, snapshot.mesh, snapshot.virtualRouter, routeName, 'test-traffic')),
        remove: () => api.deleteRoute(routeName),
        routesCanary: (view) => Object.values((0,json/* isObject */.Gv)(view) ? view : {}).some((body) => (0,json/* isObject */.Gv)(body) &&
            (0,json/* isObject */.Gv)(body.action) &&
            Array.isArray(body.action.weightedTargets) &&
            body.action.weightedTargets.some((target) => (0,json/* isObject */.Gv)(target) && target.virtualNode === snapshot.canaryNode && Number(target.weight) > 0)),
    }));
}

// EXTERNAL MODULE: ./src/routing/vpc-lattice/state.ts
var vpc_lattice_state = __webpack_require__(1544);
;// CONCATENATED MODULE: ./src/routing/test-traffic/vpc-lattice.ts





// VPC Lattice quotas: priorities 1-100; 10 rules per listener (the default aside); 5 header matches a rule.
const vpc_lattice_maxPriority = 100;
const maxRulesPerListener = 10;
const vpc_lattice_maxHeaderMatches = 5;
/**
 * Pre-flight, read-only: a listener rule with the production rule's match plus an exact header match,
 * forwarding to the canary target group, at a free priority ahead of the production rule. Refuses
 * (InputError) a header without a value (VPC Lattice matches values: exact, prefix, contains), a priority
 * taken or not ahead, a listener at its rule quota, a match with no room for one more header.
 * Calls: ListRules of the listener.
 */
async function planLatticeTestTraffic(api, snapshot, settings, deploymentId) {
    const { header } = settings;
    if (header.value === undefined)
        throw new errors/* InputError */.dz(test_traffic/* testTrafficInputs */.FZ.header, `VPC Lattice matches a header by its value, not by its presence: give "${header.name}: value".`);
    const resource = (0,vpc_lattice_state/* latticeResourceLabel */.N)(snapshot);
    const rules = (await api.listenerRules(snapshot.serviceArn, snapshot.listenerArn)).filter((rule) => !rule.isDefault);
    if (rules.length >= maxRulesPerListener)
        throw new errors/* InputError */.dz(test_traffic/* testTrafficInputs */.FZ.header, `listener ${snapshot.names.listener} already has ${rules.length} rules, the VPC Lattice quota (${maxRulesPerListener}): no room for the test rule. Remove a rule or raise the quota, or remove ${test_traffic/* testTrafficInputs */.FZ.header}.`);
    const taken = new Map(rules.map((rule) => [rule.priority, rule.name]));
    const production = snapshot.ruleArn ? (snapshot.spec.priority ?? vpc_lattice_maxPriority + 1) : vpc_lattice_maxPriority + 1;
    const priority = vpc_lattice_priorityAhead(settings.priority, production, taken, resource);
    const match = structuredClone(snapshot.spec.match ?? {});
    const http = (0,json/* isObject */.Gv)(match.httpMatch) ? match.httpMatch : {};
    const headers = Array.isArray(http.headerMatches) ? http.headerMatches : [];
    if (headers.length >= vpc_lattice_maxHeaderMatches)
        throw new errors/* InputError */.dz(test_traffic/* testTrafficInputs */.FZ.header, `${resource} already matches ${headers.length} headers, VPC Lattice's most: no room for the test header.`);
    const testMatch = {
        ...match,
        httpMatch: {
            ...http,
            headerMatches: [...headers, { name: header.name, match: { exact: header.value } }],
        },
    };
    return { router: 'vpc-lattice', header, name: ruleNameOf(deploymentId), priority, match: testMatch };
}
/** A rule name (3-63 of a-z 0-9 -, no "--", no hyphen at either end) that carries the deployment id. */
function ruleNameOf(deploymentId) {
    const id = deploymentId
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/-{2,}/g, '-');
    return `test-${id}`.slice(0, 63).replace(/-+$/, '');
}
function vpc_lattice_priorityAhead(given, production, taken, resource) {
    const ahead = Math.min(production - 1, vpc_lattice_maxPriority);
    if (given !== undefined) {
        const why = given < 1
            ? 'below 1, the first VPC Lattice priority'
            : given > ahead
                ? `not ahead of ${resource} (priority ${production > vpc_lattice_maxPriority ? 'default' : production}; lower numbers go first)`
                : taken.has(given)
                    ? `taken by rule ${taken.get(given)}`
                    : undefined;
        if (why)
            throw new errors/* InputError */.dz(test_traffic/* testTrafficInputs */.FZ.priority, `${given} is ${why}: choose a free priority from 1 to ${ahead}, or leave it unset to take the closest free one.`);
        return given;
    }
    for (let priority = ahead; priority >= 1; priority -= 1)
        if (!taken.has(priority))
            return priority;
    throw new errors/* InputError */.dz(test_traffic/* testTrafficInputs */.FZ.header, `no free priority ahead of ${resource}: move it to a larger priority number, then deploy again.`);
}
/** A target group ARN or ID as an ID (GetRule answers IDs). */
function groupId(identifier) {
    return typeof identifier === 'string' ? identifier.split('/').at(-1) : identifier;
}
function vpc_lattice_ruleView(spec) {
    const forward = (0,json/* isObject */.Gv)(spec.action) && (0,json/* isObject */.Gv)(spec.action.forward) ? spec.action.forward : undefined;
    const groups = forward && Array.isArray(forward.targetGroups) ? forward.targetGroups : [];
    return {
        priority: spec.priority,
        match: spec.match,
        forward: groups
            .filter(json/* isObject */.Gv)
            .map((group) => ({ group: groupId(group.targetGroupIdentifier), weight: group.weight ?? 100 })),
        ...(forward ? {} : { action: spec.action }),
    };
}
/** The test rule of a plan: found by its name (which carries the deployment id), created tagged with it. */
function latticeTestDoors(api, plan, snapshot, deploymentId) {
    const action = {
        forward: { targetGroups: [{ targetGroupIdentifier: snapshot.canaryTargetGroupArn, weight: 1 }] },
    };
    const canary = groupId(snapshot.canaryTargetGroupArn);
    return [
        {
            label: `VPC Lattice test rule ${plan.name} of listener ${snapshot.names.listener}`,
            expected: vpc_lattice_ruleView({ priority: plan.priority, match: plan.match, action }),
            read: async () => {
                const rules = await api.listenerRules(snapshot.serviceArn, snapshot.listenerArn);
                const ours = rules.find((rule) => rule.name === plan.name);
                if (!ours)
                    return undefined;
                const read = await api.readRule(snapshot.serviceArn, snapshot.listenerArn, ours.arn);
                return { id: ours.arn, view: vpc_lattice_ruleView(read.spec) };
            },
            create: () => api.createRule({
                serviceArn: snapshot.serviceArn,
                listenerArn: snapshot.listenerArn,
                name: plan.name,
                priority: plan.priority,
                match: plan.match,
                action,
                tags: { [test_traffic_plan/* deploymentTagKey */.n]: deploymentId },
            }),
            remove: (ruleArn) => api.deleteRule(snapshot.serviceArn, snapshot.listenerArn, ruleArn),
            routesCanary: (view) => (view.forward ?? []).some((target) => target.group === canary && Number(target.weight) > 0),
        },
    ];
}

// EXTERNAL MODULE: ./src/routing/errors.ts
var routing_errors = __webpack_require__(2843);
;// CONCATENATED MODULE: ./src/routing/test-traffic/door.ts


/**
 * Creates what is missing. One found equal to the plan is this deployment's (a retried step): left alone.
 * One found different was changed outside this deployment: nothing is written (DriftError).
 */
async function openTestTraffic(doors) {
    const created = [];
    for (const door of doors) {
        const read = await door.read();
        if (read) {
            const differences = differencesOf(read.view, door.expected);
            if (differences.length > 0)
                throw new DriftError([{ routeName: door.label, differences }]);
            continue;
        }
        await door.create();
        created.push(door.label);
    }
    return created;
}
/** Removes each one still as created; one edited outside this deployment is kept and reported. */
async function closeTestTraffic(doors) {
    const result = { removed: [], absent: [], kept: [] };
    for (const door of doors) {
        const read = await door.read();
        if (!read) {
            result.absent.push(door.label);
            continue;
        }
        const differences = differencesOf(read.view, door.expected);
        if (differences.length > 0) {
            result.kept.push({ label: door.label, differences, routesCanary: door.routesCanary(read.view) });
            continue;
        }
        await door.remove(read.id);
        result.removed.push(door.label);
    }
    return result;
}
function differencesOf(actual, expected) {
    if ((0,json/* canonicalJson */.dj)(actual) === (0,json/* canonicalJson */.dj)(expected))
        return [];
    const out = [];
    (0,json/* jsonDifferences */.tg)(actual, expected, '', out);
    return out.length > 0 ? out : ['changed'];
}

;// CONCATENATED MODULE: ./src/routing/test-traffic/index.ts








function apiOptions(options) {
    return { ...(options.retry ? { retry: options.retry } : {}), ...(options.log ? { log: options.log } : {}) };
}
/** Pre-flight, read-only: what the test traffic will create on the deployment's router, or an InputError. */
function planTestTraffic(settings, snapshot, clients, options) {
    switch (snapshot.router) {
        case 'app-mesh':
            return planMeshTestTraffic(new appmesh_api/* MeshApi */.u(clients.appMesh, snapshot, apiOptions(options)), snapshot, settings, options.deploymentId);
        case 'alb':
            return planAlbTestTraffic(new api/* AlbApi */.o(clients.elbv2, apiOptions(options)), snapshot, settings);
        case 'vpc-lattice':
            return planLatticeTestTraffic(new vpc_lattice_api/* LatticeApi */.P(clients.vpcLattice, apiOptions(options)), snapshot, settings, options.deploymentId);
    }
}
/** The routes or rules a plan creates, each readable, creatable and removable. */
function testTrafficDoors(plan, snapshot, clients, options) {
    if (plan.router === 'app-mesh' && snapshot.router === 'app-mesh')
        return meshTestDoors(new appmesh_api/* MeshApi */.u(clients.appMesh, snapshot, apiOptions(options)), plan, snapshot, options.deploymentId);
    if (plan.router === 'alb' && snapshot.router === 'alb')
        return albTestDoors(new api/* AlbApi */.o(clients.elbv2, apiOptions(options)), plan, snapshot, options.deploymentId);
    if (plan.router === 'vpc-lattice' && snapshot.router === 'vpc-lattice')
        return latticeTestDoors(new vpc_lattice_api/* LatticeApi */.P(clients.vpcLattice, apiOptions(options)), plan, snapshot, options.deploymentId);
    throw new Error(`test traffic planned for ${plan.router}, but the snapshot is of ${snapshot.router}`);
}


/***/ })

};
