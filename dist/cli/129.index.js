export const id = 129;
export const ids = [129];
export const modules = {

/***/ 5129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  executions: () => (/* binding */ executions)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sfn/dist-cjs/index.js
var dist_cjs = __webpack_require__(8476);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/retry.ts
var retry = __webpack_require__(9809);
;// CONCATENATED MODULE: ./src/orchestrator/sfn.ts



/** A task token that no longer answers: the task timed out, was answered, or its execution ended. */
const taskGoneErrors = new Set(['TaskTimedOut', 'TaskDoesNotExist', 'InvalidToken']);
/**
 * The one place that talks to Step Functions: the lock and the guard read executions; the Action starts,
 * follows and stops them.
 */
class Executions {
    client;
    retryTiming;
    constructor(client, 
    /** Throttling and 5xx are retried (never read as "no execution"); tests shorten the timing. */
    retryTiming = {}) {
        this.client = client;
        this.retryTiming = retryTiming;
    }
    /** One call, retried with backoff on throttling and 5xx, its failure saying what was being done. */
    call(doing, send) {
        return (0,errors/* callAws */.IY)(doing, () => (0,retry/* retry */.L5)(send, { ...this.retryTiming, retryable: retry/* throttledOrServerError */.fX }));
    }
    async listRunning(stateMachineArn) {
        const running = [];
        let nextToken;
        do {
            const page = await this.call(`listing the running executions of ${stateMachineArn}`, () => this.client.send(new dist_cjs/* ListExecutionsCommand */.xzi({
                stateMachineArn,
                statusFilter: 'RUNNING',
                maxResults: 1000,
                ...(nextToken ? { nextToken } : {}),
            })));
            for (const execution of page.executions ?? []) {
                if (execution.executionArn && execution.startDate) {
                    running.push({ executionArn: execution.executionArn, startDate: execution.startDate });
                }
            }
            nextToken = page.nextToken;
        } while (nextToken);
        return running;
    }
    async describe(executionArn) {
        const output = await this.call(`describing execution ${executionArn}`, () => this.client.send(new dist_cjs/* DescribeExecutionCommand */.tVP({ executionArn })));
        return {
            executionArn,
            startDate: output.startDate ?? new Date(0),
            status: output.status ?? 'UNKNOWN',
            ...(output.input !== undefined ? { input: output.input } : {}),
            ...(output.error !== undefined ? { error: output.error } : {}),
            ...(output.cause !== undefined ? { cause: output.cause } : {}),
        };
    }
    async start(stateMachineArn, name, input) {
        const output = await this.call(`starting execution ${name} of ${stateMachineArn}`, () => this.client.send(new dist_cjs/* StartExecutionCommand */.MX_({ stateMachineArn, name, input: JSON.stringify(input) })));
        return { executionArn: output.executionArn ?? '', startDate: output.startDate ?? new Date() };
    }
    async stop(executionArn, error, cause) {
        await this.call(`stopping execution ${executionArn}`, () => this.client.send(new dist_cjs/* StopExecutionCommand */.WP$({ executionArn, error, cause })));
    }
    /**
     * Completes a callback task with this output. False when the task no longer waits for the token (it timed
     * out, was completed by someone else, or its execution ended): the caller reads the state again.
     */
    async sendTaskSuccess(taskToken, output) {
        return this.answerTask('completing a paused task', () => this.client.send(new dist_cjs/* SendTaskSuccessCommand */.I8H({ taskToken, output: JSON.stringify(output) })));
    }
    /** Fails a callback task with this error and cause; false when the task no longer waits for the token. */
    async sendTaskFailure(taskToken, error, cause) {
        return this.answerTask('failing a paused task', () => this.client.send(new dist_cjs/* SendTaskFailureCommand */.$3W({ taskToken, error: error.slice(0, 256), cause: cause.slice(0, 32_768) })));
    }
    async answerTask(doing, send) {
        try {
            await this.call(doing, send);
            return true;
        }
        catch (error) {
            if (error instanceof errors/* AwsCallError */.iQ && taskGoneErrors.has(error.awsErrorName ?? ''))
                return false;
            throw error;
        }
    }
    /** One page of history, oldest first; pass the returned token to read on from where this page ended. */
    async historyPage(executionArn, nextToken) {
        const output = await this.call(`reading the history of ${executionArn}`, () => this.client.send(new dist_cjs/* GetExecutionHistoryCommand */.eXg({
            executionArn,
            maxResults: 1000,
            reverseOrder: false,
            includeExecutionData: true,
            ...(nextToken ? { nextToken } : {}),
        })));
        return { events: output.events ?? [], ...(output.nextToken ? { nextToken: output.nextToken } : {}) };
    }
    /** The newest `count` events of the history, oldest first: where an execution is now, in one call. */
    async latestEvents(executionArn, count) {
        const output = await this.call(`reading the history of ${executionArn}`, () => this.client.send(new dist_cjs/* GetExecutionHistoryCommand */.eXg({
            executionArn,
            maxResults: count,
            reverseOrder: true,
            includeExecutionData: true,
        })));
        return (output.events ?? []).reverse();
    }
    /**
     * The most recent executions, newest first, with their status (one page: enough to find the last canary
     * on a route). `status` filters; without it every status is listed.
     */
    async listRecent(stateMachineArn, status, maxResults = 50) {
        const what = status ? `the ${status.toLowerCase()} executions` : 'the recent executions';
        const page = await this.call(`listing ${what} of ${stateMachineArn}`, () => this.client.send(new dist_cjs/* ListExecutionsCommand */.xzi({
            stateMachineArn,
            maxResults,
            ...(status ? { statusFilter: status } : {}),
        })));
        return (page.executions ?? [])
            .filter((execution) => execution.executionArn && execution.startDate)
            .map((execution) => ({
            executionArn: execution.executionArn,
            startDate: execution.startDate,
            status: execution.status ?? 'UNKNOWN',
        }));
    }
    /**
     * Whether the state machine exists (in this client's region) and, when it does, what its definition
     * allows: its execution timeout and its states.
     */
    async describeStateMachine(stateMachineArn) {
        try {
            const output = await this.call(`describing state machine ${stateMachineArn}`, () => this.client.send(new dist_cjs/* DescribeStateMachineCommand */.LyQ({ stateMachineArn })));
            return { exists: true, ...definitionFacts(output?.definition) };
        }
        catch (error) {
            if (error instanceof errors/* AwsCallError */.iQ && error.awsErrorName === 'StateMachineDoesNotExist') {
                return { exists: false };
            }
            throw error;
        }
    }
}
function definitionFacts(definition) {
    try {
        const parsed = JSON.parse(definition ?? '');
        return {
            ...(typeof parsed.TimeoutSeconds === 'number' ? { timeoutSeconds: parsed.TimeoutSeconds } : {}),
            ...(parsed.States ? { states: Object.keys(parsed.States) } : {}),
        };
    }
    catch {
        return {};
    }
}

// EXTERNAL MODULE: ./src/aws/client-config.ts
var client_config = __webpack_require__(6925);
;// CONCATENATED MODULE: ./src/aws/clients/executions.ts



/**
 * Step Functions executions; without a region, the Lambda's own. In a Lambda the in-process retries are
 * short: a longer throttle surfaces as TransientError for the state machine's Retry.
 */
const executions = (region) => region
    ? new Executions(new dist_cjs/* SFNClient */.ZIB((0,client_config.clientConfig)({ region })))
    : new Executions(new dist_cjs/* SFNClient */.ZIB((0,client_config.clientConfig)({})), { deadlineMs: 10_000 });


/***/ })

};
