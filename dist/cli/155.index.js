export const id = 155;
export const ids = [155];
export const modules = {

/***/ 5390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ followExecution)
/* harmony export */ });
/* harmony import */ var _pace_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1340);
/* harmony import */ var _report_canary_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5473);
/* harmony import */ var _report_timeline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1935);



/**
 * Follows an execution through its history, logging each event once and in order as it happens, until it
 * ends or `maxSeconds` pass. The whole history is re-read each poll (one call per 1,000 events), skipping
 * the events already seen: history event ids ascend.
 */
async function followExecution(executions, executionArn, options) {
    const sleep = options.sleep ?? _pace_js__WEBPACK_IMPORTED_MODULE_0__/* .pause */ .v7;
    const now = options.now ?? Date.now;
    const deadline = now() + options.maxSeconds * 1000;
    const entries = [];
    let lastSeenId = 0;
    let checks = 0;
    for (;;) {
        const fresh = [];
        let token;
        do {
            const page = await executions.historyPage(executionArn, token);
            fresh.push(...page.events.filter((event) => (event.id ?? 0) > lastSeenId));
            token = page.nextToken;
        } while (token);
        lastSeenId = Math.max(lastSeenId, ...fresh.map((event) => event.id ?? 0));
        const page = (0,_report_timeline_js__WEBPACK_IMPORTED_MODULE_2__/* .timelineOf */ .hf)(fresh, checks);
        checks = page.checks;
        for (const entry of page.entries) {
            entries.push(entry);
            options.log.info((0,_report_timeline_js__WEBPACK_IMPORTED_MODULE_2__/* .describeEntry */ .OY)(entry));
        }
        const end = entries.find((entry) => entry.kind === 'end');
        if (end?.kind === 'end')
            return { status: end.status, entries };
        const paused = options.stopAtPause ? (0,_report_canary_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .pausedAt */ .gg)(entries) : undefined;
        if (paused && paused.since !== options.resumedPauseSince)
            return { status: 'PAUSED', entries };
        if (now() >= deadline)
            return { status: 'RUNNING', entries };
        await sleep(options.pollSeconds);
    }
}


/***/ }),

/***/ 6155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDeployMode: () => (/* binding */ runDeployMode)
});

// UNUSED EXPORTS: preflightDeploy, rollOutCanary, startCanary

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/config/history-budget.ts

/** Step Functions keeps at most 25,000 history events per Standard execution; past that it fails. */
const historyEventLimit = 25_000;
/**
 * History events each part of the canary writes (statemachine/canary.asl.json): a bake check is a Wait, a
 * Task and a Choice (2 + 5 + 2); a held check interval is one callback Task that times out and re-enters (at
 * most 6 events); a hold that records a changed verdict adds a Choice.
 */
const eventsPerBakeCheck = 9;
const eventsPerHeldInterval = 8;
/** Init, shifts, promotion, finish, rollback and retries, with room for extended bakes. */
const reservedEvents = 5_000;
/** The most history events the plan writes when every pause runs to its timeout. */
function historyEventsOf(plan) {
    const intervals = (seconds) => Math.ceil(seconds / plan.checkIntervalSeconds);
    const bakes = plan.steps.reduce((total, step) => total + intervals(step.bakeSeconds) * eventsPerBakeCheck, 0);
    const pauses = plan.steps.filter((step) => step.pause).length;
    return bakes + pauses * intervals(plan.pauseTimeoutSeconds) * eventsPerHeldInterval + reservedEvents;
}
/**
 * A pause checks health every interval until its timeout, and every check is history: refuse a plan that
 * could outgrow the execution's history (it would fail mid-canary, half-shifted until the guard restores it).
 */
function checkHistoryBudget(plan) {
    const events = historyEventsOf(plan);
    if (events <= historyEventLimit)
        return;
    const pauses = plan.steps.filter((step) => step.pause).length;
    const heldBudget = historyEventLimit -
        historyEventsOf({ ...plan, steps: plan.steps.map(({ bakeSeconds }) => ({ bakeSeconds })) });
    const longestTimeout = Math.floor((heldBudget / pauses / eventsPerHeldInterval) * plan.checkIntervalSeconds);
    throw new errors/* InputError */.dz('pause-timeout', `with check-interval ${plan.checkIntervalSeconds}s and ${pauses} pause${pauses > 1 ? 's' : ''}, the canary could write about ${events.toLocaleString('en-US')} history events; a Step Functions execution holds ${historyEventLimit.toLocaleString('en-US')}. Shorten pause-timeout to at most ${formatSeconds(longestTimeout)} or lengthen check-interval.`);
}
function formatSeconds(seconds) {
    if (seconds >= 3600)
        return `${Math.floor(seconds / 3600)}h${seconds % 3600 >= 60 ? `${Math.floor((seconds % 3600) / 60)}m` : ''}`;
    if (seconds >= 60)
        return `${Math.floor(seconds / 60)}m`;
    return `${Math.max(0, seconds)}s`;
}

