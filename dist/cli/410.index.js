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
  HV: () => (/* binding */ meshSettingsOfState),
  vc: () => (/* binding */ resourceLabelsOf),
  pM: () => (/* binding */ routerFromSettings),
  XU: () => (/* binding */ routingApiOptions),
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

// EXTERNAL MODULE: ./src/routing/alb/state.ts
var alb_state = __webpack_require__(601);
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
/**
 * A router of the settings a user gave (the Action's and the CLI's modes). Each router's code and SDK client
 * load when a deployment first uses that router: a run pays only for its own.
 */
async function routerFromSettings(settings, clients, options) {
    switch (settings.router) {
        case 'app-mesh': {
            const { AppMeshRouter } = await Promise.all(/* import() */[__webpack_require__.e(356), __webpack_require__.e(161), __webpack_require__.e(809)]).then(__webpack_require__.bind(__webpack_require__, 9161));
            return new AppMeshRouter(clients.appMesh, settings, options);
        }
        case 'vpc-lattice': {
            const { VpcLatticeRouter } = await Promise.all(/* import() */[__webpack_require__.e(635), __webpack_require__.e(217)]).then(__webpack_require__.bind(__webpack_require__, 4217));
            return new VpcLatticeRouter(clients.vpcLattice, settings, routingApiOptions(options));
        }
        case 'alb': {
            const { AlbRouter } = await Promise.all(/* import() */[__webpack_require__.e(586), __webpack_require__.e(60)]).then(__webpack_require__.bind(__webpack_require__, 8060));
            return new AlbRouter(clients.elbv2, settings, routingApiOptions(options));
        }
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
/** The router of a deployment, from the snapshot its document carries; its code loads on first use. */
async function engineRouterFor(snapshot, clients, options) {
    const [resource] = snapshotResources(snapshot);
    switch (snapshot.router) {
        case 'app-mesh':
            return (await Promise.all(/* import() */[__webpack_require__.e(356), __webpack_require__.e(161), __webpack_require__.e(696)]).then(__webpack_require__.bind(__webpack_require__, 3464))).meshEngineRouter(snapshot, clients.appMesh, options);
        case 'vpc-lattice':
            return (await Promise.all(/* import() */[__webpack_require__.e(635), __webpack_require__.e(217), __webpack_require__.e(457)]).then(__webpack_require__.bind(__webpack_require__, 9457))).latticeEngineRouter(snapshot, clients.vpcLattice, options, resource);
        case 'alb':
            return (await Promise.all(/* import() */[__webpack_require__.e(586), __webpack_require__.e(768)]).then(__webpack_require__.bind(__webpack_require__, 4768))).albEngineRouter(snapshot, clients.elbv2, options, resource);
    }
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


/***/ })

};
