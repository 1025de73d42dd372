export const id = 135;
export const ids = [135];
export const modules = {

/***/ 5345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ meshSettings),
/* harmony export */   IW: () => (/* binding */ meshLocationSettings),
/* harmony export */   gG: () => (/* binding */ canaryPercentSetting)
/* harmony export */ });
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
    const text = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .requiredString */ .Fk)(read, 'canary-percent', 'Set it to the share of traffic for the canary, 0 to 100.');
    return (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInteger */ .cG)('canary-percent', text, { min: 0, max: 100 });
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

/***/ 850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cz: () => (/* binding */ isRuleOf),
/* harmony export */   ER: () => (/* binding */ isTargetGroupName),
/* harmony export */   RA: () => (/* binding */ targetGroupDimension),
/* harmony export */   RC: () => (/* binding */ targetGroupNameOf),
/* harmony export */   Tj: () => (/* binding */ loadBalancerDimension),
/* harmony export */   XC: () => (/* binding */ parseTargetGroupArn),
/* harmony export */   Zb: () => (/* binding */ parseListenerArn),
/* harmony export */   l5: () => (/* binding */ loadBalancerArnOf),
/* harmony export */   rP: () => (/* binding */ parseRuleArn)
/* harmony export */ });
/**
 * Application Load Balancer ARNs (IAM Service Authorization Reference, Elastic Load Balancing V2):
 *   listener       arn:PARTITION:elasticloadbalancing:REGION:ACCOUNT:listener/app/LB-NAME/LB-ID/LISTENER-ID
 *   listener rule  arn:…:listener-rule/app/LB-NAME/LB-ID/LISTENER-ID/RULE-ID
 *   target group   arn:…:targetgroup/TG-NAME/TG-ID
 *   load balancer  arn:…:loadbalancer/app/LB-NAME/LB-ID
 * A rule's ARN carries its listener's, so "a rule of another listener" is visible without AWS. Pure.
 */
const head = '^arn:(aws[a-z-]*):elasticloadbalancing:([a-z0-9-]+):(\\d{12}):';
const listenerPattern = new RegExp(`${head}listener/([a-z]+)/([^/]+)/([^/]+)/([^/]+)$`);
const rulePattern = new RegExp(`${head}listener-rule/([a-z]+)/([^/]+)/([^/]+)/([^/]+)/([^/]+)$`);
const targetGroupPattern = new RegExp(`${head}targetgroup/([^/]+)/([^/]+)$`);
/** The parts of a listener ARN, or a sentence saying what is wrong with it. */
function parseListenerArn(text) {
    const match = listenerPattern.exec(text.trim());
    if (!match) {
        return `"${text}" is not a load balancer listener ARN (arn:aws:elasticloadbalancing:REGION:ACCOUNT:listener/app/NAME/ID/ID).`;
    }
    const [, partition, region, account, type, loadBalancerName, loadBalancerId, listenerId] = match;
    return {
        arn: text.trim(),
        partition,
        region,
        account,
        type,
        loadBalancerName,
        loadBalancerId,
        listenerId,
    };
}
function parseRuleArn(text) {
    const match = rulePattern.exec(text.trim());
    if (!match) {
        return `"${text}" is not a listener rule ARN (arn:aws:elasticloadbalancing:REGION:ACCOUNT:listener-rule/app/NAME/ID/ID/ID).`;
    }
    const [, partition, region, account, type, loadBalancerName, loadBalancerId, listenerId, ruleId] = match;
    return {
        arn: text.trim(),
        partition,
        region,
        account,
        type,
        loadBalancerName,
        loadBalancerId,
        listenerId,
        ruleId,
    };
}
function parseTargetGroupArn(text) {
    const match = targetGroupPattern.exec(text.trim());
    if (!match) {
        return `"${text}" is not a target group ARN (arn:aws:elasticloadbalancing:REGION:ACCOUNT:targetgroup/NAME/ID).`;
    }
    const [, partition, region, account, name, id] = match;
    return { arn: text.trim(), partition, region, account, name, id };
}
/** Whether the rule is one of the listener's rules (same partition, Region, account, load balancer, listener). */
function isRuleOf(rule, listener) {
    return (rule.partition === listener.partition &&
        rule.region === listener.region &&
        rule.account === listener.account &&
        rule.type === listener.type &&
        rule.loadBalancerName === listener.loadBalancerName &&
        rule.loadBalancerId === listener.loadBalancerId &&
        rule.listenerId === listener.listenerId);
}
/** The load balancer's ARN, from its listener's. */
function loadBalancerArnOf(listener) {
    return `arn:${listener.partition}:elasticloadbalancing:${listener.region}:${listener.account}:loadbalancer/${listener.type}/${listener.loadBalancerName}/${listener.loadBalancerId}`;
}
/** CloudWatch's LoadBalancer dimension: app/NAME/ID, the final portion of the load balancer ARN. */
function loadBalancerDimension(listener) {
    return `${listener.type}/${listener.loadBalancerName}/${listener.loadBalancerId}`;
}
/** CloudWatch's TargetGroup dimension: targetgroup/NAME/ID, the final portion of the target group ARN. */
function targetGroupDimension(targetGroup) {
    return `targetgroup/${targetGroup.name}/${targetGroup.id}`;
}
/** The name in a target group ARN (unique per account and Region), or the text itself. */
function targetGroupNameOf(arn) {
    const parsed = parseTargetGroupArn(arn);
    return typeof parsed === 'string' ? arn : parsed.name;
}
/** Target group names: 1-32 letters, digits and hyphens, not starting or ending with a hyphen. */
function isTargetGroupName(text) {
    return /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?$/.test(text);
}


/***/ }),

/***/ 3539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lo: () => (/* binding */ albSettings),
/* harmony export */   Qr: () => (/* binding */ albLocationSettings),
/* harmony export */   jK: () => (/* binding */ albInputs)
/* harmony export */ });
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4389);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _arns_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(850);



const albInputs = {
    listener: 'listener-arn',
    rule: 'listener-rule-arn',
    stableTargetGroup: 'stable-target-group',
    canaryTargetGroup: 'canary-target-group',
};
/**
 * Reads listener-arn, listener-rule-arn, stable-target-group and canary-target-group. Checks without AWS:
 * the listener is an Application Load Balancer's; the rule is one of that listener's; each target group is
 * an ARN in the listener's account and Region, or a target group name; the two groups differ.
 */
