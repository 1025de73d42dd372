export const id = 161;
export const ids = [161];
export const modules = {

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

/***/ 9384:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ callWithRetry)
/* harmony export */ });
/* unused harmony export isThrottlingOrServerError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9809);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2843);



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
        return await (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .callAws */ .IY)(doing, () => (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L5)(send, {
            ...options.retry,
            retryable: isThrottlingOrServerError,
            onRetry: ({ attempt, delayMs, error }) => options.log?.warn(`${doing}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}; attempt ${attempt + 1} in ${delayMs} ms`),
        }));
    }
    catch (error) {
        if (notFound && error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsCallError */ .iQ && notFound.errorNames.includes(error.awsErrorName)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RoutingResourceNotFoundError */ .gL(notFound.resource, notFound.hint, { cause: error });
        }
        throw error;
    }
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

/***/ 4161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VpcLatticeRouter: () => (/* binding */ VpcLatticeRouter)
});

// EXTERNAL MODULE: ./src/routing/errors.ts
var errors = __webpack_require__(2843);
// EXTERNAL MODULE: ./src/routing/forward-shift.ts
var forward_shift = __webpack_require__(8586);
// EXTERNAL MODULE: ./src/routing/percent.ts
var routing_percent = __webpack_require__(8743);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-vpc-lattice/dist-cjs/index.js
var dist_cjs = __webpack_require__(3635);
// EXTERNAL MODULE: ./src/routing/aws-call.ts
var aws_call = __webpack_require__(9384);
// EXTERNAL MODULE: ./src/routing/vpc-lattice/identifiers.ts
var identifiers = __webpack_require__(2549);
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
            const items = await this.list(`listing VPC Lattice services to find ${identifier.name}`, undefined, (nextToken) => this.client.send(new dist_cjs/* ListServicesCommand */.qde({ ...(nextToken ? { nextToken } : {}) })));
            return this.unique('service', vpc_lattice_settings/* latticeInputs */.Ge.service, identifier.name, items, hint);
        }
        const output = await this.call(`describing VPC Lattice service ${input}`, notFound(`VPC Lattice service ${input}`, hint), () => this.client.send(new dist_cjs/* GetServiceCommand */.dns({ serviceIdentifier: input })));
        return resource(output, input);
    }
    /** The listener and its default action (GetListener); a name is found with ListListeners first. */
    async listener(service, input) {
        const hint = `check ${vpc_lattice_settings/* latticeInputs */.Ge.listener} (a listener of VPC Lattice service ${service.name}: name, ID or ARN).`;
        const identifier = this.parsed('listener', input);
        let listenerIdentifier = input;
        if (identifier.form === 'name') {
            const items = await this.list(`listing the listeners of VPC Lattice service ${service.name}`, notFound(`VPC Lattice service ${service.name}`, `check ${vpc_lattice_settings/* latticeInputs */.Ge.service}.`), (nextToken) => this.client.send(new dist_cjs/* ListListenersCommand */.NlV({ serviceIdentifier: service.arn, ...(nextToken ? { nextToken } : {}) })));
            listenerIdentifier = this.unique('listener', vpc_lattice_settings/* latticeInputs */.Ge.listener, identifier.name, items, hint).arn;
        }
        return this.readListener(service.arn, listenerIdentifier, hint);
    }
    async readListener(serviceArn, listener, hint = `check ${vpc_lattice_settings/* latticeInputs */.Ge.listener}.`) {
        const output = await this.call(`reading VPC Lattice listener ${listener}`, notFound(`VPC Lattice listener ${listener}`, hint), () => this.client.send(new dist_cjs/* GetListenerCommand */.mOX({ serviceIdentifier: serviceArn, listenerIdentifier: listener })));
        return { resource: resource(output, listener), spec: { action: output.defaultAction } };
    }
    /** The rule (GetRule); a name is found with ListRules first. */
    async rule(service, listener, input) {
        const hint = `check ${vpc_lattice_settings/* latticeInputs */.Ge.rule} (a rule of listener ${listener.name}: name, ID or ARN), ` +
            "or leave it unset to shift the listener's default action.";
        const identifier = this.parsed('rule', input);
        let ruleIdentifier = input;
        if (identifier.form === 'name') {
            const items = await this.list(`listing the rules of VPC Lattice listener ${listener.name}`, notFound(`VPC Lattice listener ${listener.name}`, `check ${vpc_lattice_settings/* latticeInputs */.Ge.listener}.`), (nextToken) => this.client.send(new dist_cjs/* ListRulesCommand */.TtM({
                serviceIdentifier: service.arn,
                listenerIdentifier: listener.arn,
                ...(nextToken ? { nextToken } : {}),
            })));
            ruleIdentifier = this.unique('rule', vpc_lattice_settings/* latticeInputs */.Ge.rule, identifier.name, items, hint).arn;
        }
        return this.readRule(service.arn, listener.arn, ruleIdentifier, hint);
    }
    async readRule(serviceArn, listenerArn, rule, hint = `check ${vpc_lattice_settings/* latticeInputs */.Ge.rule}.`) {
        const output = await this.call(`reading VPC Lattice rule ${rule}`, notFound(`VPC Lattice rule ${rule}`, hint), () => this.client.send(new dist_cjs/* GetRuleCommand */.eDD({
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
            const items = await this.list(`listing VPC Lattice target groups to find ${identifier.name}`, undefined, (nextToken) => this.client.send(new dist_cjs/* ListTargetGroupsCommand */.huv({ ...(nextToken ? { nextToken } : {}) })));
            targetGroupIdentifier = this.unique('targetgroup', input, identifier.name, items, hint).arn;
        }
        const output = await this.call(`describing VPC Lattice target group ${text}`, notFound(`VPC Lattice target group ${text}`, hint), () => this.client.send(new dist_cjs/* GetTargetGroupCommand */.oWc({ targetGroupIdentifier })));
        return {
            ...resource(output, text),
            ...(output.status ? { status: output.status } : {}),
            serviceArns: output.serviceArns ?? [],
        };
    }
    /** UpdateRule with the action only; returns the rule as VPC Lattice stored it. */
    async updateRuleAction(serviceArn, listenerArn, ruleArn, action) {
        const output = await this.call(`updating VPC Lattice rule ${ruleArn}`, notFound(`VPC Lattice rule ${ruleArn}`, `check ${vpc_lattice_settings/* latticeInputs */.Ge.rule}.`), () => this.client.send(new dist_cjs/* UpdateRuleCommand */.ngV({
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
        const output = await this.call(`updating the default action of VPC Lattice listener ${listenerArn}`, notFound(`VPC Lattice listener ${listenerArn}`, `check ${vpc_lattice_settings/* latticeInputs */.Ge.listener}.`), () => this.client.send(new dist_cjs/* UpdateListenerCommand */.V0x({
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
        return (0,aws_call/* callWithRetry */.Z)(doing, this.options, onNotFound, send);
    }
}
function inputOf(kind) {
    if (kind === 'targetgroup')
        return 'target-group';
    return vpc_lattice_settings/* latticeInputs */.Ge[kind];
}
function notFound(resourceLabel, hint) {
    return { errorNames: notFoundNames, resource: resourceLabel, hint };
}
/** ARN, ID and name from a Get* answer; the input stands in for what VPC Lattice did not return. */
function resource(output, input) {
    return { arn: output.arn ?? input, id: output.id ?? input, name: output.name ?? output.id ?? input };
}

// EXTERNAL MODULE: ./src/routing/vpc-lattice/spec.ts
var vpc_lattice_spec = __webpack_require__(8870);
// EXTERNAL MODULE: ./src/routing/vpc-lattice/state.ts
var vpc_lattice_state = __webpack_require__(1544);
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
    const route = (0,vpc_lattice_state/* latticeResourceLabel */.N)({
        ...(rule ? { ruleArn: rule.resource.arn } : {}),
        names: { listener: listener.resource.name, ...(rule ? { rule: rule.resource.name } : {}) },
    });
    const spec = (0,vpc_lattice_spec/* parseLatticeSpec */.V_)((rule ?? listener).spec, route);
    const targets = [];
    for (const group of (0,vpc_lattice_spec/* targetGroupsOf */.TT)(spec)) {
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

// EXTERNAL MODULE: ./src/routing/group-weights.ts
var group_weights = __webpack_require__(6249);
// EXTERNAL MODULE: ./src/routing/target-groups.ts
var target_groups = __webpack_require__(3210);
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
