export const id = 887;
export const ids = [887];
export const modules = {

/***/ 6887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubDeployment: () => (/* binding */ GitHubDeployment)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(542);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


/**
 * One GitHub deployment of the environment, so that the repository's Environments page shows what is live.
 * Recording is best effort: a missing permission or an API error is a warning, never a failed deploy.
 */
class GitHubDeployment {
    octokit;
    id;
    log;
    logUrl;
    constructor(octokit, id, log, logUrl) {
        this.octokit = octokit;
        this.id = id;
        this.log = log;
        this.logUrl = logUrl;
    }
    /** The deployment a canary belongs to: its id travels in the canary's execution document. */
    static of(settings, id, log) {
        return new GitHubDeployment((0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(settings.token), id, log, runUrl());
    }
    get deploymentId() {
        return this.id;
    }
    /** Creates the deployment of this run's commit; undefined (with a warning) when GitHub refuses it. */
    static async create(settings, log, description) {
        const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(settings.token);
        return recorded(log, `creating a deployment of ${_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.sha} in ${settings.environment}`, async () => {
            const { data } = await octokit.rest.repos.createDeployment({
                ..._actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.repo,
                ref: _actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.sha,
                environment: settings.environment,
                description,
                auto_merge: false,
                // The checks ran before this job; the job itself is the deployment.
                required_contexts: [],
            });
            if (!('id' in data))
                throw new Error(data.message ?? 'GitHub did not create the deployment');
            return new GitHubDeployment(octokit, data.id, log, runUrl());
        });
    }
    async setStatus(state, details) {
        await recorded(this.log, `setting deployment ${this.id} to ${state}`, () => this.octokit.rest.repos.createDeploymentStatus({
            ..._actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.repo,
            deployment_id: this.id,
            state,
            // GitHub refuses descriptions over 140 characters.
            description: details.description.slice(0, 140),
            ...(this.logUrl ? { log_url: this.logUrl } : {}),
            ...(details.environmentUrl ? { environment_url: details.environmentUrl } : {}),
        }));
    }
}
function runUrl() {
    return _actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.runId
        ? `${_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.serverUrl}/${_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.repo.owner}/${_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.repo.repo}/actions/runs/${_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.runId}`
        : undefined;
}
async function recorded(log, doing, call) {
    try {
        return await call();
    }
    catch (error) {
        const status = error.status;
        const hint = status === 403 || status === 404
            ? ' (give the job permissions: deployments: write, and pass github.token as github-token)'
            : '';
        log.warn(`GitHub deployment not recorded: ${doing}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error)}${hint}`);
        return undefined;
    }
}


/***/ })

};
