import type { LocalStack } from '../../local/index.js';
import { cloudMapSeed, seedNames } from '../../local/seed/seed.js';
import { describeTutorial } from './init-tutorial-runner.js';
import { stableOnlyScenarios } from './init-world.js';

/** README.md's "From one service to canaries", its App Mesh with Cloud Map part, run as written. */
describeTutorial({
  heading: 'App Mesh with Cloud Map',
  scenario: stableOnlyScenarios['app-mesh'],
  title: "README's From one service to canaries, on App Mesh with Cloud Map",
  stableSide,
});

/** The route's spec, serviceB's node and the Cloud Map services of apps.local (by name, with their settings). */
function stableSide(stack: LocalStack) {
  const none = new URLSearchParams();
  const { Namespaces } = stack.cloudMap.operations().ListNamespaces!({}) as {
    Namespaces: Array<{ Id: string; Name: string }>;
  };
  const namespace = Namespaces.find((one) => one.Name === cloudMapSeed.namespace)!;
  return {
    route: stack.routeSpec(),
    node: stack.appMesh.describe('virtualNode', seedNames.mesh, seedNames.stableNode, none),
    cloudMap: stack.cloudMap.operations().ListServices!({
      Filters: [{ Name: 'NAMESPACE_ID', Values: [namespace.Id] }],
    }),
  };
}
