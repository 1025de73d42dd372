export const id = 410;
export const ids = [410];
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

/***/ 8060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ AlbRouter)
});

// EXTERNAL MODULE: ./src/routing/errors.ts
var errors = __webpack_require__(2843);
// EXTERNAL MODULE: ./src/routing/forward-shift.ts
var forward_shift = __webpack_require__(8586);
// EXTERNAL MODULE: ./src/routing/percent.ts
var routing_percent = __webpack_require__(8743);
// EXTERNAL MODULE: ./src/routing/alb/api.ts
var api = __webpack_require__(4820);
// EXTERNAL MODULE: ./src/routing/alb/arns.ts
var arns = __webpack_require__(850);
// EXTERNAL MODULE: ./src/routing/alb/describe.ts
var describe = __webpack_require__(4403);
// EXTERNAL MODULE: ./src/routing/group-weights.ts
var group_weights = __webpack_require__(6249);
// EXTERNAL MODULE: ./src/routing/target-groups.ts
var target_groups = __webpack_require__(3210);
// EXTERNAL MODULE: ./src/routing/alb/settings.ts
var alb_settings = __webpack_require__(3539);
// EXTERNAL MODULE: ./src/routing/alb/spec.ts
var alb_spec = __webpack_require__(945);
// EXTERNAL MODULE: ./src/routing/alb/state.ts
var alb_state = __webpack_require__(601);
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
    const parsedListener = (0,arns/* parseListenerArn */.Zb)(settings.listenerArn);
    const loadBalancerArn = listener.loadBalancerArn ?? (typeof parsedListener === 'object' ? (0,arns/* loadBalancerArnOf */.l5)(parsedListener) : '');
    const identity = { listenerArn: settings.listenerArn, ...(rule ? { ruleArn: rule.ruleArn } : {}) };
    const label = (0,alb_state/* albResourceLabel */.eS)(identity);
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
        return (0,alb_spec/* parseAlbSpec */.ge)(value, label);
    }
    catch (error) {
        if (error instanceof alb_spec/* AlbSpecError */.pq)
            throw new errors/* PreflightError */.wG(`${input}: ${error.message}`);
        throw error;
    }
}
function checkWeights(state, label, checks) {
    const pair = (0,alb_state/* albPairOf */.$O)(state);
    const groups = (0,alb_spec/* targetGroupsOf */.TT)(state.spec);
    const named = groups.map((group) => ({ id: (0,arns/* targetGroupNameOf */.RC)(group.id), weight: group.weight }));
    const stableName = (0,arns/* targetGroupNameOf */.RC)(pair.stable);
    const canaryName = (0,arns/* targetGroupNameOf */.RC)(pair.canary);
    if (!groups.some((group) => group.id === pair.stable)) {
        throw new errors/* PreflightError */.wG(`${alb_settings/* albInputs */.jK.stableTargetGroup}: ${label} does not forward to target group ${stableName} ` +
            `(its target groups: ${(0,target_groups/* describeGroups */.iq)(named)}); set stable-target-group to the group that serves production.`);
    }
    if ((0,group_weights/* weightOf */.mm)(groups, pair.stable) + (0,group_weights/* weightOf */.mm)(groups, pair.canary) === 0) {
        throw new errors/* PreflightError */.wG(`${alb_settings/* albInputs */.jK.stableTargetGroup}: ${label} gives target group ${stableName} weight 0: there is no traffic to shift.`);
    }
    if (checks.canaryAtZero && (0,group_weights/* weightOf */.mm)(groups, pair.canary) > 0) {
        throw new errors/* CanaryGroupNotAtZeroError */.cP(label, canaryName, named);
    }
    if (!groups.some((group) => group.id === pair.canary) && groups.length >= alb_spec/* maxAlbTargetGroups */.vo) {
        throw new errors/* PreflightError */.wG(`${alb_settings/* albInputs */.jK.canaryTargetGroup}: ${label} already forwards to ${groups.length} target groups, the most an ALB allows, ` +
            `so target group ${canaryName} cannot be added; add it at weight 0 by hand, or remove a group.`);
    }
    try {
        (0,alb_spec/* shift */.BN)(state.spec, pair, 100, label);
    }
    catch (error) {
        if (error instanceof alb_spec/* AlbSpecError */.pq)
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
        this.api = new api/* AlbApi */.o(client, options);
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
        return (0,describe/* readAlbWeights */.l)(this.api, this.settings);
    }
    /**
     * Moves the canary to `canaryPercent` of the stable's share, computed from the snapshot's weights (the
     * `base` of a shift result, or the snapshot itself): a step's weights never depend on the steps before.
     */
    async shift(canaryPercent, expected) {
        const percent = (0,routing_percent/* checkCanaryPercent */.U)(canaryPercent);
        const { state, base } = this.checkState(expected, 'expected');
        const resource = (0,alb_state/* albResourceLabel */.eS)(state);
        const { spec, written } = await (0,forward_shift/* shiftForward */.K)(alb_spec/* albSpecOps */.JR, this.resourceAccess(state), {
            resource,
            pair: (0,alb_state/* albPairOf */.$O)(state),
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
        const resource = (0,alb_state/* albResourceLabel */.eS)(state);
        const restored = await (0,forward_shift/* restoreForward */.Q)(alb_spec/* albSpecOps */.JR, this.resourceAccess(state), {
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
        const parsed = (isResult ? alb_state/* albShiftResultSchema */.qG : alb_state/* albTrafficStateSchema */.XI).safeParse(value);
        if (!parsed.success) {
            const issue = parsed.error.issues[0];
            throw new errors/* TrafficStateError */.jG(`the ${what} state is not an ALB state: ${issue.path.join('.') || 'state'}: ${issue.message}`);
        }
        const { canaryPercent: _percent, base, written: _written, ...state } = parsed.data;
        this.checkIdentity(state, what);
        if (base) {
            // A result's spec must be its base with only a shift's weights: anything else is not this router's.
            const restored = (0,alb_spec/* withPairWeightsFrom */.mJ)(state.spec, base, (0,alb_state/* albPairOf */.$O)(state));
            if (!restored || !(0,alb_spec/* specsEqual */.VC)(restored, base)) {
                throw new errors/* TrafficStateError */.jG(`the ${what} state's spec is not a shift of its base: ${(0,alb_spec/* differences */.tX)(state.spec, base).join('; ')}.`);
            }
        }
        return { state, base: base ?? state.spec };
    }
    checkIdentity(state, what) {
        const { settings } = this;
        const groupMatches = (given, arn) => given === arn || given === (0,arns/* targetGroupNameOf */.RC)(arn);
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

/***/ 6471:
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
var arns = __webpack_require__(850);
// EXTERNAL MODULE: ./src/routing/group-weights.ts
var group_weights = __webpack_require__(6249);
// EXTERNAL MODULE: ./src/routing/target-groups.ts
var target_groups = __webpack_require__(3210);
// EXTERNAL MODULE: ./src/routing/alb/spec.ts
var alb_spec = __webpack_require__(945);
;// CONCATENATED MODULE: ./src/routing/alb/kit.ts



/** The spec operations of an ALB rule (or listener default actions) between `pair`'s groups. Pure. */
function albKit(resource, pair) {
    return {
        parse: (raw) => (0,alb_spec/* parseAlbSpec */.ge)(raw, resource),
        equal: alb_spec/* specsEqual */.VC,
        differences: alb_spec/* differences */.tX,
        targetsEqual: (actual, expected) => (0,target_groups/* groupDifferences */.a2)((0,alb_spec/* targetGroupsOf */.TT)(actual), (0,alb_spec/* targetGroupsOf */.TT)(expected)).length === 0,
        // Our targets with someone's edit: they are a shift of the snapshot's, so the forward takes its groups back.
        withTargetsOf: (current, source) => (0,alb_spec/* withPairWeightsFrom */.mJ)(current, source, pair) ?? {
            ...structuredClone(current),
            Actions: structuredClone(source.Actions),
        },
        written: (snapshot, weights) => [0, ...weights].map((weight) => (0,alb_spec/* shift */.BN)(snapshot, pair, weight, resource)),
        canaryWeight: (spec) => (0,alb_spec/* canaryWeight */.hq)(spec, pair),
        canaryShare: (spec) => (0,group_weights/* shareOf */.tC)((0,alb_spec/* targetGroupsOf */.TT)(spec), pair.canary),
    };
}

// EXTERNAL MODULE: ./src/routing/alb/router.ts + 1 modules
var router = __webpack_require__(8060);
// EXTERNAL MODULE: ./src/routing/alb/state.ts
var alb_state = __webpack_require__(601);
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
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/routing/app-mesh/state-schema.ts



const meshName = schemas/* string */.YjP().regex(/^[A-Za-z0-9_.-]{1,255}$/, 'an App Mesh name: 1-255 of A-Z a-z 0-9 _ . -');
// A spec that App Mesh could not take back is reported as an issue of the document, not thrown.
const routeSpec = schemas/* unknown */.L5J().transform((value, context) => {
    try {
        return (0,route_spec/* parseRouteSpec */.Y_)(value, 'of the snapshot');
    }
    catch (error) {
        context.addIssue({ code: 'custom', message: (0,errors/* messageOf */.bD)(error) });
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

// EXTERNAL MODULE: ./src/routing/errors.ts
var routing_errors = __webpack_require__(2843);
// EXTERNAL MODULE: ./src/routing/vpc-lattice/spec.ts
var vpc_lattice_spec = __webpack_require__(8870);
;// CONCATENATED MODULE: ./src/routing/vpc-lattice/kit.ts



/** The spec operations of a VPC Lattice rule (or listener default action) between `pair`'s groups. Pure. */
function latticeKit(resource, pair) {
    return {
        parse: (raw) => (0,vpc_lattice_spec/* parseLatticeSpec */.V_)(raw, resource),
        equal: vpc_lattice_spec/* specsEqual */.VC,
        differences: vpc_lattice_spec/* differences */.tX,
        targetsEqual: (actual, expected) => (0,target_groups/* groupDifferences */.a2)((0,vpc_lattice_spec/* targetGroupsOf */.TT)(actual), (0,vpc_lattice_spec/* targetGroupsOf */.TT)(expected)).length === 0,
        withTargetsOf: vpc_lattice_spec/* withTargetGroupsOf */.Jc,
        // Every step is computed from the snapshot: what a deployment wrote depends on the weight alone.
        written: (snapshot, weights) => [0, ...weights].map((weight) => (0,vpc_lattice_spec/* shift */.BN)(snapshot, pair, weight, resource)),
        canaryWeight: (spec) => (0,vpc_lattice_spec/* canaryWeight */.hq)(spec, pair),
        canaryShare: (spec) => (0,group_weights/* shareOf */.tC)((0,vpc_lattice_spec/* targetGroupsOf */.TT)(spec), pair.canary),
    };
}

// EXTERNAL MODULE: ./src/routing/vpc-lattice/router.ts + 1 modules
var vpc_lattice_router = __webpack_require__(4217);
// EXTERNAL MODULE: ./src/routing/vpc-lattice/state.ts
var vpc_lattice_state = __webpack_require__(1544);
;// CONCATENATED MODULE: ./src/routing/engine.ts

















const trafficSnapshotSchema = schemas/* discriminatedUnion */.gMt('router', [
    meshTrafficStateSchema,
    vpc_lattice_state/* latticeTrafficStateSchema */.o5,
    alb_state/* albTrafficStateSchema */.XI,
]);
/** A shift result carries its base; App Mesh's state is its own shift result (without the call's fields). */
const trafficStateSchema = schemas/* union */.KCZ([
    vpc_lattice_state/* latticeShiftResultSchema */.Rq,
    alb_state/* albShiftResultSchema */.qG,
    trafficSnapshotSchema,
]);
/** One canary per routed resource: the keys two deployments on the same route, rule or listener share. */
function lockKeysOf(state) {
    switch (state.router) {
        case 'app-mesh':
            return meshLockKeys(state);
        case 'vpc-lattice':
            return [(0,vpc_lattice_state/* latticeLockKey */.d0)(state)];
        case 'alb':
            return [(0,alb_state/* albLockKey */.C6)(state)];
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
            return [(0,vpc_lattice_state/* latticeResourceLabel */.N)(state)];
        case 'alb':
            return [(0,alb_state/* albResourceLabel */.eS)(state)];
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
            const groups = state.router === 'alb' ? (0,alb_spec/* targetGroupsOf */.TT)(state.spec) : (0,vpc_lattice_spec/* targetGroupsOf */.TT)(state.spec);
            const pair = state.router === 'alb' ? (0,alb_state/* albPairOf */.$O)(state) : (0,vpc_lattice_state/* latticePairOf */.U9)(state);
            if (groups.some((group) => group.id === pair.canary && group.weight > 0)) {
                // ALB groups are named by name in messages, not by their long ARNs.
                const named = state.router === 'alb' ? arns/* targetGroupNameOf */.RC : (id) => id;
                throw new routing_errors/* CanaryGroupNotAtZeroError */.cP(resourceLabelsOf(state)[0], named(pair.canary), groups.map((group) => ({ ...group, id: named(group.id) })));
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
            const label = (0,vpc_lattice_state/* latticeResourceLabel */.N)(snapshot);
            const kit = latticeKit(label, (0,vpc_lattice_state/* latticePairOf */.U9)(snapshot));
            return [{ label, name: label, snapshot: snapshot.spec, kit: kit }];
        }
        case 'alb': {
            const label = (0,alb_state/* albResourceLabel */.eS)(snapshot);
            const kit = albKit(label, (0,alb_state/* albPairOf */.$O)(snapshot));
            return [{ label, name: label, snapshot: snapshot.spec, kit: kit }];
        }
    }
}
function routerFromSettings(settings, clients, options) {
    switch (settings.router) {
        case 'app-mesh':
            return new appmesh_router/* AppMeshRouter */.C(clients.appMesh, settings, options);
        case 'vpc-lattice':
            return new vpc_lattice_router/* VpcLatticeRouter */.L(clients.vpcLattice, settings, routingApiOptions(options));
        case 'alb':
            return new router/* AlbRouter */.j(clients.elbv2, settings, routingApiOptions(options));
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
            return forwardEngine(new vpc_lattice_router/* VpcLatticeRouter */.L(clients.vpcLattice, (0,vpc_lattice_state/* latticeSettingsOf */.xo)(snapshot), routingApiOptions(options)), snapshot, pure[0]);
        case 'alb':
            return forwardEngine(new router/* AlbRouter */.j(clients.elbv2, (0,alb_state/* albSettingsOf */.KL)(snapshot), routingApiOptions(options)), snapshot, pure[0]);
    }
}
/** A target-group router (VPC Lattice, ALB): one routed resource, the rule or the listener's default action. */
function forwardEngine(router, snapshot, resource) {
    const access = router instanceof vpc_lattice_router/* VpcLatticeRouter */.L
        ? router.resourceAccess(snapshot)
        : router.resourceAccess(snapshot);
    return {
        async shift(percent, expected) {
            const result = router instanceof vpc_lattice_router/* VpcLatticeRouter */.L
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

/***/ 8586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ shiftForward),
/* harmony export */   Q: () => (/* binding */ restoreForward)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2843);

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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RoutedResourceDriftError */ .ly(resource, ops.differences(current, request.expected));
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

/***/ 4217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ VpcLatticeRouter)
});

// EXTERNAL MODULE: ./src/routing/errors.ts
var errors = __webpack_require__(2843);
// EXTERNAL MODULE: ./src/routing/forward-shift.ts
var forward_shift = __webpack_require__(8586);
// EXTERNAL MODULE: ./src/routing/percent.ts
var routing_percent = __webpack_require__(8743);
// EXTERNAL MODULE: ./src/routing/vpc-lattice/api.ts
var api = __webpack_require__(3045);
// EXTERNAL MODULE: ./src/routing/vpc-lattice/describe.ts
var describe = __webpack_require__(5252);
// EXTERNAL MODULE: ./src/routing/vpc-lattice/identifiers.ts
var identifiers = __webpack_require__(2549);
// EXTERNAL MODULE: ./src/routing/group-weights.ts
var group_weights = __webpack_require__(6249);
// EXTERNAL MODULE: ./src/routing/target-groups.ts
var target_groups = __webpack_require__(3210);
// EXTERNAL MODULE: ./src/routing/vpc-lattice/settings.ts
var vpc_lattice_settings = __webpack_require__(2984);
// EXTERNAL MODULE: ./src/routing/vpc-lattice/spec.ts
var vpc_lattice_spec = __webpack_require__(8870);
// EXTERNAL MODULE: ./src/routing/vpc-lattice/state.ts
var vpc_lattice_state = __webpack_require__(1544);
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
    const label = (0,vpc_lattice_state/* latticeResourceLabel */.N)({ ...(rule ? { ruleArn: rule.resource.arn } : {}), names });
    const input = rule ? vpc_lattice_settings/* latticeInputs */.Ge.rule : vpc_lattice_settings/* latticeInputs */.Ge.listener;
    const spec = checkedSpec(rule ?? listener, label, input);
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
    await checkWeights(state, label, checks, named);
    checkCanaryCanJoin(state, canary, label);
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
function checkedSpec(read, label, input) {
    try {
        return (0,vpc_lattice_spec/* parseLatticeSpec */.V_)(read.spec, label);
    }
    catch (error) {
        if (error instanceof vpc_lattice_spec/* LatticeSpecError */.i)
            throw new errors/* PreflightError */.wG(`${input}: ${error.message}`);
        throw error;
    }
}
async function checkWeights(state, label, checks, named) {
    const pair = (0,vpc_lattice_state/* latticePairOf */.U9)(state);
    const groups = (0,vpc_lattice_spec/* targetGroupsOf */.TT)(state.spec);
    const { names } = state;
    if (!groups.some((group) => group.id === pair.stable)) {
        throw new errors/* PreflightError */.wG(`${vpc_lattice_settings/* latticeInputs */.Ge.stableTargetGroup}: ${label} does not forward to target group ${names.stableTargetGroup} ` +
            `(its target groups: ${(0,target_groups/* describeGroups */.iq)(await named(groups))}); set stable-target-group to the group that serves production.`);
    }
    const canaryIn = groups.some((group) => group.id === pair.canary);
    if ((0,group_weights/* weightOf */.mm)(groups, pair.stable) + (0,group_weights/* weightOf */.mm)(groups, pair.canary) === 0) {
        throw new errors/* PreflightError */.wG(`${vpc_lattice_settings/* latticeInputs */.Ge.stableTargetGroup}: ${label} gives target group ${names.stableTargetGroup} weight 0: there is no traffic to shift.`);
    }
    if (checks.canaryAtZero && (0,group_weights/* weightOf */.mm)(groups, pair.canary) > 0) {
        throw new errors/* CanaryGroupNotAtZeroError */.cP(label, names.canaryTargetGroup, await named(groups));
    }
    if (!canaryIn && groups.length >= vpc_lattice_spec/* maxLatticeTargetGroups */.oj) {
        throw new errors/* PreflightError */.wG(`${vpc_lattice_settings/* latticeInputs */.Ge.canaryTargetGroup}: ${label} already forwards to ${groups.length} target groups, the most VPC Lattice allows, ` +
            `so target group ${names.canaryTargetGroup} cannot be added; add it at weight 0 by hand, or remove a group.`);
    }
    try {
        (0,vpc_lattice_spec/* shift */.BN)(state.spec, pair, 100, label);
    }
    catch (error) {
        if (error instanceof vpc_lattice_spec/* LatticeSpecError */.i)
            throw new errors/* PreflightError */.wG(`${vpc_lattice_settings/* latticeInputs */.Ge.stableTargetGroup}: ${error.message}`);
        throw error;
    }
}
function checkCanaryCanJoin(state, canary, label) {
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
        this.api = new api/* LatticeApi */.P(client, options);
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
        return (0,describe/* readLatticeWeights */.Y)(this.api, this.settings);
    }
    /**
     * Moves the canary to `canaryPercent` of the stable's share, computed from the snapshot's weights (the
     * `base` of a shift result, or the snapshot itself): a step's weights never depend on the steps before.
     */
    async shift(canaryPercent, expected) {
        const percent = (0,routing_percent/* checkCanaryPercent */.U)(canaryPercent);
        const { state, base } = this.checkState(expected, 'expected');
        const resource = (0,vpc_lattice_state/* latticeResourceLabel */.N)(state);
        const { spec, written } = await (0,forward_shift/* shiftForward */.K)(vpc_lattice_spec/* latticeSpecOps */.sC, this.resourceAccess(state), {
            resource,
            pair: (0,vpc_lattice_state/* latticePairOf */.U9)(state),
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
        const resource = (0,vpc_lattice_state/* latticeResourceLabel */.N)(state);
        const restored = await (0,forward_shift/* restoreForward */.Q)(vpc_lattice_spec/* latticeSpecOps */.sC, this.resourceAccess(state), {
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
        const parsed = (isResult ? vpc_lattice_state/* latticeShiftResultSchema */.Rq : vpc_lattice_state/* latticeTrafficStateSchema */.o5).safeParse(value);
        if (!parsed.success) {
            const issue = parsed.error.issues[0];
            throw new errors/* TrafficStateError */.jG(`the ${what} state is not a VPC Lattice state: ${issue.path.join('.') || 'state'}: ${issue.message}`);
        }
        const { canaryPercent: _percent, base, written: _written, ...state } = parsed.data;
        this.checkIdentity(state, what);
        if (base) {
            // A result's spec must be its base with only a shift's weights: anything else is not this router's.
            const restored = (0,vpc_lattice_spec/* withPairWeightsFrom */.mJ)(state.spec, base, (0,vpc_lattice_state/* latticePairOf */.U9)(state));
            if (!restored || !(0,vpc_lattice_spec/* specsEqual */.VC)(restored, base)) {
                throw new errors/* TrafficStateError */.jG(`the ${what} state's spec is not a shift of its base: ${(0,vpc_lattice_spec/* differences */.tX)(state.spec, base).join('; ')}.`);
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


/***/ })

};