// EXTERNAL MODULE: ./src/config/inputs.ts
var inputs = __webpack_require__(4389);
;// CONCATENATED MODULE: ./src/config/canary.ts



const stateMachineArnPattern = /^arn:aws[a-z-]*:states:[a-z0-9-]+:\d{12}:stateMachine:[A-Za-z0-9_-]{1,80}$/;
function canaryPlanSettings(read, { requireStateMachine }) {
    const { weights, pauses } = stepPlan(read);
    const bakes = bakeTimes(read, weights.length);
    const checkIntervalSeconds = (0,inputs/* duration */.p0)(read, 'check-interval', '1m', { min: 10, max: 3600 });
    const pauseTimeoutSeconds = (0,inputs/* duration */.p0)(read, 'pause-timeout', '24h', { min: 60, max: 7 * 86400 });
    const stateMachineArn = (0,inputs/* optionalString */.sx)(read, 'state-machine-arn');
    if (stateMachineArn === undefined && requireStateMachine) {
        throw new errors/* InputError */.dz('state-machine-arn', 'is required to run the canary, and a dry run checks it as a deploy would: set it to the StateMachineArn ' +
            'output of the orchestrator stack (infra/).');
    }
    if (stateMachineArn !== undefined && !stateMachineArnPattern.test(stateMachineArn)) {
        throw new errors/* InputError */.dz('state-machine-arn', `"${stateMachineArn}" is not a state machine ARN (arn:aws:states:<region>:<account>:stateMachine:<name>).`);
    }
    const settings = {
        steps: weights.map((weight, index) => ({
            weight,
            bakeSeconds: bakes[index],
            ...(pauses.has(index) ? { pause: true } : {}),
        })),
        checkIntervalSeconds,
        promotion: (0,inputs/* oneOf */.yL)(read, 'promotion', ['copy', 'none'], 'copy'),
        pauseTimeoutSeconds,
        onPauseTimeout: (0,inputs/* oneOf */.yL)(read, 'on-pause-timeout', ['rollback', 'continue'], 'rollback'),
        stateMachineArn,
        waitForCompletion: (0,inputs/* boolean */.zM)(read, 'wait-for-completion', true),
    };
    if (pauses.size > 0)
        checkHistoryBudget(settings);
    return settings;
}
/**
 * The weights, and the steps after whose bake the canary pauses: `pause` follows the weight it holds
 * ("25,50,pause,100" holds at 50%; "25,50,100,pause" holds at 100% before promotion).
 */
function stepPlan(read) {
    const items = (0,inputs/* list */.p_)(read, 'steps');
    if (items.length === 0 && read.given?.('steps'))
        throw new errors/* InputError */.dz('steps', `lists no step ("${read('steps')}"; an unset variable?): give the canary weights, e.g. 25,50,100, or leave steps out for that default.`);
    if (items.length === 0)
        return { weights: stepWeights(['25', '50', '100']), pauses: new Set() };
    const weightItems = [];
    const pauses = new Set();
    for (const item of items) {
        if (item.toLowerCase() !== 'pause') {
            weightItems.push(item);
            continue;
        }
        const held = weightItems.length - 1;
        if (held < 0) {
            throw new errors/* InputError */.dz('steps', 'starts with pause: a pause holds the weight before it (e.g. 25,pause,50,100); the canary has no traffic to hold yet.');
        }
        if (pauses.has(held)) {
            throw new errors/* InputError */.dz('steps', `has two pauses in a row after ${weightItems[held]}; one pause holds until resumed.`);
        }
        pauses.add(held);
    }
    return { weights: stepWeights(weightItems), pauses };
}
function stepWeights(items) {
    const weights = items.map((item) => (0,inputs/* parseInteger */.cG)('steps', item, { min: 1, max: 100 }));
    weights.forEach((weight, index) => {
        const previous = weights[index - 1];
        if (previous !== undefined && weight <= previous) {
            throw new errors/* InputError */.dz('steps', `must ascend; ${weight} follows ${previous}. Write them in order, e.g. 25,50,100.`);
        }
    });
    if (weights.at(-1) !== 100) {
        throw new errors/* InputError */.dz('steps', `must end at 100 (the canary takes all traffic before promotion); got ${weights.join(',')}.`);
    }
    if (weights.length > 20)
        throw new errors/* InputError */.dz('steps', `has ${weights.length} steps; 20 at most.`);
    return weights;
}
/** One bake time for every step ("5m"), or one per step ("2m,5m,10m"). */
function bakeTimes(read, stepCount) {
    const items = (0,inputs/* list */.p_)(read, 'bake-time');
    const texts = items.length === 0 ? ['5m'] : items;
    const seconds = texts.map((text) => (0,inputs/* parseDurationSeconds */.lW)('bake-time', text, { min: 0, max: 86400 }));
    if (seconds.length === 1)
        return Array.from({ length: stepCount }, () => seconds[0]);
    if (seconds.length !== stepCount) {
        throw new errors/* InputError */.dz('bake-time', `gives ${seconds.length} times for ${stepCount} steps; give one for all steps or one per step.`);
    }
    return seconds;
}

