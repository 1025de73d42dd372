import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { accountIdOf, type DeploymentState, judgeRollout, type ServiceState } from '../../src/ecs/index.js';

const ours = 'arn:aws:ecs:us-west-2:123456789012:task-definition/taskB:8';
const taskDefinitions = [ours, 'arn:aws:ecs:us-west-2:123456789012:task-definition/taskB:7'];

function state(deployments: DeploymentState[]): ServiceState {
  return {
    serviceArn: 'arn:aws:ecs:us-west-2:123456789012:service/apps/serviceBv2',
    serviceName: 'serviceBv2',
    clusterArn: 'arn:aws:ecs:us-west-2:123456789012:cluster/apps',
    status: 'ACTIVE',
    taskDefinitionArn: deployments[0]?.taskDefinitionArn ?? '',
    desiredCount: 3,
    runningCount: 3,
    pendingCount: 0,
    accountId: '123456789012',
    deployments,
    events: [],
    targetGroupArns: [],
  };
}

const deploymentArbitrary: fc.Arbitrary<DeploymentState> = fc.record(
  {
    id: fc.constantFrom('ecs-svc/1', 'ecs-svc/2', 'ecs-svc/3'),
    status: fc.constantFrom('PRIMARY', 'ACTIVE'),
    taskDefinitionArn: fc.constantFrom(...taskDefinitions),
    desiredCount: fc.integer({ min: 0, max: 4 }),
    runningCount: fc.integer({ min: 0, max: 4 }),
    pendingCount: fc.integer({ min: 0, max: 2 }),
    failedTasks: fc.integer({ min: 0, max: 2 }),
    rolloutState: fc.constantFrom('IN_PROGRESS' as const, 'COMPLETED' as const, 'FAILED' as const),
  },
  {
    requiredKeys: [
      'id',
      'status',
      'taskDefinitionArn',
      'desiredCount',
      'runningCount',
      'pendingCount',
      'failedTasks',
    ],
  },
);

describe('judgeRollout', () => {
  it('is never stable unless the PRIMARY deployment runs our task definition and has not FAILED', () => {
    fc.assert(
      fc.property(fc.array(deploymentArbitrary, { maxLength: 4 }), (deployments) => {
        const verdict = judgeRollout(state(deployments), ours);
        const primary = deployments.find((deployment) => deployment.status === 'PRIMARY');
        if (verdict.kind === 'stable') {
          expect(primary?.taskDefinitionArn).toBe(ours);
          expect(primary?.rolloutState).not.toBe('FAILED');
        }
        if (primary && primary.taskDefinitionArn !== ours) expect(verdict.kind).toBe('rolled-back');
      }),
    );
  });

  it('refuses a service without a PRIMARY deployment (not a rolling update)', () => {
    const verdict = judgeRollout(state([]), ours);

    expect(verdict).toMatchObject({
      kind: 'failed',
      reason: expect.stringMatching(/rolling update \(ECS\)/),
    });
  });
});

describe('accountIdOf', () => {
  it('reads the account from an ECS ARN, in any partition', () => {
    expect(accountIdOf('arn:aws-cn:ecs:cn-north-1:210987654321:service/apps/serviceB')).toBe('210987654321');
  });

  it('rejects a bare name', () => {
    expect(() => accountIdOf('serviceB')).toThrow('cannot read the account id from the ARN "serviceB"');
  });
});
