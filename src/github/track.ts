import { gitHubDeploymentSettings } from '../config/github.js';
import { boolean, type InputReader } from '../config/inputs.js';
import { messageOf } from '../errors.js';
import type { Mode, ModeOutcome } from '../modes/outcome.js';
import type { Log } from '../report/log.js';

/**
 * Runs a mode and records it in the GitHub environment when one is given: a deploy is a deployment
 * (in_progress, then success when promoted, failure otherwise); a rollback that changed something marks the
 * environment's latest deployment inactive. A dry run or the status mode records nothing.
 */
export async function withGitHubDeployment(
  mode: Mode,
  read: InputReader,
  log: Log,
  run: () => Promise<ModeOutcome>,
): Promise<ModeOutcome> {
  const settings = gitHubDeploymentSettings(read);
  if (!settings || mode === 'status' || boolean(read, 'dry-run', false)) return run();
  const { GitHubDeployment } = await import('./deployments.js');

  if (mode === 'rollback') {
    const outcome = await run();
    if (!outcome.failure && outcome.outputs.status !== 'nothing-to-roll-back') {
      const latest = await GitHubDeployment.latest(settings, log);
      await latest?.setStatus('inactive', { description: `rolled back: ${outcome.outputs.status}` });
    }
    return outcome;
  }

  const deployment = await GitHubDeployment.create(settings, log, 'appmesh-canary: canary deployment');
  await deployment?.setStatus('in_progress', { description: 'canary starting' });
  let outcome: ModeOutcome;
  try {
    outcome = await run();
  } catch (error) {
    await deployment?.setStatus('failure', { description: messageOf(error) });
    throw error;
  }
  const environmentUrl = outcome.outputs['execution-url'];
  const status = outcome.outputs.status;
  const state = outcome.failure ? 'failure' : status === 'SUCCEEDED' ? 'success' : 'in_progress';
  await deployment?.setStatus(state, {
    description: outcome.failure ?? `canary ${status ?? 'started'}`,
    ...(environmentUrl ? { environmentUrl } : {}),
  });
  return outcome;
}
