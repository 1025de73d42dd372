export const id = 190;
export const ids = [190];
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

/***/ 9190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runModeCommand: () => (/* binding */ runModeCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/aws/region.ts + 1 modules
var region = __webpack_require__(2376);
;// CONCATENATED MODULE: ./src/deploy/source.ts
/** Where the deployment comes from: the GitHub run, or whatever CI sets the same variables. */
function sourceFromEnv(env = process.env) {
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    return {
        ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
        ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}),
        ...(env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
            ? { runUrl: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` }
            : {}),
        ...(env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {}),
    };
}

// EXTERNAL MODULE: ./src/modes/deps.ts + 1 modules
var deps = __webpack_require__(9555);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config/inputs.ts
var inputs = __webpack_require__(4389);
// EXTERNAL MODULE: ./src/report/canary-summary.ts + 2 modules
var canary_summary = __webpack_require__(5473);
;// CONCATENATED MODULE: ./src/report/deploy-summary.ts
/** The job summary of the ECS part of a deployment, as markdown. */
function deploySummaryMarkdown(result, dryRun) {
    const { plan } = result;
    const rows = [
        ['Cluster / service', `${plan.cluster} / ${plan.service}`],
        ...(plan.envoy ? [['Virtual node', `\`${plan.envoy.virtualNode}\``]] : []),
        ['Previous task definition', `\`${result.previousTaskDefinitionArn}\``],
        [
            'New task definition',
            result.taskDefinitionArn ? `\`${result.taskDefinitionArn}\`` : '(dry run: not registered)',
        ],
        [`Image (${plan.appContainer})`, `\`${plan.image}\``],
        ...(plan.envoy ? [['Envoy image', `\`${plan.envoy.image}\``]] : []),
        ['Service stable', dryRun ? '(dry run)' : result.stable ? 'yes' : 'not waited for'],
    ];
    const table = rows.map(([name, value]) => `| ${name} | ${value} |`).join('\n');
    return `## appmesh-canary: ${dryRun ? 'dry run of ' : ''}deploy to ${plan.service}\n\n| | |\n|---|---|\n${table}\n`;
}

;// CONCATENATED MODULE: ./src/modes/outcome.ts








