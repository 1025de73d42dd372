import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { LocalStack } from '../../local/index.js';
import { startLocalStack } from '../../local/index.js';
import { parseStackOptions } from '../../local/stack-options.js';
import { type NodeRun, runNode } from '../support/run-node.js';
import { until } from './harness.js';
import { canaryService } from './init-world.js';

/**
 * README.md's "From one service to canaries", one router's part (a ### heading) run as written: the local
 * stack as its `npm run local-stack` line starts it, then each `node dist/cli/index.js` line in order, with the
 * shell's variables expanded; each printed block is what the command before it prints (from its start). Only
 * the endpoint is the test's own stack.
 */
interface Block {
  kind: 'bash' | 'text';
  body: string;
}

export function tutorialBlocks(heading: string): Block[] {
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf('## From one service to canaries');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 5));
  const from = section.indexOf(`\n### ${heading}\n`);
  expect({ heading, found: from >= 0 }).toEqual({ heading, found: true });
  const next = section.indexOf('\n### ', from + 5);
  const part = section.slice(from, next < 0 ? undefined : next);
  return [...part.matchAll(/```(bash|text)\n([\s\S]*?)```/g)].map((match) => ({
    kind: match[1] as Block['kind'],
    body: match[2]!,
  }));
}

/** The stack as the part's first block starts it, at a faster clock than the tutorial's. */
export async function tutorialStack(blocks: Block[], scenario: string): Promise<LocalStack> {
  const start = blocks[0]!.body.trim();
  expect(start.startsWith('npm run local-stack -- ')).toBe(true);
  const options = parseStackOptions(start.replace('npm run local-stack -- ', '').split(/\s+/));
  expect(options.scenario).toBe(scenario.slice(scenario.indexOf('local/')));
  // The tutorial's default clock (50 ms a minute) made faster for the test: the same canaries, sooner.
  return startLocalStack({ seed: options.seed, scenario: options.scenario!, msPerSimMinute: 200 });
}

/** A line of the shell as bash would split it, with $VARIABLE and "$VARIABLE" expanded. */
function words(line: string, variables: Record<string, string>): string[] {
  const expanded = line.replace(/"?\$(\w+)"?/g, (_, name: string) => variables[name] ?? '');
  return expanded.split(/\s+/).filter(Boolean);
}

/**
 * Runs the part's commands in order, checking each printed block; then the sequence the tutorial tells:
 * plan, apply, nothing to do, a deploy promoted, a deploy rolled back, remove.
 */
export async function runTutorial(stack: LocalStack, blocks: Block[]): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'appmesh-canary-tutorial-'));
  const variables: Record<string, string> = {};
  const runs: Array<{ command: string; run: NodeRun }> = [];
  let pendingOutput: NodeRun | undefined;
  for (const block of blocks.slice(1)) {
    if (block.kind === 'text') {
      expect(pendingOutput?.stdout.slice(0, block.body.length)).toBe(block.body);
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
}

/**
 * One router's part as a test: the part's stack, the tutorial run as written, and what `stableSide` reads of
 * the stable side the same after its --remove as before its init.
 */
export function describeTutorial(options: {
  heading: string;
  scenario: string;
  title: string;
  stableSide: (stack: LocalStack) => unknown;
}): void {
  const blocks = tutorialBlocks(options.heading);
  let stack: LocalStack;

  beforeAll(async () => {
    stack = await tutorialStack(blocks, options.scenario);
  });

  afterAll(async () => {
    await stack?.settled();
    await stack?.stop();
  });

  describe(options.title, () => {
    it('runs as written: plan, apply, nothing to do, a deploy promoted, a deploy rolled back, remove', async () => {
      const before = await options.stableSide(stack);
      await runTutorial(stack, blocks);
      expect(await options.stableSide(stack)).toEqual(before);
    }, 180_000);
  });
}
