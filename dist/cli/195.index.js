export const id = 195;
export const ids = [195,809];
export const modules = {

/***/ 2195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runWeights: () => (/* binding */ runWeights)
});

// EXTERNAL MODULE: ./src/aws/region.ts + 1 modules
var aws_region = __webpack_require__(2376);
// EXTERNAL MODULE: ./src/modes/deps.ts + 1 modules
var deps = __webpack_require__(9555);
// EXTERNAL MODULE: ./src/routing/alb/api.ts
var api = __webpack_require__(4820);
// EXTERNAL MODULE: ./src/routing/alb/describe.ts
var describe = __webpack_require__(4403);
// EXTERNAL MODULE: ./src/routing/app-mesh/appmesh-api.ts
var appmesh_api = __webpack_require__(2791);
// EXTERNAL MODULE: ./src/routing/app-mesh/route-weights.ts
var route_weights = __webpack_require__(5549);
// EXTERNAL MODULE: ./src/routing/vpc-lattice/api.ts
var vpc_lattice_api = __webpack_require__(3045);
// EXTERNAL MODULE: ./src/routing/vpc-lattice/describe.ts
var vpc_lattice_describe = __webpack_require__(5252);
;// CONCATENATED MODULE: ./src/routing/read-weights.ts






/**
 * The weights at a router's location as they are, for people (read-only, no pre-flight checks): each route
 * of an App Mesh virtual router, or the VPC Lattice or ALB rule (or listener default) forward action.
 */
function readWeights(location, clients) {
    switch (location.router) {
        case 'app-mesh':
            return (0,route_weights/* readRouteWeights */.J)(new appmesh_api/* MeshApi */.u(clients.appMesh, location), location.routes);
        case 'vpc-lattice':
            return (0,vpc_lattice_describe/* readLatticeWeights */.Y)(new vpc_lattice_api/* LatticeApi */.P(clients.vpcLattice), location);
        case 'alb':
            return (0,describe/* readAlbWeights */.l)(new api/* AlbApi */.o(clients.elbv2), location);
    }
}

// EXTERNAL MODULE: ./src/routing/router-settings.ts
var router_settings = __webpack_require__(8259);
// EXTERNAL MODULE: ./src/cli/options.ts
var cli_options = __webpack_require__(776);
// EXTERNAL MODULE: ./src/cli/commands/weights-table.ts
var weights_table = __webpack_require__(3585);
;// CONCATENATED MODULE: ./src/cli/commands/weights-action.ts






/** The weights command's run: reads the router's weights and prints them. */
async function runWeights(options, io) {
    const read = (0,cli_options/* readerFromOptions */.k)(options);
    const location = (0,router_settings/* routerLocation */.jy)(read);
    const region = (0,aws_region/* resolveRegion */.Z)(read('region'));
    const routes = await readWeights(location, (0,deps/* awsModeDeps */.r)(region, { info: () => { }, warn: io.err }));
    io.out(options.json ? JSON.stringify(routes, null, 2) : (0,weights_table/* formatWeightsTable */.t)(routes, location.router));
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

/***/ 2791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ MeshApi)
/* harmony export */ });
/* unused harmony export appMeshRetryable */
/* harmony import */ var _aws_sdk_client_app_mesh__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9356);
/* harmony import */ var _aws_sdk_client_app_mesh__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(_aws_sdk_client_app_mesh__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9809);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4357);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2644);





