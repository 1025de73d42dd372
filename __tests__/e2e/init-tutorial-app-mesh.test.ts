import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { LocalStack } from '../../local/index.js';
import { seedNames } from '../../local/seed/seed.js';
import { runTutorial, tutorialBlocks, tutorialStack } from './init-tutorial-runner.js';
import { stableOnlyScenarios } from './init-world.js';

/** README.md's "From one service to canaries", its App Mesh part, run as written (init-tutorial-runner.ts). */
const blocks = tutorialBlocks('App Mesh');
let stack: LocalStack;

beforeAll(async () => {
  stack = await tutorialStack(blocks, stableOnlyScenarios['app-mesh']);
});

afterAll(async () => {
  await stack?.settled();
  await stack?.stop();
});

/** The route's spec and serviceB's node (spec and metadata): what --remove must leave as init found them. */
function stableSide() {
  const none = new URLSearchParams();
  return {
    route: stack.routeSpec(),
    node: stack.appMesh.describe('virtualNode', seedNames.mesh, seedNames.stableNode, none),
  };
}

describe("README's From one service to canaries, on App Mesh", () => {
  it('runs as written: plan, apply, nothing to do, a deploy promoted, a deploy rolled back, remove', async () => {
    const before = stableSide();
    await runTutorial(stack, blocks);
    expect(stableSide()).toEqual(before);
  }, 180_000);
});
