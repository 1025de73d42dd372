export const id = 778;
export const ids = [778];
export const modules = {

/***/ 7778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDeployMode: () => (/* binding */ runDeployMode)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/config/inputs.ts
var inputs = __webpack_require__(4389);
;// CONCATENATED MODULE: ./src/config/canary.ts


const stateMachineArnPattern = /^arn:aws[a-z-]*:states:[a-z0-9-]+:\d{12}:stateMachine:[A-Za-z0-9_-]{1,80}$/;
function canaryPlanSettings(read, { requireStateMachine }) {
    const weights = stepWeights(read);
    const bakes = bakeTimes(read, weights.length);
    const checkIntervalSeconds = (0,inputs/* duration */.p0)(read, 'check-interval', '1m', { min: 10, max: 3600 });
    const stateMachineArn = (0,inputs/* optionalString */.sx)(read, 'state-machine-arn');
    if (stateMachineArn === undefined && requireStateMachine) {
        throw new errors/* InputError */.dz('state-machine-arn', 'is required to run the canary: set it to the StateMachineArn output of the orchestrator stack (infra/).');
    }
    if (stateMachineArn !== undefined && !stateMachineArnPattern.test(stateMachineArn)) {
        throw new errors/* InputError */.dz('state-machine-arn', `"${stateMachineArn}" is not a state machine ARN (arn:aws:states:<region>:<account>:stateMachine:<name>).`);
    }
    const settings = {
        steps: weights.map((weight, index) => ({ weight, bakeSeconds: bakes[index] })),
        checkIntervalSeconds,
        promotion: (0,inputs/* oneOf */.yL)(read, 'promotion', ['copy', 'none'], 'copy'),
        stateMachineArn,
        waitForCompletion: (0,inputs/* boolean */.zM)(read, 'wait-for-completion', true),
    };
    return settings;
}
function stepWeights(read) {
    const items = (0,inputs/* list */.p_)(read, 'steps');
    const weights = items.length === 0
        ? [25, 50, 100]
        : items.map((item) => (0,inputs/* parseInteger */.cG)('steps', item, { min: 1, max: 100 }));
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



function deploySettings(read) {
    const meshOwner = (0,inputs/* optionalString */.sx)(read, 'mesh-owner');
    if (meshOwner !== undefined && !/^\d{12}$/.test(meshOwner)) {
        throw new errors/* InputError */.dz('mesh-owner', `must be a 12-digit AWS account ID; got "${meshOwner}".`);
    }
    return {
        render: (0,render/* renderSettings */.c)(read, 'canary-node'),
        taskDefinitionFile: (0,inputs/* optionalString */.sx)(read, 'task-definition'),
        cluster: (0,inputs/* requiredString */.Fk)(read, 'cluster', 'Set it to the ECS cluster of the canary service.'),
        service: (0,inputs/* requiredString */.Fk)(read, 'service', 'Set it to the ECS service that runs the canary version.'),
        desiredCount: (0,inputs/* optionalInteger */.$H)(read, 'desired-count', { min: 0 }),
        meshOwner,
        waitForServiceStability: (0,inputs/* boolean */.zM)(read, 'wait-for-service-stability', true),
        waitForMinutes: (0,inputs/* integer */.nd)(read, 'wait-for-minutes', 60, { min: 1, max: 360 }),
        dryRun: (0,inputs/* boolean */.zM)(read, 'dry-run', false),
    };
}

// EXTERNAL MODULE: ./src/config/health.ts
var health = __webpack_require__(9138);
// EXTERNAL MODULE: ./src/config/mesh.ts
var config_mesh = __webpack_require__(5345);
;// CONCATENATED MODULE: ./src/config/services.ts

/** The stable ECS service: promotion rolls the new version out to it; rollback returns it. */
function stableServiceSettings(read) {
    return {
        cluster: (0,inputs/* optionalString */.sx)(read, 'stable-cluster') ??
            (0,inputs/* requiredString */.Fk)(read, 'cluster', 'Set it to the ECS cluster of the services.'),
        service: (0,inputs/* requiredString */.Fk)(read, 'stable-service', 'Set it to the ECS service that serves production (the stable virtual node), e.g. serviceB.'),
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/taskdef/index.ts + 11 modules
var taskdef = __webpack_require__(7405);
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
        envoyImage: imageOf('envoy'),
        virtualNode: `mesh/${settings.render.mesh}/virtualNode/${settings.render.virtualNode}`,
        desiredCount: settings.desiredCount,
        waitMinutes: settings.waitForServiceStability ? settings.waitForMinutes : undefined,
    };
}
function describePlan(plan) {
    return [
        `service ${plan.service} in cluster ${plan.cluster} runs ${plan.currentTaskDefinitionArn}`,
        `register a new revision of ${plan.family}: ${plan.appContainer} = ${plan.image}, envoy = ${plan.envoyImage} as ${plan.virtualNode}`,
        `update service ${plan.service} to it${plan.desiredCount === undefined ? '' : ` with ${plan.desiredCount} tasks`}`,
        plan.waitMinutes === undefined
            ? 'do not wait for the service to become stable'
            : `wait up to ${plan.waitMinutes} min for the service to become stable`,
    ];
}

;// CONCATENATED MODULE: ./src/deploy/deploy.ts




/**
 * Renders the new version for the canary node, registers it and rolls it out to the canary service.
 * Every input is checked and the task definition rendered before the first mutating call.
 */
async function deployCanaryService(settings, deps) {
    const { ecs, log } = deps;
    const fileBase = settings.taskDefinitionFile
        ? await readTaskDefinitionFile(settings.taskDefinitionFile)
        : undefined;
    const service = await ecs.describeService(settings.cluster, settings.service);
    const base = fileBase ?? (0,taskdef/* cleanForRegistration */.sX)(await ecs.describeTaskDefinition(service.taskDefinitionArn));
    const rendered = (0,taskdef/* renderTaskDefinition */.P9)(base, {
        ...settings.render,
        region: deps.region,
        account: settings.meshOwner ?? service.accountId,
    });
    const plan = buildPlan(settings, service.taskDefinitionArn, rendered, (0,taskdef/* resolveAppContainer */.ZY)(base, settings.render.containerName));
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
    // The node and image are the canary's: the document keeps only what promotion re-renders with.
    const { mesh: _mesh, virtualNode: _virtualNode, image: _image, ...render } = parts.render;
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
        render: { account: parts.account, ...definedOnly(render) },
        steps: parts.plan.steps,
        checkIntervalSeconds: parts.plan.checkIntervalSeconds,
        promotion: parts.plan.promotion,
        promotionPollSeconds,
        promotionTimeoutSeconds: parts.promotionTimeoutSeconds,
        health: parts.health,
    });
}
function definedOnly(record) {
    return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

// EXTERNAL MODULE: ./src/report/timeline.ts
var timeline = __webpack_require__(1935);
;// CONCATENATED MODULE: ./src/deploy/follow.ts

const realSleep = (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));
/**
 * Follows an execution through its history, logging each event once and in order as it happens, until it
 * ends or `maxSeconds` pass. The whole history is re-read each poll (one call per 1,000 events), skipping
 * the events already seen: history event ids ascend.
 */