function albSettings(read) {
    const { location, listener } = checkedLocation(read);
    const stable = targetGroup(read, albInputs.stableTargetGroup, 'serves production', listener);
    const canary = targetGroup(read, albInputs.canaryTargetGroup, 'runs the new version', listener);
    if (stable.key === canary.key) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(albInputs.canaryTargetGroup, `must differ from stable-target-group (both are ${canary.key}).`);
    }
    return { ...location, stableTargetGroup: stable.text, canaryTargetGroup: canary.text };
}
/** Reads listener-arn and listener-rule-arn alone: enough to read the weights. */
function albLocationSettings(read) {
    return checkedLocation(read).location;
}
function checkedLocation(read) {
    const listener = (0,_arns_js__WEBPACK_IMPORTED_MODULE_2__/* .parseListenerArn */ .Zb)((0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .requiredString */ .Fk)(read, albInputs.listener, 'Set it to the ARN of the ALB listener whose rule or default action is shifted.'));
    if (typeof listener === 'string')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(albInputs.listener, listener);
    if (listener.type !== 'app') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(albInputs.listener, `is a listener of a ${listener.type === 'net' ? 'Network' : 'Gateway'} Load Balancer; router alb shifts Application Load Balancer listeners (listener/app/...).`);
    }
    const ruleText = (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .optionalString */ .sx)(read, albInputs.rule);
    if (ruleText !== undefined) {
        const rule = (0,_arns_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRuleArn */ .rP)(ruleText);
        if (typeof rule === 'string')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(albInputs.rule, rule);
        if (!(0,_arns_js__WEBPACK_IMPORTED_MODULE_2__/* .isRuleOf */ .Cz)(rule, listener)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(albInputs.rule, `is a rule of listener ${rule.loadBalancerName}/${rule.listenerId}, not of listener-arn ${listener.loadBalancerName}/${listener.listenerId}; ` +
                "give a rule of that listener, or leave listener-rule-arn unset to shift the listener's default actions.");
        }
    }
    return {
        location: { listenerArn: listener.arn, ...(ruleText !== undefined ? { ruleArn: ruleText } : {}) },
        listener,
    };
}
function targetGroup(read, input, role, listener) {
    const text = (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .requiredString */ .Fk)(read, input, `Set it to the ARN or name of the target group that ${role}.`);
    if (text.startsWith('arn:')) {
        const arn = (0,_arns_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTargetGroupArn */ .XC)(text);
        if (typeof arn === 'string')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, arn);
        if (arn.region !== listener.region ||
            arn.account !== listener.account ||
            arn.partition !== listener.partition) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `is in account ${arn.account}, Region ${arn.region}; the listener is in account ${listener.account}, Region ${listener.region}. An ALB forwards only to target groups of its own account and Region.`);
        }
        return { text, key: arn.name };
    }
    if (!(0,_arns_js__WEBPACK_IMPORTED_MODULE_2__/* .isTargetGroupName */ .ER)(text)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `"${text}" is neither a target group ARN nor a target group name (1-32 letters, digits and hyphens).`);
    }
    return { text, key: text };
}


/***/ }),

/***/ 945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BN: () => (/* binding */ shift),
/* harmony export */   JR: () => (/* binding */ albSpecOps),
/* harmony export */   TT: () => (/* binding */ targetGroupsOf),
/* harmony export */   VC: () => (/* binding */ specsEqual),
/* harmony export */   ge: () => (/* binding */ parseAlbSpec),
/* harmony export */   hq: () => (/* binding */ canaryWeight),
/* harmony export */   mJ: () => (/* binding */ withPairWeightsFrom),
/* harmony export */   pq: () => (/* binding */ AlbSpecError),
/* harmony export */   tX: () => (/* binding */ differences),
/* harmony export */   vo: () => (/* binding */ maxAlbTargetGroups)
/* harmony export */ });
/* unused harmony exports actionsEqual, describeTargets */
/* harmony import */ var _group_weights_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6249);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7910);
/* harmony import */ var _target_groups_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3210);
/* harmony import */ var _arns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(850);




/**
 * What an ALB canary routes through: a listener rule (Actions, Conditions, Priority, Transforms) or a
 * listener's default actions ({ Actions }), as DescribeRules / DescribeListeners return them. Only the
 * forward action's target group weights are interpreted; every other action and field is carried as
 * checked plain JSON so a write sends it back exactly. Target groups are identified by ARN. Pure.
 *
 * AWS returns a forward in two shapes: a bare TargetGroupArn, or a ForwardConfig with TargetGroups (weights
 * 0-999) and TargetGroupStickinessConfig, often both for one group. Both are read; a shift to two or more
 * groups writes a ForwardConfig (dropping TargetGroupArn, which may then only name the one group) and keeps
 * the stickiness configuration as it was.
 */
/** A forward action takes at most 5 target groups (ELBv2 quota "target groups per action"). */
const maxAlbTargetGroups = 5;
/** Action types this client models (ActionTypeEnum); an unknown one could hide fields it would drop. */
const knownActionTypes = new Set([
    'forward',
    'fixed-response',
    'redirect',
    'authenticate-oidc',
    'authenticate-cognito',
    'jwt-validation',
]);
class AlbSpecError extends Error {
    resource;
    name = 'AlbSpecError';
    constructor(resource, detail) {
        super(`${resource}: ${detail}`);
        this.resource = resource;
    }
}
const specFields = new Set(['Actions', 'Conditions', 'Priority', 'Transforms']);
/** Checks a spec (read from ELBv2, or carried in a document) and returns a plain JSON copy. */
function parseAlbSpec(value, resource) {
    const fail = (detail) => new AlbSpecError(resource, detail);
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(value))
        throw fail('the spec is not an object.');
    const plain = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .plainJson */ .RU)(value, 'spec', fail);
    const unknown = Object.keys(plain).filter((key) => !specFields.has(key));
    if (unknown.length > 0) {
        throw fail(`unknown field ${unknown.join(', ')}; a spec has Actions, Conditions, Priority, Transforms.`);
    }
    for (const list of ['Conditions', 'Transforms']) {
        if (plain[list] !== undefined && !Array.isArray(plain[list]))
            throw fail(`${list} is not a list.`);
    }
    if (plain.Priority !== undefined && typeof plain.Priority !== 'string')
        throw fail('Priority is not a string.');
    const actions = plain.Actions;
    if (!Array.isArray(actions) || actions.length === 0)
        throw fail('there are no actions.');
    for (const action of actions) {
        if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(action) || typeof action.Type !== 'string')
            throw fail(`an action has no Type: ${JSON.stringify(action)}.`);
        if (!knownActionTypes.has(action.Type)) {
            throw fail(`action type "${action.Type}" is unknown to this client; refusing to rewrite the actions.`);
        }
    }
    const forwards = actions.filter((action) => action.Type === 'forward');
    if (forwards.length !== 1) {
        const routing = actions.map((action) => action.Type).join(', ');
        throw fail(forwards.length === 0
            ? `the actions (${routing}) do not forward to target groups; a canary needs a forward action.`
            : `there are ${forwards.length} forward actions; a rule has one.`);
    }
    checkForward(forwards[0], fail);
    return plain;
}
function checkForward(forward, fail) {
    const config = forward.ForwardConfig;
    if (config !== undefined && !(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(config))
        throw fail('ForwardConfig is not an object.');
    const tuples = config?.TargetGroups;
    if (tuples !== undefined && !Array.isArray(tuples))
        throw fail('ForwardConfig.TargetGroups is not a list.');
    if (forward.TargetGroupArn !== undefined && typeof forward.TargetGroupArn !== 'string') {
        throw fail('TargetGroupArn is not a string.');
    }
    if (!tuples?.length) {
        if (!forward.TargetGroupArn)
            throw fail('the forward action names no target group.');
        return;
    }
    if (tuples.length > maxAlbTargetGroups) {
        throw fail(`the forward action has ${tuples.length} target groups; an ALB allows at most ${maxAlbTargetGroups}.`);
    }
    if (forward.TargetGroupArn &&
        (tuples.length !== 1 || tuples[0]?.TargetGroupArn !== forward.TargetGroupArn)) {
        throw fail('TargetGroupArn and ForwardConfig name different target groups.');
    }
    const seen = new Set();
    for (const tuple of tuples) {
        if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(tuple) || typeof tuple.TargetGroupArn !== 'string' || tuple.TargetGroupArn === '') {
            throw fail(`a target group has no TargetGroupArn: ${JSON.stringify(tuple)}.`);
        }
        const { Weight: weight } = tuple;
        if (weight !== undefined &&
            !(Number.isInteger(weight) && weight >= 0 && weight <= 999)) {
            throw fail(`the weight of ${(0,_arns_js__WEBPACK_IMPORTED_MODULE_0__/* .targetGroupNameOf */ .RC)(tuple.TargetGroupArn)} must be a whole number from 0 to 999; got ${weight}.`);
        }
        if (weight === undefined && tuples.length > 1) {
            throw fail(`target group ${(0,_arns_js__WEBPACK_IMPORTED_MODULE_0__/* .targetGroupNameOf */ .RC)(tuple.TargetGroupArn)} has no weight beside other groups; set every weight.`);
        }
        if (seen.has(tuple.TargetGroupArn))
            throw fail(`target group ${(0,_arns_js__WEBPACK_IMPORTED_MODULE_0__/* .targetGroupNameOf */ .RC)(tuple.TargetGroupArn)} appears twice.`);
        seen.add(tuple.TargetGroupArn);
    }
}
function forwardIndex(spec) {
    return spec.Actions.findIndex((action) => action.Type === 'forward');
}
function forwardOf(spec) {
    return spec.Actions[forwardIndex(spec)];
}
/** The forward's tuples, whichever shape AWS returned: a bare TargetGroupArn is one tuple without weight. */
function tuplesOf(forward) {
    const tuples = forward.ForwardConfig?.TargetGroups;
    if (tuples?.length)
        return tuples;
    return [{ TargetGroupArn: forward.TargetGroupArn }];
}
/** The forward's groups by ARN, with their effective weights (a lone group without weight counts 1). */
function targetGroupsOf(spec) {
    return tuplesOf(forwardOf(spec)).map((tuple) => ({ id: tuple.TargetGroupArn, weight: tuple.Weight ?? 1 }));
}
/**
 * The spec with the canary at `canaryPercent` of the stable's share (see group-weights.ts); `pair` holds
 * target group ARNs. Only the forward's target group weights change (the canary is added once it gets
 * weight); a shift that changes no weight returns the spec as it is, in the shape it had.
 */
