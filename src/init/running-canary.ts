import { InputError } from '../errors.js';
import { documentOf } from '../orchestrator/document.js';
import type { Executions } from '../orchestrator/sfn.js';
import { initInputs } from './settings.js';

/**
 * Refuses `init --remove` while an execution of the state machine runs a canary on the stable or canary service
 * (its execution document names them). An execution whose input is not a canary document cannot be told apart:
 * it is refused too. Read-only.
 */
export async function refuseWhileCanaryRuns(
  executions: Executions,
  stateMachineArn: string,
  side: { cluster: string; stableService: string; canaryService: string },
): Promise<void> {
  for (const summary of await executions.listRunning(stateMachineArn)) {
    const details = await executions.describe(summary.executionArn);
    const document = documentOf(details);
    const ours = (service: { cluster: string; service: string }) =>
      service.cluster === side.cluster && [side.stableService, side.canaryService].includes(service.service);
    if (document && !ours(document.stableService) && !ours(document.canaryService)) continue;
    throw new InputError(
      initInputs.stateMachineArn,
      `execution ${summary.executionArn} (started ${summary.startDate.toISOString()}) ${document ? `runs a canary of ${document.canaryService.service}` : 'runs, and its input is not a canary this version reads'}: ` +
        'let it end or roll it back (mode: rollback), then remove.',
    );
  }
}