function modeOf(read) {
    return oneOf(read, 'mode', modes, 'deploy');
}
/** Runs one mode; each mode's code is loaded only when it runs (start-up stays small). */
async function runMode(mode, read, deps, context) {
    if (mode === 'deploy') {
        const { runDeployMode } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(857), __webpack_require__.e(212), __webpack_require__.e(135), __webpack_require__.e(410), __webpack_require__.e(593), __webpack_require__.e(346), __webpack_require__.e(718), __webpack_require__.e(155)]).then(__webpack_require__.bind(__webpack_require__, 6155));
        const result = await runDeployMode(read, deps, context.source);
        const renderedPath = (0,external_node_path_.join)(context.tempDir || (0,external_node_os_.tmpdir)(), `${result.ecs.plan.family}-rendered.json`);
        await (0,promises_.writeFile)(renderedPath, `${JSON.stringify(result.ecs.rendered, null, 2)}\n`);
        if (result.dryRun)
            deps.log.info(`rendered task definition:\n${JSON.stringify(result.ecs.rendered, null, 2)}`);
        const outputs = {
            'rendered-task-definition': renderedPath,
            'deployment-id': result.deploymentId,
        };
        if (result.ecs.taskDefinitionArn)
            outputs['task-definition-arn'] = result.ecs.taskDefinitionArn;
        if (result.executionArn)
            outputs['execution-arn'] = result.executionArn;
        if (result.executionUrl)
            outputs['execution-url'] = result.executionUrl;
        if (result.status)
            outputs.status = result.status;
        if (result.finalWeights)
            outputs['final-weights'] = JSON.stringify(result.finalWeights);
        let summary = deploySummaryMarkdown(result.ecs, result.dryRun);
        if (result.executionArn) {
            summary += `\n${(0,canary_summary/* canarySummaryMarkdown */.o4)({
                route: result.routeLabel,
                executionArn: result.executionArn,
                consoleUrl: result.executionUrl ?? '',
                entries: result.entries,
            })}`;
        }
        const failure = canaryFailureOf(result.entries);
        if (result.status === 'RUNNING' && result.entries.length > 0) {
            deps.log.warn(`stopped following after wait-for-minutes; the canary goes on: ${result.executionUrl}`);
        }
        return { outputs, summary, ...(failure ? { failure } : {}) };
    }
    if (mode === 'rollback') {
        const { runRollbackMode } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(857), __webpack_require__.e(212), __webpack_require__.e(135), __webpack_require__.e(410), __webpack_require__.e(593), __webpack_require__.e(717)]).then(__webpack_require__.bind(__webpack_require__, 6717));
        const result = await runRollbackMode(read, deps, context.source.actor ?? 'an operator');
        deps.log.info(result.message);
        return {
            outputs: {
                status: result.outcome,
                ...(result.executionArn ? { 'execution-arn': result.executionArn } : {}),
            },
            summary: `## appmesh-canary: rollback\n\n${result.message}\n`,
            ...(result.failure ? { failure: result.failure } : {}),
            ...(result.source ? { canarySource: result.source } : {}),
        };
    }
    if (mode === 'promote') {
        const { runPromoteMode } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(857), __webpack_require__.e(212), __webpack_require__.e(135), __webpack_require__.e(410), __webpack_require__.e(593), __webpack_require__.e(91)]).then(__webpack_require__.bind(__webpack_require__, 3091));
        const result = await runPromoteMode(read, deps, context.source.actor ?? 'an operator');
        // A refusal is the job's failure: printed once, as its error.
        const outputs = { status: result.outcome === 'refused' ? 'REFUSED' : 'RESUMED' };
        if (result.executionArn)
            outputs['execution-arn'] = result.executionArn;
        if (result.executionUrl)
            outputs['execution-url'] = result.executionUrl;
        if (result.deploymentId)
            outputs['deployment-id'] = result.deploymentId;
        if (result.status && result.status !== 'RUNNING')
            outputs.status = result.status;
        if (result.finalWeights)
            outputs['final-weights'] = JSON.stringify(result.finalWeights);
        let summary = `## appmesh-canary: promote\n\n${result.message}\n`;
        if (result.executionArn && result.entries.length > 0) {
            summary += `\n${(0,canary_summary/* canarySummaryMarkdown */.o4)({
                route: result.routeLabel ?? '',
                executionArn: result.executionArn,
                consoleUrl: result.executionUrl ?? '',
                entries: result.entries,
            })}`;
        }
        const failure = result.failure ?? canaryFailureOf(result.entries);
        return {
            outputs,
            summary,
            ...(failure ? { failure } : {}),
            ...(result.source ? { canarySource: result.source } : {}),
        };
    }
    const { runStatusMode } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(857), __webpack_require__.e(212), __webpack_require__.e(135), __webpack_require__.e(410), __webpack_require__.e(593), __webpack_require__.e(772)]).then(__webpack_require__.bind(__webpack_require__, 9772));
    const result = await runStatusMode(read, deps);
    for (const line of result.lines)
        deps.log.info(line);
    return {
        outputs: {
            status: result.running
                ? result.running.paused
                    ? 'PAUSED'
                    : 'RUNNING'
                : (result.last?.status ?? 'NONE'),
            'final-weights': JSON.stringify(result.weights),
            ...(result.running ? { 'execution-arn': result.running.executionArn } : {}),
            ...(!result.running && result.last ? { 'execution-arn': result.last.executionArn } : {}),
        },
        summary: `## appmesh-canary: status\n\n${result.lines.map((line) => `- ${line}`).join('\n')}\n`,
    };
}
/** A canary that ended otherwise than SUCCEEDED fails the job, saying how and why. */
function canaryFailureOf(entries) {
    const end = entries.findLast((entry) => entry.kind === 'end');
    if (end?.kind !== 'end' || end.status === 'SUCCEEDED')
        return undefined;
    return `canary ${(0,canary_summary/* outcomeOf */.sG)(entries)} (${end.status}): ${[end.error, end.cause].filter(Boolean).join(': ')}`;
}