function shift(spec, pair, canaryPercent, resource = 'the forward action') {
    const before = targetGroupsOf(spec);
    let after;
    try {
        after = (0,_group_weights_js__WEBPACK_IMPORTED_MODULE_2__/* .shiftGroupWeights */ .PE)(before, pair, canaryPercent, maxAlbTargetGroups).groups;
    }
    catch (error) {
        if (error instanceof _group_weights_js__WEBPACK_IMPORTED_MODULE_2__/* .GroupWeightError */ .A_)
            throw new AlbSpecError(resource, labelled(error.message, [...before.map((g) => g.id), pair.stable, pair.canary]));
        throw error;
    }
    if (after.length === before.length &&
        after.every((group, index) => group.weight === before[index].weight)) {
        return structuredClone(spec);
    }
    const tuples = tuplesOf(forwardOf(spec));
    return withTuples(spec, after.map((group, index) => {
        const tuple = tuples[index];
        return tuple ? { ...tuple, Weight: group.weight } : { TargetGroupArn: group.id, Weight: group.weight };
    }));
}
/** The spec with the forward's tuples replaced; TargetGroupArn stays only while it names the one group. */
function withTuples(spec, tuples) {
    const forward = forwardOf(spec);
    const { TargetGroupArn: bare, ...rest } = forward;
    const keepBare = bare !== undefined && tuples.length === 1 && tuples[0].TargetGroupArn === bare;
    const action = {
        ...rest,
        ...(keepBare ? { TargetGroupArn: bare } : {}),
        ForwardConfig: { ...(forward.ForwardConfig ?? {}), TargetGroups: tuples },
    };
    const actions = structuredClone(spec.Actions);
    actions[forwardIndex(spec)] = structuredClone(action);
    return { ...structuredClone(spec), Actions: actions };
}
/** Group ARNs in a message replaced by names, which people know (names are unique per account and Region). */
function labelled(text, arns) {
    return arns.reduce((out, arn) => out.split(arn).join((0,_arns_js__WEBPACK_IMPORTED_MODULE_0__/* .targetGroupNameOf */ .RC)(arn)), text);
}
function byName(groups) {
    return groups.map((group) => ({ id: (0,_arns_js__WEBPACK_IMPORTED_MODULE_0__/* .targetGroupNameOf */ .RC)(group.id), weight: group.weight }));
}
/**
 * What differs, in words: "target groups changed: blue 60 (expected 75)", "Priority changed: "3" (expected
 * "2")", "Actions[0].ForwardConfig.TargetGroupStickinessConfig.Enabled changed: true (expected false)".
 * Target groups compare by ARN (named by name), not by order nor by the forward's shape.
 */
function differences(actual, expected) {
    const out = [];
    const groups = (0,_target_groups_js__WEBPACK_IMPORTED_MODULE_3__/* .groupDifferences */ .a2)(byName(targetGroupsOf(actual)), byName(targetGroupsOf(expected)));
    if (groups.length > 0)
        out.push(`target groups changed: ${groups.join(', ')}`);
    (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonDifferences */ .tg)(withoutGroups(actual), withoutGroups(expected), '', out);
    return out;
}
function withoutGroups(spec) {
    const actions = spec.Actions.map((action) => {
        if (action.Type !== 'forward')
            return action;
        const { TargetGroupArn: _bare, ForwardConfig: config, ...rest } = action;
        const { TargetGroups: _tuples, ...configRest } = config ?? {};
        // Stickiness off is what AWS reports for a forward written without it: the same forward.
        const stickiness = configRest.TargetGroupStickinessConfig;
        if (stickiness?.Enabled === false && Object.keys(stickiness).length === 1)
            delete configRest.TargetGroupStickinessConfig;
        return Object.keys(configRest).length > 0 ? { ...rest, ForwardConfig: configRest } : rest;
    });
    return { ...spec, Actions: actions };
}
function specsEqual(actual, expected) {
    return differences(actual, expected).length === 0;
}
/** Whether the actions are the same (what ModifyRule / ModifyListener send); the rest is ignored. */
function actionsEqual(actual, expected) {
    return specsEqual({ Actions: actual.Actions }, { Actions: expected.Actions });
}
function canaryWeight(spec, pair) {
    return (0,_group_weights_js__WEBPACK_IMPORTED_MODULE_2__/* .weightOf */ .mm)(targetGroupsOf(spec), pair.canary);
}
/**
 * `current` with the forward's target groups (TargetGroupArn and ForwardConfig.TargetGroups) taken from
 * `source`, when the two differ in target groups only by what a shift changes (see isShiftOf); else
 * undefined. Keeps someone's edit of the conditions, priority, other actions or stickiness.
 */
function withPairWeightsFrom(current, source, pair) {
    if (!(0,_target_groups_js__WEBPACK_IMPORTED_MODULE_3__/* .isShiftOf */ .k2)(targetGroupsOf(current), targetGroupsOf(source), pair))
        return undefined;
    const from = forwardOf(source);
    const into = forwardOf(current);
    const { TargetGroupArn: _bare, ForwardConfig: config, ...rest } = into;
    const { TargetGroups: _tuples, ...configRest } = config ?? {};
    const sourceTuples = from.ForwardConfig?.TargetGroups;
    const forwardConfig = sourceTuples?.length
        ? { ...configRest, TargetGroups: structuredClone(sourceTuples) }
        : Object.keys(configRest).length > 0
            ? { ...configRest, TargetGroups: [{ TargetGroupArn: from.TargetGroupArn, Weight: 1 }] }
            : undefined;
    const action = {
        ...rest,
        ...(from.TargetGroupArn !== undefined ? { TargetGroupArn: from.TargetGroupArn } : {}),
        ...(forwardConfig ? { ForwardConfig: forwardConfig } : {}),
    };
    const actions = structuredClone(current.Actions);
    actions[forwardIndex(current)] = action;
    return { ...structuredClone(current), Actions: actions };
}
/** "blue 75, green 25" (target group names). */
function describeTargets(spec) {
    return (0,_target_groups_js__WEBPACK_IMPORTED_MODULE_3__/* .describeGroups */ .iq)(byName(targetGroupsOf(spec)));
}
/** The spec operations the shared shift and restore use. */
const albSpecOps = {
    parse: parseAlbSpec,
    shift,
    differences,
    specsEqual,
    writtenPartEqual: actionsEqual,
    describeTargets,
};


