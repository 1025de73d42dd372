export const id = 941;
export const ids = [941];
export const modules = {

/***/ 1916:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = exports.kp = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.Io = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
exports.kp = closest;


/***/ }),

/***/ 2376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ resolveRegion)
});

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(1916);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/aws/regions.ts
/**
 * The regions the AWS SDK this release is built with knows, in every partition (aws, aws-cn, aws-us-gov,
 * the isolated ones). __tests__/aws/regions.test.ts keeps it equal to the SDK's own partitions: a region added by
 * an SDK update fails it until added here.
 */
const knownRegions = [
    'af-south-1',
    'ap-east-1',
    'ap-east-2',
    'ap-northeast-1',
    'ap-northeast-2',
    'ap-northeast-3',
    'ap-south-1',
    'ap-south-2',
    'ap-southeast-1',
    'ap-southeast-2',
    'ap-southeast-3',
    'ap-southeast-4',
    'ap-southeast-5',
    'ap-southeast-6',
    'ap-southeast-7',
    'ca-central-1',
    'ca-west-1',
    'cn-north-1',
    'cn-northwest-1',
    'eu-central-1',
    'eu-central-2',
    'eu-isoe-west-1',
    'eu-north-1',
    'eu-south-1',
    'eu-south-2',
    'eu-west-1',
    'eu-west-2',
    'eu-west-3',
    'eusc-de-east-1',
    'il-central-1',
    'me-central-1',
    'me-south-1',
    'me-west-1',
    'mx-central-1',
    'sa-east-1',
    'sa-west-1',
    'us-east-1',
    'us-east-2',
    'us-gov-east-1',
    'us-gov-west-1',
    'us-iso-east-1',
    'us-iso-west-1',
    'us-isob-east-1',
    'us-isob-west-1',
    'us-isof-east-1',
    'us-isof-south-1',
    'us-west-1',
    'us-west-2',
];

;// CONCATENATED MODULE: ./src/aws/region.ts



/**
 * The region: the input when given, else AWS_REGION / AWS_DEFAULT_REGION as set by
 * aws-actions/configure-aws-credentials. Needed before any call: it picks the Envoy image.
 */
function resolveRegion(input, env = process.env) {
    const region = input?.trim() || env.AWS_REGION || env.AWS_DEFAULT_REGION || '';
    if (region === '') {
        throw new errors/* InputError */.dz('region', 'no region: set the region input or AWS_REGION (configure-aws-credentials sets it).');
    }
    if (!/^[a-z]{2,4}(-[a-z]+)+-\d+$/.test(region)) {
        const nearest = nearestRegion(region);
        throw new errors/* InputError */.dz('region', `"${region}" is not an AWS region name such as us-west-2${nearest ? `: did you mean ${nearest}?` : '.'}`);
    }
    if (!knownRegions.includes(region)) {
        const nearest = nearestRegion(region);
        throw new errors/* InputError */.dz('region', nearest
            ? `"${region}" is not a region AWS has: did you mean ${nearest}?`
            : `"${region}" is not a region AWS has. A region newer than this release of appmesh-canary needs a newer release.`);
    }
    return region;
}
/** The known region one or two keystrokes away from the one typed, if any. */
function nearestRegion(region) {
    const typed = region.toLowerCase();
    const nearest = (0,mod/* closest */.kp)(typed, [...knownRegions]);
    return (0,mod/* distance */.Io)(typed, nearest) <= 2 ? nearest : undefined;
}


/***/ }),

/***/ 3585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ formatWeightsTable)
/* harmony export */ });
/** One row per weighted target; SHARE is the target's part of its route's (or rule's) total weight. */
function formatWeightsTable(routes, router = 'app-mesh') {
    // Target groups have no port of their own in a forward action.
    const mesh = router === 'app-mesh';
    const rows = [
        mesh
            ? ['ROUTE', 'TYPE', 'VIRTUAL NODE', 'PORT', 'WEIGHT', 'SHARE']
            : ['RESOURCE', 'TYPE', 'TARGET GROUP', 'WEIGHT', 'SHARE'],
    ];
    for (const route of routes) {
        const total = route.targets.reduce((sum, target) => sum + target.weight, 0);
        route.targets.forEach((target, index) => {
            rows.push([
                index === 0 ? route.route : '',
                index === 0 ? route.type : '',
                target.target,
                ...(mesh ? [target.port === undefined ? '' : String(target.port)] : []),
                String(target.weight),
                total === 0 ? '-' : `${Math.round((target.weight * 100) / total)}%`,
            ]);
        });
    }
    const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
    return `${rows
        .map((row) => row
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd())
        .join('\n')}\n`;
}


