import type { EngineRouter } from '../routing/deployment-router.js';
import { engineRouterFor } from '../routing/engine-router-for.js';
import type { EngineDeps } from './deps.js';
import type { ExecutionDocument } from './document.js';

/** The router of one deployment, rebuilt from the snapshot its document carries (whatever the router). */
export function routerOf(document: ExecutionDocument, deps: EngineDeps): Promise<EngineRouter> {
  return engineRouterFor(document.snapshot, deps, {
    deploymentId: document.deploymentId,
    ...(deps.routingRetry ? { retry: deps.routingRetry } : {}),
    log: { info: (line: string) => deps.log.info(line), warn: (line: string) => deps.log.warn(line) },
  });
}

/** The step weights of a deployment, for what it may have written. */
export function stepWeights(document: ExecutionDocument): number[] {
  return document.steps.map((step) => step.weight);
}