/***/ }),

/***/ 601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $O: () => (/* binding */ albPairOf),
/* harmony export */   C6: () => (/* binding */ albLockKey),
/* harmony export */   KL: () => (/* binding */ albSettingsOf),
/* harmony export */   XI: () => (/* binding */ albTrafficStateSchema),
/* harmony export */   eS: () => (/* binding */ albResourceLabel),
/* harmony export */   qG: () => (/* binding */ albShiftResultSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8532);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _arns_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(850);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(945);




const arnAs = (parse, what) => zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().refine((value) => typeof parse(value) === 'object', what);
// A spec ELBv2 could not take back is reported as an issue of the state, not thrown.
const spec = zod__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J().transform((value, context) => {
    try {
        return (0,_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .parseAlbSpec */ .ge)(value, 'the spec of the state');
    }
    catch (error) {
        context.addIssue({ code: 'custom', message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error) });
        return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
    }
});
const albTrafficStateSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    router: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('alb'),
    listenerArn: arnAs(_arns_js__WEBPACK_IMPORTED_MODULE_1__/* .parseListenerArn */ .Zb, 'an ALB listener ARN'),
    ruleArn: arnAs(_arns_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRuleArn */ .rP, 'an ALB listener rule ARN').optional(),
    loadBalancerArn: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        .regex(/^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:loadbalancer\/app\/[^/]+\/[^/]+$/, 'an ALB ARN'),
    stableTargetGroupArn: arnAs(_arns_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTargetGroupArn */ .XC, 'a target group ARN'),
    canaryTargetGroupArn: arnAs(_arns_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTargetGroupArn */ .XC, 'a target group ARN'),
    spec,
});
const albShiftResultSchema = albTrafficStateSchema.extend({
    canaryPercent: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(0).max(100),
    base: spec,
    written: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()),
});
/** The lock key: two deployments that shift the same rule (or listener default actions) share it. */
function albLockKey(state) {
    return state.ruleArn ? `alb:rule:${state.ruleArn}` : `alb:listener-default-actions:${state.listenerArn}`;
}
/** The settings of the deployment a state belongs to, by ARN: how the engine rebuilds its router. */
function albSettingsOf(state) {
    return {
        listenerArn: state.listenerArn,
        ...(state.ruleArn ? { ruleArn: state.ruleArn } : {}),
        stableTargetGroup: state.stableTargetGroupArn,
        canaryTargetGroup: state.canaryTargetGroupArn,
    };
}
function albPairOf(state) {
    return { stable: state.stableTargetGroupArn, canary: state.canaryTargetGroupArn };
}
/** "ALB rule 9683b2d02a6cabee of listener f2f7dc8efc522ab2 (load balancer my-alb)", or its default actions. */
function albResourceLabel(state) {
    const listener = (0,_arns_js__WEBPACK_IMPORTED_MODULE_1__/* .parseListenerArn */ .Zb)(state.listenerArn);
    const where = typeof listener === 'string'
        ? state.listenerArn
        : `listener ${listener.listenerId} (load balancer ${listener.loadBalancerName})`;
    if (!state.ruleArn)
        return `the default actions of ALB ${where}`;
    const rule = (0,_arns_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRuleArn */ .rP)(state.ruleArn);
    return `ALB rule ${typeof rule === 'string' ? state.ruleArn : rule.ruleId} of ${where}`;
}


/***/ }),

/***/ 4357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L1: () => (/* binding */ StableTargetMissingError),
/* harmony export */   Zm: () => (/* binding */ CanaryNotAtZeroError),
/* harmony export */   lD: () => (/* binding */ MeshResourceNotFoundError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2843);
/* harmony import */ var _route_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61);


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
class StableTargetMissingError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PreflightError */ .wG {
    routeName;
    stableNode;
    name = 'StableTargetMissingError';
    constructor(routeName, stableNode, targets) {
        super(`route ${routeName} has no weighted target on stable node ${stableNode} (its targets: ${(0,_route_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .describeTargets */ .Eg)(targets)}); ` +
            'set stable-node to the node that serves production, or leave this route out of route.');
        this.routeName = routeName;
        this.stableNode = stableNode;
    }
}
class CanaryNotAtZeroError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PreflightError */ .wG {
    routeName;
    canaryNode;
    targets;
    name = 'CanaryNotAtZeroError';
    constructor(routeName, canaryNode, targets) {
        super(`route ${routeName} already sends traffic to canary node ${canaryNode} (${(0,_route_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .describeTargets */ .Eg)(targets)}): ` +
            'a canary is running or a previous one was left behind (run mode: rollback, which stops a running ' +
            "canary or restores the last one's snapshot), or the weights were set by hand (appmesh-canary " +
            'set-weight --canary-percent 0).');
        this.routeName = routeName;
        this.canaryNode = canaryNode;
        this.targets = targets;
    }
}


/***/ }),

/***/ 2644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EK: () => (/* binding */ routerLabel),
/* harmony export */   dA: () => (/* binding */ nodeLabel),
/* harmony export */   eV: () => (/* binding */ meshLabel),
/* harmony export */   qA: () => (/* binding */ routeLabel)
/* harmony export */ });
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


/***/ }),

