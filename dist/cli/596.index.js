export const id = 596;
export const ids = [596];
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

/***/ 6596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runRender: () => (/* binding */ runRender)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_region_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2376);
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4389);
/* harmony import */ var _config_render_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4808);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _taskdef_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9346);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(776);







/** The render command's run: the Envoy-augmented task definition, printed or written. */
async function runRender(options, io) {
    const read = (0,_options_js__WEBPACK_IMPORTED_MODULE_6__/* .readerFromOptions */ .k)(options);
    const settings = (0,_config_render_js__WEBPACK_IMPORTED_MODULE_3__/* .renderSettings */ .c)(read, 'virtual-node');
    const region = (0,_aws_region_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveRegion */ .Z)(read('region'));
    const account = (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .requiredString */ .Fk)(read, 'account', 'Set --account to the 12-digit account that owns the mesh.');
    const file = (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .requiredString */ .Fk)(read, 'task-definition', 'Give the path of a task definition JSON file.');
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8').catch((error) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('task-definition', `cannot read "${file}" (${error.code ?? error.message}).`);
    });
    const rendered = (0,_taskdef_index_js__WEBPACK_IMPORTED_MODULE_5__/* .renderTaskDefinition */ .P9)((0,_taskdef_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parseTaskDefinition */ .Id)(text, 'task-definition'), {
        ...settings,
        region,
        account,
    });
    const json = `${JSON.stringify(rendered, null, 2)}\n`;
    const out = read('out');
    if (out) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(out, json);
        io.err(`wrote ${out}`);
    }
    else {
        io.out(json);
    }
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

/***/ 4808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ renderSettings)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4389);


const ipv4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}(\/\d{1,2})?$/;
/**
 * @param nodeInput the input naming the virtual node: `virtual-node` for `render`, `canary-node` for `deploy`
 *   (a deployment renders the new version for the canary node).
 */
function renderSettings(read, nodeInput) {
    const egressIgnoredIps = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)(read, 'egress-ignored-ips');
    for (const ip of egressIgnoredIps) {
        if (!ipv4.test(ip)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('egress-ignored-ips', `"${ip}" is not an IPv4 address or CIDR; list them comma-separated.`);
        }
    }
    return {
        mesh: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .requiredString */ .Fk)(read, 'mesh', 'Set it to the name of the App Mesh mesh (e.g. apps).'),
        virtualNode: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .requiredString */ .Fk)(read, nodeInput, 'Set it to the virtual node the task definition joins.'),
        nodeIdentity: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(read, 'envoy-node-identity', ['arn', 'name'], 'arn'),
        containerName: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(read, 'container-name'),
        image: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(read, 'image'),
        envoyImage: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(read, 'envoy-image'),
        ignoredUid: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalInteger */ .$H)(read, 'ignored-uid', { min: 0, max: 2147483647 }),
        appPorts: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .portList */ .a5)(read, 'app-ports'),
        egressIgnoredPorts: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .portList */ .a5)(read, 'egress-ignored-ports'),
        egressIgnoredIps: egressIgnoredIps.length > 0 ? egressIgnoredIps : undefined,
        enableXray: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM)(read, 'enable-xray', false),
        xrayImage: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(read, 'xray-image'),
        envoyMemory: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalInteger */ .$H)(read, 'envoy-memory', { min: 6 }),
        envoyCpu: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalInteger */ .$H)(read, 'envoy-cpu', { min: 0 }),
    };
}


/***/ })

};
