export const id = 948;
export const ids = [948];
export const modules = {

/***/ 948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSetWeightCommand: () => (/* binding */ runSetWeightCommand)
});

// EXTERNAL MODULE: ./src/aws/region.ts + 1 modules
var region = __webpack_require__(2376);
// EXTERNAL MODULE: ./src/config/inputs.ts
var inputs = __webpack_require__(4389);
// EXTERNAL MODULE: ./src/modes/deps.ts + 1 modules
var modes_deps = __webpack_require__(9555);
// EXTERNAL MODULE: ./src/config/mesh.ts
var mesh = __webpack_require__(5345);
// EXTERNAL MODULE: ./src/config/services.ts
var services = __webpack_require__(8808);
// EXTERNAL MODULE: ./src/count.ts
var count = __webpack_require__(9984);
// EXTERNAL MODULE: ./src/deploy/service-roles.ts
var service_roles = __webpack_require__(3076);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/orchestrator/errors.ts
var orchestrator_errors = __webpack_require__(7726);
// EXTERNAL MODULE: ./src/routing/alb/router.ts + 1 modules
var alb_router = __webpack_require__(8060);
// EXTERNAL MODULE: ./src/routing/app-mesh/appmesh-router.ts + 2 modules
var appmesh_router = __webpack_require__(9161);
// EXTERNAL MODULE: ./src/routing/app-mesh/route-weights.ts
var route_weights = __webpack_require__(5549);
// EXTERNAL MODULE: ./src/routing/engine.ts + 4 modules
var engine = __webpack_require__(6471);
// EXTERNAL MODULE: ./src/routing/errors.ts
var routing_errors = __webpack_require__(2843);
// EXTERNAL MODULE: ./src/routing/router-settings.ts
var router_settings = __webpack_require__(8259);
// EXTERNAL MODULE: ./src/routing/vpc-lattice/router.ts + 1 modules
var vpc_lattice_router = __webpack_require__(4217);
// EXTERNAL MODULE: ./src/modes/executions.ts
var executions = __webpack_require__(593);
// EXTERNAL MODULE: ./src/modes/state-machine.ts
var state_machine = __webpack_require__(9897);
;// CONCATENATED MODULE: ./src/modes/set-weight.ts
















/**
 * `set-weight`: moves the canary to a share of the traffic by hand, after the same pre-flight a deploy makes
 * for what it would do: both services are the route's, every side the write sends traffic to runs tasks, and
 * no canary runs or is paused on the route (unless `force`, which is printed). Nothing is written before.
 */
