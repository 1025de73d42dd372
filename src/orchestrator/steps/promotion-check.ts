import { judgeRollout } from '../../ecs/index.js';
import type { StepDeps } from '../deps.js';
import type { ExecutionDocument } from '../document.js';
import type { Progress } from '../progress.js';

/**
 * One poll of the stable service's rollout (one DescribeServices): finish when it is stable on the promoted
 * task definition; roll back when it failed, the circuit breaker rolled it back, or the deadline passed.
 */
export async function promotionCheck(
  document: ExecutionDocument,
  progress: Progress,
  deps: StepDeps,
): Promise<Progress> {
  const promotion = progress.promotion;
  if (!promotion) throw new Error('promotion has not started: Promote sets progress.promotion');
  const { cluster, service } = document.stableService;
  const state = await deps.ecs.describeService(cluster, service);
  const verdict = judgeRollout(state, promotion.taskDefinitionArn);
  const label = `stable service ${service}`;
  switch (verdict.kind) {
    case 'stable':
      return {
        ...progress,
        decision: 'finish',
        reason: `${label} is stable on ${promotion.taskDefinitionArn}`,
      };
    case 'failed':
    case 'rolled-back':
      return {
        ...progress,
        decision: 'rollback',
        reason: `${label}: the rollout of ${promotion.taskDefinitionArn} ${verdict.kind === 'failed' ? 'failed' : 'was rolled back'}: ${verdict.reason}${events(verdict.events)}`,
      };
    case 'in-progress':
      if (deps.now().getTime() > Date.parse(promotion.deadline)) {
        return {
          ...progress,
          decision: 'rollback',
          reason: `${label} did not become stable on ${promotion.taskDefinitionArn} within ${document.promotionTimeoutSeconds} s: ${verdict.progress}`,
        };
      }
      return { ...progress, decision: 'wait', reason: `${label}: ${verdict.progress}` };
  }
}

function events(list: string[]): string {
  return list.length > 0 ? `. Latest events: ${list.join(' | ')}` : '';
}