async function followExecution(executions, executionArn, options) {
    const sleep = options.sleep ?? realSleep;
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
        const page = (0,timeline/* timelineOf */.hf)(fresh, checks);
        checks = page.checks;
        for (const entry of page.entries) {
            entries.push(entry);
            options.log.info((0,timeline/* describeEntry */.OY)(entry));
        }
        const end = entries.find((entry) => entry.kind === 'end');
        if (end?.kind === 'end')
            return { status: end.status, entries };
        if (now() >= deadline)
            return { status: 'RUNNING', entries };
        await sleep(options.pollSeconds);
    }
}

// EXTERNAL MODULE: ./src/health/check.ts + 1 modules
var check = __webpack_require__(3117);
// EXTERNAL MODULE: ./src/mesh/index.ts + 12 modules
var src_mesh = __webpack_require__(7243);
// EXTERNAL MODULE: ./src/report/canary-summary.ts
var canary_summary = __webpack_require__(5301);
;// CONCATENATED MODULE: ./src/modes/deploy.ts














/**
 * `deploy`: every input is checked, then read-only pre-flight (routes, nodes, canary at 0, both services,
 * health sources), then the canary service gets the new version, then the state machine takes over.
 */
async function runDeployMode(read, deps, source) {
    const deploy = deploySettings(read);
    const mesh = (0,config_mesh/* meshSettings */.BC)(read);
    const plan = canaryPlanSettings(read, { requireStateMachine: !deploy.dryRun });
    const stable = stableServiceSettings(read);
    if (!deploy.waitForServiceStability && !deploy.dryRun) {
        throw new errors/* InputError */.dz('wait-for-service-stability', 'must be true: traffic moves to the canary only once its service is stable on the new version.');
    }
    // Checked now, before any call; read again once the task definition families are known.
    healthFor(read, plan.checkIntervalSeconds, 'canary-family', 'stable-family');
    const routeLabel = mesh.routes.length > 0 ? mesh.routes.join('+') : mesh.virtualRouter;
    const deploymentId = deploymentIdOf(routeLabel, source.sha, deps.now());
    const router = new src_mesh/* AppMeshRouter */.Cg(deps.appMesh, mesh, { deploymentId, log: deps.log });
    const snapshot = await router.snapshot();
    deps.log.info(`pre-flight: ${snapshot.routes.length} route(s) of ${mesh.virtualRouter} in mesh ${mesh.mesh}, canary ${mesh.canaryNode} at 0`);
    const stableState = await deps.ecs.describeService(stable.cluster, stable.service);
    const canaryState = await deps.ecs.describeService(deploy.cluster, deploy.service);
    const canaryDeploy = {
        ...deploy,
        // A canary service left at 0 by the previous canary must carry full traffic at 100%.
        desiredCount: deploy.desiredCount ??
            (canaryState.desiredCount > 0 ? canaryState.desiredCount : stableState.desiredCount),
    };
    const health = healthFor(read, plan.checkIntervalSeconds, (0,orchestrator_document/* familyOf */.Ap)(canaryState.taskDefinitionArn), (0,orchestrator_document/* familyOf */.Ap)(stableState.taskDefinitionArn));
    await (0,check/* validateHealthSources */.V6)(health, deps.health, { now: deps.now() });
    const base = { dryRun: deploy.dryRun, deploymentId, entries: [], routeLabel };
    if (deploy.dryRun) {
        const ecs = await deployCanaryService(canaryDeploy, deps);
        deps.log.info(`plan (dry run): then run ${plan.steps.map((step) => `${step.weight}%`).join(' → ')} on the canary`);
        return { ...base, ecs };
    }
    if (mesh.createCanaryNode) {
        const { created } = await router.ensureCanaryNode();
        if (created)
            deps.log.info(`created virtual node ${mesh.canaryNode} from ${mesh.stableNode}`);
    }
    const ecs = await deployCanaryService(canaryDeploy, deps);
    const document = buildExecutionDocument({
        deploymentId,
        source,
        region: deps.region,
        snapshot,
        account: deploy.meshOwner ?? canaryState.accountId,
        render: deploy.render,
        stable: { ...stable, taskDefinitionArn: stableState.taskDefinitionArn },
        canary: {
            cluster: deploy.cluster,
            service: deploy.service,
            previousTaskDefinitionArn: canaryState.taskDefinitionArn,
            newTaskDefinitionArn: ecs.taskDefinitionArn,
            desiredCount: canaryDeploy.desiredCount ?? 1,
        },
        plan,
        health,
        promotionTimeoutSeconds: deploy.waitForMinutes * 60,
    });
    const started = await deps.executions.start(plan.stateMachineArn, deploymentId, { document });
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
    if (!plan.waitForCompletion)
        return result;
    const followed = await followExecution(deps.executions, started.executionArn, {
        log: deps.log,
        pollSeconds: Math.min(15, Math.max(2, Math.floor(plan.checkIntervalSeconds / 4))),
        maxSeconds: deploy.waitForMinutes * 60,
        sleep: deps.sleep,
        now: () => deps.now().getTime(),
    });
    return {
        ...result,
        status: followed.status,
        entries: followed.entries,
        finalWeights: await router.describe(),
    };
}
/** Health settings; the window defaults to the check interval (at least one metric period). */
function healthFor(read, checkIntervalSeconds, canaryTaskDefinitionFamily, stableTaskDefinitionFamily) {
    const settings = (0,health/* healthSettings */.Gr)(read, { canaryTaskDefinitionFamily, stableTaskDefinitionFamily });
    if ((0,inputs/* optionalString */.sx)(read, 'window') !== undefined)
        return settings;
    const periods = Math.max(1, Math.ceil(checkIntervalSeconds / settings.periodSeconds));
    return { ...settings, windowSeconds: periods * settings.periodSeconds };
}