/***/ }),

/***/ 776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ readerFromOptions)
/* harmony export */ });
/**
 * Commander stores `--wait-for-minutes` as `waitForMinutes`; the settings parsers read inputs by their
 * kebab-case names, exactly as the Action does, so both share one set of parsers and messages.
 */
function readerFromOptions(options) {
    const byInputName = new Map();
    for (const [key, value] of Object.entries(options)) {
        if (value === undefined || value === false)
            continue;
        const name = key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
        byInputName.set(name, Array.isArray(value) ? value.join(',') : String(value));
    }
    const read = (name) => byInputName.get(name)?.trim() ?? '';
    read.given = (name) => byInputName.has(name);
    return read;
}


/***/ }),

/***/ 4389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ optionalInteger),
/* harmony export */   Fk: () => (/* binding */ requiredString),
/* harmony export */   a5: () => (/* binding */ portList),
/* harmony export */   cG: () => (/* binding */ parseInteger),
/* harmony export */   lW: () => (/* binding */ parseDurationSeconds),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   qF: () => (/* binding */ parseJson),
/* harmony export */   sx: () => (/* binding */ optionalString),
/* harmony export */   v7: () => (/* binding */ stringWithDefault),
/* harmony export */   yL: () => (/* binding */ oneOf),
/* harmony export */   zM: () => (/* binding */ boolean)
/* harmony export */ });
/* unused harmony export readerOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/** A reader over a plain record, as the CLI and the tests build it. */
function readerOf(values) {
    const read = (name) => {
        const value = values[name];
        return value === undefined ? '' : String(value).trim();
    };
    read.given = (name) => values[name] !== undefined;
    return read;
}
function optionalString(read, name) {
    const value = read(name).trim();
    return value === '' ? undefined : value;
}
function requiredString(read, name, fix) {
    const value = optionalString(read, name);
    if (value === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `is required. ${fix}`);
    return value;
}
function stringWithDefault(read, name, fallback) {
    return optionalString(read, name) ?? fallback;
}
function oneOf(read, name, allowed, fallback) {
    const value = optionalString(read, name) ?? fallback;
    if (!allowed.includes(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `must be one of ${allowed.join(', ')}; got "${value}".`);
    }
    return value;
}
function boolean(read, name, fallback) {
    const value = optionalString(read, name);
    if (value === undefined)
        return fallback;
    const lower = value.toLowerCase();
    if (['true', 'yes', '1', 'on'].includes(lower))
        return true;
    if (['false', 'no', '0', 'off'].includes(lower))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `must be true or false; got "${value}".`);
}
/** Parses a whole number, rejecting "33.3", "1e3", "12abc" and values outside the range. */
function parseInteger(name, text, range = {}) {
    const trimmed = text.trim();
    if (!/^[-+]?\d+$/.test(trimmed))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `must be a whole number${describeRange(range)}; got "${text}".`);
    const value = Number(trimmed);
    if ((range.min !== undefined && value < range.min) || (range.max !== undefined && value > range.max)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `must be a whole number${describeRange(range)}; got ${value}.`);
    }
    return value;
}
function optionalInteger(read, name, range = {}) {
    const value = optionalString(read, name);
    return value === undefined ? undefined : parseInteger(name, value, range);
}
function integer(read, name, fallback, range = {}) {
    return optionalInteger(read, name, range) ?? fallback;
}
function describeRange({ min, max }) {
    if (min !== undefined && max !== undefined)
        return ` from ${min} to ${max}`;
    if (min !== undefined)
        return ` of at least ${min}`;
    if (max !== undefined)
        return ` of at most ${max}`;
    return '';
}
/** A comma- or newline-separated list; empty items are dropped. */
function list(read, name) {
    return read(name)
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
function portList(read, name) {
    const items = list(read, name);
    if (items.length === 0)
        return undefined;
    return items.map((item) => parseInteger(name, item, { min: 1, max: 65535 }));
}
const durationUnits = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400 };
/** "90" (seconds), "30s", "5m", "1h", "1m30s", "2d" -> seconds. */
function parseDurationSeconds(name, text, range = {}) {
    const trimmed = text.trim();
    let seconds;
    if (/^\d+$/.test(trimmed)) {
        seconds = Number(trimmed);
    }
    else {
        const parts = [...trimmed.matchAll(/(\d+)(ms|s|m|h|d)/g)];
        if (parts.length === 0 || parts.map((part) => part[0]).join('') !== trimmed) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `must be a duration such as 90, 30s, 5m, 1h30m or 2d; got "${text}".`);
        }
        seconds = parts.reduce((total, part) => total + Number(part[1]) * (durationUnits[part[2]] ?? 0), 0);
    }
    if ((range.min !== undefined && seconds < range.min) || (range.max !== undefined && seconds > range.max)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `must be a duration${describeRange(range)} seconds; got "${text}".`);
    }
    return seconds;
}
function duration(read, name, fallback, range = {}) {
    return parseDurationSeconds(name, optionalString(read, name) ?? fallback, range);
}
/** Parses JSON text, naming the input and the position of the error. */
function parseJson(name, text) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `is not valid JSON (${detail}).`);
    }
}


