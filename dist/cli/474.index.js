export const id = 474;
export const ids = [474];
export const modules = {

/***/ 3474:
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

// EXTERNAL MODULE: ./src/deploy/execution-document.ts
var execution_document = __webpack_require__(5491);
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

// EXTERNAL MODULE: ./src/health/index.ts
var src_health = __webpack_require__(4450);
// EXTERNAL MODULE: ./src/mesh/index.ts + 12 modules
var src_mesh = __webpack_require__(7243);
// EXTERNAL MODULE: ./src/orchestrator/document.ts
var orchestrator_document = __webpack_require__(7799);
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
    const deploymentId = (0,execution_document/* deploymentIdOf */.Y4)(routeLabel, source.sha, deps.now());
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
    await (0,src_health/* validateHealthSources */.V6)(health, deps.health, { now: deps.now() });
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
    const document = (0,execution_document/* buildExecutionDocument */.gs)({
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


/***/ })

};