/** App Mesh errors worth another attempt: throttling and server-side failures. */
const appMeshRetryable = (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .errorNamed */ .Ao)('TooManyRequestsException', 'ServiceUnavailableException', 'InternalServerErrorException');
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
        await this.call(`describing ${(0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .meshLabel */ .eV)(this.place)}`, notFound(`mesh ${this.place.mesh}`, '', meshHint(this.place)), () => this.client.send(new _aws_sdk_client_app_mesh__WEBPACK_IMPORTED_MODULE_4__.DescribeMeshCommand({ meshName: this.place.mesh, ...this.owner })));
    }
    async checkVirtualRouter() {
        const { mesh, virtualRouter } = this.place;
        await this.call(`describing ${(0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .routerLabel */ .EK)(this.place)}`, notFound(`virtual router ${virtualRouter}`, (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .meshLabel */ .eV)(this.place), 'check virtual-router.'), () => this.client.send(new _aws_sdk_client_app_mesh__WEBPACK_IMPORTED_MODULE_4__.DescribeVirtualRouterCommand({
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
            const page = await this.call(`listing the routes of ${(0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .routerLabel */ .EK)(this.place)}`, notFound(`virtual router ${this.place.virtualRouter}`, (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .meshLabel */ .eV)(this.place), 'check mesh and virtual-router.'), () => this.client.send(new _aws_sdk_client_app_mesh__WEBPACK_IMPORTED_MODULE_4__.ListRoutesCommand({
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
        const output = await this.call(`describing ${(0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .routeLabel */ .qA)(this.place, routeName)}`, notFound(`route ${routeName}`, (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .routerLabel */ .EK)(this.place), 'check route.'), () => this.client.send(new _aws_sdk_client_app_mesh__WEBPACK_IMPORTED_MODULE_4__.DescribeRouteCommand({
            meshName: this.place.mesh,
            virtualRouterName: this.place.virtualRouter,
            routeName,
            ...this.owner,
        })));
        return routeRead(routeName, output.route);
    }
    /** Replaces the whole spec (App Mesh has no partial update); `clientToken` makes a retry harmless. */
    async updateRoute(routeName, spec, clientToken) {
        const output = await this.call(`updating ${(0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .routeLabel */ .qA)(this.place, routeName)}`, notFound(`route ${routeName}`, (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .routerLabel */ .EK)(this.place), 'check route.'), () => this.client.send(new _aws_sdk_client_app_mesh__WEBPACK_IMPORTED_MODULE_4__.UpdateRouteCommand({
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
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MeshResourceNotFoundError */ .lD)
                return undefined;
            throw error;
        }
    }
    async virtualNode(nodeName, hint = 'check the node name.') {
        const output = await this.call(`describing ${(0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeLabel */ .dA)(this.place, nodeName)}`, notFound(`virtual node ${nodeName}`, (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .meshLabel */ .eV)(this.place), hint), () => this.client.send(new _aws_sdk_client_app_mesh__WEBPACK_IMPORTED_MODULE_4__.DescribeVirtualNodeCommand({
            meshName: this.place.mesh,
            virtualNodeName: nodeName,
            ...this.owner,
        })));
        return (output.virtualNode?.spec ?? {});
    }
    async createVirtualNode(nodeName, spec, clientToken) {
        await this.call(`creating ${(0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeLabel */ .dA)(this.place, nodeName)}`, undefined, () => this.client.send(new _aws_sdk_client_app_mesh__WEBPACK_IMPORTED_MODULE_4__.CreateVirtualNodeCommand({
            meshName: this.place.mesh,
            virtualNodeName: nodeName,
            spec: spec,
            clientToken,
            ...this.owner,
        })));
    }
    async call(doing, onNotFound, send) {
        try {
            return await (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .callAws */ .IY)(doing, () => (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L5)(send, {
                ...this.options.retry,
                retryable: appMeshRetryable,
                onRetry: ({ attempt, delayMs, error }) => this.options.log?.warn(`${doing}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}; attempt ${attempt + 1} in ${delayMs} ms`),
            }));
        }
        catch (error) {
            if (onNotFound && error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsCallError */ .iQ && error.awsErrorName === 'NotFoundException') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MeshResourceNotFoundError */ .lD(onNotFound.resource, onNotFound.where, onNotFound.hint, {
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


/***/ }),

/***/ 5549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ readRouteWeights),
/* harmony export */   g: () => (/* binding */ routeWeightsOf)
/* harmony export */ });
/* harmony import */ var _route_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61);

/** The weighted targets of the named routes, or of every route of the router. */
async function readRouteWeights(api, routeNames) {
    const names = routeNames.length > 0 ? [...routeNames] : await api.listRouteNames();
    const routes = [];
    for (const routeName of names) {
        const read = await api.describeRoute(routeName);
        routes.push(routeWeightsOf({ routeName, version: read.version, spec: (0,_route_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRouteSpec */ .Y_)(read.spec, routeName) }));
    }
    return routes;
}
function routeWeightsOf(route) {
    const spec = route.spec;
    return {
        route: route.routeName,
        type: (0,_route_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .routeTypeOf */ .l7)(spec),
        version: route.version,
        targets: (0,_route_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .weightedTargetsOf */ .Jh)(spec).map((target) => ({
            target: target.virtualNode,
            ...(target.port === undefined ? {} : { port: target.port }),
            weight: target.weight,
        })),
    };
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

/***/ 3045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ LatticeApi)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_vpc_lattice__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3635);
/* harmony import */ var _aws_call_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9384);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2843);
/* harmony import */ var _identifiers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2549);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2984);





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
        const hint = `check ${_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .latticeInputs */ .Ge.service} (a VPC Lattice service name, ID or ARN in this account and Region).`;
        const identifier = this.parsed('service', input);
        if (identifier.form === 'name') {
            const items = await this.list(`listing VPC Lattice services to find ${identifier.name}`, undefined, (nextToken) => this.client.send(new _aws_sdk_client_vpc_lattice__WEBPACK_IMPORTED_MODULE_4__/* .ListServicesCommand */ .qde({ ...(nextToken ? { nextToken } : {}) })));
            return this.unique('service', _settings_js__WEBPACK_IMPORTED_MODULE_3__/* .latticeInputs */ .Ge.service, identifier.name, items, hint);
        }
        const output = await this.call(`describing VPC Lattice service ${input}`, notFound(`VPC Lattice service ${input}`, hint), () => this.client.send(new _aws_sdk_client_vpc_lattice__WEBPACK_IMPORTED_MODULE_4__/* .GetServiceCommand */ .dns({ serviceIdentifier: input })));
        return resource(output, input);
    }
    /** The listener and its default action (GetListener); a name is found with ListListeners first. */
    async listener(service, input) {
        const hint = `check ${_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .latticeInputs */ .Ge.listener} (a listener of VPC Lattice service ${service.name}: name, ID or ARN).`;
        const identifier = this.parsed('listener', input);
        let listenerIdentifier = input;
        if (identifier.form === 'name') {
            const items = await this.list(`listing the listeners of VPC Lattice service ${service.name}`, notFound(`VPC Lattice service ${service.name}`, `check ${_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .latticeInputs */ .Ge.service}.`), (nextToken) => this.client.send(new _aws_sdk_client_vpc_lattice__WEBPACK_IMPORTED_MODULE_4__/* .ListListenersCommand */ .NlV({ serviceIdentifier: service.arn, ...(nextToken ? { nextToken } : {}) })));
            listenerIdentifier = this.unique('listener', _settings_js__WEBPACK_IMPORTED_MODULE_3__/* .latticeInputs */ .Ge.listener, identifier.name, items, hint).arn;
        }
        return this.readListener(service.arn, listenerIdentifier, hint);
    }
    async readListener(serviceArn, listener, hint = `check ${_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .latticeInputs */ .Ge.listener}.`) {
        const output = await this.call(`reading VPC Lattice listener ${listener}`, notFound(`VPC Lattice listener ${listener}`, hint), () => this.client.send(new _aws_sdk_client_vpc_lattice__WEBPACK_IMPORTED_MODULE_4__/* .GetListenerCommand */ .mOX({ serviceIdentifier: serviceArn, listenerIdentifier: listener })));
        return { resource: resource(output, listener), spec: { action: output.defaultAction } };
    }
    /** The rule (GetRule); a name is found with ListRules first. */
    async rule(service, listener, input) {
        const hint = `check ${_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .latticeInputs */ .Ge.rule} (a rule of listener ${listener.name}: name, ID or ARN), ` +
            "or leave it unset to shift the listener's default action.";
        const identifier = this.parsed('rule', input);
        let ruleIdentifier = input;
        if (identifier.form === 'name') {
            const items = await this.list(`listing the rules of VPC Lattice listener ${listener.name}`, notFound(`VPC Lattice listener ${listener.name}`, `check ${_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .latticeInputs */ .Ge.listener}.`), (nextToken) => this.client.send(new _aws_sdk_client_vpc_lattice__WEBPACK_IMPORTED_MODULE_4__/* .ListRulesCommand */ .TtM({
                serviceIdentifier: service.arn,
                listenerIdentifier: listener.arn,
                ...(nextToken ? { nextToken } : {}),
            })));
            ruleIdentifier = this.unique('rule', _settings_js__WEBPACK_IMPORTED_MODULE_3__/* .latticeInputs */ .Ge.rule, identifier.name, items, hint).arn;
        }
        return this.readRule(service.arn, listener.arn, ruleIdentifier, hint);
    }
    async readRule(serviceArn, listenerArn, rule, hint = `check ${_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .latticeInputs */ .Ge.rule}.`) {
        const output = await this.call(`reading VPC Lattice rule ${rule}`, notFound(`VPC Lattice rule ${rule}`, hint), () => this.client.send(new _aws_sdk_client_vpc_lattice__WEBPACK_IMPORTED_MODULE_4__/* .GetRuleCommand */ .eDD({
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
            const items = await this.list(`listing VPC Lattice target groups to find ${identifier.name}`, undefined, (nextToken) => this.client.send(new _aws_sdk_client_vpc_lattice__WEBPACK_IMPORTED_MODULE_4__/* .ListTargetGroupsCommand */ .huv({ ...(nextToken ? { nextToken } : {}) })));
            targetGroupIdentifier = this.unique('targetgroup', input, identifier.name, items, hint).arn;
        }
        const output = await this.call(`describing VPC Lattice target group ${text}`, notFound(`VPC Lattice target group ${text}`, hint), () => this.client.send(new _aws_sdk_client_vpc_lattice__WEBPACK_IMPORTED_MODULE_4__/* .GetTargetGroupCommand */ .oWc({ targetGroupIdentifier })));
        return {
            ...resource(output, text),
            ...(output.status ? { status: output.status } : {}),
            serviceArns: output.serviceArns ?? [],
        };
    }
    /** UpdateRule with the action only; returns the rule as VPC Lattice stored it. */
    async updateRuleAction(serviceArn, listenerArn, ruleArn, action) {
        const output = await this.call(`updating VPC Lattice rule ${ruleArn}`, notFound(`VPC Lattice rule ${ruleArn}`, `check ${_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .latticeInputs */ .Ge.rule}.`), () => this.client.send(new _aws_sdk_client_vpc_lattice__WEBPACK_IMPORTED_MODULE_4__/* .UpdateRuleCommand */ .ngV({
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
        const output = await this.call(`updating the default action of VPC Lattice listener ${listenerArn}`, notFound(`VPC Lattice listener ${listenerArn}`, `check ${_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .latticeInputs */ .Ge.listener}.`), () => this.client.send(new _aws_sdk_client_vpc_lattice__WEBPACK_IMPORTED_MODULE_4__/* .UpdateListenerCommand */ .V0x({
            serviceIdentifier: serviceArn,
            listenerIdentifier: listenerArn,
            defaultAction: action,
        })));
        return { action: output.defaultAction };
    }
    parsed(kind, text, input = inputOf(kind)) {
        const identifier = (0,_identifiers_js__WEBPACK_IMPORTED_MODULE_2__/* .parseLatticeIdentifier */ .Bg)(kind, text);
        // Settings were checked already; a malformed identifier here comes from a hand-made state.
        if (typeof identifier === 'string')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PreflightError */ .wG(`${input}: ${identifier}`);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RoutingResourceNotFoundError */ .gL(`VPC Lattice ${_identifiers_js__WEBPACK_IMPORTED_MODULE_2__/* .kindLabels */ .G8[kind]} named ${name}`, hint);
        }
        if (found.length > 1) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PreflightError */ .wG(`${input}: ${found.length} VPC Lattice ${_identifiers_js__WEBPACK_IMPORTED_MODULE_2__/* .kindLabels */ .G8[kind]}s are named ${name} (${found.map((item) => item.arn).join(', ')}); give the ARN.`);
        }
        return { arn: found[0].arn, id: found[0].id, name };
    }
    call(doing, onNotFound, send) {
        return (0,_aws_call_js__WEBPACK_IMPORTED_MODULE_0__/* .callWithRetry */ .Z)(doing, this.options, onNotFound, send);
    }
}
function inputOf(kind) {
    if (kind === 'targetgroup')
        return 'target-group';
    return _settings_js__WEBPACK_IMPORTED_MODULE_3__/* .latticeInputs */ .Ge[kind];
}
function notFound(resourceLabel, hint) {
    return { errorNames: notFoundNames, resource: resourceLabel, hint };
}
/** ARN, ID and name from a Get* answer; the input stands in for what VPC Lattice did not return. */
function resource(output, input) {
    return { arn: output.arn ?? input, id: output.id ?? input, name: output.name ?? output.id ?? input };
}


/***/ }),

/***/ 5252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ readLatticeWeights)
/* harmony export */ });
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8870);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1544);


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
    const route = (0,_state_js__WEBPACK_IMPORTED_MODULE_1__/* .latticeResourceLabel */ .N)({
        ...(rule ? { ruleArn: rule.resource.arn } : {}),
        names: { listener: listener.resource.name, ...(rule ? { rule: rule.resource.name } : {}) },
    });
    const spec = (0,_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .parseLatticeSpec */ .V_)((rule ?? listener).spec, route);
    const targets = [];
    for (const group of (0,_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .targetGroupsOf */ .TT)(spec)) {
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


/***/ })

};
