export const id = 91;
export const ids = [91];
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

/***/ 3091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPromoteMode: () => (/* binding */ runPromoteMode)
});

// EXTERNAL MODULE: ./src/config/inputs.ts
var inputs = __webpack_require__(4389);
// EXTERNAL MODULE: ./src/deploy/follow.ts
var deploy_follow = __webpack_require__(5390);
// EXTERNAL MODULE: ./src/pace.ts
var pace = __webpack_require__(1340);
// EXTERNAL MODULE: ./src/report/canary-summary.ts + 2 modules
var canary_summary = __webpack_require__(5473);
// EXTERNAL MODULE: ./src/report/duration.ts
var duration = __webpack_require__(6132);
// EXTERNAL MODULE: ./src/routing/engine.ts + 4 modules
var engine = __webpack_require__(6471);
// EXTERNAL MODULE: ./src/routing/router-settings.ts
var router_settings = __webpack_require__(8259);
// EXTERNAL MODULE: ./src/modes/executions.ts
var executions = __webpack_require__(593);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(3759);
;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/iso.js



function datetime(params) {
    return api/* _isoDateTime */.G1(schemas/* ZodISODateTime */.You, params);
}
function date(params) {
    return core._isoDate(ZodISODate, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function iso_duration(params) {
    return core._isoDuration(ZodISODuration, params);
}

// EXTERNAL MODULE: ./src/orchestrator/document.ts
var orchestrator_document = __webpack_require__(7799);
;// CONCATENATED MODULE: ./src/orchestrator/progress.ts



const decisions = [
    'shift',
    'bake',
    'next-step',
    'promote',
    'pause',
    'hold',
    'resume',
    'rollback',
    'wait',
    'finish',
    'done',
];
const verdict = schemas/* enum */.k5n(['PASS', 'FAIL', 'INCONCLUSIVE', 'WAIT']);
const count = schemas/* number */.aig().int().nonnegative();
const progressSchema = schemas/* object */.Ikc({
    stepIndex: count,
    traffic: engine/* trafficStateSchema */.I7,
    bake: schemas/* object */.Ikc({
        checks: count,
        elapsedSeconds: count,
        passes: count.default(0),
        // Absent in progress written before windows chained.
        judgedUntil: datetime().optional(),
    }),
    stepStartedAt: datetime().optional(),
    counters: schemas/* object */.Ikc({ failuresSinceLastPass: count, inconclusiveSinceLastPass: count }),
    decision: schemas/* enum */.k5n(decisions),
    reason: schemas/* string */.YjP(),
    lastCheck: schemas/* object */.Ikc({
        at: schemas/* string */.YjP(),
        weight: schemas/* number */.aig(),
        verdict,
        reason: schemas/* string */.YjP(),
        window: schemas/* object */.Ikc({ start: schemas/* string */.YjP(), end: schemas/* string */.YjP() }).optional(),
        canaryErrorRatePct: schemas/* number */.aig().optional(),
        stableErrorRatePct: schemas/* number */.aig().optional(),
        canaryRequests: schemas/* number */.aig().optional(),
        latency: schemas/* object */.Ikc({
            percentile: schemas/* string */.YjP(),
            canaryMs: schemas/* number */.aig().optional(),
            stableMs: schemas/* number */.aig().optional(),
            increasePct: schemas/* number */.aig().optional(),
        })
            .optional(),
    })
        .optional(),
    promotion: schemas/* object */.Ikc({ taskDefinitionArn: schemas/* string */.YjP().min(1), deadline: datetime() }).optional(),
    pause: schemas/* object */.Ikc({
        since: datetime(),
        deadline: datetime(),
        resumedBy: schemas/* string */.YjP().min(1).max(200).optional(),
    })
        .optional(),
});
/** The progress a previous state returned; malformed means the state machine input was tampered with. */
function parseProgress(value) {
    const result = progressSchema.safeParse(value);
    if (!result.success) {
        const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(progress)'}: ${issue.message}`);
        throw new orchestrator_document/* InvalidDocumentError */.FK(`invalid progress: ${problems.join('; ')}`);
    }
    return result.data;
}

;// CONCATENATED MODULE: ./src/modes/paused-task.ts

const taskEnded = new Set([
    'TaskSucceeded',
    'TaskFailed',
    'TaskTimedOut',
    'TaskStateExited',
    'TaskStateAborted',
]);
/**
 * Reads the newest events for the state the execution is in: a Hold task scheduled and not yet ended is a
 * pause waiting for its token. Between two of its check intervals (one timed out, the next not yet
 * scheduled) there is none for a moment, and the caller reads again. One call, however long the pause.
 */
async function positionOf(executions, executionArn) {
    return positionIn(await executions.latestEvents(executionArn, latestEventCount));
}
/** A Hold entry writes six events; this reaches back past the state's entry. */
const latestEventCount = 20;
function positionIn(events) {
    let state;
    let paused;
    for (const event of events) {
        const type = event.type ?? '';
        if (type.endsWith('StateEntered')) {
            state = event.stateEnteredEventDetails?.name;
            paused = undefined;
        }
        else if (type === 'TaskScheduled' && state === 'Hold') {
            paused = holdTaskOf(event);
        }
        else if (taskEnded.has(type) || type.startsWith('Execution')) {
            paused = undefined;
        }
    }
    return { ...(state ? { state } : {}), ...(paused ? { paused } : {}) };
}
function holdTaskOf(event) {
    const parameters = event.taskScheduledEventDetails?.parameters;
    if (!parameters)
        return undefined;
    try {
        const payload = JSON.parse(parameters)
            .Payload;
        const progress = parseProgress(payload?.progress);
        if (typeof payload?.taskToken !== 'string' || !progress.pause)
            return undefined;
        return {
            taskToken: payload.taskToken,
            progress: progress,
            eventId: event.id ?? 0,
        };
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/modes/promote.ts









/** The Hold state answers a timed-out token and re-enters within moments: read again this many times. */
const attempts = 10;
/**
 * `promote`: resumes the canary paused on the route by answering its Hold task's token with the progress it
 * holds, marked resumed by the actor. Refused, naming the state the canary is in, when none is paused; then
 * nothing is sent. With wait-for-completion it follows the canary to its end or to its next pause.
 */
async function runPromoteMode(read, deps, actor) {
    const settings = (0,router_settings/* routerSettings */.XV)(read);
    const stateMachineArn = (0,inputs/* requiredString */.Fk)(read, 'state-machine-arn', 'Set it to the orchestrator state machine ARN.');
    const follow = (0,inputs/* boolean */.zM)(read, 'wait-for-completion', true);
    const waitForMinutes = (0,inputs/* integer */.nd)(read, 'wait-for-minutes', 60, { min: 1, max: 360 });
    const router = (0,engine/* routerFromSettings */.pM)(settings, deps, { deploymentId: 'promote', log: deps.log });
    const traffic = await router.current();
    const where = (0,engine/* resourceLabelsOf */.vc)(traffic).join(' and ');
    const running = await (0,executions/* runningCanaryOn */.n)(deps.executions, stateMachineArn, traffic);
    if (!running) {
        return refused(`refused: no canary is running on ${where}, so none is paused. This run changed nothing.`);
    }
    const { executionArn } = running.details;
    const { deploymentId } = running.document;
    const resumed = await answerPause(deps, executionArn, actor);
    if ('state' in resumed) {
        return refused(`refused: the canary ${deploymentId} on ${where} is not paused: it is in state ${resumed.state ?? 'unknown'} (${stateMeaning(resumed.state)}). promote resumes only a paused canary; mode: status shows where it is. This run changed nothing.`, executionArn);
    }
    const { progress } = resumed.paused;
    const weight = running.document.steps[progress.stepIndex]?.weight ?? 0;
    const heldFor = await heldOnOrchestratorClock(deps, executionArn, resumed.paused);
    const message = `resumed the canary ${deploymentId} paused at ${weight}%${heldFor ? ` for ${heldFor}` : ''} (since ${progress.pause.since}), on behalf of ${actor}`;
    deps.log.info(message);
    const executionUrl = (0,canary_summary/* consoleUrlOf */.U2)(executionArn);
    const base = {
        outcome: 'resumed',
        executionArn,
        source: running.document.source,
        executionUrl,
        deploymentId,
        routeLabel: where,
        message,
    };
    if (!follow)
        return { ...base, status: 'RUNNING', entries: [] };
    const followed = await (0,deploy_follow/* followExecution */.a)(deps.executions, executionArn, {
        log: deps.log,
        pollSeconds: (0,pace/* historyPollSeconds */.xd)(running.document.checkIntervalSeconds),
        maxSeconds: waitForMinutes * 60,
        sleep: deps.sleep,
        now: () => deps.now().getTime(),
        stopAtPause: true,
        resumedPauseSince: progress.pause.since,
    });
    return {
        ...base,
        status: followed.status,
        entries: followed.entries,
        finalWeights: await router.describe(),
    };
    function refused(text, arn) {
        return {
            outcome: 'refused',
            entries: [],
            message: text,
            failure: text,
            ...(arn ? { executionArn: arn } : {}),
        };
    }
}
/**
 * Answers the pause's token. Between two check intervals the Hold task is being entered again (its token
 * just timed out), and a Hold that recorded a changed verdict answers the token itself: read again then.
 */
async function answerPause(deps, executionArn, actor) {
    let state;
    for (let attempt = 0; attempt < attempts; attempt++) {
        const position = await positionOf(deps.executions, executionArn);
        state = position.state;
        const { paused } = position;
        if (paused) {
            const output = {
                ...paused.progress,
                decision: 'resume',
                pause: { ...paused.progress.pause, resumedBy: actor },
            };
            if (await deps.executions.sendTaskSuccess(paused.taskToken, output))
                return { paused };
        }
        else if (!pauseStates.has(state ?? '')) {
            break;
        }
        await deps.sleep(pace/* pausePollSeconds */.Jg);
    }
    return { state };
}
/**
 * How long the pause held, on the clock that wrote its start: the orchestrator's (the job's may differ: skew, or
 * the local stack's simulated clock). It ends where the history recorded the answer, the Hold task's
 * TaskSucceeded; when that is not among the newest events, at the newest one (not yet recorded: at most one
 * check interval earlier, as a Hold is scheduled every interval). Unread, no number is given.
 */
async function heldOnOrchestratorClock(deps, executionArn, paused) {
    const since = Date.parse(paused.progress.pause.since);
    try {
        const events = await deps.executions.latestEvents(executionArn, eventsAfterAnswer);
        const answered = events.find((event) => (event.id ?? 0) > paused.eventId && event.type === 'TaskSucceeded');
        const end = (answered ?? events.at(-1))?.timestamp;
        if (!end || Number.isNaN(since))
            return undefined;
        return (0,duration/* durationText */.S)(end.getTime() - since);
    }
    catch {
        // The pause is answered already: a failed read costs the number, not the run.
        return undefined;
    }
}
/** The answer, the Hold's exit and the next state's first events: read back in one call. */
const eventsAfterAnswer = 20;
/** States a paused canary passes through between two check intervals. */
const pauseStates = new Set(['Hold', 'Decide']);
function stateMeaning(state) {
    switch (state) {
        case 'Init':
        case 'Shift':
            return 'shifting to its next step';
        case 'Bake':
        case 'Check':
        case 'Decide':
            return 'baking a step';
        case 'Hold':
            return 'between two checks of a pause; run promote again';
        case 'Resume':
            return 'already resumed';
        case 'PromotionMode':
        case 'Promote':
        case 'PromotionWait':
        case 'PromotionCheck':
        case 'Finish':
            return 'promoting';
        case 'Rollback':
        case 'HealthCheckFailed':
            return 'rolling back';
        default:
            return 'not at a pause';
    }
}


/***/ })

};
