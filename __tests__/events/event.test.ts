import { describe, expect, it } from '@jest/globals';
import {
  type Announcement,
  canaryEventDetailSchema,
  canaryEventOf,
  detailTypes,
  entrySizeOf,
  limits,
  stateMachineArnOf,
  type Transition,
  transitions,
} from '../../src/events/index.js';
import type { ExecutionDocument } from '../../src/orchestrator/document.js';
import type { LatticeTrafficState } from '../../src/routing/vpc-lattice/state.js';
import { executionArnOf, seedDocument, stateMachineArn } from '../orchestrator/fixtures.js';

const document = seedDocument();
const executionArn = executionArnOf('deploy-1');
const consoleUrl = `https://us-west-2.console.aws.amazon.com/states/home?region=us-west-2#/v2/executions/details/${executionArn}`;

/** A plausible announcement of each transition, as the steps make them. */
const announcements: Record<Transition, Announcement> = {
  STARTED: {
    transition: 'STARTED',
    canaryWeight: 0,
    reason: 'serviceBv2 on taskBv2:4, steps 25% → 50% → 100%',
  },
  STEP_SHIFTED: {
    transition: 'STEP_SHIFTED',
    stepIndex: 0,
    canaryWeight: 25,
    reason: 'wrote route serviceB',
  },
  CHECK_FAILED: {
    transition: 'CHECK_FAILED',
    stepIndex: 0,
    canaryWeight: 25,
    verdict: 'FAIL',
    reason: 'canary 12.0% 5xx vs stable 0.2%; triggers the rollback',
  },
  CHECK_INCONCLUSIVE: {
    transition: 'CHECK_INCONCLUSIVE',
    stepIndex: 1,
    canaryWeight: 50,
    verdict: 'INCONCLUSIVE',
    reason: 'too few requests; within the limit',
  },
  PAUSED: {
    transition: 'PAUSED',
    stepIndex: 1,
    canaryWeight: 50,
    reason: 'held by octocat',
    pause: { since: '2026-11-27T10:12:00.000Z', deadline: '2026-11-27T11:12:00.000Z', onTimeout: 'rollback' },
  },
  RESUMED: {
    transition: 'RESUMED',
    stepIndex: 1,
    canaryWeight: 50,
    reason: 'looked fine',
    resumedBy: 'octocat',
  },
  PROMOTED: { transition: 'PROMOTED', canaryWeight: 0, reason: 'serviceB runs taskBv2:4’s version' },
  ROLLED_BACK: { transition: 'ROLLED_BACK', canaryWeight: 0, reason: 'HealthCheckFailed: FAIL at 25%' },
  ROLLBACK_FAILED: {
    transition: 'ROLLBACK_FAILED',
    canaryWeight: null,
    reason: 'route serviceB kept as edited',
  },
  HOOK_SUCCEEDED: {
    transition: 'HOOK_SUCCEEDED',
    stepIndex: 1,
    canaryWeight: 50,
    reason:
      'hook after-shift arn:aws:lambda:us-west-2:123456789012:function:smoke SUCCEEDED: 10 of 10 passed',
    occurrence: 'after-shift/hook-1',
  },
  HOOK_FAILED: {
    transition: 'HOOK_FAILED',
    canaryWeight: 0,
    reason: 'hook test-traffic arn:aws:lambda:us-west-2:123456789012:function:smoke FAILED: 3 of 10 failed',
    occurrence: 'test-traffic/hook-1',
  },
};

