import { context, getOctokit } from '@actions/github';
import type { GitHubDeploymentSettings } from '../config/github.js';
import { messageOf } from '../errors.js';
import type { Log } from '../report/log.js';

export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'inactive';

type Octokit = ReturnType<typeof getOctokit>;

/**
 * One GitHub deployment of the environment, so that the repository's Environments page shows what is live.
 * Recording is best effort: a missing permission or an API error is a warning, never a failed deploy.
 */
export class GitHubDeployment {
  private constructor(
    private readonly octokit: Octokit,
    private readonly id: number,
    private readonly log: Log,
    private readonly logUrl: string | undefined,
  ) {}

  /** The deployment a canary belongs to: its id travels in the canary's execution document. */
  static of(settings: GitHubDeploymentSettings, id: number, log: Log): GitHubDeployment {
    return new GitHubDeployment(getOctokit(settings.token), id, log, runUrl());
  }

  get deploymentId(): number {
    return this.id;
  }

  /** Creates the deployment of this run's commit; undefined (with a warning) when GitHub refuses it. */
  static async create(
    settings: GitHubDeploymentSettings,
    log: Log,
    description: string,
  ): Promise<GitHubDeployment | undefined> {
    const octokit = getOctokit(settings.token);
    return recorded(log, `creating a deployment of ${context.sha} in ${settings.environment}`, async () => {
      const { data } = await octokit.rest.repos.createDeployment({
        ...context.repo,
        ref: context.sha,
        environment: settings.environment,
        description,
        auto_merge: false,
        // The checks ran before this job; the job itself is the deployment.
        required_contexts: [],
      });
      if (!('id' in data)) throw new Error(data.message ?? 'GitHub did not create the deployment');
      return new GitHubDeployment(octokit, data.id, log, runUrl());
    });
  }

  async setStatus(state: DeploymentState, details: { description: string; environmentUrl?: string }) {
    await recorded(this.log, `setting deployment ${this.id} to ${state}`, () =>
      this.octokit.rest.repos.createDeploymentStatus({
        ...context.repo,
        deployment_id: this.id,
        state,
        // GitHub refuses descriptions over 140 characters.
        description: details.description.slice(0, 140),
        ...(this.logUrl ? { log_url: this.logUrl } : {}),
        ...(details.environmentUrl ? { environment_url: details.environmentUrl } : {}),
      }),
    );
  }
}

function runUrl(): string | undefined {
  return context.runId
    ? `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`
    : undefined;
}

async function recorded<T>(log: Log, doing: string, call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    const status = (error as { status?: number }).status;
    const hint =
      status === 403 || status === 404
        ? ' (give the job permissions: deployments: write, and pass github.token as github-token)'
        : '';
    log.warn(`GitHub deployment not recorded: ${doing}: ${messageOf(error)}${hint}`);
    return undefined;
  }
}