// EXTERNAL MODULE: ./src/cli/options.ts
var cli_options = __webpack_require__(776);
;// CONCATENATED MODULE: ./src/cli/commands/modes-action.ts






/** One mode run from the command line: its outputs as JSON on stdout, its summary to --summary. */
async function runModeCommand(mode, options, io) {
    const read = (0,cli_options/* readerFromOptions */.k)({ ...options, mode });
    const log = { info: io.err, warn: (line) => io.err(`warning: ${line}`) };
    const outcome = await runMode(mode, read, (0,deps/* awsModeDeps */.r)((0,region/* resolveRegion */.Z)(read('region')), log), {
        source: {
            ...sourceFromEnv(),
            ...(process.env.USER && !process.env.GITHUB_ACTOR ? { actor: process.env.USER } : {}),
        },
    });
    io.out(JSON.stringify(outcome.outputs, null, 2));
    const summaryFile = read('summary');
    if (summaryFile)
        await (0,promises_.writeFile)(summaryFile, outcome.summary);
    if (outcome.failure)
        throw new Error(outcome.failure);
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

/***/ 5473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o4: () => (/* binding */ canarySummaryMarkdown),
  U2: () => (/* reexport */ consoleUrlOf),
  sG: () => (/* binding */ outcomeOf),
  gg: () => (/* binding */ pausedAt)
});

// UNUSED EXPORTS: stepRows, timelineBudgetBytes, timelineLines

;// CONCATENATED MODULE: ./src/report/canary-chart.ts
/** Charts stay readable, and the summary small, for canaries of any length. */
const maxChartPoints = 120;
/**
 * Grid steps in seconds, each 15 s × 2^k or a multiple of 15 s: a whole number of 1/32 minutes, exact in binary
 * floating point, so Mermaid's numeric x-axis (which steps from min to max by (max - min) / (points - 1)) puts
 * every point exactly on its time and drops none.
 */