/***/ }),

/***/ 9555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r: () => (/* binding */ awsModeDeps)
});

;// CONCATENATED MODULE: ./src/aws/lazy.ts
/**
 * An object that is loaded and built on the first call of one of its methods: a client a run never calls
 * costs nothing at start-up, and the first request does not wait for the others. Only for objects used
 * through async methods (the SDK clients' send, Ecs, Executions, HealthReaders).
 */
function lazy(load) {
    let loaded;
    return new Proxy({}, {
        get(_target, property) {
            if (property === 'then')
                return undefined;
            return async (...args) => {
                loaded ??= load();
                const target = await loaded;
                const member = Reflect.get(target, property);
                if (typeof member !== 'function')
                    throw new TypeError(`${String(property)} is not a method`);
                return member.apply(target, args);
            };
        },
    });
}

// EXTERNAL MODULE: ./src/pace.ts
var pace = __webpack_require__(1340);
;// CONCATENATED MODULE: ./src/modes/deps.ts


/** Each client is loaded when a mode first calls it: a mode loads only the clients it uses. */
function awsModeDeps(region, log) {
    return {
        region,
        appMesh: lazy(async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(356), __webpack_require__.e(959)]).then(__webpack_require__.bind(__webpack_require__, 4959))).appMesh(region)),
        vpcLattice: lazy(async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(635), __webpack_require__.e(998)]).then(__webpack_require__.bind(__webpack_require__, 7998))).vpcLattice(region)),
        elbv2: lazy(async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(586), __webpack_require__.e(323)]).then(__webpack_require__.bind(__webpack_require__, 8323))).elbv2(region)),
        ecs: lazy(async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(212), __webpack_require__.e(655)]).then(__webpack_require__.bind(__webpack_require__, 5655))).ecs(region)),
        health: lazy(async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(301), __webpack_require__.e(342)]).then(__webpack_require__.bind(__webpack_require__, 4342))).health(region)),
        executions: lazy(async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(476), __webpack_require__.e(129)]).then(__webpack_require__.bind(__webpack_require__, 5129))).executions(region)),
        now: () => new Date(),
        sleep: pace/* pause */.v7,
        log,
    };
}


/***/ }),