/***/ }),

/***/ 7799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ familyOf),
/* harmony export */   JB: () => (/* binding */ parseExecutionDocument),
/* harmony export */   am: () => (/* binding */ documentVersion)
/* harmony export */ });
/* unused harmony exports meshTrafficStateSchema, executionDocumentSchema, InvalidDocumentError */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8532);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _mesh_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7243);



/**
 * The execution document: the one contract between the Action (which builds it) and the state machine's
 * Lambdas (which read it). Versioned; validated on both sides by this schema.
 */
const documentVersion = 1;
const meshName = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[A-Za-z0-9_.-]{1,255}$/, 'an App Mesh name: 1-255 of A-Z a-z 0-9 _ . -');
const account = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^\d{12}$/, 'a 12-digit AWS account ID');
const arn = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:\d{12}:.+$/, 'an ARN');
const taskDefinitionArn = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .regex(/^arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:task-definition\/[A-Za-z0-9_-]{1,255}:\d+$/, 'a task definition ARN (arn:aws:ecs:REGION:ACCOUNT:task-definition/FAMILY:REVISION)');
const seconds = zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative();
// A spec that App Mesh could not take back is reported as an issue of the document, not thrown.
const routeSpec = zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J().transform((value, context) => {
    try {
        return (0,_mesh_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRouteSpec */ .Y_)(value, 'of the snapshot');
    }
    catch (error) {
        context.addIssue({ code: 'custom', message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error) });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }
});
const meshTrafficStateSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    router: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('app-mesh'),
    mesh: meshName,
    meshOwner: account.optional(),
    virtualRouter: meshName,
    stableNode: meshName,
    canaryNode: meshName,
    routes: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ routeName: meshName, version: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(), spec: routeSpec }))
        .min(1)
        .refine((routes) => new Set(routes.map((route) => route.routeName)).size === routes.length, {
        message: 'lists a route twice',
    }),
});
const metricQuery = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    Id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[a-z][a-zA-Z0-9_]*$/),
    Expression: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    MetricStat: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        Metric: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            Namespace: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
            MetricName: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
            Dimensions: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ Name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), Value: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() })).optional(),
        }),
        Period: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(),
        Stat: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        Unit: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    })
        .optional(),
    Label: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    ReturnData: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(),
    Period: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive().optional(),
    AccountId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
});
const containerInsightsTarget = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    cluster: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    taskDefinitionFamily: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
});
const health = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    windowSeconds: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(),
    periodSeconds: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive().multipleOf(60),
    alarmNames: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1)),
    metrics: zod__WEBPACK_IMPORTED_MODULE_2__/* .discriminatedUnion */ .gMt('preset', [
        zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            preset: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('envoy-container-insights'),
            canary: containerInsightsTarget,
            stable: containerInsightsTarget.optional(),
        }),
        zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            preset: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('envoy-appmesh-extension'),
            namespace: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
            namePrefix: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
            mesh: meshName,
            canaryNode: meshName,
            stableNode: meshName.optional(),
        }),
        zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ preset: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('custom'), queries: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(metricQuery).min(1) }),
    ])
        .optional(),
    xray: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        canaryService: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
        stableService: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
        countClientErrors: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
    })
        .optional(),
    policy: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        maxErrorRatePct: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(100),
        maxLatencyMs: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().positive().optional(),
        minRequests: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        maxErrorRateIncreasePct: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(100).optional(),
        significance: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().gt(0).lt(1),
        failureLimit: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(),
        inconclusiveLimit: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        onSourceError: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['FAIL', 'INCONCLUSIVE']),
    }),
});
/** Settings to render the new version for the stable node at promotion (the node identity differs). */
const render = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    account,
    nodeIdentity: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['arn', 'name']),
    containerName: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    envoyImage: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    ignoredUid: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().optional(),
    appPorts: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(1).max(65535)).optional(),
    egressIgnoredPorts: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(1).max(65535)).optional(),
    egressIgnoredIps: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).optional(),
    enableXray: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
    xrayImage: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    envoyMemory: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive().optional(),
    envoyCpu: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().optional(),
});
const step = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ weight: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(1).max(100), bakeSeconds: seconds });
const executionDocumentSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(documentVersion),
    deploymentId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, _ and -, at most 64'),
    source: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        repository: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        sha: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        runUrl: zod__WEBPACK_IMPORTED_MODULE_2__/* .url */ .OZ5().optional(),
        actor: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    }),
    region: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[a-z]{2}(-[a-z]+)+-\d+$/),
    snapshot: meshTrafficStateSchema,
    stableService: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        cluster: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
        service: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
        previousTaskDefinitionArn: taskDefinitionArn,
    }),
    canaryService: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        cluster: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
        service: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
        previousTaskDefinitionArn: arn,
        newTaskDefinitionArn: taskDefinitionArn,
        desiredCount: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    }),
    render,
    steps: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(step).min(1).max(20),
    checkIntervalSeconds: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(10).max(3600),
    promotion: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['copy', 'none']),
    promotionPollSeconds: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(5).max(600),
    promotionTimeoutSeconds: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(60).max(21600),
    health,
})
    .superRefine((document, context) => {
    document.steps.forEach((current, index) => {
        const previous = document.steps[index - 1];
        if (previous && current.weight <= previous.weight) {
            context.addIssue({
                code: 'custom',
                path: ['steps', index, 'weight'],
                message: `weights must ascend; ${current.weight} follows ${previous.weight}`,
            });
        }
    });
    if (document.steps.at(-1)?.weight !== 100) {
        context.addIssue({
            code: 'custom',
            path: ['steps'],
            message: 'the last step must send 100% to the canary',
        });
    }
    const { snapshot } = document;
    if (snapshot.stableNode === snapshot.canaryNode) {
        context.addIssue({
            code: 'custom',
            path: ['snapshot', 'canaryNode'],
            message: 'must differ from the stable node',
        });
        return;
    }
    snapshot.routes.forEach((route, index) => {
        const issue = routeIssue(route.spec, snapshot, route.routeName, document.steps);
        if (issue)
            context.addIssue({ code: 'custom', path: ['snapshot', 'routes', index, 'spec'], message: issue });
    });
});
/**
 * A snapshot route must give the canary no weight (rollback and promotion write the snapshot back, and
 * must leave no traffic on a canary scaled to 0), and every step weight must be applicable to it.
 */