// EXTERNAL MODULE: ./src/config/render.ts
var render = __webpack_require__(4808);
;// CONCATENATED MODULE: ./src/config/deploy.ts



/** @param withMesh whether the router is App Mesh: only then is the Envoy sidecar rendered. */
function deploySettings(read, withMesh = true) {
    const meshOwner = (0,inputs/* optionalString */.sx)(read, 'mesh-owner');
    if (meshOwner !== undefined && !/^\d{12}$/.test(meshOwner)) {
        throw new errors/* InputError */.dz('mesh-owner', `must be a 12-digit AWS account ID; got "${meshOwner}".`);
    }
    return {
        ...(withMesh ? { render: (0,render/* renderSettings */.c)(read, 'canary-node') } : {}),
        containerName: (0,inputs/* optionalString */.sx)(read, 'container-name'),
        image: (0,inputs/* optionalString */.sx)(read, 'image'),
        taskDefinitionFile: (0,inputs/* optionalString */.sx)(read, 'task-definition'),
        cluster: (0,inputs/* requiredString */.Fk)(read, 'cluster', 'Set it to the ECS cluster of the canary service.'),
        service: (0,inputs/* requiredString */.Fk)(read, 'service', 'Set it to the ECS service that runs the canary version.'),
        desiredCount: desiredCount(read),
        meshOwner,
        waitForServiceStability: (0,inputs/* boolean */.zM)(read, 'wait-for-service-stability', true),
        waitForMinutes: (0,inputs/* integer */.nd)(read, 'wait-for-minutes', 60, { min: 1, max: 360 }),
        dryRun: (0,inputs/* boolean */.zM)(read, 'dry-run', false),
    };
}
/** At least one task: a canary with none would get its share of the traffic and answer nothing. */
function desiredCount(read) {
    const count = (0,inputs/* optionalInteger */.$H)(read, 'desired-count', { min: 0 });
    if (count === 0) {
        throw new errors/* InputError */.dz('desired-count', 'is 0: the canary would receive its share of the traffic with no task to answer it. Leave it unset ' +
            '(the current count, or the stable service count when the canary is at 0) or give 1 or more.');
    }
    return count;
}

// EXTERNAL MODULE: ./src/config/health.ts + 1 modules
var health = __webpack_require__(5591);
// EXTERNAL MODULE: ./src/config/services.ts
var services = __webpack_require__(8808);
// EXTERNAL MODULE: ./src/config/target-group-health.ts
var target_group_health = __webpack_require__(5478);
// EXTERNAL MODULE: ./src/count.ts
var count = __webpack_require__(9984);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/orchestrator/services.ts
var orchestrator_services = __webpack_require__(3262);
// EXTERNAL MODULE: ./src/taskdef/index.ts + 13 modules
var taskdef = __webpack_require__(9346);
;// CONCATENATED MODULE: ./src/deploy/plan.ts

