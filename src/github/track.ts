import { gitHubDeploymentSettings } from '../config/github.js';
import { boolean, type InputReader } from '../config/inputs.js';
import type { DeploymentSource } from '../deploy/source.js';
import { messageOf } from '../errors.js';
import type { Mode, ModeOutcome } from '../modes/outcome.js';
import type { Log } from '../report/log.js';

/**
 * Runs a mode and records it in the GitHub environment when one is given: a deploy is a deployment
 * (in_progress, then success when promoted, failure otherwise) whose id travels in the canary's execution
 * document; a rollback that changed something marks the deployment of the canary it rolled back inactive; a
 * promote that resumed a paused canary carries that canary's deployment (left in_progress at the pause) to its
 * outcome. The deployment is always the canary's own, never "the environment's latest": a job's own
 * `environment:` records one of its own. A dry run or the status mode records nothing.
 */
export async function withGitHubDeployment(
  mode: Mode,
  read: InputReader,
  log: Log,
  run: (source: Pick<DeploymentSource, 'githubDeployment'>) => Promise<ModeOutcome>,
): Promise<ModeOutcome> {
  const settings = gitHubDeploymentSettings(read);
  if (!settings || mode === 'status' || boolean(read, 'dry-run', false)) return run({});
  const { GitHubDeployment } = await import('./deployments.js');
  const canaryDeployment = (outcome: ModeOutcome) => {
    const recorded = outcome.canarySource?.githubDeployment;
    if (recorded) return GitHubDeployment.of(settings, recorded.id, log);
    if (outcome.outputs['execution-arn'])
      log.warn(
        `GitHub deployment not recorded: the canary ${outcome.outputs['execution-arn']} carries no GitHub deployment (its deploy had no environment)`,
      );
    return undefined;
  };

  if (mode === 'rollback') {
    const outcome = await run({});
    if (!outcome.failure && outcome.outputs.status !== 'nothing-to-roll-back') {
      await canaryDeployment(outcome)?.setStatus('inactive', {
        description: `rolled back: ${outcome.outputs.status}`,
      });
    }
    return outcome;
  }

  if (mode === 'promote') {
    const outcome = await run({});
    if (outcome.outputs.status === 'REFUSED') return outcome;
    await canaryDeployment(outcome)?.setStatus(stateOf(outcome), {
      description: outcome.failure ?? `canary ${outcome.outputs.status} after promote`,
      ...(outcome.outputs['execution-url'] ? { environmentUrl: outcome.outputs['execution-url'] } : {}),
    });
    return outcome;
  }

  const deployment = await GitHubDeployment.create(settings, log, 'appmesh-canary: canary deployment');
  await deployment?.setStatus('in_progress', { description: 'canary starting' });
  let outcome: ModeOutcome;
  try {
    outcome = await run(
      deployment
        ? { githubDeployment: { id: deployment.deploymentId, environment: settings.environment } }
        : {},
    );
  } catch (error) {
    await deployment?.setStatus('failure', { description: messageOf(error) });
    throw error;
  }
  const environmentUrl = outcome.outputs['execution-url'];
  const status = outcome.outputs.status;
  await deployment?.setStatus(stateOf(outcome), {
    description:
      outcome.failure ??
      (status === 'PAUSED' ? 'canary paused: waiting for mode: promote' : `canary ${status ?? 'started'}`),
    ...(environmentUrl ? { environmentUrl } : {}),
  });
  return outcome;
}

/** Promoted: success; failed: failure; paused or still running: in progress (a later promote carries it on). */
function stateOf(outcome: ModeOutcome): 'success' | 'failure' | 'in_progress' {
  if (outcome.failure) return 'failure';
  return outcome.outputs.status === 'SUCCEEDED' ? 'success' : 'in_progress';
}
