import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { LocalStack } from '../../local/index.js';
import { cloudMapSeed, seedNames } from '../../local/seed/seed.js';
import { runTutorial, tutorialBlocks, tutorialStack } from './init-tutorial-runner.js';
import { stableOnlyScenarios } from './init-world.js';

/** README.md's "From one service to canaries", its App Mesh with Cloud Map part, run as written. */
const blocks = tutorialBlocks('App Mesh with Cloud Map');
let stack: LocalStack;

beforeAll(async () => {
  stack = await tutorialStack(blocks, stableOnlyScenarios['app-mesh']);
});

afterAll(async () => {
  await stack?.settled();
  await stack?.stop();
});

/** The route's spec, serviceB's node and the Cloud Map services of apps.local (by name, with their settings). */
function stableSide() {
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

describe("README's From one service to canaries, on App Mesh with Cloud Map", () => {
  it('runs as written: plan, apply, nothing to do, a deploy promoted, a deploy rolled back, remove', async () => {
    const before = stableSide();
    await runTutorial(stack, blocks);
    expect(stableSide()).toEqual(before);
  }, 180_000);
});