/***/ 61:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ao: () => (/* binding */ maxWeightedTargets),
/* harmony export */   Eg: () => (/* binding */ describeTargets),
/* harmony export */   HX: () => (/* binding */ RouteSpecError),
/* harmony export */   Jh: () => (/* binding */ weightedTargetsOf),
/* harmony export */   VC: () => (/* binding */ specsEqual),
/* harmony export */   Y_: () => (/* binding */ parseRouteSpec),
/* harmony export */   Z9: () => (/* binding */ targetsEqual),
/* harmony export */   eh: () => (/* binding */ withWeightedTargets),
/* harmony export */   kE: () => (/* binding */ specDifferences),
/* harmony export */   l7: () => (/* binding */ routeTypeOf)
/* harmony export */ });
/* unused harmony exports routeTypes, maxWeight, targetLabel */
/* harmony import */ var _routing_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7910);
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
    if (!(0,_routing_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(value))
        throw fail('the spec is not an object.');
    const plain = (0,_routing_json_js__WEBPACK_IMPORTED_MODULE_0__/* .plainJson */ .RU)(value, 'spec', fail);
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
    if (!(0,_routing_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(body) || !(0,_routing_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(body.action) || !Array.isArray(body.action.weightedTargets)) {
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
        if (!(0,_routing_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(target) || typeof target.virtualNode !== 'string' || target.virtualNode === '') {
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
    (0,_routing_json_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonDifferences */ .tg)(withoutTargets(actual), withoutTargets(expected), '', differences);
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
        else if ((0,_routing_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(found) !== (0,_routing_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(wanted)) {
            differences.push(`${label} ${(0,_routing_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(found)} (expected ${(0,_routing_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(wanted)})`);
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


/***/ }),

/***/ 2843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cP: () => (/* binding */ CanaryGroupNotAtZeroError),
/* harmony export */   fQ: () => (/* binding */ ShiftIncompleteError),
/* harmony export */   gL: () => (/* binding */ RoutingResourceNotFoundError),
/* harmony export */   hi: () => (/* binding */ RestoreIncompleteError),
/* harmony export */   jG: () => (/* binding */ TrafficStateError),
/* harmony export */   ly: () => (/* binding */ RoutedResourceDriftError),
/* harmony export */   ul: () => (/* binding */ DriftError),
/* harmony export */   wG: () => (/* binding */ PreflightError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _resource_phrase_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7200);
/* harmony import */ var _target_groups_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3210);



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
        super(`${drifts.map((drift) => `${(0,_resource_phrase_js__WEBPACK_IMPORTED_MODULE_1__/* .resourcesPhrase */ .V)([drift.routeName])}: ${drift.differences.join('; ')}`).join('. ')}. ` +
            `${drifts.some((drift) => drift.routeName.includes(' ')) ? 'It' : 'The route'} was changed outside this deployment, so nothing was written; check who changed it, then roll back or start again.`);
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
        super(`shifting to ${canaryPercent}% stopped at ${(0,_resource_phrase_js__WEBPACK_IMPORTED_MODULE_1__/* .resourcesPhrase */ .V)([failedRoute])}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(options.cause)}. ` +
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
        super(`restore failed for ${failures.map((failure) => `${(0,_resource_phrase_js__WEBPACK_IMPORTED_MODULE_1__/* .resourcesPhrase */ .V)([failure.routeName])} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(failure.error)})`).join(', ')}; ` +
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
        super(`${resource} already sends traffic to canary target group ${canaryTargetGroup} (${(0,_target_groups_js__WEBPACK_IMPORTED_MODULE_2__/* .describeGroups */ .iq)(groups)}): ` +
            'a canary is running or a previous one was left behind. Roll it back (mode: rollback), or, once no ' +
            'deployment runs, give its share back to the stable group with appmesh-canary set-weight --canary-percent 0 ' +
            '(the other groups keep theirs).');
        this.resource = resource;
        this.canaryTargetGroup = canaryTargetGroup;
        this.groups = groups;
    }
}


/***/ }),

/***/ 6249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A_: () => (/* binding */ GroupWeightError),
/* harmony export */   PE: () => (/* binding */ shiftGroupWeights),
/* harmony export */   mm: () => (/* binding */ weightOf),
/* harmony export */   tC: () => (/* binding */ shareOf)
/* harmony export */ });
/* unused harmony export maxTargetGroupWeight */
/**
 * Weight math for forward actions over target groups (VPC Lattice, ALB): whole weights 0-999, each group
 * receiving weight / total of the traffic. Pure.
 *
 * A canary percent p means what it means for App Mesh: p% of the stable group's share moves to the canary.
 * The stable's share is S / T, where S is the stable's weight plus the canary's (a shift only moves weight
 * between the two, so S is the stable's weight before the canary started) and T the total of all weights.
 * The target canary share is therefore S·p / (100·T).
 *
 * Every group's weight is multiplied by one whole factor k (1 when nothing needs scaling), and S·k is split
 * into canary = round(k·S·p/100) (a half rounds up) and stable = k·S − canary. Every other group keeps its
 * share exactly (its weight and the total both grow by k).
 *
 * "Exact to the permille": the canary's share of the total differs from the target share by at most half a
 * permille (0.05 percentage point), so it rounds to the same 0.1%. k is the smallest factor that achieves
 * it; when no factor keeping every weight at 999 or less does, the factor with the smallest error (the
 * smallest such factor on a tie). That error is never above one permille: with m the largest of S and the
 * other weights, the largest factor K = floor(999/m) gives K·m ≥ 500 (m ≥ 500: K ≥ 1; m < 500: K ≥ 2 and
 * K·m > 999 − m), T ≥ m, and rounding errs by at most half a weight unit, i.e. 0.5 / (K·T) ≤ 1/1000.
 *
 * Examples (stable s, canary c, other o): s 80, o 20 at 50% → s 40, c 40, o 20 (k 1). A single group of
 * weight 1 at 25% → s 3, c 1 (k 4); at 10% → s 9, c 1 (k 10); at 33% → s 59, c 29 (k 88: 32.95%).
 * s 100 alone at any percent → k 1. 0% leaves every weight as it is; 100% gives c = S, s 0, k 1.
 */
const maxTargetGroupWeight = 999;
/** Weights that cannot be shifted as asked; the caller names the rule or listener. */
class GroupWeightError extends Error {
    name = 'GroupWeightError';
}
/**
 * The groups with the canary at `canaryPercent` (0-100), in their order; a canary group that is absent is
 * appended once it gets weight (never at 0). `maxGroups` is the service's limit per forward action.
 */
function shiftGroupWeights(groups, pair, canaryPercent, maxGroups) {
    if (!Number.isInteger(canaryPercent) || canaryPercent < 0 || canaryPercent > 100) {
        throw new GroupWeightError(`the canary percent must be a whole number from 0 to 100; got ${canaryPercent}.`);
    }
    if (pair.stable === pair.canary) {
        throw new GroupWeightError(`stable and canary are the same target group (${pair.stable}).`);
    }
    for (const group of groups)
        checkWeight(group);
    const stable = groups.find((group) => group.id === pair.stable);
    if (!stable)
        throw new GroupWeightError(`stable target group ${pair.stable} is not in the forward action.`);
    const canary = groups.find((group) => group.id === pair.canary);
    const pairWeight = stable.weight + (canary?.weight ?? 0);
    if (pairWeight === 0) {
        throw new GroupWeightError(`stable target group ${pair.stable} holds weight 0${canary ? ' (and the canary too)' : ''}: there is no traffic to shift.`);
    }
    const total = groups.reduce((sum, group) => sum + group.weight, 0);
    const largest = Math.max(pairWeight, ...groups.map((group) => group.weight));
    const maxFactor = Math.floor(maxTargetGroupWeight / largest);
    if (maxFactor < 1) {
        throw new GroupWeightError(`stable and canary together weigh ${pairWeight}; the canary at 100% could not hold it (at most ${maxTargetGroupWeight}). Lower the weights by hand first.`);
    }
    const { factor, canaryWeight } = bestFactor(pairWeight, total, canaryPercent, maxFactor);
    const shifted = groups.map((group) => {
        if (group.id === pair.stable)
            return { ...group, weight: factor * pairWeight - canaryWeight };
        if (group.id === pair.canary)
            return { ...group, weight: canaryWeight };
        return { ...group, weight: group.weight * factor };
    });
    if (!canary && canaryWeight > 0) {
        if (shifted.length >= maxGroups) {
            throw new GroupWeightError(`adding canary target group ${pair.canary} would make ${shifted.length + 1} target groups; the action takes at most ${maxGroups}.`);
        }
        shifted.push({ id: pair.canary, weight: canaryWeight });
    }
    return { groups: shifted, factor };
}
/**
 * The smallest factor within half a permille, else the most exact one. Integer arithmetic only: with
 * error = |100·c − k·S·p| / (100·k·T), "within half a permille" is 20·|100·c − k·S·p| ≤ k·T.
 */
function bestFactor(pairWeight, total, percent, maxFactor) {
    let best;
    for (let factor = 1; factor <= maxFactor; factor++) {
        const exact = factor * pairWeight * percent;
        const canaryWeight = Math.floor((exact + 50) / 100);
        const deviation = Math.abs(100 * canaryWeight - exact);
        if (20 * deviation <= factor * total)
            return { factor, canaryWeight };
        const error = deviation / factor;
        if (!best || error < best.error)
            best = { factor, canaryWeight, error };
    }
    // maxFactor ≥ 1, so the loop ran and `best` is set whenever it did not return.
    return best;
}
function checkWeight(group) {
    if (!Number.isInteger(group.weight) || group.weight < 0 || group.weight > maxTargetGroupWeight) {
        throw new GroupWeightError(`the weight of target group ${group.id} must be a whole number from 0 to ${maxTargetGroupWeight}; got ${group.weight}.`);
    }
}
/** The weight of a group in the action; 0 when it is absent. */
function weightOf(groups, id) {
    return groups.find((group) => group.id === id)?.weight ?? 0;
}
/** A group's share of the total weight (0 when everything weighs 0). */
function shareOf(groups, id) {
    const total = groups.reduce((sum, group) => sum + group.weight, 0);
    return total === 0 ? 0 : weightOf(groups, id) / total;
}


/***/ }),

