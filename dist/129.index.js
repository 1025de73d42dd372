export const id = 129;
export const ids = [129];
export const modules = {

/***/ 5568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ clientConfig)
});

;// CONCATENATED MODULE: ./src/version.ts
/** Kept in step with package.json by a test. */
const version = '0.1.0';

;// CONCATENATED MODULE: ./src/aws/client-config.ts

function clientConfig(options = {}) {
    return {
        ...(options.region ? { region: options.region } : {}),
        maxAttempts: 6,
        retryMode: 'adaptive',
        customUserAgent: `appmesh-canary/${version}`,
    };
}


/***/ }),

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
;// CONCATENATED MODULE: ./src/orchestrator/sfn.ts


/**
 * The one place that talks to Step Functions: the lock and the guard read executions; the Action starts,
 * follows and stops them.
 */
class Executions {
    client;
    constructor(client) {
        this.client = client;
    }
    async listRunning(stateMachineArn) {
        const running = [];
        let nextToken;
        do {
            const page = await (0,errors/* callAws */.IY)(`listing the running executions of ${stateMachineArn}`, () => this.client.send(new dist_cjs/* ListExecutionsCommand */.xzi({
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
        const output = await (0,errors/* callAws */.IY)(`describing execution ${executionArn}`, () => this.client.send(new dist_cjs/* DescribeExecutionCommand */.tVP({ executionArn })));
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
        const output = await (0,errors/* callAws */.IY)(`starting execution ${name} of ${stateMachineArn}`, () => this.client.send(new dist_cjs/* StartExecutionCommand */.MX_({ stateMachineArn, name, input: JSON.stringify(input) })));
        return { executionArn: output.executionArn ?? '', startDate: output.startDate ?? new Date() };
    }
    async stop(executionArn, error, cause) {
        await (0,errors/* callAws */.IY)(`stopping execution ${executionArn}`, () => this.client.send(new dist_cjs/* StopExecutionCommand */.WP$({ executionArn, error, cause })));
    }
    /** One page of history, oldest first; pass the returned token to read on from where this page ended. */
    async historyPage(executionArn, nextToken) {
        const output = await (0,errors/* callAws */.IY)(`reading the history of ${executionArn}`, () => this.client.send(new dist_cjs/* GetExecutionHistoryCommand */.eXg({
            executionArn,
            maxResults: 1000,
            reverseOrder: false,
            includeExecutionData: true,
            ...(nextToken ? { nextToken } : {}),
        })));
        return { events: output.events ?? [], ...(output.nextToken ? { nextToken: output.nextToken } : {}) };
    }
    /** The most recent executions with a status, newest first (one page: enough to find the last canary). */
    async listRecent(stateMachineArn, status, maxResults = 50) {
        const page = await (0,errors/* callAws */.IY)(`listing the ${status.toLowerCase()} executions of ${stateMachineArn}`, () => this.client.send(new dist_cjs/* ListExecutionsCommand */.xzi({ stateMachineArn, statusFilter: status, maxResults })));
        return (page.executions ?? [])
            .filter((execution) => execution.executionArn && execution.startDate)
            .map((execution) => ({ executionArn: execution.executionArn, startDate: execution.startDate }));
    }
}

// EXTERNAL MODULE: ./src/aws/client-config.ts + 1 modules
var client_config = __webpack_require__(5568);
;// CONCATENATED MODULE: ./src/aws/clients/executions.ts



/** Step Functions executions; without a region, the Lambda's own. */
const executions = (region) => new Executions(new dist_cjs/* SFNClient */.ZIB((0,client_config/* clientConfig */.y)(region ? { region } : {})));


/***/ })

};
