export const id = 856;
export const ids = [856];
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

/***/ 3856:
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
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-cjs/index.js
var dist_cjs = __webpack_require__(586);
// EXTERNAL MODULE: ./src/routing/aws-call.ts
var aws_call = __webpack_require__(9384);
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
        return (0,aws_call/* callWithRetry */.Z)(doing, this.options, onNotFound, send);
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

// EXTERNAL MODULE: ./src/routing/alb/arns.ts
var arns = __webpack_require__(850);
// EXTERNAL MODULE: ./src/routing/alb/spec.ts
var alb_spec = __webpack_require__(945);
// EXTERNAL MODULE: ./src/routing/alb/state.ts
var alb_state = __webpack_require__(601);
;// CONCATENATED MODULE: ./src/routing/alb/describe.ts



/**
 * The weights as they are, for people: reads the rule (or the listener's default actions) without the
 * pre-flight's checks on the two groups. Target groups are shown by name.
 */
async function readAlbWeights(api, settings) {
    const read = settings.ruleArn ? await api.rule(settings.ruleArn) : await api.listener(settings.listenerArn);
    const route = (0,alb_state/* albResourceLabel */.eS)(settings);
    const spec = (0,alb_spec/* parseAlbSpec */.ge)(read.spec, route);
    return [
        {
            route,
            type: settings.ruleArn ? 'alb rule' : 'alb listener default actions',
            // ELBv2 keeps no version of a rule or listener.
            version: 0,
            targets: (0,alb_spec/* targetGroupsOf */.TT)(spec).map((group) => ({
                target: (0,arns/* targetGroupNameOf */.RC)(group.id),
                weight: group.weight,
            })),
        },
    ];
}

// EXTERNAL MODULE: ./src/routing/group-weights.ts
var group_weights = __webpack_require__(6249);
// EXTERNAL MODULE: ./src/routing/target-groups.ts
var target_groups = __webpack_require__(3210);
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


/***/ })

};