const gridSteps = [
    1.875, 3.75, 7.5, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400,
];
/** Colours readable on GitHub's light and dark themes (contrast ≥ 3:1 on white and on #333 and #0d1117). */
const chartColours = {
    weight: '#2f81f7',
    fail: '#e5534b',
    stable: '#2da44e',
    canary: '#a371f7',
};
/** The series of the charts, or undefined when the canary never shifted. */
function chartSeries(entries, maxPoints = maxChartPoints) {
    if (!entries.some((entry) => entry.kind === 'shift'))
        return undefined;
    const sorted = [...entries].sort((a, b) => a.at.getTime() - b.at.getTime());
    const start = sorted[0].at.getTime();
    const durationSeconds = (sorted.at(-1).at.getTime() - start) / 1000;
    // The finest grid within the bound, so that a step change is nearly vertical; room for one point more than
    // the duration needs (see the end of the loop).
    const wanted = durationSeconds / (maxPoints - 2);
    const stepSeconds = gridSteps.find((step) => step >= wanted) ?? Math.ceil(wanted / 86400) * 86400;
    const points = Math.max(2, Math.ceil(durationSeconds / stepSeconds) + 1);
    const series = { stepSeconds, weight: [], canaryErrorPct: [], stableErrorPct: [], failed: [] };
    let next = 0;
    let weight = 0;
    let canary = 0;
    let stable = 0;
    for (let point = 0; point < points || series.weight.at(-1) !== weight; point++) {
        const time = start + point * stepSeconds * 1000;
        const weightBefore = weight;
        let peak = weight;
        const cell = [];
        for (; next < sorted.length && sorted[next].at.getTime() <= time; next++) {
            const entry = sorted[next];
            weight = weightAfter(entry, weight);
            peak = Math.max(peak, weight);
            if (entry.kind === 'check')
                cell.push(entry);
        }
        // A step that started and ended between two points (a fast rollback) still shows; when that is the last
        // point, one more shows the weight at the end.
        series.weight.push(peak > weightBefore && peak > weight ? peak : weight);
        canary = worst(cell.map((entry) => entry.check.canaryErrorRatePct)) ?? canary;
        stable = worst(cell.map((entry) => entry.check.stableErrorRatePct)) ?? stable;
        series.canaryErrorPct.push(canary);
        series.stableErrorPct.push(stable);
        series.failed.push(cell.some((entry) => entry.check.verdict === 'FAIL'));
    }
    return series;
}
function weightAfter(entry, weight) {
    if (entry.kind === 'shift' || entry.kind === 'check')
        return entry.weight;
    if (entry.kind === 'rollback' || entry.kind === 'promoted')
        return 0;
    return weight;
}
function worst(values) {
    const known = values.filter((value) => value !== undefined);
    return known.length > 0 ? Math.max(...known) : undefined;
}
/**
 * Two Mermaid xychart blocks on one time axis (minutes since the first entry): the canary weight, then the
 * canary and stable 5xx rates, with a red spike from the stable line to the canary's rate at each FAIL.
 * Needs Mermaid ≥ 11.0.0 (docs/job-summary.md).
 */
function chartMarkdown(series) {
    const last = series.weight.length - 1;
    const xAxis = `  x-axis "minutes since start" 0 --> ${(last * series.stepSeconds) / 60}`;
    const canary = series.canaryErrorPct.map(rounded);
    const stable = series.stableErrorPct.map(rounded);
    // Room above the highest line, so that it stays clear of the top of the chart.
    const errorTop = niceCeiling(Math.max(1, ...canary, ...stable) * 1.5);
    return [
        '```mermaid',
        init([chartColours.weight]),
        'xychart-beta',
        '  title "Canary weight (%)"',
        xAxis,
        '  y-axis "canary %" 0 --> 100',
        `  line [${series.weight.join(', ')}]`,
        '```',
        '',
        '```mermaid',
        init([chartColours.canary, chartColours.fail, chartColours.stable]),
        'xychart-beta',
        '  title "5xx error rate (%) of the checks"',
        xAxis,
        `  y-axis "5xx %" 0 --> ${errorTop}`,
        `  line [${canary.join(', ')}]`,
        // Drawn over the canary line and under the stable one, which hides it except at a FAIL: there it goes to
        // the canary's own point, never above, so the spike shows the rate that failed.
        `  line [${failMarks(series.failed, canary, stable).join(', ')}]`,
        `  line [${stable.join(', ')}]`,
        '```',
        '',
        `Blue: canary weight. Purple: canary 5xx. Green: stable 5xx (over the purple where they meet). Red spike: a check that failed, its tip at the canary's 5xx of that check. One point every ${duration(series.stepSeconds)}: the weight at that time and the last check before it (the worst, when there were several).`,
    ];
}
/** The canary's rate at each point whose checks said FAIL; elsewhere the stable's, hidden under its line. */
function failMarks(failed, canary, stable) {
    return failed.map((fail, index) => (fail ? canary[index] : stable[index]));
}
/** Theme variables in an init directive: they apply on top of the theme GitHub picks (light or dark). */
function init(palette) {
    const config = {
        themeVariables: { xyChart: { plotColorPalette: palette.join(', ') } },
        xyChart: { height: 320 },
    };
    return `%%{init: ${JSON.stringify(config)}}%%`;
}
function rounded(value) {
    return Math.round(value * 100) / 100;
}
/** The smallest of 1, 1.5, 2, 3, 4, 5, 6, 8 × 10^k at or above `value`. */
function niceCeiling(value) {
    const scale = 10 ** Math.floor(Math.log10(value));
    const mantissa = [1, 1.5, 2, 3, 4, 5, 6, 8, 10].find((candidate) => candidate * scale >= value) ?? 10;
    return rounded(mantissa * scale);
}
function duration(seconds) {
    if (seconds % 3600 === 0)
        return `${seconds / 3600} h`;
    if (seconds % 60 === 0)
        return `${seconds / 60} min`;
    return `${seconds} s`;
}

