import type { LocalStack } from '../../local/index.js';
import { seedNames } from '../../local/index.js';
import { seedTaskDefinition } from '../../local/seed/seed.js';

/** The canary version's image in the scenarios: repository:tag, as the scenario files name versions. */
export function imageOf(stack: LocalStack, tag: string): string {
  return `${stack.account}.dkr.ecr.${stack.region}.amazonaws.com/serviceb:${tag}`;
}

/** Registers the version for the canary node and rolls it out to the canary service (2 tasks); no traffic. */
export function rollOutCanary(stack: LocalStack, tag: string): string {
  const registered = stack.ecs.registerTaskDefinition(
    seedTaskDefinition({
      family: 'taskBv2',
      node: seedNames.canaryNode,
      image: imageOf(stack, tag),
      account: stack.account,
      region: stack.region,
    }),
  ).taskDefinition as { taskDefinitionArn: string };
  stack.ecs.updateService({
    cluster: seedNames.cluster,
    service: seedNames.canaryService,
    taskDefinition: registered.taskDefinitionArn,
    desiredCount: 2,
  });
  return registered.taskDefinitionArn;
}

/** Polls (on real time) until the condition holds; bounded. */
export async function until(
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 20_000,
  what = 'condition',
) {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}
