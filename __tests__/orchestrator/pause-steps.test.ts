import { AppMeshClient } from '@aws-sdk/client-app-mesh';
import { ECSClient } from '@aws-sdk/client-ecs';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { SendTaskFailureCommand, SendTaskSuccessCommand, SFNClient, TaskTimedOut } from '@aws-sdk/client-sfn';
import { VPCLatticeClient } from '@aws-sdk/client-vpc-lattice';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { Ecs } from '../../src/ecs/index.js';
import type { AlarmStateValue, HealthReaders } from '../../src/health/index.js';
import type { StepDeps } from '../../src/orchestrator/deps.js';
import type { Progress } from '../../src/orchestrator/progress.js';
import { Executions } from '../../src/orchestrator/sfn.js';
import { hold } from '../../src/orchestrator/steps/hold.js';
import { resume } from '../../src/orchestrator/steps/resume.js';
import { RecordingPublisher } from '../support/recording-publisher.js';
import { executionArnOf, seedDocument } from './fixtures.js';
import { createWorld, mocks, mutatingCalls } from './world.js';

/** The Hold and Resume steps of a canary paused at 50% (step 2), against the mocked AWS of world.ts. */
const since = '2026-11-01T10:00:00.000Z';
const deadline = '2026-11-02T10:00:00.000Z';
let now = new Date('2026-11-01T10:30:00Z');
let alarm: AlarmStateValue = 'OK';
const executionArn = executionArnOf('deploy-1');
const token = 'token-of-this-hold';

const readers: HealthReaders = {
  alarms: async (names) => ({ alarms: names.map((name) => ({ name, state: alarm })), missing: [] }),
  metrics: async () => [],
  xray: async () => undefined,
};
const events = new RecordingPublisher();
const deps: StepDeps = {
  appMesh: new AppMeshClient({ region: 'us-west-2' }),
  vpcLattice: new VPCLatticeClient({ region: 'us-west-2' }),
  elbv2: new ElasticLoadBalancingV2Client({ region: 'us-west-2' }),
  routingRetry: { maxAttempts: 1 },
  ecs: new Ecs(new ECSClient({ region: 'us-west-2' })),
  health: readers,
  executions: new Executions(new SFNClient({ region: 'us-west-2' }), { maxAttempts: 1 }),
  events,
  now: () => now,
  log: { info: () => {}, warn: () => {} },
};

const document = seedDocument({
  steps: [
    { weight: 25, bakeSeconds: 300 },
    { weight: 50, bakeSeconds: 300, pause: true },
    { weight: 100, bakeSeconds: 300 },
  ],
});

function paused(changes: Partial<Progress> = {}): Progress {
  return {
    stepIndex: 1,
    traffic: document.snapshot,
    bake: { checks: 5, elapsedSeconds: 300, passes: 1 },
    counters: { failuresSinceLastPass: 0, inconclusiveSinceLastPass: 0 },
    decision: 'pause',
    reason: '',
    stepStartedAt: '2026-11-01T09:50:00.000Z',
    lastCheck: { at: since, weight: 50, verdict: 'PASS', reason: 'PASS' },
    pause: { since, deadline },
    ...changes,
  };
}

function answers() {
  return {
    success: mocks.sfn.commandCalls(SendTaskSuccessCommand).map((call) => call.args[0].input),
    failure: mocks.sfn.commandCalls(SendTaskFailureCommand).map((call) => call.args[0].input),
  };
}

beforeEach(() => {
  createWorld(document);
  mocks.sfn.on(SendTaskSuccessCommand).resolves({});
  mocks.sfn.on(SendTaskFailureCommand).resolves({});
  now = new Date('2026-11-01T10:30:00Z');
  alarm = 'OK';
  events.clear();
});

describe('hold (one check interval of a pause)', () => {
  it('answers nothing while the verdict and counters stay the same: the task times out and holds on', async () => {
    const result = await hold(document, paused(), token, deps, executionArn);
    expect(result.action).toBe('held');
    expect(answers()).toEqual({ success: [], failure: [] });
    expect(mutatingCalls()).toEqual([]);
    expect(events.transitions()).toEqual([]);
  });

  it('fails the task on a FAIL (the state machine rolls back) and announces it once delivered', async () => {
    alarm = 'ALARM';
    const result = await hold(document, paused(), token, deps, executionArn);
    expect(result.action).toBe('failed');
    const { failure } = answers();
    expect(failure).toEqual([expect.objectContaining({ taskToken: token, error: 'HealthCheckFailed' })]);
    expect(failure[0]!.cause).toMatch(/FAIL at 50% .*\(while paused since 2026-11-01T10:00:00.000Z\)$/);
    expect(events.transitions()).toEqual(['CHECK_FAILED']);
  });

  it('announces nothing when the token had already timed out: the next entry judges again', async () => {
    mocks.sfn
      .on(SendTaskFailureCommand)
      .rejects(new TaskTimedOut({ message: 'Task Timed Out', $metadata: {} }));
    alarm = 'ALARM';
    const result = await hold(document, paused(), token, deps, executionArn);
    expect(result.action).toBe('gone');
    expect(events.transitions()).toEqual([]);
  });

  it('does not count a check without data toward the inconclusive limit while paused', async () => {
    alarm = 'INSUFFICIENT_DATA';
    const result = await hold(
      document,
      paused({ counters: { failuresSinceLastPass: 0, inconclusiveSinceLastPass: 4 } }),
      token,
      deps,
      executionArn,
    );
    expect(result.action).not.toBe('failed');
    for (const answered of answers().success) {
      expect(JSON.parse(answered.output!).counters.inconclusiveSinceLastPass).toBe(4);
    }
    expect(answers().failure).toEqual([]);
  });

  it('at its deadline rolls back (on-pause-timeout rollback) or resumes as the timeout (continue)', async () => {
    now = new Date(deadline);
    expect((await hold(document, paused(), token, deps, executionArn)).action).toBe('timed-out');
    expect(answers().failure).toEqual([expect.objectContaining({ error: 'PauseTimedOut' })]);

    const continuing = { ...document, onPauseTimeout: 'continue' as const };
    expect((await hold(continuing, paused(), token, deps, executionArn)).action).toBe('timed-out');
    const output = JSON.parse(answers().success[0]!.output!) as Progress;
    expect(output).toMatchObject({
      decision: 'resume',
      pause: { since, deadline, resumedBy: 'the pause timeout (on-pause-timeout: continue)' },
    });
  });
});

describe('resume', () => {
  it('goes on to the next step, says who resumed it after how long, and announces Resumed', async () => {
    const resumed = await resume(
      document,
      paused({ decision: 'resume', pause: { since, deadline, resumedBy: 'octocat' } }),
      deps,
      executionArn,
    );
    expect(resumed).toMatchObject({ decision: 'next-step', stepIndex: 2 });
    expect(resumed.pause).toBeUndefined();
    expect(resumed.reason).toBe('resumed by octocat after 30m at 50%: next step 100%');
    expect(events.transitions()).toEqual(['RESUMED']);
    expect(events.events[0]!.detail).toMatchObject({ resumedBy: 'octocat' });
  });

  it('judges the step once more: a FAIL that raced the approval rolls back instead', async () => {
    alarm = 'ALARM';
    await expect(
      resume(
        document,
        paused({ decision: 'resume', pause: { since, deadline, resumedBy: 'octocat' } }),
        deps,
      ),
    ).rejects.toMatchObject({
      name: 'HealthCheckFailed',
      message: expect.stringMatching(/checked on resume by octocat/),
    });
    expect(mutatingCalls()).toEqual([]);
  });
});
