export const id = 161;
export const ids = [161];
export const modules = {

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

/***/ 9161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AppMeshRouter: () => (/* binding */ AppMeshRouter)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/routing/errors.ts
var routing_errors = __webpack_require__(2843);
// EXTERNAL MODULE: ./src/routing/percent.ts
var routing_percent = __webpack_require__(8743);
// EXTERNAL MODULE: ./src/routing/app-mesh/appmesh-api.ts
var appmesh_api = __webpack_require__(2791);
;// CONCATENATED MODULE: ./src/routing/app-mesh/canary-node-spec.ts

/**
 * The canary node's spec: the stable node's listeners, backends, backend defaults (TLS), health checks and
 * logging, with the canary's own service discovery. DNS keeps the stable node's response type and IP
 * preference; Cloud Map keeps its IP preference and, by default, its namespace.
 */
function canaryNodeSpec(stable, discovery) {
    if (JSON.stringify(stable).includes('"$unknown"')) {
        throw new errors/* InputError */.dz('create-canary-node', 'the stable node has settings this client does not know; create the canary node yourself.');
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
            throw new errors/* InputError */.dz('canary-dns-hostname', `is the stable node's own hostname (${discovery.hostname}); the canary needs its own.`);
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
        throw new errors/* InputError */.dz('canary-cloud-map-namespace', 'is required: the stable node does not use Cloud Map, so there is no namespace to reuse.');
    }
    const stableCloudMap = serviceDiscovery?.awsCloudMap;
    if (stableCloudMap?.namespaceName === namespaceName &&
        stableCloudMap.serviceName === discovery.serviceName &&
        JSON.stringify(stableCloudMap.attributes ?? []) === JSON.stringify(discovery.attributes)) {
        throw new errors/* InputError */.dz('canary-cloud-map-service', `is the stable node's own Cloud Map service (${namespaceName}/${discovery.serviceName}) with the same attributes; the canary needs its own instances.`);
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
    const spec = canaryNodeSpec(stable, settings.canaryDiscovery);
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


/***/ })

};