async function runSetWeight(read, deps, options) {
    const routing = (0,router_settings/* routerSettings */.XV)(read);
    const canaryPercent = (0,mesh/* canaryPercentSetting */.gG)(read);
    const stable = (0,services/* stableServiceSettings */.e)(read);
    const canaryService = {
        cluster: stable.cluster,
        service: (0,inputs/* requiredString */.Fk)(read, 'service', 'Set it to the ECS service of the canary, e.g. serviceBv2.'),
    };
    (0,service_roles/* checkDistinctServices */.zc)(canaryService, stable);
    const stateMachineArn = read('state-machine-arn').trim();
    if (stateMachineArn)
        (0,state_machine/* checkStateMachineRegion */.L)(stateMachineArn, deps.region);
    else if (!options.force)
        throw new errors/* InputError */.dz('state-machine-arn', 'is required: set-weight first checks that no canary runs or is paused on the route. Set it to the ' +
            "orchestrator's StateMachineArn, or pass --force to write without that check.");
    const router = await (0,engine/* routerFromSettings */.pM)(routing, deps, {
        deploymentId: options.deploymentId,
        log: deps.log,
    });
    const snapshot = await router.current();
    const where = (0,engine/* resourceLabelsOf */.vc)(snapshot).join(', ');
    if (stateMachineArn)
        await checkNoCanaryRunning(stateMachineArn, snapshot, where, options.force, deps);
    else
        deps.log.warn(`--force: not checked whether a canary runs on ${where}`);
    const [stableState, canaryState] = [
        await deps.ecs.describeService(stable.cluster, stable.service),
        await deps.ecs.describeService(canaryService.cluster, canaryService.service),
    ];
    await checkServicesServe(routing, snapshot, { ...stable, state: stableState }, { ...canaryService, state: canaryState }, deps);
    const canaryName = routing.router === 'app-mesh' ? routing.canaryNode : routing.canaryTargetGroup;
    if (canaryPercent > 0)
        checkRunsTasks('canary', canaryService.service, canaryState, canaryPercent, where);
    if (canaryPercent < 100)
        checkRunsTasks('stable', stable.service, stableState, canaryPercent, where);
    const shifted = await shiftByHand(router, canaryPercent, snapshot);
    return { router: routing.router, canaryPercent, canary: canaryName, ...shifted };
}
async function checkNoCanaryRunning(stateMachineArn, snapshot, where, force, deps) {
    const running = await (0,executions/* runningCanaryOn */.n)(deps.executions, stateMachineArn, snapshot);
    if (!running)
        return;
    const named = `execution ${running.details.executionArn} (deployment ${running.document.deploymentId})`;
    if (force) {
        deps.log.warn(`--force: writing while ${named} runs a canary on ${where}; it will find the weights changed and stop, keeping them`);
        return;
    }
    throw new orchestrator_errors/* CanaryAlreadyRunningError */._4(`${named} is running a canary on ${where} (a paused one too): set-weight changed nothing. Resume it ` +
        '(promote), roll it back (rollback), or wait for it to end; --force writes anyway, and the canary then stops.');
}
/** The same checks a deploy makes: the services are the route's nodes or target groups, not swapped. */
async function checkServicesServe(routing, snapshot, stable, canary, deps) {
    if (snapshot.router === 'app-mesh' && routing.router === 'app-mesh') {
        const [stableTaskDefinition, canaryTaskDefinition] = [
            await deps.ecs.describeTaskDefinition(stable.state.taskDefinitionArn),
            await deps.ecs.describeTaskDefinition(canary.state.taskDefinitionArn),
        ];
        (0,service_roles/* checkServiceRoles */.Vd)({ ...canary, taskDefinition: canaryTaskDefinition }, { ...stable, taskDefinition: stableTaskDefinition }, snapshot);
    }
    else if (snapshot.router !== 'app-mesh') {
        (0,service_roles/* checkTargetGroupAttachments */.PJ)(canary, stable, snapshot);
    }
}
/** Traffic only goes to a service that runs tasks: refused before any write otherwise. */
function checkRunsTasks(role, service, state, canaryPercent, where) {
    if (state.desiredCount > 0 && state.runningCount > 0)
        return;
    throw new routing_errors/* PreflightError */.wG(`${role} service ${service} has ${(0,count/* tasksOf */.a)(state)}: the canary at ${canaryPercent}% would send it traffic of ` +
        `${where} with no task to answer. Nothing was written. Scale it up (or deploy it) first.`);
}
/**
 * The state the pre-flight read is what the write expects: a route or rule edited since (by hand, by a canary
 * that started meanwhile) is not overwritten.
 */
async function shiftByHand(router, canaryPercent, expected) {
    if (router instanceof appmesh_router.AppMeshRouter && expected.router === 'app-mesh') {
        const result = await router.shift(canaryPercent, expected);
        return {
            resources: result.routes.map((route) => route.routeName),
            written: result.written,
            result,
            weights: result.routes.map(route_weights/* routeWeightsOf */.g),
        };
    }
    const result = router instanceof alb_router.AlbRouter && expected.router === 'alb'
        ? await router.shift(canaryPercent, expected)
        : router instanceof vpc_lattice_router.VpcLatticeRouter && expected.router === 'vpc-lattice'
            ? await router.shift(canaryPercent, expected)
            : undefined;
    if (!result)
        throw new Error(`router ${expected.router} read by another router`);
    // The forward action as it is now, read once for the table and the names.
    const weights = await router.describe();
    return { resources: weights.map((one) => one.route), written: result.written, result, weights };
}

// EXTERNAL MODULE: ./src/cli/options.ts
var cli_options = __webpack_require__(776);
// EXTERNAL MODULE: ./src/cli/commands/weights-table.ts
var weights_table = __webpack_require__(3585);
;// CONCATENATED MODULE: ./src/cli/commands/set-weight-action.ts






/** The set-weight command's run: the pre-flight, the write, and the new weights printed. */
async function runSetWeightCommand(options, io) {
    const read = (0,cli_options/* readerFromOptions */.k)(options);
    const log = { info: () => { }, warn: (line) => io.err(`warning: ${line}`) };
    const deps = (0,modes_deps/* awsModeDeps */.r)((0,region/* resolveRegion */.Z)(read('region')), log);
    const shifted = await runSetWeight(read, deps, {
        force: options.force === true,
        deploymentId: (0,inputs/* stringWithDefault */.v7)(read, 'deployment-id', 'manual'),
    });
    const unchanged = shifted.resources.filter((name) => !shifted.written.includes(name));
    io.err(`canary ${shifted.canary} at ${shifted.canaryPercent}%: ` +
        `written ${shifted.written.join(', ') || 'none'}; already set ${unchanged.join(', ') || 'none'}`);
    io.out(options.json
        ? JSON.stringify(shifted.result, null, 2)
        : (0,weights_table/* formatWeightsTable */.t)(shifted.weights, shifted.router));
}


