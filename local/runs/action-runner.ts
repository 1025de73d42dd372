import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordChildRun, type TimedLine } from '../profile.js';
import { seedNames } from '../seed/seed.js';
import { albSeedNames, latticeSeedNames } from '../seed/seed-routers.js';

/** What one run of the Action left: its exit code, logs, outputs and job summary. */
export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface ActionRunOptions {
  /** Inputs by their action.yml names; passed as INPUT_<NAME>, as the runner does. */
  inputs: Record<string, string>;
  /** The stack's environment (AWS_ENDPOINT_URL, region, credentials) and anything else. */
  env: Record<string, string>;
  /** The bundle to run; default dist/index.js of this repository. */
  script?: string;
  /** Each line the Action prints, as it prints it. */
  onLine?: (line: string) => void;
  /** GITHUB_SHA of the run (the deployment id carries its first 7 characters); default: a new commit per run. */
  sha?: string;
  /** The workspace the step runs in (GITHUB_WORKSPACE, where relative paths resolve); default this repository. */
  workspace?: string;
}

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

let runs = 0;

/**
 * Each run deploys a commit of its own, as consecutive merges do. The deployment id names the commit and the
 * second the run started: on the local stack a whole canary can end within that second, and a second run of
 * the same commit would then ask for an execution name already taken.
 */
function nextCommit(): string {
  runs += 1;
  return `${runs.toString(16).padStart(7, '0')}${'0123456789abcdef'.repeat(3).slice(0, 33)}`;
}

/** The seeded world's inputs for a deploy of `image` through the stack's state machine. */
export function seedInputs(stateMachineArn: string, image: string, overrides: Record<string, string> = {}) {
  return {
    mode: 'deploy',
    'state-machine-arn': stateMachineArn,
    cluster: seedNames.cluster,
    service: seedNames.canaryService,
    'stable-service': seedNames.stableService,
    mesh: seedNames.mesh,
    'virtual-router': seedNames.virtualRouter,
    'stable-node': seedNames.stableNode,
    'canary-node': seedNames.canaryNode,
    image,
    'metrics-preset': 'envoy-container-insights',
    'wait-for-minutes': '10',
    ...overrides,
  };
}

/** GITHUB_OUTPUT's file format: name<<DELIMITER, the value, DELIMITER. */
export function parseGithubOutput(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const heredoc = /^([^<=]+)<<(.+)$/.exec(lines[index]!);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (index++; index < lines.length && lines[index] !== delimiter; index++) value.push(lines[index]!);
      outputs[name!] = value.join('\n');
      continue;
    }
    const plain = /^([^=]+)=(.*)$/.exec(lines[index]!);
    if (plain) outputs[plain[1]!] = plain[2]!;
  }
  return outputs;
}

/**
 * Runs the Action's bundle (`node dist/index.js`) in a child process exactly as a GitHub runner would:
 * inputs as INPUT_<NAME> variables, outputs through GITHUB_OUTPUT, the job summary in GITHUB_STEP_SUMMARY.
 * Nothing of this process's environment leaks in but PATH and HOME.
 */
/** A run going on: its end, a way to stop it, and what it printed so far (`exited` once it has ended). */
export interface StartedAction {
  done: Promise<ActionRun>;
  kill: () => void;
  progress: () => { exited: boolean; stdout: string };
}

export function startAction(options: ActionRunOptions): StartedAction {
  const temp = mkdtempSync(join(tmpdir(), 'appmesh-canary-run-'));
  const outputFile = join(temp, 'output');
  const summaryFile = join(temp, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? temp,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: 'example/serviceb',
    GITHUB_SHA: options.sha ?? nextCommit(),
    GITHUB_RUN_ID: '1',
    GITHUB_ACTOR: 'octocat',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: temp,
    GITHUB_WORKSPACE: options.workspace ?? repositoryRoot,
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const script = options.script ?? join(repositoryRoot, 'dist', 'index.js');
  const child = spawn(process.execPath, [script], {
    env,
    cwd: options.workspace ?? repositoryRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const spawnedAt = performance.now();
  const printed: TimedLine[] = [];
  let stdout = '';
  let stderr = '';
  let partial = '';
  child.stdout.on('data', (chunk: Buffer) => {
    const text = chunk.toString();
    stdout += text;
    const lines = (partial + text).split('\n');
    partial = lines.pop() ?? '';
    const at = performance.now();
    for (const line of lines) {
      printed.push({ at, text: line });
      options.onLine?.(line);
    }
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const done = new Promise<ActionRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      recordChildRun(spawnedAt, printed, performance.now());
      if (partial && options.onLine) options.onLine(partial);
      const run = {
        code,
        stdout,
        stderr,
        outputs: parseGithubOutput(readFileSync(outputFile, 'utf8')),
        summary: readFileSync(summaryFile, 'utf8'),
      };
      rmSync(temp, { recursive: true, force: true });
      resolve(run);
    });
  });
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  return { done, kill: () => child.kill('SIGTERM'), progress: () => ({ exited, stdout }) };
}

export function runAction(options: ActionRunOptions): Promise<ActionRun> {
  return startAction(options).done;
}

/** The routers the local stack seeds beside the mesh. */
export type SeededRouter = 'app-mesh' | 'vpc-lattice' | 'alb';

/**
 * The inputs that point a deploy at one of the seeded routers (with its health preset), replacing the App Mesh
 * ones: VPC Lattice by names, the ALB by its listener and rule ARNs (the stack derives them from names).
 */
export function routerInputs(
  router: SeededRouter,
  alb: { listenerArn: string; ruleArn: string },
): Record<string, string> {
  const mesh = { mesh: '', 'virtual-router': '', 'stable-node': '', 'canary-node': '' };
  switch (router) {
    case 'app-mesh':
      return {};
    case 'vpc-lattice':
      return {
        ...mesh,
        router,
        'lattice-service': latticeSeedNames.service,
        'lattice-listener': latticeSeedNames.listener,
        'lattice-rule': latticeSeedNames.rule,
        'stable-target-group': latticeSeedNames.stableTargetGroup,
        'canary-target-group': latticeSeedNames.canaryTargetGroup,
        'metrics-preset': 'lattice-target-group',
      };
    case 'alb':
      return {
        ...mesh,
        router,
        'listener-arn': alb.listenerArn,
        'listener-rule-arn': alb.ruleArn,
        'stable-target-group': albSeedNames.stableTargetGroup,
        'canary-target-group': albSeedNames.canaryTargetGroup,
        'metrics-preset': 'alb-target-group',
      };
  }
}