/***/ 7910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   RU: () => (/* binding */ plainJson),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   tg: () => (/* binding */ jsonDifferences)
/* harmony export */ });
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


/***/ }),

/***/ 8259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RB: () => (/* binding */ routerKinds),
/* harmony export */   XV: () => (/* binding */ routerSettings),
/* harmony export */   jy: () => (/* binding */ routerLocation)
/* harmony export */ });
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4389);
/* harmony import */ var _config_mesh_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5345);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _alb_settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3539);
/* harmony import */ var _vpc_lattice_settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2984);





const routerKinds = ['app-mesh', 'vpc-lattice', 'alb'];
/** Inputs that only one router reads: set for another, they point at a mistake. */
const ownInputs = {
    'vpc-lattice': [_vpc_lattice_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .latticeInputs */ .Ge.service, _vpc_lattice_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .latticeInputs */ .Ge.listener, _vpc_lattice_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .latticeInputs */ .Ge.rule],
    alb: ['listener-rule-arn'],
};
/**
 * Reads "router" (app-mesh, the default, vpc-lattice or alb) and that router's inputs. Pure: every error is
 * an InputError naming the input, raised before any AWS call.
 */
function routerSettings(read) {
    const router = routerKind(read);
    switch (router) {
        case 'app-mesh':
            return { router, ...(0,_config_mesh_js__WEBPACK_IMPORTED_MODULE_1__/* .meshSettings */ .BC)(read) };
        case 'vpc-lattice':
            return { router, ...(0,_vpc_lattice_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .latticeSettings */ .o3)(read) };
        case 'alb':
            return { router, ...(0,_alb_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .albSettings */ .Lo)(read) };
    }
}
/** The same for reading weights only: the stable and canary node or target group are not needed. */
function routerLocation(read) {
    const router = routerKind(read);
    switch (router) {
        case 'app-mesh':
            return { router, ...(0,_config_mesh_js__WEBPACK_IMPORTED_MODULE_1__/* .meshLocationSettings */ .IW)(read) };
        case 'vpc-lattice':
            return { router, ...(0,_vpc_lattice_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .latticeLocationSettings */ .DQ)(read) };
        case 'alb':
            return { router, ...(0,_alb_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .albLocationSettings */ .Qr)(read) };
    }
}
function routerKind(read) {
    const router = (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(read, 'router', routerKinds, 'app-mesh');
    for (const [owner, inputs] of Object.entries(ownInputs)) {
        if (owner === router)
            continue;
        const stray = inputs.find((input) => read(input).trim() !== '');
        if (stray)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(stray, `is read only with router: ${owner} (router is ${router}); remove it.`);
    }
    return router;
}


/***/ }),

/***/ 3210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a2: () => (/* binding */ groupDifferences),
/* harmony export */   iq: () => (/* binding */ describeGroups),
/* harmony export */   k2: () => (/* binding */ isShiftOf)
/* harmony export */ });
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


/***/ }),

/***/ 2549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $v: () => (/* binding */ latticeIdOf),
/* harmony export */   Bg: () => (/* binding */ parseLatticeIdentifier),
/* harmony export */   G8: () => (/* binding */ kindLabels),
/* harmony export */   HR: () => (/* binding */ identifies)
/* harmony export */ });
/**
 * VPC Lattice identifiers: every resource is named by a name, an ID or an ARN. Pure.
 * IDs are a prefix and 17 of [0-9a-z] (svc-, listener-, rule-, tg-); ARNs nest the listener and the rule
 * under their service (arn:aws:vpc-lattice:REGION:ACCOUNT:service/svc-…/listener/listener-…/rule/rule-…),
 * target groups stand alone (…:targetgroup/tg-…). Names cannot start with the ID prefix.
 */
const idSuffix = '[0-9a-z]{17}';
const arnHead = 'arn:[a-z0-9-]+:vpc-lattice:[a-zA-Z0-9-]+:\\d{12}';
const prefixes = {
    service: 'svc-',
    listener: 'listener-',
    rule: 'rule-',
    targetgroup: 'tg-',
};
const arnPatterns = {
    service: new RegExp(`^${arnHead}:service/(svc-${idSuffix})$`),
    listener: new RegExp(`^${arnHead}:service/(svc-${idSuffix})/listener/(listener-${idSuffix})$`),
    rule: new RegExp(`^${arnHead}:service/(svc-${idSuffix})/listener/(listener-${idSuffix})/rule/(rule-${idSuffix})$`),
    targetgroup: new RegExp(`^${arnHead}:targetgroup/(tg-${idSuffix})$`),
};
const kindLabels = {
    service: 'service',
    listener: 'listener',
    rule: 'listener rule',
    targetgroup: 'target group',
};
/** The form of an identifier, or a sentence saying why it is none (for the caller's InputError). */
function parseLatticeIdentifier(kind, text) {
    const value = text.trim();
    if (value.startsWith('arn:')) {
        const match = arnPatterns[kind].exec(value);
        if (!match)
            return `"${value}" is not a VPC Lattice ${kindLabels[kind]} ARN (${arnExample(kind)}).`;
        const ids = match.slice(1);
        const id = ids.at(-1);
        if (kind === 'listener')
            return { form: 'arn', arn: value, id, serviceId: ids[0] };
        if (kind === 'rule')
            return { form: 'arn', arn: value, id, serviceId: ids[0], listenerId: ids[1] };
        return { form: 'arn', arn: value, id };
    }
    const prefix = prefixes[kind];
    if (value.startsWith(prefix)) {
        return new RegExp(`^${prefix}${idSuffix}$`).test(value)
            ? { form: 'id', id: value }
            : `"${value}" is not a VPC Lattice ${kindLabels[kind]} ID (${prefix} and 17 lowercase letters or digits).`;
    }
    // Lattice names: 3-128 of a-z, 0-9 and single hyphens, not at either end.
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(value) || value.length < 3 || value.length > 128) {
        return `"${value}" is not a VPC Lattice ${kindLabels[kind]} name, ID or ARN (names are 3-128 of a-z, 0-9 and single hyphens).`;
    }
    return { form: 'name', name: value };
}
function arnExample(kind) {
    const head = 'arn:aws:vpc-lattice:REGION:ACCOUNT';
    switch (kind) {
        case 'service':
            return `${head}:service/svc-…`;
        case 'listener':
            return `${head}:service/svc-…/listener/listener-…`;
        case 'rule':
            return `${head}:service/svc-…/listener/listener-…/rule/rule-…`;
        case 'targetgroup':
            return `${head}:targetgroup/tg-…`;
    }
}
/** The ID in an ARN of that kind, or the text itself (an ID already, or something AWS returned as is). */
function latticeIdOf(kind, identifier) {
    const parsed = parseLatticeIdentifier(kind, identifier);
    return typeof parsed === 'object' && parsed.form !== 'name' ? parsed.id : identifier;
}
/** Whether an input (name, ID or ARN) names this resource. */
function identifies(input, resource) {
    return input === resource.arn || input === resource.id || input === resource.name;
}


/***/ }),

/***/ 2984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DQ: () => (/* binding */ latticeLocationSettings),
/* harmony export */   Ge: () => (/* binding */ latticeInputs),
/* harmony export */   o3: () => (/* binding */ latticeSettings)
/* harmony export */ });
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4389);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _identifiers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2549);



const latticeInputs = {
    service: 'lattice-service',
    listener: 'lattice-listener',
    rule: 'lattice-rule',
    stableTargetGroup: 'stable-target-group',
    canaryTargetGroup: 'canary-target-group',
};
/**
 * Reads lattice-service, lattice-listener, lattice-rule, stable-target-group and canary-target-group.
 * Checks what can be checked without AWS: each is a well-formed name, ID or ARN; the two groups differ;
 * a listener or rule given by ARN belongs to the service (and the rule to the listener) given by ID or ARN.
 */