// EXTERNAL MODULE: ./src/report/timeline.ts
var timeline = __webpack_require__(1935);
;// CONCATENATED MODULE: ./src/report/console-url.ts
/** An execution's page in the Step Functions console, in the execution's own region and partition. */
function consoleUrlOf(executionArn) {
    const region = executionArn.split(':')[3] ?? 'us-east-1';
    const domain = region.startsWith('cn-') ? 'console.amazonaws.cn' : 'console.aws.amazon.com';
    return `https://${region}.${domain}/states/home?region=${region}#/v2/executions/details/${executionArn}`;
}

;// CONCATENATED MODULE: ./src/report/canary-summary.ts



/**
 * Bytes of timeline lines in the summary. GitHub refuses a step summary over 1 MiB; this leaves room for
 * the rest of the summary (a long error cause, the deploy table) in every case.
 */
const timelineBudgetBytes = 512 * 1024;
/** The rows of the steps table: one per shift, with the checks made at that weight. */
function stepRows(entries) {
    const rows = [];
    for (const entry of entries) {
        if (entry.kind === 'shift') {
            rows.push({
                step: entry.step,
                weight: entry.weight,
                started: entry.at,
                checks: 0,
                verdicts: new Map(),
            });
        }
        const row = rows.at(-1);
        if (entry.kind === 'check' && row) {
            row.checks += 1;
            row.verdicts.set(entry.check.verdict, (row.verdicts.get(entry.check.verdict) ?? 0) + 1);
            row.maxCanaryErrorPct = max(row.maxCanaryErrorPct, entry.check.canaryErrorRatePct);
            row.maxStableErrorPct = max(row.maxStableErrorPct, entry.check.stableErrorRatePct);
        }
    }
    return rows;
}
function outcomeOf(entries) {
    const end = entries.findLast((entry) => entry.kind === 'end');
    if (end?.kind !== 'end')
        return pausedAt(entries) ? 'paused' : 'running';
    if (end.status === 'SUCCEEDED')
        return entries.some((entry) => entry.kind === 'promoted') ? 'promoted' : 'succeeded';
    // A rollback that could not finish (a route still sends the canary traffic) is not called rolled back.
    if (end.error === 'RollbackIncomplete' || end.error === 'RollbackFailed')
        return 'rollback incomplete';
    return entries.some((entry) => entry.kind === 'rollback') ? 'rolled back' : end.status.toLowerCase();
}
/** The job summary of a canary: outcome, reason, steps table, charts of weight and 5xx rates, timeline, link. */
function canarySummaryMarkdown(report) {
    const { entries } = report;
    const lines = [`## appmesh-canary: ${report.route} — ${outcomeOf(entries)}`, ''];
    const end = entries.findLast((entry) => entry.kind === 'end');
    if (end?.kind === 'end' && end.status !== 'SUCCEEDED') {
        lines.push(`**Reason:** ${[end.error, end.cause].filter(Boolean).join(': ')}`, '');
    }
    const paused = end ? undefined : pausedAt(entries);
    if (paused) {
        lines.push(`**Paused** at ${paused.weight}% since ${paused.since}: health is still checked every interval. Resume with \`mode: promote\` (CLI: \`appmesh-canary promote\`); at ${paused.deadline} the pause times out and the canary ${paused.onTimeout === 'continue' ? 'continues' : 'rolls back'}.`, '');
    }
    lines.push('| Step | Canary weight | Started | Checks | Canary 5xx (max) | Stable 5xx (max) | Verdicts |');
    lines.push('|---|---|---|---|---|---|---|');
    for (const row of stepRows(entries)) {
        const verdicts = [...row.verdicts].map(([verdict, count]) => `${count}× ${verdict}`).join(', ') || '—';
        lines.push(`| ${row.step} | ${row.weight}% | ${row.started.toISOString()} | ${row.checks} | ${pct(row.maxCanaryErrorPct)} | ${pct(row.maxStableErrorPct)} | ${verdicts} |`);
    }
    const series = chartSeries(entries);
    if (series)
        lines.push('', ...chartMarkdown(series));
    lines.push('', '<details><summary>Timeline</summary>', '');
    lines.push(...timelineLines(entries, report.consoleUrl));
    lines.push('', '</details>', '', `Execution: [${report.executionArn}](${report.consoleUrl})`, '');
    return lines.join('\n');
}
/**
 * One line per entry; when they would pass the budget, the first and the last ones, with the number left out
 * in between (the execution history has them all).
 */