/***/ 1340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ guardPollSeconds),
/* harmony export */   Jg: () => (/* binding */ pausePollSeconds),
/* harmony export */   YV: () => (/* binding */ realWaitMs),
/* harmony export */   ik: () => (/* binding */ ecsWaiterDelaySeconds),
/* harmony export */   v7: () => (/* binding */ pause),
/* harmony export */   xd: () => (/* binding */ historyPollSeconds)
/* harmony export */ });
/* unused harmony exports timeScaleVariable, timeScale */
/**
 * Every interval the Action and the CLI wait in real time, in one place: the ECS waiter's polls, the
 * execution-history polls, the wait for the guard, the back-off of retries. The values here are what users get.
 *
 * For testing only: APPMESH_CANARY_TIME_SCALE (a number in (0, 1]) multiplies every wait. The local stack
 * sets it to its simulated clock's rate for the processes it serves, so a run against it polls at the same
 * simulated cadence as in production instead of at production speed. Deadlines are not scaled: they stay
 * real time, so a shortened wait never makes one expire sooner.
 */
const timeScaleVariable = 'APPMESH_CANARY_TIME_SCALE';
/** The SDK's ECS waiters: first poll after 15 s, then backing off to 2 minutes. */
const ecsWaiterDelaySeconds = { min: 15, max: 120 };
/** While `mode: rollback` waits for the guard to restore the routes of a canary it stopped. */
const guardPollSeconds = 5;
/** Between two readings of a paused canary's position when answering its token. */
const pausePollSeconds = 2;
/** A followed execution's history is read four times per check interval, every 2 to 15 s. */
function historyPollSeconds(checkIntervalSeconds) {
    return Math.min(15, Math.max(2, Math.floor(checkIntervalSeconds / 4)));
}
/** A scaled wait never drops below this, so a poll loop keeps yielding instead of spinning. */
const minimumScaledMs = 20;
/** The factor APPMESH_CANARY_TIME_SCALE sets; 1 when unset. */
function timeScale(env = process.env) {
    const text = env[timeScaleVariable];
    if (text === undefined || text === '')
        return 1;
    const scale = Number(text);
    if (!(scale > 0 && scale <= 1))
        throw new RangeError(`${timeScaleVariable} must be a number greater than 0 and at most 1 (a testing setting); got "${text}". Unset it.`);
    return scale;
}
/** The real milliseconds a wait of `seconds` takes. */
function realWaitMs(seconds, scale = timeScale()) {
    const milliseconds = seconds * 1000;
    if (scale === 1)
        return milliseconds;
    return Math.max(Math.min(minimumScaledMs, milliseconds), milliseconds * scale);
}
/** Waits `seconds`, scaled for testing. */
function pause(seconds) {
    return new Promise((resolve) => setTimeout(resolve, realWaitMs(seconds)));
}


/***/ }),

