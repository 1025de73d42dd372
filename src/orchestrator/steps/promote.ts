import { cleanForRegistration, type RenderOptions, renderTaskDefinition } from '../../taskdef/index.js';
import type { StepDeps } from '../deps.js';
import { type ExecutionDocument, familyOf } from '../document.js';
import type { Progress } from '../progress.js';

/** Render options for the stable node: the canary's settings, the stable node's own identity. */
export function stableRenderOptions(document: ExecutionDocument): RenderOptions {
  const { render, snapshot } = document;
  return { ...render, region: document.region, mesh: snapshot.mesh, virtualNode: snapshot.stableNode };
}

/**
 * Promotion `copy`, first half: the canary's new task definition, rendered for the stable node under the
 * stable service's family, registered, and rolled out to the stable service. PromotionCheck follows it.
 * Calls: DescribeTaskDefinition, RegisterTaskDefinition, UpdateService.
 */
export async function promote(
  document: ExecutionDocument,
  progress: Progress,
  deps: StepDeps,
): Promise<Progress> {
  const { canaryService, stableService } = document;
  const canary = await deps.ecs.describeTaskDefinition(canaryService.newTaskDefinitionArn);
  const base = { ...cleanForRegistration(canary), family: familyOf(stableService.previousTaskDefinitionArn) };
  const rendered = renderTaskDefinition(base, stableRenderOptions(document));
  const registered = await deps.ecs.registerTaskDefinition(rendered);
  await deps.ecs.updateService({
    cluster: stableService.cluster,
    service: stableService.service,
    taskDefinitionArn: registered.taskDefinitionArn,
  });
  const deadline = new Date(deps.now().getTime() + document.promotionTimeoutSeconds * 1000);
  return {
    ...progress,
    decision: 'wait',
    reason: `stable service ${stableService.service} is rolling out ${registered.taskDefinitionArn}`,
    promotion: { taskDefinitionArn: registered.taskDefinitionArn, deadline: deadline.toISOString() },
  };
}
