import type { LocalStack } from '../../local/index.js';
import { seedNames } from '../../local/seed/seed.js';
import { describeTutorial } from './init-tutorial-runner.js';
import { stableOnlyScenarios } from './init-world.js';

/** README.md's "From one service to canaries", its App Mesh part, run as written (init-tutorial-runner.ts). */
describeTutorial({
  heading: 'App Mesh',
  scenario: stableOnlyScenarios['app-mesh'],
  title: "README's From one service to canaries, on App Mesh",
  stableSide,
});

/** The route's spec and serviceB's node (spec and metadata): what --remove must leave as init found them. */
function stableSide(stack: LocalStack) {
  const none = new URLSearchParams();
  return {
    route: stack.routeSpec(),
    node: stack.appMesh.describe('virtualNode', seedNames.mesh, seedNames.stableNode, none),
  };
}