/***/ 4820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ AlbApi)
/* harmony export */ });
/* unused harmony export writableActions */
/* harmony import */ var _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(586);
/* harmony import */ var _aws_call_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9384);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2843);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3539);




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
        const output = await this.call(`describing ALB listener ${listenerArn}`, notFound(['ListenerNotFoundException', 'ListenerNotFound'], `ALB listener ${listenerArn}`, `check ${_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .albInputs */ .jK.listener}.`), () => this.client.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_3__/* .DescribeListenersCommand */ .AKE({ ListenerArns: [listenerArn] })));
        const listener = output.Listeners?.find((candidate) => candidate.ListenerArn === listenerArn) ?? output.Listeners?.[0];
        if (!listener)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RoutingResourceNotFoundError */ .gL(`ALB listener ${listenerArn}`, `check ${_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .albInputs */ .jK.listener}.`);
        return {
            listenerArn: listener.ListenerArn ?? listenerArn,
            ...(listener.LoadBalancerArn ? { loadBalancerArn: listener.LoadBalancerArn } : {}),
            spec: { Actions: listener.DefaultActions },
        };
    }
    async rule(ruleArn) {
        const hint = `check ${_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .albInputs */ .jK.rule} (a rule of listener-arn), or leave it unset to shift the listener's default actions.`;
        const output = await this.call(`describing ALB rule ${ruleArn}`, notFound(['RuleNotFoundException', 'RuleNotFound'], `ALB rule ${ruleArn}`, hint), () => this.client.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_3__/* .DescribeRulesCommand */ .Ggo({ RuleArns: [ruleArn] })));
        const rule = output.Rules?.find((candidate) => candidate.RuleArn === ruleArn) ?? output.Rules?.[0];
        if (!rule)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RoutingResourceNotFoundError */ .gL(`ALB rule ${ruleArn}`, hint);
        return ruleRead(rule, ruleArn);
    }
    /** DescribeTargetGroups by ARN or by name; `input` names the setting for messages. */
    async targetGroup(text, input) {
        const byArn = text.startsWith('arn:');
        const hint = `check ${input} (a target group ARN or name in this account and Region).`;
        const output = await this.call(`describing target group ${text}`, notFound(['TargetGroupNotFoundException', 'TargetGroupNotFound'], `target group ${text}`, hint), () => this.client.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_3__/* .DescribeTargetGroupsCommand */ .sC7(byArn ? { TargetGroupArns: [text] } : { Names: [text] })));
        const group = output.TargetGroups?.[0];
        if (!group?.TargetGroupArn)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RoutingResourceNotFoundError */ .gL(`target group ${text}`, hint);
        return {
            arn: group.TargetGroupArn,
            name: group.TargetGroupName ?? text,
            loadBalancerArns: group.LoadBalancerArns ?? [],
        };
    }
    /** ModifyRule with the actions only; returns the rule as ELBv2 stored it. */
    async modifyRuleActions(ruleArn, actions) {
        const output = await this.call(`modifying ALB rule ${ruleArn}`, notFound(['RuleNotFoundException', 'RuleNotFound'], `ALB rule ${ruleArn}`, `check ${_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .albInputs */ .jK.rule}.`), () => this.client.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_3__/* .ModifyRuleCommand */ .y5P({ RuleArn: ruleArn, Actions: writableActions(actions) })));
        const rule = output.Rules?.[0];
        return rule ? ruleRead(rule, ruleArn).spec : undefined;
    }
    /** ModifyListener with the default actions only; returns them as ELBv2 stored them. */
    async modifyListenerActions(listenerArn, actions) {
        const output = await this.call(`modifying the default actions of ALB listener ${listenerArn}`, notFound(['ListenerNotFoundException', 'ListenerNotFound'], `ALB listener ${listenerArn}`, `check ${_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .albInputs */ .jK.listener}.`), () => this.client.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_3__/* .ModifyListenerCommand */ .ugc({ ListenerArn: listenerArn, DefaultActions: writableActions(actions) })));
        const listener = output.Listeners?.[0];
        return listener ? { Actions: listener.DefaultActions } : undefined;
    }
    call(doing, onNotFound, send) {
        return (0,_aws_call_js__WEBPACK_IMPORTED_MODULE_0__/* .callWithRetry */ .Z)(doing, this.options, onNotFound, send);
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


/***/ }),

/***/ 4403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ readAlbWeights)
/* harmony export */ });
/* harmony import */ var _arns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(850);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(945);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(601);



/**
 * The weights as they are, for people: reads the rule (or the listener's default actions) without the
 * pre-flight's checks on the two groups. Target groups are shown by name.
 */
async function readAlbWeights(api, settings) {
    const read = settings.ruleArn ? await api.rule(settings.ruleArn) : await api.listener(settings.listenerArn);
    const route = (0,_state_js__WEBPACK_IMPORTED_MODULE_2__/* .albResourceLabel */ .eS)(settings);
    const spec = (0,_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .parseAlbSpec */ .ge)(read.spec, route);
    return [
        {
            route,
            type: settings.ruleArn ? 'alb rule' : 'alb listener default actions',
            // ELBv2 keeps no version of a rule or listener.
            version: 0,
            targets: (0,_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .targetGroupsOf */ .TT)(spec).map((group) => ({
                target: (0,_arns_js__WEBPACK_IMPORTED_MODULE_0__/* .targetGroupNameOf */ .RC)(group.id),
                weight: group.weight,
            })),
        },
    ];
}


/***/ }),

/***/ 7200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ resourcesPhrase)
/* harmony export */ });
/**
 * Routed resources for a message: "route serviceB, serviceC" for App Mesh route names (which hold no space);
 * a VPC Lattice or ALB label says what it is already ("VPC Lattice rule all-paths of listener http-80").
 */
function resourcesPhrase(names) {
    return names.some((name) => name.includes(' ')) ? names.join(', ') : `route ${names.join(', ')}`;
}


/***/ })

};