function routeIssue(spec, pair, routeName, steps) {
    if ((0,_mesh_index_js__WEBPACK_IMPORTED_MODULE_1__/* .targetsOn */ .QF)((0,_mesh_index_js__WEBPACK_IMPORTED_MODULE_1__/* .weightedTargetsOf */ .Jh)(spec), pair.canaryNode).some((target) => target.weight > 0)) {
        return `the canary node ${pair.canaryNode} already has weight in the snapshot of route ${routeName}`;
    }
    try {
        for (const { weight } of steps)
            (0,_mesh_index_js__WEBPACK_IMPORTED_MODULE_1__/* .shiftRouteSpec */ .NH)(spec, pair, weight, routeName);
    }
    catch (error) {
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error);
    }
    return undefined;
}
/** A document that does not match the schema; raised before any change. Step Functions error name. */
class InvalidDocumentError extends Error {
    name = 'InvalidDocument';
}
function parseExecutionDocument(value) {
    const result = executionDocumentSchema.safeParse(value);
    if (!result.success) {
        const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(document)'}: ${issue.message}`);
        throw new InvalidDocumentError(`invalid execution document: ${problems.join('; ')}`);
    }
    return result.data;
}
/** The family of a task definition ARN (…:task-definition/FAMILY:REVISION). */
function familyOf(taskDefinitionArn) {
    const family = /:task-definition\/([^:]+):\d+$/.exec(taskDefinitionArn)?.[1];
    if (!family)
        throw new Error(`"${taskDefinitionArn}" is not a task definition ARN with a revision`);
    return family;
}


/***/ })

};
