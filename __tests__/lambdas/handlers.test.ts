import '../orchestrator/lambda-env.js';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { handler as check } from '../../lambdas/check.js';
import { handler as init } from '../../lambdas/init.js';
import { handler as shift } from '../../lambdas/shift.js';
import type { Progress } from '../../src/orchestrator/progress.js';
import { logger } from '../../src/orchestrator/runtime/handler.js';
import { shiftRouteSpec } from '../../src/routing/app-mesh/index.js';
import { executionArnOf, seedDocument, stateMachineArn } from '../orchestrator/fixtures.js';
import { awsCalls, createWorld, mutatingCalls, setRoute, type World } from '../orchestrator/world.js';

const document = seedDocument();
const progress: Progress = {
  stepIndex: 1,
  traffic: document.snapshot,
  bake: { checks: 0, elapsedSeconds: 0, passes: 0 },
  counters: { failuresSinceLastPass: 0, inconclusiveSinceLastPass: 0 },
  decision: 'bake',
  reason: '',
};

let world: World;
let lines: string[];
beforeEach(() => {
  world = createWorld(document);
  lines = [];
  logger.setLogLevel('INFO');
  for (const stream of [process.stdout, process.stderr]) {
    jest.spyOn(stream, 'write').mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
  }
});
afterEach(() => {
  jest.restoreAllMocks();
  logger.setLogLevel('SILENT');
});

function logged(): Array<Record<string, unknown>> {
  return lines
    .flatMap((line) => line.split('\n'))
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

describe('the Task handlers', () => {
  it('log deployment id, state, step, weight and verdict on every line', async () => {
    setRoute(
      world,
      'serviceB',
      shiftRouteSpec(document.snapshot.routes[0]!.spec, document.snapshot, 50, 'serviceB'),
    );
    world.alarmAt = () => 'ALARM';

    const result = await check({ document, progress });

    expect(result.decision).toBe('rollback');
    const entries = logged();
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry).toMatchObject({ deploymentId: 'gh-1234-1', state: 'Check', step: 2, weight: 50 });
      expect(entry).toHaveProperty('verdict');
    }
    expect(entries.at(-1)).toMatchObject({
      level: 'INFO',
      verdict: 'FAIL',
      decision: 'rollback',
      service: 'appmesh-canary',
    });
  });

  it('fail a drifted route under the name the state machine matches, DriftDetected', async () => {
    setRoute(
      world,
      'serviceB',
      shiftRouteSpec(document.snapshot.routes[0]!.spec, document.snapshot, 40, 'serviceB'),
    );

    await expect(shift({ document, progress: { ...progress, stepIndex: 0 } })).rejects.toMatchObject({
      name: 'DriftDetected',
    });
    expect(mutatingCalls()).toEqual([]);
    expect(logged().at(-1)).toMatchObject({ level: 'ERROR', state: 'Shift', deploymentId: 'gh-1234-1' });
  });

  it('refuse a bad document before any AWS call', async () => {
    const input = {
      document: { ...document, snapshot: { ...document.snapshot, stableNode: 'serviceBv2' } },
      executionArn: executionArnOf('deploy-1'),
      stateMachineArn,
      startTime: '2026-11-01T10:00:00.000Z',
    };

    await expect(init(input)).rejects.toMatchObject({
      name: 'InvalidDocument',
      message: expect.stringContaining('snapshot.canaryNode: must differ from the stable node'),
    });
    expect(awsCalls()).toEqual({});
  });

  it('refuse a progress that is not one (the input was changed by hand)', async () => {
    await expect(check({ document, progress: { stepIndex: -1 } })).rejects.toMatchObject({
      name: 'InvalidDocument',
    });
    expect(awsCalls()).toEqual({});
  });
});
