import { cleanForRegistration, type RenderOptions, renderTaskDefinition } from '../../taskdef/index.js';
import type { StepDeps } from '../deps.js';
import { type ExecutionDocument, familyOf } from '../document.js';
import type { Progress } from '../progress.js';
import { verifyCanaryService, verifyStableUnchanged, withDeploymentTag } from '../services.js';

/** Render options for the stable node: the canary's settings, the stable node's own identity (App Mesh). */
export function stableRenderOptions(document: ExecutionDocument): RenderOptions | undefined {
  const { render, snapshot } = document;
  if (snapshot.router !== 'app-mesh' || !render) return undefined;
  return { ...render, region: document.region, mesh: snapshot.mesh, virtualNode: snapshot.stableNode };
}

/**
 * Promotion `copy`, first half: the revision the checks judged (the canary service must still run it) is
 * copied under the stable service's family (rendered for the stable node in a mesh), registered with this deployment's tag, and
 * rolled out to the stable service (which must still run what it ran when the deployment began: a hand
 * change is never overwritten). PromotionCheck follows it.
 * Calls: DescribeServices x2, DescribeTaskDefinition, RegisterTaskDefinition, UpdateService.
 */
export async function promote(
  document: ExecutionDocument,
  progress: Progress,
  deps: StepDeps,
): Promise<Progress> {
  const { canaryService, stableService } = document;
  await verifyCanaryService(deps.ecs, canaryService);
  await verifyStableUnchanged(deps.ecs, stableService);
  const canary = await deps.ecs.describeTaskDefinition(canaryService.newTaskDefinitionArn);
  const cleaned = cleanForRegistration(canary);
  const base = {
    ...cleaned,
    family: familyOf(stableService.previousTaskDefinitionArn),
    tags: withDeploymentTag(cleaned.tags, document.deploymentId),
  };
  // In a mesh the copy joins the stable node (its Envoy identity differs); elsewhere it is the revision as is.
  const options = stableRenderOptions(document);
  const rendered = options ? renderTaskDefinition(base, options) : base;
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
    reason: `stable service ${stableService.service} is rolling out ${registered.taskDefinitionArn} (a copy of ${canaryService.newTaskDefinitionArn}, the revision the checks judged)`,
    promotion: { taskDefinitionArn: registered.taskDefinitionArn, deadline: deadline.toISOString() },
  };
}