function buildPlan(settings, currentTaskDefinitionArn, rendered, appContainer) {
    const containers = rendered.containerDefinitions ?? [];
    const imageOf = (name) => containers.find((container) => container.name === name)?.image ?? '';
    return {
        cluster: settings.cluster,
        service: settings.service,
        currentTaskDefinitionArn,
        family: rendered.family ?? '',
        appContainer,
        image: imageOf(appContainer),
        ...(settings.render
            ? {
                envoy: {
                    image: imageOf('envoy'),
                    virtualNode: `mesh/${settings.render.mesh}/virtualNode/${settings.render.virtualNode}`,
                },
            }
            : {}),
        desiredCount: settings.desiredCount,
        waitMinutes: settings.waitForServiceStability ? settings.waitForMinutes : undefined,
    };
}
function describePlan(plan) {
    return [
        `service ${plan.service} in cluster ${plan.cluster} runs ${plan.currentTaskDefinitionArn}`,
        `register a new revision of ${plan.family}: ${plan.appContainer} = ${plan.image}${plan.envoy ? `, envoy = ${plan.envoy.image} as ${plan.envoy.virtualNode}` : ' (no sidecar: the router is not a mesh)'}`,
        `update service ${plan.service} to it${plan.desiredCount === undefined ? '' : ` with ${(0,count/* countOf */.p)(plan.desiredCount, 'task')}`}`,
        plan.waitMinutes === undefined
            ? 'do not wait for the service to become stable'
            : `wait up to ${plan.waitMinutes} min for the service to become stable`,
    ];
}

;// CONCATENATED MODULE: ./src/deploy/deploy.ts





/**
 * Renders the new version for the canary node, registers it (tagged with the deployment id: a rollback
 * undoes only revisions carrying it) and rolls it out to the canary service.
 * Every input is checked and the task definition rendered before the first mutating call.
 */
async function deployCanaryService(settings, deps, options = {}) {
    const { ecs, log } = deps;
    const service = options.known?.service ?? (await ecs.describeService(settings.cluster, settings.service));
    const base = await canaryBase(settings, options.known?.taskDefinition ?? (() => ecs.describeTaskDefinition(service.taskDefinitionArn)));
    const tagged = options.deploymentId
        ? { ...base, tags: (0,orchestrator_services/* withDeploymentTag */.G1)(base.tags, options.deploymentId) }
        : base;
    // In a mesh the Envoy sidecar is rendered for the canary node; elsewhere the task definition goes as given.
    const rendered = settings.render
        ? (0,taskdef/* renderTaskDefinition */.P9)(tagged, {
            ...settings.render,
            region: deps.region,
            account: settings.meshOwner ?? service.accountId,
        })
        : (0,taskdef/* prepareTaskDefinition */.Ww)(tagged, {
            ...(settings.containerName ? { containerName: settings.containerName } : {}),
            ...(settings.image ? { image: settings.image } : {}),
        });
    const plan = buildPlan(settings, service.taskDefinitionArn, rendered, (0,taskdef/* resolveAppContainer */.ZY)(base, settings.render?.containerName ?? settings.containerName));
    for (const line of describePlan(plan))
        log.info(`${settings.dryRun ? 'plan (dry run)' : 'plan'}: ${line}`);
    const result = {
        plan,
        rendered,
        previousTaskDefinitionArn: service.taskDefinitionArn,
        stable: false,
    };
    if (settings.dryRun)
        return result;
    const registered = await ecs.registerTaskDefinition(rendered);
    log.info(`registered ${registered.taskDefinitionArn}`);
    await ecs.updateService({
        cluster: settings.cluster,
        service: settings.service,
        taskDefinitionArn: registered.taskDefinitionArn,
        desiredCount: settings.desiredCount,
    });
    log.info(`updated service ${settings.service} to ${registered.taskDefinitionArn}`);
    result.taskDefinitionArn = registered.taskDefinitionArn;
    if (settings.waitForServiceStability) {
        log.info(`waiting up to ${settings.waitForMinutes} min for service ${settings.service} to become stable`);
        await ecs.waitForDeployment({
            cluster: settings.cluster,
            service: settings.service,
            taskDefinitionArn: registered.taskDefinitionArn,
            maxWaitMinutes: settings.waitForMinutes,
        });
        result.stable = true;
        log.info(`service ${settings.service} is stable on ${registered.taskDefinitionArn}`);
    }
    return result;
}
/**
 * The task definition the new version is rendered from: the task-definition file, or the revision the canary
 * service runs now. Its family is the one the deploy registers (and the health presets read by).
 */
async function canaryBase(settings, current) {
    if (settings.taskDefinitionFile)
        return readTaskDefinitionFile(settings.taskDefinitionFile);
    return (0,taskdef/* cleanForRegistration */.sX)(typeof current === 'function' ? await current() : current);
}
async function readTaskDefinitionFile(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        const reason = error.code === 'ENOENT' ? 'no such file' : String(error);
        throw new errors/* InputError */.dz('task-definition', `cannot read "${path}" (${reason}). Give the path of a task definition JSON file.`);
    }
    return (0,taskdef/* parseTaskDefinition */.Id)(text, 'task-definition');
}

