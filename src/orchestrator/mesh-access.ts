import type { MeshSettings } from '../config/mesh.js';
import { AppMeshRouter, MeshApi } from '../routing/app-mesh/index.js';
import type { StepDeps } from './deps.js';
import type { ExecutionDocument } from './document.js';

/** The mesh settings of a deployment, from its snapshot: the routes it shifts and nothing else. */
export function meshSettingsOf(document: ExecutionDocument): MeshSettings {
  const { snapshot } = document;
  return {
    mesh: snapshot.mesh,
    ...(snapshot.meshOwner ? { meshOwner: snapshot.meshOwner } : {}),
    virtualRouter: snapshot.virtualRouter,
    routes: snapshot.routes.map((route) => route.routeName),
    stableNode: snapshot.stableNode,
    canaryNode: snapshot.canaryNode,
    createCanaryNode: false,
  };
}

/** The core's router (shifts with drift checks) and API (reads, writes of the snapshot) for one deployment. */
export function meshAccess(
  document: ExecutionDocument,
  deps: StepDeps,
): { router: AppMeshRouter; api: MeshApi } {
  const settings = meshSettingsOf(document);
  const options = {
    ...(deps.meshRetry ? { retry: deps.meshRetry } : {}),
    log: { info: (line: string) => deps.log.info(line), warn: (line: string) => deps.log.warn(line) },
  };
  return {
    router: new AppMeshRouter(deps.appMesh, settings, { deploymentId: document.deploymentId, ...options }),
    api: new MeshApi(deps.appMesh, settings, options),
  };
}