function latticeSettings(read) {
    const location = latticeLocationSettings(read);
    const stable = identifier(read, 'stableTargetGroup', 'Set it to the target group that serves production (name, ID or ARN).', 'targetgroup');
    const canary = identifier(read, 'canaryTargetGroup', 'Set it to the target group of the new version (name, ID or ARN).', 'targetgroup');
    if (sameResource(stable.parsed, canary.parsed)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(latticeInputs.canaryTargetGroup, `must differ from stable-target-group (both name target group "${canary.text}").`);
    }
    return { ...location, stableTargetGroup: stable.text, canaryTargetGroup: canary.text };
}
/** Reads lattice-service, lattice-listener and lattice-rule alone: enough to read the weights. */
function latticeLocationSettings(read) {
    const service = identifier(read, 'service', 'Set it to the VPC Lattice service (name, ID or ARN).');
    const listener = identifier(read, 'listener', 'Set it to the listener of lattice-service whose rule or default action is shifted (name, ID or ARN).');
    const ruleText = (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .optionalString */ .sx)(read, latticeInputs.rule);
    const rule = ruleText === undefined ? undefined : checked('rule', ruleText);
    const serviceId = idOf(service.parsed);
    if (listener.parsed.form === 'arn' && serviceId && listener.parsed.serviceId !== serviceId) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(latticeInputs.listener, `is a listener of service ${listener.parsed.serviceId}, but lattice-service is ${serviceId}; give a listener of that service.`);
    }
    if (rule?.parsed.form === 'arn') {
        const listenerId = idOf(listener.parsed);
        if (listenerId && rule.parsed.listenerId !== listenerId) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(latticeInputs.rule, `is a rule of listener ${rule.parsed.listenerId}, but lattice-listener is ${listenerId}; give a rule of that listener, or leave lattice-rule unset to shift the listener's default action.`);
        }
        if (serviceId && rule.parsed.serviceId !== serviceId) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(latticeInputs.rule, `is a rule of service ${rule.parsed.serviceId}, but lattice-service is ${serviceId}.`);
        }
    }
    return { service: service.text, listener: listener.text, ...(rule ? { rule: rule.text } : {}) };
}
function identifier(read, field, fix, kind = field) {
    return checked(field, (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .requiredString */ .Fk)(read, latticeInputs[field], fix), kind);
}
function checked(field, text, kind = field) {
    const parsed = (0,_identifiers_js__WEBPACK_IMPORTED_MODULE_2__/* .parseLatticeIdentifier */ .Bg)(kind, text);
    if (typeof parsed === 'string')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(latticeInputs[field], parsed);
    return { text, parsed };
}
function idOf(parsed) {
    return parsed.form === 'name' ? undefined : parsed.id;
}
function sameResource(a, b) {
    if (a.form === 'name' || b.form === 'name')
        return a.form === 'name' && b.form === 'name' && a.name === b.name;
    return a.id === b.id;
}


/***/ }),

/***/ 8870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BN: () => (/* binding */ shift),
/* harmony export */   Jc: () => (/* binding */ withTargetGroupsOf),
/* harmony export */   TT: () => (/* binding */ targetGroupsOf),
/* harmony export */   VC: () => (/* binding */ specsEqual),
/* harmony export */   V_: () => (/* binding */ parseLatticeSpec),
/* harmony export */   hq: () => (/* binding */ canaryWeight),
/* harmony export */   i: () => (/* binding */ LatticeSpecError),
/* harmony export */   mJ: () => (/* binding */ withPairWeightsFrom),
/* harmony export */   oj: () => (/* binding */ maxLatticeTargetGroups),
/* harmony export */   sC: () => (/* binding */ latticeSpecOps),
/* harmony export */   tX: () => (/* binding */ differences)
/* harmony export */ });
/* unused harmony exports describeTargets, actionsEqual */
/* harmony import */ var _group_weights_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6249);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7910);
/* harmony import */ var _target_groups_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3210);
/* harmony import */ var _identifiers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2549);




/**
 * What a VPC Lattice canary routes through: a listener rule (its match, priority and action) or a listener's
 * default action, as GetRule / GetListener return them. Only the forward action's target group weights are
 * interpreted; everything else is carried as checked plain JSON, so a write sends it back exactly. Pure.
 */
/** A forward action holds 1 to 10 target groups (VPC Lattice API reference, ForwardAction). */
const maxLatticeTargetGroups = 10;
/** The weight of a lone target group without one (WeightedTargetGroup: "the default value is 100"). */
const loneGroupWeight = 100;
/** A rule or listener that cannot be shifted or written back safely; raised before anything is written. */
class LatticeSpecError extends Error {
    resource;
    name = 'LatticeSpecError';
    constructor(resource, detail) {
        super(`${resource}: ${detail}`);
        this.resource = resource;
    }
}
const specFields = new Set(['action', 'match', 'priority']);
/** Checks a spec (read from VPC Lattice, or carried in a document) and returns a plain JSON copy. */
function parseLatticeSpec(value, resource) {
    const fail = (detail) => new LatticeSpecError(resource, detail);
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(value))
        throw fail('the spec is not an object.');
    const plain = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .plainJson */ .RU)(value, 'spec', fail);
    const unknown = Object.keys(plain).filter((key) => !specFields.has(key));
    if (unknown.length > 0)
        throw fail(`unknown field ${unknown.join(', ')}; a spec has action, match, priority.`);
    const { action, match, priority } = plain;
    if (match !== undefined && !(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(match))
        throw fail('match is not an object.');
    if (priority !== undefined && !(Number.isInteger(priority) && priority >= 0)) {
        throw fail(`priority must be a whole number; got ${JSON.stringify(priority)}.`);
    }
    checkAction(action, fail);
    return plain;
}
function checkAction(action, fail) {
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(action))
        throw fail('the action is missing.');
    const kinds = Object.keys(action);
    if (kinds.length !== 1 || !(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(action.forward)) {
        const found = kinds.includes('fixedResponse')
            ? `a fixed response (status ${JSON.stringify(action.fixedResponse?.statusCode)})`
            : kinds.join(' and ') || 'empty';
        throw fail(`the action is ${found}, not a forward to target groups; a canary needs a forward action.`);
    }
    const groups = action.forward.targetGroups;
    if (!Array.isArray(groups) || groups.length === 0)
        throw fail('the forward action has no target groups.');
    if (groups.length > maxLatticeTargetGroups) {
        throw fail(`the forward action has ${groups.length} target groups; VPC Lattice allows at most ${maxLatticeTargetGroups}.`);
    }
    const seen = new Set();
    for (const group of groups) {
        if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(group) ||
            typeof group.targetGroupIdentifier !== 'string' ||
            group.targetGroupIdentifier === '') {
            throw fail(`a target group has no targetGroupIdentifier: ${JSON.stringify(group)}.`);
        }
        const { weight } = group;
        if (weight !== undefined &&
            !(Number.isInteger(weight) && weight >= 0 && weight <= 999)) {
            throw fail(`the weight of ${group.targetGroupIdentifier} must be a whole number from 0 to 999; got ${weight}.`);
        }
        if (weight === undefined && groups.length > 1) {
            throw fail(`target group ${group.targetGroupIdentifier} has no weight beside other groups; set every weight.`);
        }
        const id = (0,_identifiers_js__WEBPACK_IMPORTED_MODULE_0__/* .latticeIdOf */ .$v)('targetgroup', group.targetGroupIdentifier);
        if (seen.has(id))
            throw fail(`target group ${id} appears twice in the forward action.`);
        seen.add(id);
    }
}
/** The forward's groups by target group ID, with their effective weights. */
function targetGroupsOf(spec) {
    return spec.action.forward.targetGroups.map((group) => ({
        id: (0,_identifiers_js__WEBPACK_IMPORTED_MODULE_0__/* .latticeIdOf */ .$v)('targetgroup', group.targetGroupIdentifier),
        weight: group.weight ?? loneGroupWeight,
    }));
}
/**
 * The spec with the canary at `canaryPercent` of the stable's share (see group-weights.ts); `pair` holds
 * target group IDs. Only target group weights change (and the canary group is added once it gets weight);
 * a shift that changes no weight returns the spec as it is.
 */