function timelineLines(entries, consoleUrl) {
    const all = entries.map((entry) => `- ${entry.at.toISOString()} ${(0,timeline/* describeEntry */.OY)(entry)}`);
    const bytes = (line) => Buffer.byteLength(line) + 1;
    if (all.reduce((sum, line) => sum + bytes(line), 0) <= timelineBudgetBytes)
        return all;
    const head = [];
    const tail = [];
    let used = 0;
    for (let first = 0, last = all.length - 1; first <= last;) {
        const fromHead = head.length <= tail.length;
        const line = all[fromHead ? first : last];
        if (used + bytes(line) > timelineBudgetBytes)
            break;
        used += bytes(line);
        if (fromHead)
            head.push(all[first++]);
        else
            tail.unshift(all[last--]);
    }
    const omitted = all.length - head.length - tail.length;
    return [...head, `- … ${omitted} more entries: see [the execution history](${consoleUrl})`, ...tail];
}
/** The pause in force: the last one, not resumed since. */
function pausedAt(entries) {
    const last = entries.findLast((entry) => entry.kind === 'paused' || entry.kind === 'resumed' || entry.kind === 'end');
    return last?.kind === 'paused' ? last : undefined;
}
function pct(value) {
    return value === undefined ? '—' : (0,timeline/* formatPct */.R8)(value);
}
function max(current, value) {
    if (value === undefined)
        return current;
    return current === undefined ? value : Math.max(current, value);
}


/***/ }),

/***/ 6132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ durationText)
/* harmony export */ });
/** "2h 5m", "4m 30s", "45s": how long something lasted, to the second. */
function durationText(milliseconds) {
    const seconds = Math.max(0, Math.round(milliseconds / 1000));
    const hours = Math.floor(seconds / 3600);
    const minutes = Math.floor((seconds % 3600) / 60);
    if (hours > 0)
        return `${hours}h${minutes > 0 ? ` ${minutes}m` : ''}`;
    if (minutes > 0)
        return `${minutes}m${seconds % 60 > 0 ? ` ${seconds % 60}s` : ''}`;
    return `${seconds}s`;
}


/***/ }),

/***/ 1935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OY: () => (/* binding */ describeEntry),
/* harmony export */   R8: () => (/* binding */ formatPct),
/* harmony export */   hf: () => (/* binding */ timelineOf)
/* harmony export */ });
/* unused harmony export windowText */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _routing_resource_phrase_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7200);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6132);



/**
 * Turns history events (in order, possibly page by page) into timeline entries. Pure and incremental:
 * `checksSoFar` carries the check count so that a follower can feed it one page at a time.
 */
