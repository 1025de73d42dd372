import { context } from '@actions/github';
import type { DeploymentSource } from '../deploy/source.js';

/** Where the deployment comes from, from the workflow run's context. */
export function sourceFromContext(): DeploymentSource {
  const repository = process.env.GITHUB_REPOSITORY ? `${context.repo.owner}/${context.repo.repo}` : undefined;
  return {
    ...(repository ? { repository } : {}),
    ...(context.sha ? { sha: context.sha } : {}),
    ...(repository && context.runId
      ? { runUrl: `${context.serverUrl}/${repository}/actions/runs/${context.runId}` }
      : {}),
    ...(context.actor ? { actor: context.actor } : {}),
  };
}
