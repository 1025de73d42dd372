import { DescribeExecutionCommand, ListExecutionsCommand, SFNClient } from '@aws-sdk/client-sfn';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import fc from 'fast-check';
import { otherRouteHolders, startedBefore } from '../../src/orchestrator/lock.js';
import { Executions } from '../../src/orchestrator/sfn.js';
import { sharedResources as sharedRoutes } from '../../src/routing/engine.js';
import { executionArnOf, grpcRouteSpec, seedDocument, stateMachineArn } from './fixtures.js';

const snapshot = seedDocument().snapshot;

describe('sharedResources (App Mesh routes)', () => {
  it('names the routes both deployments shift on the same router', () => {
    const other = {
      ...snapshot,
      routes: [...snapshot.routes, { routeName: 'serviceB-grpc', version: 1, spec: grpcRouteSpec() }],
    };
    expect(sharedRoutes(snapshot, other)).toEqual(['route serviceB of virtual router serviceB']);
  });

  it.each([
    ['another mesh', { mesh: 'apps2' }],
    ['another mesh owner', { meshOwner: '210987654321' }],
    ['another virtual router', { virtualRouter: 'serviceA' }],
  ])('shares nothing with %s', (_, change) => {
    expect(sharedRoutes(snapshot, { ...snapshot, ...change })).toEqual([]);
  });

  it('shares nothing when the routes differ', () => {
    const other = {
      ...snapshot,
      routes: [{ routeName: 'serviceB-grpc', version: 1, spec: grpcRouteSpec() }],
    };
    expect(sharedRoutes(snapshot, other)).toEqual([]);
  });
});

describe('startedBefore', () => {
  const execution = fc.record({
    executionArn: fc.constantFrom('a', 'b', 'c').map((name) => executionArnOf(name)),
    startDate: fc.integer({ min: 0, max: 3 }).map((seconds) => new Date(seconds * 1000)),
  });

  it('orders any two distinct executions one way only, so exactly one of two racing canaries goes on', () => {
    fc.assert(
      fc.property(execution, execution, (a, b) => {
        fc.pre(a.executionArn !== b.executionArn);
        expect(startedBefore(a, b)).toBe(!startedBefore(b, a));
      }),
    );
  });

  it('lets the earlier start win, and the ARN decide a tie', () => {
    const early = { executionArn: executionArnOf('z'), startDate: new Date(1000) };
    const late = { executionArn: executionArnOf('a'), startDate: new Date(2000) };
    expect(startedBefore(early, late)).toBe(true);
    expect(startedBefore({ ...late, startDate: early.startDate }, early)).toBe(true);
  });
});

describe('otherRouteHolders', () => {
  const sfn = mockClient(SFNClient);
  const executions = new Executions(new SFNClient({ region: 'us-west-2' }));
  const self = executionArnOf('self');
  const running = (name: string, input: unknown) => ({
    executionArn: executionArnOf(name),
    stateMachineArn,
    name,
    status: 'RUNNING' as const,
    startDate: new Date(0),
    input: typeof input === 'string' ? input : JSON.stringify(input),
  });

  beforeEach(() => {
    sfn.reset();
  });

  it('lists the other running executions on the same routes, ignoring itself and unreadable inputs', async () => {
    const others = [
      running('self', { document: seedDocument() }),
      running('same-route', { document: seedDocument() }),
      running('other-router', { document: { snapshot: { ...snapshot, virtualRouter: 'serviceA' } } }),
      running('garbage', 'not json'),
      running('no-snapshot', { document: { version: 1 } }),
    ];
    sfn.on(ListExecutionsCommand).resolves({ executions: others });
    for (const execution of others) {
      sfn.on(DescribeExecutionCommand, { executionArn: execution.executionArn }).resolves(execution);
    }

    const { holders } = await otherRouteHolders(executions, stateMachineArn, self, snapshot);

    expect(holders.map((holder) => [holder.executionArn, holder.routes])).toEqual([
      [executionArnOf('same-route'), ['route serviceB of virtual router serviceB']],
    ]);
    expect(sfn).toHaveReceivedCommandWith(ListExecutionsCommand, {
      stateMachineArn,
      statusFilter: 'RUNNING',
    });
    expect(sfn).not.toHaveReceivedCommandWith(DescribeExecutionCommand, { executionArn: self });
  });

  it('follows ListExecutions pages', async () => {
    sfn
      .on(ListExecutionsCommand)
      .resolvesOnce({ executions: [running('first', {})], nextToken: 'page-2' })
      .resolvesOnce({ executions: [running('second', { document: seedDocument() })] });
    sfn
      .on(DescribeExecutionCommand)
      .callsFake(({ executionArn }) =>
        executionArn === executionArnOf('second')
          ? running('second', { document: seedDocument() })
          : running('first', {}),
      );

    const { holders, running: all } = await otherRouteHolders(executions, stateMachineArn, self, snapshot);

    expect(all.map((execution) => execution.executionArn)).toEqual([
      executionArnOf('first'),
      executionArnOf('second'),
    ]);
    expect(holders.map((holder) => holder.executionArn)).toEqual([executionArnOf('second')]);
    expect(sfn).toHaveReceivedCommandWith(ListExecutionsCommand, { nextToken: 'page-2' });
  });
});