/***/ }),

/***/ 8808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ stableServiceSettings)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4389);

/** The stable ECS service: promotion rolls the new version out to it; rollback returns it. */
function stableServiceSettings(read) {
    return {
        cluster: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .optionalString */ .sx)(read, 'stable-cluster') ??
            (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .requiredString */ .Fk)(read, 'cluster', 'Set it to the ECS cluster of the services.'),
        service: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .requiredString */ .Fk)(read, 'stable-service', 'Set it to the ECS service that serves production (the stable virtual node), e.g. serviceB.'),
    };
}


/***/ }),

/***/ 3076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PJ: () => (/* binding */ checkTargetGroupAttachments),
/* harmony export */   Vd: () => (/* binding */ checkServiceRoles),
/* harmony export */   zc: () => (/* binding */ checkDistinctServices)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _taskdef_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9346);


/** Pure. The canary and the stable must be two services: deploying to the stable one is production directly. */
function checkDistinctServices(canary, stable) {
    if (canary.cluster === stable.cluster && canary.service === stable.service) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('service', `is the stable service (${stable.service} in cluster ${stable.cluster}): a canary needs its own service. ` +
            'Set service to the ECS service of the canary virtual node and stable-service to the production one.');
    }
}
/**
 * Pure. Each service's current task definition names, through its Envoy, the virtual node it serves: a canary
 * service that serves the stable node (or a stable service that serves the canary node) means the two inputs
 * are swapped or wrong, and the deploy would replace production. Services without an Envoy are not judged.
 */
function checkServiceRoles(canary, stable, nodes) {
    const canaryServes = (0,_taskdef_index_js__WEBPACK_IMPORTED_MODULE_1__/* .virtualNodeOf */ .Ri)(canary.taskDefinition);
    const stableServes = (0,_taskdef_index_js__WEBPACK_IMPORTED_MODULE_1__/* .virtualNodeOf */ .Ri)(stable.taskDefinition);
    if (serves(canaryServes, nodes.mesh, nodes.stableNode)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('service', `${canary.service} runs the Envoy of the stable virtual node ${nodes.stableNode}: it is the production service. ` +
            `Set service to the service of canary node ${nodes.canaryNode}${stable.service === canary.service ? '' : ` (are service and stable-service swapped? stable-service is ${stable.service})`}.`);
    }
    if (serves(stableServes, nodes.mesh, nodes.canaryNode)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('stable-service', `${stable.service} runs the Envoy of the canary virtual node ${nodes.canaryNode}, not of stable node ${nodes.stableNode}. ` +
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('service', `${canary.service} registers its tasks in the stable target group ${named(groups.stableTargetGroupArn)}: production ` +
            'traffic would reach the new version unchecked. Set service to the service of the canary target group ' +
            '(are service and stable-service swapped?).');
    }
    if (!canary.state.targetGroupArns.includes(groups.canaryTargetGroupArn)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('service', `${canary.service} is not registered in the canary target group ${named(groups.canaryTargetGroupArn)}: the traffic ` +
            "shifted to that group would find none of its tasks. Attach the service to it (the service's loadBalancers " +
            'or vpcLatticeConfigurations), or set canary-target-group to its group.');
    }
    if (!stable.state.targetGroupArns.includes(groups.stableTargetGroupArn)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('stable-service', `${stable.service} is not registered in the stable target group ${named(groups.stableTargetGroupArn)}: a rollback ` +
            'would send the traffic back to tasks that are not this service. Set stable-service to the service of that group.');
    }
}


/***/ }),

/***/ 9897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ checkStateMachineRegion)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/** The state machine runs where the mode runs: an ARN of another region is a wrong input, named as such. */
function checkStateMachineRegion(stateMachineArn, region) {
    const arnRegion = stateMachineArn.split(':')[3];
    if (arnRegion !== region) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('state-machine-arn', `is in region ${arnRegion}, but this run is in ${region}: deploy the orchestrator in ${region} and use its ` +
            'StateMachineArn, or set region to the one of the state machine.');
    }
}


/***/ }),

/***/ 8060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AlbRouter: () => (/* binding */ AlbRouter)
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


/***/ })

};