function shift(spec, pair, canaryPercent, resource = 'the forward action') {
    const before = targetGroupsOf(spec);
    let after;
    try {
        after = (0,_group_weights_js__WEBPACK_IMPORTED_MODULE_2__/* .shiftGroupWeights */ .PE)(before, pair, canaryPercent, maxLatticeTargetGroups).groups;
    }
    catch (error) {
        if (error instanceof _group_weights_js__WEBPACK_IMPORTED_MODULE_2__/* .GroupWeightError */ .A_)
            throw new LatticeSpecError(resource, error.message);
        throw error;
    }
    if (after.length === before.length &&
        after.every((group, index) => group.weight === before[index].weight)) {
        return structuredClone(spec);
    }
    const entries = spec.action.forward.targetGroups;
    const targetGroups = after.map((group, index) => {
        const entry = entries[index];
        return entry
            ? { ...entry, weight: group.weight }
            : { targetGroupIdentifier: group.id, weight: group.weight };
    });
    return withTargetGroups(spec, targetGroups);
}
function withTargetGroups(spec, targetGroups) {
    return structuredClone({
        ...spec,
        action: { ...spec.action, forward: { ...spec.action.forward, targetGroups } },
    });
}
/**
 * What differs, in words: "targetGroups changed: tg-a 60 (expected 75)", "priority changed: 3 (expected 2)".
 * Target groups compare by ID (an ARN and its ID are the same group), not by order.
 */
function differences(actual, expected) {
    const out = [];
    const groups = (0,_target_groups_js__WEBPACK_IMPORTED_MODULE_3__/* .groupDifferences */ .a2)(targetGroupsOf(actual), targetGroupsOf(expected));
    if (groups.length > 0)
        out.push(`targetGroups changed: ${groups.join(', ')}`);
    (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonDifferences */ .tg)(withoutGroups(actual), withoutGroups(expected), '', out);
    return out;
}
function withoutGroups(spec) {
    const { targetGroups: _groups, ...forward } = spec.action.forward;
    return { ...spec, action: { ...spec.action, forward } };
}
function specsEqual(actual, expected) {
    return differences(actual, expected).length === 0;
}
function canaryWeight(spec, pair) {
    return (0,_group_weights_js__WEBPACK_IMPORTED_MODULE_2__/* .weightOf */ .mm)(targetGroupsOf(spec), pair.canary);
}
/**
 * `current` with its target groups taken from `source`, when the two differ in target groups only by what
 * a shift changes (see isShiftOf); else undefined. Keeps someone's edit of the match or priority while
 * putting the weights back.
 */
function withPairWeightsFrom(current, source, pair) {
    if (!(0,_target_groups_js__WEBPACK_IMPORTED_MODULE_3__/* .isShiftOf */ .k2)(targetGroupsOf(current), targetGroupsOf(source), pair))
        return undefined;
    return withTargetGroups(current, structuredClone(source.action.forward.targetGroups));
}
/** `current` with the forward's target groups of `source`, whatever they are; everything else of `current` kept. */
function withTargetGroupsOf(current, source) {
    return withTargetGroups(current, structuredClone(source.action.forward.targetGroups));
}
/** "tg-0123… 75, tg-0456… 25" */
function describeTargets(spec) {
    return (0,_target_groups_js__WEBPACK_IMPORTED_MODULE_3__/* .describeGroups */ .iq)(targetGroupsOf(spec));
}
/** Whether the actions are the same (what UpdateRule / UpdateListener send); match and priority are ignored. */
function actionsEqual(actual, expected) {
    return specsEqual({ action: actual.action }, { action: expected.action });
}
/** The spec operations the shared shift and restore use. */
const latticeSpecOps = {
    parse: parseLatticeSpec,
    shift,
    differences,
    specsEqual,
    writtenPartEqual: actionsEqual,
    describeTargets,
};


/***/ }),

/***/ 1544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ latticeResourceLabel),
/* harmony export */   Rq: () => (/* binding */ latticeShiftResultSchema),
/* harmony export */   U9: () => (/* binding */ latticePairOf),
/* harmony export */   d0: () => (/* binding */ latticeLockKey),
/* harmony export */   o5: () => (/* binding */ latticeTrafficStateSchema),
/* harmony export */   xo: () => (/* binding */ latticeSettingsOf)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8532);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _identifiers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2549);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8870);




const arnOf = (kind) => zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().refine((value) => {
    const parsed = (0,_identifiers_js__WEBPACK_IMPORTED_MODULE_1__/* .parseLatticeIdentifier */ .Bg)(kind, value);
    return typeof parsed === 'object' && parsed.form === 'arn';
}, `a VPC Lattice ${kind} ARN`);
// A spec VPC Lattice could not take back is reported as an issue of the state, not thrown.
const spec = zod__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J().transform((value, context) => {
    try {
        return (0,_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .parseLatticeSpec */ .V_)(value, 'the spec of the state');
    }
    catch (error) {
        context.addIssue({ code: 'custom', message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error) });
        return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
    }
});
const name = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1);
const latticeTrafficStateSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    router: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('vpc-lattice'),
    serviceArn: arnOf('service'),
    listenerArn: arnOf('listener'),
    ruleArn: arnOf('rule').optional(),
    stableTargetGroupArn: arnOf('targetgroup'),
    canaryTargetGroupArn: arnOf('targetgroup'),
    names: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        service: name,
        listener: name,
        rule: name.optional(),
        stableTargetGroup: name,
        canaryTargetGroup: name,
    }),
    spec,
});
const latticeShiftResultSchema = latticeTrafficStateSchema.extend({
    canaryPercent: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(0).max(100),
    base: spec,
    written: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()),
});
/**
 * The lock key: two deployments that shift the same rule (or the same listener's default action) share it,
 * whatever names they were given.
 */
function latticeLockKey(state) {
    return state.ruleArn
        ? `vpc-lattice:rule:${state.ruleArn}`
        : `vpc-lattice:listener-default-action:${state.listenerArn}`;
}
/** The settings of the deployment a state belongs to, by ARN: how the engine rebuilds its router. */
function latticeSettingsOf(state) {
    return {
        service: state.serviceArn,
        listener: state.listenerArn,
        ...(state.ruleArn ? { rule: state.ruleArn } : {}),
        stableTargetGroup: state.stableTargetGroupArn,
        canaryTargetGroup: state.canaryTargetGroupArn,
    };
}
/** The target group IDs spec functions compare by. */
function latticePairOf(state) {
    return {
        stable: targetGroupIdOfArn(state.stableTargetGroupArn),
        canary: targetGroupIdOfArn(state.canaryTargetGroupArn),
    };
}
function targetGroupIdOfArn(arn) {
    const parsed = (0,_identifiers_js__WEBPACK_IMPORTED_MODULE_1__/* .parseLatticeIdentifier */ .Bg)('targetgroup', arn);
    return typeof parsed === 'object' && parsed.form !== 'name' ? parsed.id : arn;
}
/** "VPC Lattice rule checkout of listener http-80" or "the default action of VPC Lattice listener http-80". */
function latticeResourceLabel(state) {
    return state.ruleArn
        ? `VPC Lattice rule ${state.names.rule ?? state.ruleArn} of listener ${state.names.listener}`
        : `the default action of VPC Lattice listener ${state.names.listener}`;
}


/***/ })

};