describe('the event of a transition', () => {
  it.each(transitions)(
    '%s: source, detail-type, the execution as resource, a detail the schema accepts',
    (transition) => {
      const event = canaryEventOf(document, executionArn, announcements[transition]);

      expect(event).toMatchObject({
        source: 'appmesh-canary',
        detailType: detailTypes[transition],
        resources: [executionArn],
      });
      expect(canaryEventDetailSchema.parse(event.detail)).toEqual(event.detail);
      expect(event.detail).toMatchObject({
        schemaVersion: 1,
        transition,
        deploymentId: 'gh-1234-1',
        executionArn,
        stateMachineArn,
        consoleUrl,
        region: 'us-west-2',
        router: 'app-mesh',
        routes: ['route serviceB of virtual router serviceB'],
        stableService: { cluster: 'apps', service: 'serviceB' },
        canaryService: { cluster: 'apps', service: 'serviceBv2' },
        taskDefinitionArn: document.canaryService.newTaskDefinitionArn,
        source: {
          repository: 'octo/serviceb',
          sha: '0a1b2c3d',
          runUrl: 'https://github.com/octo/serviceb/actions/runs/1234',
          actor: 'octocat',
        },
      });
    },
  );

  it('names one detail-type per transition, all different', () => {
    expect(Object.keys(detailTypes)).toEqual(transitions);
    expect(new Set(Object.values(detailTypes)).size).toBe(transitions.length);
  });

  it('gives the weights in force after the transition, and the step when one applies', () => {
    const of = (transition: Transition) =>
      canaryEventOf(document, executionArn, announcements[transition]).detail;

    expect(of('STARTED')).toMatchObject({ weights: { canary: 0, stable: 100 } });
    expect(of('STARTED').step).toBeUndefined();
    expect(of('STEP_SHIFTED')).toMatchObject({
      step: { number: 1, of: 3, weight: 25 },
      weights: { canary: 25, stable: 75 },
    });
    expect(of('CHECK_INCONCLUSIVE')).toMatchObject({
      step: { number: 2, of: 3, weight: 50 },
      verdict: 'INCONCLUSIVE',
    });
    expect(of('PROMOTED')).toMatchObject({ weights: { canary: 0, stable: 100 } });
    expect(of('ROLLED_BACK')).toMatchObject({ weights: { canary: 0, stable: 100 } });
    // A rollback that could not finish does not know what the routes send: no weights rather than wrong ones.
    expect(of('ROLLBACK_FAILED').weights).toBeUndefined();
    const keptAtFull = canaryEventOf(document, executionArn, {
      transition: 'PROMOTED',
      stepIndex: 2,
      canaryWeight: 100,
      reason: 'promotion none',
    });
    expect(keptAtFull.detail).toMatchObject({
      step: { number: 3, of: 3, weight: 100 },
      weights: { canary: 100, stable: 0 },
    });
  });

  it('writes one line for people: deployment, what happened, why, the console link', () => {
    const message = (transition: Transition) =>
      canaryEventOf(document, executionArn, announcements[transition]).detail.message;

    expect(message('STARTED')).toBe(
      `gh-1234-1 started: serviceBv2 on taskBv2:4, steps 25% → 50% → 100% — ${consoleUrl}`,
    );
    expect(message('STEP_SHIFTED')).toBe(
      `gh-1234-1 shifted to 25% (step 1 of 3): wrote route serviceB — ${consoleUrl}`,
    );
    expect(message('CHECK_FAILED')).toBe(
      `gh-1234-1 check failed at 25% (step 1 of 3): canary 12.0% 5xx vs stable 0.2%; triggers the rollback — ${consoleUrl}`,
    );
    expect(message('CHECK_INCONCLUSIVE')).toBe(
      `gh-1234-1 check inconclusive at 50% (step 2 of 3): too few requests; within the limit — ${consoleUrl}`,
    );
    expect(message('PAUSED')).toBe(
      `gh-1234-1 paused at 50% (step 2 of 3) until 2026-11-27T11:12:00.000Z, then rolls back: held by octocat — ${consoleUrl}`,
    );
    expect(message('RESUMED')).toBe(
      `gh-1234-1 resumed at 50% (step 2 of 3) by octocat: looked fine — ${consoleUrl}`,
    );
    expect(message('PROMOTED')).toBe(`gh-1234-1 promoted: serviceB runs taskBv2:4’s version — ${consoleUrl}`);
    expect(message('ROLLED_BACK')).toBe(
      `gh-1234-1 rolled back: HealthCheckFailed: FAIL at 25% — ${consoleUrl}`,
    );
    expect(message('ROLLBACK_FAILED')).toBe(
      `gh-1234-1 rollback failed: route serviceB kept as edited — ${consoleUrl}`,
    );
    expect(message('HOOK_SUCCEEDED')).toBe(
      `gh-1234-1 hook passed at 50% (step 2 of 3): hook after-shift arn:aws:lambda:us-west-2:123456789012:function:smoke SUCCEEDED: 10 of 10 passed — ${consoleUrl}`,
    );
    expect(message('HOOK_FAILED')).toBe(
      `gh-1234-1 hook failed: hook test-traffic arn:aws:lambda:us-west-2:123456789012:function:smoke FAILED: 3 of 10 failed — ${consoleUrl}`,
    );
    for (const transition of transitions) expect(message(transition)).not.toContain('\n');
  });

  it('keeps the message on one line whatever the reason quotes, the reason itself whole', () => {
    const event = canaryEventOf(document, executionArn, {
      ...announcements.ROLLED_BACK,
      reason: 'HealthCheckFailed:\r\n  canary 12.0% 5xx\n\tvs stable 0.2%\u2028(3 checks)',
    });

    expect(event.detail.message).toBe(
      `gh-1234-1 rolled back: HealthCheckFailed: canary 12.0% 5xx vs stable 0.2% (3 checks) — ${consoleUrl}`,
    );
    expect(event.detail.reason).toContain('\r\n');
  });

  it('names each transition by a transitionId a retry repeats: execution, transition, step, occurrence', () => {
    const id = (announcement: Announcement) =>
      canaryEventOf(document, executionArn, announcement).detail.transitionId;

    expect(id(announcements.STARTED)).toBe(`${executionArn}/STARTED`);
    expect(id(announcements.STEP_SHIFTED)).toBe(`${executionArn}/STEP_SHIFTED/step-1`);
    expect(id({ ...announcements.STEP_SHIFTED, reason: 'already there' })).toBe(
      id(announcements.STEP_SHIFTED),
    );
    expect(id({ ...announcements.CHECK_FAILED, occurrence: 'check-4' })).toBe(
      `${executionArn}/CHECK_FAILED/step-1/check-4`,
    );
    expect(id({ ...announcements.ROLLED_BACK, occurrence: 'guard' })).toBe(
      `${executionArn}/ROLLED_BACK/guard`,
    );
    const ids = transitions.map((transition) => id(announcements[transition]));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('links the console of the execution’s own partition', () => {
    const china = 'arn:aws-cn:states:cn-north-1:123456789012:execution:appmesh-canary:deploy-1';
    const event = canaryEventOf(document, china, announcements.STARTED);
    expect(event.detail.consoleUrl).toBe(
      `https://cn-north-1.console.amazonaws.cn/states/home?region=cn-north-1#/v2/executions/details/${china}`,
    );
    expect(event.detail.stateMachineArn).toBe(
      'arn:aws-cn:states:cn-north-1:123456789012:stateMachine:appmesh-canary',
    );
  });

  it('names the router and its routed resource as people read it, whichever the router', () => {
    const lattice = 'arn:aws:vpc-lattice:us-west-2:123456789012:service/svc-0a1b2c3d4e5f60718';
    const latticeRule: LatticeTrafficState = {
      router: 'vpc-lattice',
      serviceArn: lattice,
      listenerArn: `${lattice}/listener/listener-0a1b2c3d4e5f60718`,
      ruleArn: `${lattice}/listener/listener-0a1b2c3d4e5f60718/rule/rule-0a1b2c3d4e5f60718`,
      stableTargetGroupArn: 'arn:aws:vpc-lattice:us-west-2:123456789012:targetgroup/tg-0a1b2c3d4e5f60711',
      canaryTargetGroupArn: 'arn:aws:vpc-lattice:us-west-2:123456789012:targetgroup/tg-0a1b2c3d4e5f60722',
      names: {
        service: 'serviceb',
        listener: 'http-80',
        rule: 'all-paths',
        stableTargetGroup: 'serviceb',
        canaryTargetGroup: 'servicebv2',
      },
      spec: {
        match: { httpMatch: { pathMatch: { match: { prefix: '/' } } } },
        priority: 10,
        action: {
          forward: { targetGroups: [{ targetGroupIdentifier: 'tg-0a1b2c3d4e5f60711', weight: 100 }] },
        },
      },
    };
    const onLattice: ExecutionDocument = { ...document, snapshot: latticeRule };

    const event = canaryEventOf(onLattice, executionArn, announcements.STEP_SHIFTED);

    expect(event.detail).toMatchObject({
      router: 'vpc-lattice',
      routes: ['VPC Lattice rule all-paths of listener http-80'],
    });
  });
});

describe('the size of an event', () => {
  it('stays a few KB for a usual transition', () => {
    for (const transition of transitions) {
      expect(entrySizeOf(canaryEventOf(document, executionArn, announcements[transition]))).toBeLessThan(
        4 * 1024,
      );
    }
  });

  it('stays far below the 256 KB of PutEvents whatever the reason and the document hold', () => {
    const huge = 'ä'.repeat(300_000);
    const many = seedDocument({
      source: {
        repository: huge,
        sha: huge,
        runUrl: `https://example.com/${'a'.repeat(300_000)}`,
        actor: huge,
      },
    });
    const routes = Array.from({ length: 80 }, (_, index) => ({
      ...document.snapshot.routes[0]!,
      routeName: `route-${index}-${'r'.repeat(200)}`,
    }));
    const wide = { ...many, snapshot: { ...many.snapshot, routes } };

    const event = canaryEventOf(wide, executionArn, {
      ...announcements.RESUMED,
      reason: huge,
      resumedBy: huge,
    });

    expect(entrySizeOf(event)).toBeLessThan(64 * 1024);
    expect(event.detail.reason).toHaveLength(limits.reasonChars);
    expect(event.detail.reason.endsWith('…')).toBe(true);
    expect(event.detail.resumedBy).toHaveLength(limits.textChars);
    expect(event.detail.routes).toHaveLength(limits.routes);
    expect(event.detail.routes.at(-1)).toBe(`… ${80 - limits.routes + 1} more`);
    expect(event.detail.message.length).toBeLessThan(1000);
    expect(canaryEventDetailSchema.safeParse(event.detail).success).toBe(true);
  });

  it('never cuts a character in two', () => {
    const emoji = '🙂'.repeat(limits.reasonChars);
    const event = canaryEventOf(document, executionArn, { ...announcements.STARTED, reason: emoji });
    expect(event.detail.reason).toBe(`${'🙂'.repeat(limits.reasonChars / 2 - 1)}…`);
    expect(Buffer.from(event.detail.reason, 'utf8').toString('utf8')).toBe(event.detail.reason);
  });
});

describe('the detail schema', () => {
  const valid = canaryEventOf(document, executionArn, announcements.CHECK_FAILED).detail;

  it('refuses a detail whose fields contradict its transition', () => {
    const problems = (detail: unknown) =>
      canaryEventDetailSchema
        .safeParse(detail)
        .error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);

    expect(problems({ ...valid, verdict: 'INCONCLUSIVE' })).toEqual(['verdict: must be FAIL']);
    expect(problems({ ...valid, transition: 'CHECK_INCONCLUSIVE' })).toEqual([
      'verdict: must be INCONCLUSIVE',
    ]);
    expect(problems({ ...valid, transition: 'PAUSED' })).toEqual(['pause: is required when paused']);
    expect(problems({ ...valid, weights: undefined })).toEqual(['weights: are required for CHECK_FAILED']);
    expect(problems({ ...valid, weights: { canary: 25, stable: 70 } })).toEqual([
      'weights: canary and stable must add up to 100',
    ]);
    expect(problems({ ...valid, schemaVersion: 2 })?.[0]).toMatch(/^schemaVersion/);
    expect(problems({ ...valid, message: 'two\nlines' })).toEqual(['message: must be one line']);
  });

  it('is what canaryEventOf checks: a step that does not exist is refused', () => {
    expect(() =>
      canaryEventOf(document, executionArn, { ...announcements.STEP_SHIFTED, stepIndex: 3 }),
    ).toThrow('step 4 does not exist (3 steps)');
  });
});

describe('a deployment with test traffic', () => {
  it('names the test header on every transition; a deployment without it has no testTraffic', () => {
    const withTestTraffic = {
      ...document,
      testTraffic: {
        router: 'alb' as const,
        header: { name: 'x-canary' },
        priority: 9,
        conditions: [{ Field: 'http-header' }],
      },
    };
    for (const transition of transitions) {
      const event = canaryEventOf(withTestTraffic, executionArn, announcements[transition]);
      expect(event.detail.testTraffic).toEqual({ header: 'x-canary (any value)' });
      expect(canaryEventDetailSchema.parse(event.detail)).toEqual(event.detail);
    }
    expect(canaryEventOf(document, executionArn, announcements.PROMOTED).detail).not.toHaveProperty(
      'testTraffic',
    );
  });
});

describe('stateMachineArnOf', () => {
  it('derives the state machine from an execution ARN, and refuses anything else', () => {
    expect(stateMachineArnOf(executionArn)).toBe(stateMachineArn);
    expect(() => stateMachineArnOf(stateMachineArn)).toThrow('is not a Step Functions execution ARN');
  });
});
