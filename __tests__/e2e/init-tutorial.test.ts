import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { LocalStack } from '../../local/index.js';
import { startLocalStack } from '../../local/index.js';
import { parseStackOptions } from '../../local/stack-options.js';
import { type NodeRun, runNode } from '../support/run-node.js';
import { until } from './harness.js';
import { canaryService, stableOnlyScenarios } from './init-world.js';

/**
 * README.md's "From one service to canaries", run as written: the local stack as its `npm run local-stack`
 * line starts it, then each `node dist/cli/index.js` line in order, with the shell's variables expanded; each
 * printed block is what the command before it prints. Only the endpoint is the test's own stack.
 */
const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(
  readme.indexOf('## From one service to canaries'),
  readme.indexOf('\n## ', readme.indexOf('## From one service to canaries') + 5),
);

interface Block {
  kind: 'bash' | 'text';
  body: string;
}

const blocks: Block[] = [...section.matchAll(/```(bash|text)\n([\s\S]*?)```/g)].map((match) => ({
  kind: match[1] as Block['kind'],
  body: match[2]!,
}));

let stack: LocalStack;
const scratch = mkdtempSync(join(tmpdir(), 'appmesh-canary-tutorial-'));

beforeAll(async () => {
  const start = blocks[0]!.body.trim();
  expect(start.startsWith('npm run local-stack -- ')).toBe(true);
  const options = parseStackOptions(start.replace('npm run local-stack -- ', '').split(/\s+/));
  expect(options.scenario).toBe(stableOnlyScenarios.alb.slice(stableOnlyScenarios.alb.indexOf('local/')));
  stack = await startLocalStack({
    seed: options.seed,
    scenario: options.scenario!,
    // The tutorial's default clock (50 ms a minute) made faster for the test: the same canaries, sooner.
    msPerSimMinute: 200,
  });
});

afterAll(async () => {
  await stack?.settled();
  await stack?.stop();
});

/** The rule and serviceB's target group (settings, attributes, tags), as ELBv2 answers for them. */
function stableSide() {
  const { elbv2 } = stack;
  const { ruleArn } = elbv2.resolve({ loadBalancer: 'apps', listenerPort: 80, rulePriority: 10 });
  const group = (
    elbv2.describeTargetGroups({ Names: ['serviceB'] }).TargetGroups as Array<{ TargetGroupArn: string }>
  )[0]!;
  return {
    rule: elbv2.describeRules({ RuleArns: [ruleArn] }),
    group,
    attributes: elbv2.describeTargetGroupAttributes({ TargetGroupArn: group.TargetGroupArn }),
    tags: elbv2.describeTags({ ResourceArns: [group.TargetGroupArn] }),
  };
}

/** A line of the shell as bash would split it, with $VARIABLE and "$VARIABLE" expanded. */
function words(line: string, variables: Record<string, string>): string[] {
  const expanded = line.replace(/"?\$(\w+)"?/g, (_, name: string) => variables[name] ?? '');
  return expanded.split(/\s+/).filter(Boolean);
}

describe("README's From one service to canaries", () => {
  it('runs as written: plan, apply, nothing to do, a deploy promoted, a deploy rolled back, remove', async () => {
    const before = stableSide();
    const variables: Record<string, string> = {};
    const runs: Array<{ command: string; run: NodeRun }> = [];
    let pendingOutput: NodeRun | undefined;
    for (const block of blocks.slice(1)) {
      if (block.kind === 'text') {
        // The block shows what the last command printed, line for line, from its start.
        expect(pendingOutput?.stdout.startsWith(block.body)).toBe(true);
        continue;
      }
      for (const line of block.body.split('\n').filter((one) => one.trim() !== '')) {
        const exported = /^export (.+)$/.exec(line);
        if (exported) {
          // The local endpoint: the test's stack stands in for 127.0.0.1:4566.
          for (const pair of exported[1]!.split(' ')) {
            const [name, value] = pair.split('=') as [string, string];
            variables[name] = name === 'AWS_ENDPOINT_URL' ? stack.endpoint : value;
          }
          continue;
        }
        const assigned = /^(\w+)=(?:"(.*)"|(\S+))$/.exec(line);
        if (assigned) {
          variables[assigned[1]!] = words(assigned[2] ?? assigned[3]!, variables).join(' ');
          continue;
        }
        const [program, script, ...args] = words(line, variables);
        expect([program, script]).toEqual(['node', 'dist/cli/index.js']);
        const env = Object.fromEntries(
          ['AWS_ENDPOINT_URL', 'AWS_REGION', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'].map((name) => [
            name,
            variables[name]!,
          ]),
        );
        if (args[0] === 'init' && args.includes('--remove'))
          await until(() => stack.service(canaryService).runningCount === 0, 20_000, 'the canary at 0 tasks');
        // In a scratch clone's place: what --write . writes lands there, not in this checkout.
        const run = await runNode(
          resolve(script!),
          args,
          { ...env, ...stack.env, AWS_ENDPOINT_URL: stack.endpoint },
          scratch,
        );
        runs.push({ command: args.slice(0, 2).join(' '), run });
        pendingOutput = run;
      }
    }
    expect(runs.map(({ command, run }) => [command.split(' ')[0], run.code])).toEqual([
      ['init', 0],
      ['init', 0],
      ['init', 0],
      ['deploy', 0],
      ['deploy', 1],
      ['init', 0],
    ]);
    const [promoted, rolledBack] = runs.filter(({ command }) => command.startsWith('deploy'));
    expect(JSON.parse(promoted!.run.stdout).status).toBe('SUCCEEDED');
    expect(JSON.parse(rolledBack!.run.stdout).status).toBe('FAILED');
    expect(stack.service('serviceB').image).toContain('serviceb:2.0.0');
    expect(existsSync(join(scratch, '.github/workflows/deploy-serviceb.yml'))).toBe(true);
    expect(stableSide()).toEqual(before);
  }, 180_000);
});