// EXTERNAL MODULE: ./src/orchestrator/document.ts
var orchestrator_document = __webpack_require__(7799);
;// CONCATENATED MODULE: ./src/deploy/execution-document.ts

/**
 * A readable, unique name: route, short sha, UTC time — e.g. serviceB-1a2b3c4-20261122T043512Z. It is also
 * the deployment id (App Mesh client tokens derive from it) and the Step Functions execution name.
 */
function deploymentIdOf(route, sha, now) {
    const time = now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    const shortSha = (sha ?? 'manual').slice(0, 7).replace(/[^A-Za-z0-9]/g, '');
    const routePart = route.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 64 - shortSha.length - time.length - 2);
    return `${routePart}-${shortSha}-${time}`;
}
const promotionPollSeconds = 15;
/** Builds the execution document and validates it with the schema the Lambdas use. */
function buildExecutionDocument(parts) {
    return (0,orchestrator_document/* parseExecutionDocument */.JB)({
        version: orchestrator_document/* documentVersion */.am,
        deploymentId: parts.deploymentId,
        source: parts.source,
        region: parts.region,
        snapshot: parts.snapshot,
        stableService: {
            cluster: parts.stable.cluster,
            service: parts.stable.service,
            previousTaskDefinitionArn: parts.stable.taskDefinitionArn,
        },
        canaryService: parts.canary,
        ...(parts.render ? { render: renderForPromotion(parts.render, parts.account) } : {}),
        steps: parts.plan.steps,
        checkIntervalSeconds: parts.plan.checkIntervalSeconds,
        promotion: parts.plan.promotion,
        promotionPollSeconds,
        promotionTimeoutSeconds: parts.promotionTimeoutSeconds,
        pauseTimeoutSeconds: parts.plan.pauseTimeoutSeconds,
        onPauseTimeout: parts.plan.onPauseTimeout,
        health: parts.health,
    });
}
/** The node and image are the canary's: the document keeps only what promotion re-renders with. */
function renderForPromotion(settings, account) {
    const { mesh: _mesh, virtualNode: _virtualNode, image: _image, ...render } = settings;
    return { account, ...definedOnly(render) };
}
function definedOnly(record) {
    return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

// EXTERNAL MODULE: ./src/deploy/follow.ts
var follow = __webpack_require__(5390);
// EXTERNAL MODULE: ./src/deploy/service-roles.ts
var service_roles = __webpack_require__(3076);
// EXTERNAL MODULE: ./src/health/check.ts + 1 modules
var check = __webpack_require__(3117);
// EXTERNAL MODULE: ./src/orchestrator/errors.ts
var orchestrator_errors = __webpack_require__(7726);
// EXTERNAL MODULE: ./src/pace.ts
var pace = __webpack_require__(1340);
// EXTERNAL MODULE: ./src/report/canary-summary.ts + 2 modules
var canary_summary = __webpack_require__(5473);
// EXTERNAL MODULE: ./src/report/duration.ts
var duration = __webpack_require__(6132);
// EXTERNAL MODULE: ./src/routing/app-mesh/index.ts
var app_mesh = __webpack_require__(3052);
// EXTERNAL MODULE: ./src/routing/engine.ts + 4 modules
var engine = __webpack_require__(6471);
// EXTERNAL MODULE: ./src/routing/errors.ts
var routing_errors = __webpack_require__(2843);
// EXTERNAL MODULE: ./src/routing/router-settings.ts
var router_settings = __webpack_require__(8259);
// EXTERNAL MODULE: ./src/modes/executions.ts
var executions = __webpack_require__(593);
// EXTERNAL MODULE: ./src/modes/state-machine.ts
var state_machine = __webpack_require__(9897);
;// CONCATENATED MODULE: ./src/modes/deploy.ts
























/**
 * `deploy`: every input is checked, then the read-only pre-flight (the state machine, the lock, routes,
 * nodes, canary at 0, both services and their roles, health sources), then the canary service gets the new
 * version, then the state machine takes over.
 */
async function runDeployMode(read, deps, source) {
    const preflight = await preflightDeploy(read, deps, source);
    const base = {
        dryRun: preflight.deploy.dryRun,
        deploymentId: preflight.deploymentId,
        entries: [],
        routeLabel: preflight.routeLabel,
    };
    if (preflight.deploy.dryRun) {
        const ecs = await deployCanaryService(canaryDeployOf(preflight), deps, { known: knownCanary(preflight) });
        deps.log.info(`plan (dry run): then run ${preflight.plan.steps.map((step) => `${step.weight}%`).join(' → ')} on the canary`);
        return { ...base, ecs };
    }
    const ecs = await rollOutCanary(preflight, deps);
    const started = await startCanary(preflight, ecs, deps, source);
    const executionUrl = (0,canary_summary/* consoleUrlOf */.U2)(started.executionArn);
    deps.log.info(`started execution ${started.executionArn}`);
    deps.log.info(`console: ${executionUrl}`);
    const result = {
        ...base,
        ecs,
        executionArn: started.executionArn,
        executionUrl,
        status: 'RUNNING',
    };
    if (!preflight.plan.waitForCompletion)
        return result;
    const followed = await (0,follow/* followExecution */.a)(deps.executions, started.executionArn, {
        log: deps.log,
        pollSeconds: (0,pace/* historyPollSeconds */.xd)(preflight.plan.checkIntervalSeconds),
        maxSeconds: preflight.deploy.waitForMinutes * 60,
        sleep: deps.sleep,
        now: () => deps.now().getTime(),
        stopAtPause: true,
    });
    return {
        ...result,
        status: followed.status,
        entries: followed.entries,
        finalWeights: await preflight.router.describe(),
    };
}
/** Reads only: every refusal happens here, before the first write. */
async function preflightDeploy(read, deps, source) {
    const routing = (0,router_settings/* routerSettings */.XV)(read);
    const deploy = deploySettings(read, routing.router === 'app-mesh');
    // A dry run checks what the deploy would: the state machine, its lock and whether the plan fits it.
    const plan = canaryPlanSettings(read, { requireStateMachine: true });
    const stable = (0,services/* stableServiceSettings */.e)(read);
    if (!deploy.waitForServiceStability && !deploy.dryRun) {
        throw new errors/* InputError */.dz('wait-for-service-stability', 'must be true: traffic moves to the canary only once its service is stable on the new version.');
    }
    (0,service_roles/* checkDistinctServices */.zc)(deploy, stable);
    if (plan.stateMachineArn)
        (0,state_machine/* checkStateMachineRegion */.L)(plan.stateMachineArn, deps.region);
    // Checked now, before any call; read again once the families and target groups are known.
    healthFor(read, plan.checkIntervalSeconds, {
        canaryTaskDefinitionFamily: 'canary-family',
        stableTaskDefinitionFamily: 'stable-family',
        ...(0,target_group_health/* placeholderTargetGroups */.L_)(routing),
    });
    if (plan.stateMachineArn)
        await checkStateMachineFits(plan, plan.stateMachineArn, deploy.waitForMinutes * 60, deps);
    const routeLabel = routeLabelOf(routing);
    const deploymentId = deploymentIdOf(routeLabel, source.sha, deps.now());
    const router = (0,engine/* routerFromSettings */.pM)(routing, deps, { deploymentId, log: deps.log });
    // Read first without requiring the canary at 0, so a running canary is named as such.
    const snapshot = await router.current();
    if (plan.stateMachineArn)
        await refuseWhileRunning(plan.stateMachineArn, snapshot, deps);
    await checkCanaryAtZeroNamed(snapshot, router);
    deps.log.info(`pre-flight: ${(0,engine/* resourceLabelsOf */.vc)(snapshot).join(', ')}: canary at 0, no canary running`);
    const stableState = await deps.ecs.describeService(stable.cluster, stable.service);
    const canaryState = await deps.ecs.describeService(deploy.cluster, deploy.service);
    const [stableTaskDefinition, canaryTaskDefinition] = [
        await deps.ecs.describeTaskDefinition(stableState.taskDefinitionArn),
        await deps.ecs.describeTaskDefinition(canaryState.taskDefinitionArn),
    ];
    const canaryRef = { ...deploy, taskDefinition: canaryTaskDefinition };
    const stableRef = { ...stable, taskDefinition: stableTaskDefinition };
    if (snapshot.router === 'app-mesh')
        (0,service_roles/* checkServiceRoles */.Vd)(canaryRef, stableRef, snapshot);
    else
        (0,service_roles/* checkTargetGroupAttachments */.PJ)({ ...canaryRef, state: canaryState }, { ...stableRef, state: stableState }, snapshot);
    if (stableState.desiredCount === 0 || stableState.runningCount === 0) {
        throw new routing_errors/* PreflightError */.wG(`stable service ${stable.service} has ${(0,count/* tasksOf */.a)(stableState)}: ` +
            'it must serve production before a canary starts (a rollback returns all traffic to it).');
    }
    // The canary's metrics are those of the family this deploy registers, not the one it ran before.
    const registeredFamily = (await canaryBase(deploy, canaryTaskDefinition)).family;
    const health = healthFor(read, plan.checkIntervalSeconds, {
        canaryTaskDefinitionFamily: registeredFamily,
        stableTaskDefinitionFamily: (0,orchestrator_document/* familyOf */.Ap)(stableState.taskDefinitionArn),
        ...(snapshot.router === 'app-mesh'
            ? {}
            : {
                canaryTargetGroupArn: snapshot.canaryTargetGroupArn,
                stableTargetGroupArn: snapshot.stableTargetGroupArn,
            }),
    });
    await (0,check/* validateHealthSources */.V6)(health, deps.health, { now: deps.now() });
    return {
        deploy,
        routing,
        plan,
        stable: { ...stable, state: stableState },
        canary: {
            state: canaryState,
            taskDefinition: canaryTaskDefinition,
            // A canary service left at 0 by the previous canary must carry full traffic at 100%.
            desiredCount: deploy.desiredCount ??
                (canaryState.desiredCount > 0 ? canaryState.desiredCount : stableState.desiredCount),
        },
        router,
        snapshot,
        health,
        deploymentId,
        routeLabel,
    };
}
/** The canary's new version: created node (when asked), registered, rolled out, stable. */
async function rollOutCanary(preflight, deps) {
    const { routing, router } = preflight;
    if (routing.router === 'app-mesh' && routing.createCanaryNode && router instanceof app_mesh/* AppMeshRouter */.Cg) {
        const { created } = await router.ensureCanaryNode();
        if (created)
            deps.log.info(`created virtual node ${routing.canaryNode} from ${routing.stableNode}`);
    }
    return deployCanaryService(canaryDeployOf(preflight), deps, {
        deploymentId: preflight.deploymentId,
        known: knownCanary(preflight),
    });
}
/**
 * Starts the state machine. The lock is read once more first: a deploy that raced this one through its
 * pre-flight and started first owns the route (its checks see the canary service changed and roll back).
 */
async function startCanary(preflight, ecs, deps, source) {
    const stateMachineArn = preflight.plan.stateMachineArn;
    await refuseWhileRunning(stateMachineArn, preflight.snapshot, deps, ecs.taskDefinitionArn);
    const { deploy, stable, canary } = preflight;
    const document = buildExecutionDocument({
        deploymentId: preflight.deploymentId,
        source,
        region: deps.region,
        snapshot: preflight.snapshot,
        account: deploy.meshOwner ?? canary.state.accountId,
        render: deploy.render,
        stable: {
            cluster: stable.cluster,
            service: stable.service,
            taskDefinitionArn: stable.state.taskDefinitionArn,
        },
        canary: {
            cluster: deploy.cluster,
            service: deploy.service,
            previousTaskDefinitionArn: canary.state.taskDefinitionArn,
            newTaskDefinitionArn: ecs.taskDefinitionArn,
            desiredCount: canary.desiredCount,
        },
        plan: preflight.plan,
        health: preflight.health,
        promotionTimeoutSeconds: deploy.waitForMinutes * 60,
    });
    return deps.executions.start(stateMachineArn, preflight.deploymentId, { document });
}
function knownCanary(preflight) {
    return { service: preflight.canary.state, taskDefinition: preflight.canary.taskDefinition };
}
function canaryDeployOf(preflight) {
    return { ...preflight.deploy, desiredCount: preflight.canary.desiredCount };
}
/** The ARN names its region; a state machine elsewhere cannot be reached with this region's clients. */
/**
 * The state machine exists here, can run this plan's pauses, and lets an execution live as long as the plan
 * may take: an execution that times out mid-canary is rolled back by the guard, after a wasted bake.
 */
async function checkStateMachineFits(plan, stateMachineArn, promotionSeconds, deps) {
    const machine = await deps.executions.describeStateMachine(stateMachineArn);
    if (!machine.exists) {
        throw new errors/* InputError */.dz('state-machine-arn', `no state machine ${stateMachineArn} in this account and region: use the StateMachineArn output of the ` +
            'orchestrator stack (infra/), deployed in this region.');
    }
    const pauses = plan.steps.filter((step) => step.pause).length;
    if (pauses > 0 && machine.states && !machine.states.includes('Hold')) {
        throw new errors/* InputError */.dz('steps', `has a pause, but state machine ${stateMachineArn} has no Hold state (an orchestrator stack from before pause steps): update the stack (infra/), or remove pause from steps.`);
    }
    if (machine.timeoutSeconds === undefined)
        return;
    const planSeconds = longestPlanSeconds(plan, pauses, promotionSeconds);
    if (planSeconds <= machine.timeoutSeconds)
        return;
    const input = pauses > 0 ? 'pause-timeout' : 'bake-time';
    throw new errors/* InputError */.dz(input, `the canary may take ${(0,duration/* durationText */.S)(planSeconds * 1000)} (bakes${pauses > 0 ? `, ${pauses} pause${pauses > 1 ? 's' : ''} to their timeout` : ''} and promotion), longer than state machine ${stateMachineArn} lets an execution run (${(0,duration/* durationText */.S)(machine.timeoutSeconds * 1000)}): shorten ${input}, or deploy the orchestrator with a longer executionTimeout (infra/, context executionTimeout).`);
}
/** Bakes (each may extend while it waits for its first own period), pauses to their timeout, promotion. */
function longestPlanSeconds(plan, pauses, promotionSeconds) {
    const bakes = plan.steps.reduce((total, step) => total + step.bakeSeconds + 2 * plan.checkIntervalSeconds + 120, 0);
    return bakes + pauses * plan.pauseTimeoutSeconds + promotionSeconds;
}
/**
 * A new canary starts from 0. A VPC Lattice forward holds target group IDs: the refusal names every group
 * as a person knows it, read only then (one GetTargetGroup each).
 */
async function checkCanaryAtZeroNamed(snapshot, router) {
    try {
        (0,engine/* checkCanaryAtZero */.A5)(snapshot);
    }
    catch (error) {
        if (!(error instanceof routing_errors/* CanaryGroupNotAtZeroError */.cP) || snapshot.router !== 'vpc-lattice')
            throw error;
        const [read] = await router.describe();
        const groups = (read?.targets ?? []).map((target) => ({ id: target.target, weight: target.weight }));
        throw new routing_errors/* CanaryGroupNotAtZeroError */.cP(error.resource, snapshot.names.canaryTargetGroup, groups);
    }
}
/** One canary per route, any phase: refuses while an execution of the state machine runs on these routes. */
async function refuseWhileRunning(stateMachineArn, snapshot, deps, alreadyRolledOut) {
    const running = await (0,executions/* runningCanaryOn */.n)(deps.executions, stateMachineArn, snapshot);
    if (!running)
        return;
    const { details, document } = running;
    const changed = alreadyRolledOut
        ? `It started while this deploy rolled out its service: the canary service now runs ${alreadyRolledOut} and ` +
            'gets no traffic from this deploy; the running canary sees its service changed and rolls back.'
        : 'This deploy changed nothing.';
    throw new orchestrator_errors/* CanaryAlreadyRunningError */._4(`execution ${details.executionArn} (deployment ${document.deploymentId}, started ${details.startDate.toISOString()}) ` +
        `is running a canary on ${(0,engine/* resourceLabelsOf */.vc)(snapshot).join(', ')}. ${changed} Wait for it to end, or roll it back ` +
        '(mode: rollback), then deploy again.');
}
/** Health settings; the window defaults to the check interval (at least one metric period). */
function healthFor(read, checkIntervalSeconds, known) {
    const settings = (0,health/* healthSettings */.Gr)(read, known);
    if ((0,inputs/* optionalString */.sx)(read, 'window') !== undefined)
        return settings;
    const periods = Math.max(1, Math.ceil(checkIntervalSeconds / settings.periodSeconds));
    return { ...settings, windowSeconds: periods * settings.periodSeconds };
}
/** A short name of what is shifted, for the deployment id: the routes, the router, the rule or listener. */
function routeLabelOf(routing) {
    const last = (text) => text.split('/').at(-1) ?? text;
    switch (routing.router) {
        case 'app-mesh':
            return routing.routes.length > 0 ? routing.routes.join('+') : routing.virtualRouter;
        case 'vpc-lattice':
            return last(routing.rule ?? routing.listener);
        case 'alb':
            return `alb-${last(routing.ruleArn ?? routing.listenerArn).slice(0, 12)}`;
    }
}


/***/ })

};
