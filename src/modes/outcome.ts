import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InputReader } from '../config/inputs.js';
import { oneOf } from '../config/inputs.js';
import type { DeploymentSource } from '../deploy/source.js';
import { deploySummaryMarkdown } from '../report/deploy-summary.js';
import type { ModeDeps } from './deps.js';
import { type Mode, modes } from './names.js';

export { type Mode, modes } from './names.js';

/** What a mode leaves for its shell: outputs, a markdown summary, and the reason the job fails, if it does. */
export interface ModeOutcome {
  outputs: Record<string, string>;
  summary: string;
  failure?: string;
  /** Promote and rollback: where the canary they acted on came from (its GitHub deployment among it). */
  canarySource?: DeploymentSource;
}

export function modeOf(read: InputReader): Mode {
  return oneOf(read, 'mode', modes, 'deploy');
}

/** Runs one mode; each mode's code is loaded only when it runs (start-up stays small). */
export async function runMode(
  mode: Mode,
  read: InputReader,
  deps: ModeDeps,
  context: { source: DeploymentSource; tempDir?: string },
): Promise<ModeOutcome> {
  if (mode === 'deploy') {
    const { runDeployMode } = await import('./deploy.js');
    const result = await runDeployMode(read, deps, context.source);
    const renderedPath = join(context.tempDir || tmpdir(), `${result.ecs.plan.family}-rendered.json`);
    await writeFile(renderedPath, `${JSON.stringify(result.ecs.rendered, null, 2)}\n`);
    if (result.dryRun)
      deps.log.info(`rendered task definition:\n${JSON.stringify(result.ecs.rendered, null, 2)}`);
    const outputs: Record<string, string> = {
      'rendered-task-definition': renderedPath,
      'deployment-id': result.deploymentId,
    };
    if (result.ecs.taskDefinitionArn) outputs['task-definition-arn'] = result.ecs.taskDefinitionArn;
    if (result.executionArn) outputs['execution-arn'] = result.executionArn;
    if (result.executionUrl) outputs['execution-url'] = result.executionUrl;
    if (result.status) outputs.status = result.status;
    if (result.finalWeights) outputs['final-weights'] = JSON.stringify(result.finalWeights);
    // The timeline's report loads once a mode has one to write: a start waits for none of it.
    const { canaryFailureOf, canarySummaryMarkdown } = await import('../report/canary-summary.js');
    let summary = deploySummaryMarkdown(result.ecs, result.dryRun);
    if (result.executionArn) {
      summary += `\n${canarySummaryMarkdown({
        route: result.routeLabel,
        executionArn: result.executionArn,
        consoleUrl: result.executionUrl ?? '',
        entries: result.entries,
      })}`;
    }
    const failure = canaryFailureOf(result.entries);
    if (result.status === 'RUNNING' && result.entries.length > 0) {
      deps.log.warn(`stopped following after wait-for-minutes; the canary goes on: ${result.executionUrl}`);
    }
    return { outputs, summary, ...(failure ? { failure } : {}) };
  }
  if (mode === 'rollback') {
    const { runRollbackMode } = await import('./rollback.js');
    const result = await runRollbackMode(read, deps, context.source.actor ?? 'an operator');
    deps.log.info(result.message);
    return {
      outputs: {
        status: result.outcome,
        ...(result.executionArn ? { 'execution-arn': result.executionArn } : {}),
      },
      summary: `## appmesh-canary: rollback\n\n${result.message}\n`,
      ...(result.failure ? { failure: result.failure } : {}),
      ...(result.source ? { canarySource: result.source } : {}),
    };
  }
  if (mode === 'promote') {
    const { runPromoteMode } = await import('./promote.js');
    const result = await runPromoteMode(read, deps, context.source.actor ?? 'an operator');
    // A refusal is the job's failure: printed once, as its error.
    const outputs: Record<string, string> = { status: result.outcome === 'refused' ? 'REFUSED' : 'RESUMED' };
    if (result.executionArn) outputs['execution-arn'] = result.executionArn;
    if (result.executionUrl) outputs['execution-url'] = result.executionUrl;
    if (result.deploymentId) outputs['deployment-id'] = result.deploymentId;
    if (result.status && result.status !== 'RUNNING') outputs.status = result.status;
    if (result.finalWeights) outputs['final-weights'] = JSON.stringify(result.finalWeights);
    const { canaryFailureOf, canarySummaryMarkdown } = await import('../report/canary-summary.js');
    let summary = `## appmesh-canary: promote\n\n${result.message}\n`;
    if (result.executionArn && result.entries.length > 0) {
      summary += `\n${canarySummaryMarkdown({
        route: result.routeLabel ?? '',
        executionArn: result.executionArn,
        consoleUrl: result.executionUrl ?? '',
        entries: result.entries,
      })}`;
    }
    const failure = result.failure ?? canaryFailureOf(result.entries);
    return {
      outputs,
      summary,
      ...(failure ? { failure } : {}),
      ...(result.source ? { canarySource: result.source } : {}),
    };
  }
  const { runStatusMode } = await import('./status.js');
  const result = await runStatusMode(read, deps);
  for (const line of result.lines) deps.log.info(line);
  return {
    outputs: {
      status: result.running
        ? result.running.paused
          ? 'PAUSED'
          : 'RUNNING'
        : (result.last?.status ?? 'NONE'),
      'final-weights': JSON.stringify(result.weights),
      ...(result.running ? { 'execution-arn': result.running.executionArn } : {}),
      ...(!result.running && result.last ? { 'execution-arn': result.last.executionArn } : {}),
    },
    summary: `## appmesh-canary: status\n\n${result.lines.map((line) => `- ${line}`).join('\n')}\n`,
  };
}