function timelineOf(events, checksSoFar = 0) {
    const entries = [];
    let checks = checksSoFar;
    for (const event of events) {
        const at = event.timestamp ?? new Date(0);
        const entered = event.stateEnteredEventDetails;
        if (event.type === 'TaskStateEntered' && entered?.name === 'Resume') {
            const input = parseOutput(entered.input);
            const stepIndex = input.progress?.stepIndex ?? 0;
            entries.push({
                kind: 'resumed',
                at,
                step: stepIndex + 1,
                weight: input.document?.steps?.[stepIndex]?.weight ?? 0,
                by: input.progress?.pause?.resumedBy ?? 'an operator',
                pausedSince: input.progress?.pause?.since ?? '',
            });
        }
        const exited = event.stateExitedEventDetails;
        if (event.type === 'TaskStateExited' && exited?.name) {
            const output = parseOutput(exited.output);
            const stepIndex = output.progress?.stepIndex ?? 0;
            const weight = output.document?.steps?.[stepIndex]?.weight ?? 0;
            if (exited.name === 'Shift')
                entries.push({ kind: 'shift', at, step: stepIndex + 1, weight });
            // A Hold records a check only when its verdict or counters changed.
            const recordsCheck = exited.name === 'Check' || (exited.name === 'Hold' && output.progress?.decision === 'hold');
            if (recordsCheck && output.progress?.lastCheck) {
                checks += 1;
                const check = output.progress.lastCheck;
                entries.push({ kind: 'check', at, step: stepIndex + 1, weight: check.weight, number: checks, check });
            }
            if (exited.name === 'Check' && output.progress?.decision === 'pause') {
                entries.push({
                    kind: 'paused',
                    at,
                    step: stepIndex + 1,
                    weight,
                    since: output.progress.pause?.since ?? at.toISOString(),
                    deadline: output.progress.pause?.deadline ?? '',
                    onTimeout: output.document?.onPauseTimeout ?? 'rollback',
                });
            }
            if (exited.name === 'Promote') {
                entries.push({
                    kind: 'promotion-started',
                    at,
                    taskDefinitionArn: output.progress?.promotion?.taskDefinitionArn,
                });
            }
            if (exited.name === 'Finish') {
                const router = output.document?.snapshot?.router;
                entries.push({ kind: 'promoted', at, ...(router ? { router } : {}) });
            }
            if (exited.name === 'Rollback') {
                entries.push({
                    kind: 'rollback',
                    at,
                    restoredRoutes: output.rollback?.restoredRoutes ?? [],
                    restoredKeepingEdits: (output.rollback?.restoredKeepingEdits ?? []).map((route) => route.routeName),
                    keptEditedRoutes: (output.rollback?.keptEditedRoutes ?? []).map((route) => route.routeName),
                    services: output.rollback?.services ?? [],
                });
            }
        }
        const end = endOf(event);
        if (end)
            entries.push({ kind: 'end', at, ...end });
    }
    return { entries, checks };
}
function endOf(event) {
    switch (event.type) {
        case 'ExecutionSucceeded':
            return { status: 'SUCCEEDED' };
        case 'ExecutionFailed':
            return { status: 'FAILED', ...errorAndCause(event.executionFailedEventDetails) };
        case 'ExecutionAborted':
            return { status: 'ABORTED', ...errorAndCause(event.executionAbortedEventDetails) };
        case 'ExecutionTimedOut':
            return { status: 'TIMED_OUT', ...errorAndCause(event.executionTimedOutEventDetails) };
        default:
            return undefined;
    }
}
function errorAndCause(details) {
    const cause = details?.cause ? (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .readableCause */ .wV)(details.cause) : undefined;
    return {
        ...(details?.error ? { error: details.error } : {}),
        ...(cause ? { cause } : {}),
    };
}
function parseOutput(text) {
    if (!text)
        return {};
    try {
        return JSON.parse(text);
    }
    catch {
        return {};
    }
}
const grouped = new Intl.NumberFormat('en-US');
/** The log line of an entry, as the Action prints it while following. */
function describeEntry(entry) {
    switch (entry.kind) {
        case 'shift':
            return `step ${entry.step}: ${entry.weight}% → canary`;
        case 'check': {
            const { check } = entry;
            if (check.verdict === 'WAIT') {
                return `check ${entry.number} at ${entry.weight}%: waiting for the first complete period after the shift — WAIT`;
            }
            // Judged by alarms alone: the check's own words name them.
            if (check.canaryErrorRatePct === undefined)
                return `check ${entry.number} at ${entry.weight}%: ${check.reason.replace(/ — (PASS|FAIL|INCONCLUSIVE)$/, '')} — ${check.verdict}`;
            const canary = check.canaryRequests === 0
                ? 'no canary requests'
                : `canary ${formatPct(check.canaryErrorRatePct)} 5xx (${grouped.format(check.canaryRequests ?? 0)} req)`;
            const stable = check.stableErrorRatePct === undefined ? '' : ` vs stable ${formatPct(check.stableErrorRatePct)}`;
            const window = check.window ? ` in ${windowText(check.window)}` : '';
            return `check ${entry.number} at ${entry.weight}%: ${canary}${stable}${window} — ${check.verdict}`;
        }
        case 'paused':
            return `paused at ${entry.weight}% (step ${entry.step}): resume with mode: promote; at ${entry.deadline} the pause times out (${entry.onTimeout})`;
        case 'resumed':
            return `resumed by ${entry.by} at ${entry.weight}%${entry.pausedSince ? ` after ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .durationText */ .S)(entry.at.getTime() - Date.parse(entry.pausedSince))}` : ''}`;
        case 'promotion-started':
            return `promoting: stable service rolling out ${entry.taskDefinitionArn ?? 'the new version'}`;
        case 'promoted':
            return entry.router === undefined || entry.router === 'app-mesh'
                ? 'promoted: route 100% to the stable node on the new version, canary scaled to 0'
                : 'promoted: all traffic back on the stable target group, on the new version; canary scaled to 0';
        case 'rollback': {
            const restored = entry.restoredRoutes.length + entry.restoredKeepingEdits.length > 0;
            const parts = [
                ...(entry.restoredRoutes.length > 0 ? [`restored ${(0,_routing_resource_phrase_js__WEBPACK_IMPORTED_MODULE_2__/* .resourcesPhrase */ .V)(entry.restoredRoutes)}`] : []),
                ...(entry.restoredKeepingEdits.length > 0
                    ? [
                        `restored the weights of ${(0,_routing_resource_phrase_js__WEBPACK_IMPORTED_MODULE_2__/* .resourcesPhrase */ .V)(entry.restoredKeepingEdits)} keeping an edit made by hand`,
                    ]
                    : []),
                ...(restored ? [] : ['no route to restore']),
                ...(entry.keptEditedRoutes.length > 0
                    ? [`kept edited ${(0,_routing_resource_phrase_js__WEBPACK_IMPORTED_MODULE_2__/* .resourcesPhrase */ .V)(entry.keptEditedRoutes)}`]
                    : []),
                ...entry.services,
            ];
            return `rolling back: ${parts.join('; ')}`;
        }
        case 'end':
            if (entry.status === 'SUCCEEDED')
                return 'canary succeeded';
            return `canary ${entry.status}: ${[entry.error, entry.cause].filter(Boolean).join(': ')}`;
    }
}
/** "10:02:00–10:04:00 UTC": the traffic a check judged. */
function windowText(window) {
    const time = (iso) => iso.slice(11, 19);
    return `${time(window.start)}–${time(window.end)} UTC`;
}
function formatPct(value) {
    return `${value < 10 ? value.toFixed(1) : value.toFixed(0)}%`;
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
