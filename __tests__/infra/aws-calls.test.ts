import { join } from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { awsCallsOf, type HandlerCalls } from './support/aws-calls.js';
import { repoRoot } from './support/handlers.js';

// The derivation the IAM test relies on, checked on small handlers whose calls are known.
const fixtures = join(repoRoot, '__tests__', 'infra', 'fixtures', 'handlers');
let calls: Record<string, HandlerCalls>;

beforeAll(async () => {
  calls = await awsCallsOf({
    typedMethod: join(fixtures, 'typed-method.ts'),
    interfaceMember: join(fixtures, 'interface-member.ts'),
    untypedCall: join(fixtures, 'untyped-call.ts'),
    directSdk: join(fixtures, 'direct-sdk.ts'),
    aggregatedClient: join(fixtures, 'aggregated-client.ts'),
    routerClients: join(fixtures, 'router-clients.ts'),
    dynamicImport: join(fixtures, 'dynamic-import.ts'),
  });
}, 60_000);

describe('AWS calls derived from a handler', () => {
  it('follows a typed method call and leaves out the commands of methods never called', () => {
    expect(calls.typedMethod!.called).toEqual(['ecs:DescribeServices']);
    // The bundle holds the whole class: module-level analysis alone would grant these too.
    expect(calls.typedMethod!.bundled).toEqual(
      expect.arrayContaining(['ecs:RegisterTaskDefinition', 'ecs:UpdateService']),
    );
  });

  it('follows a call through an interface to the object member that implements it, and only that one', () => {
    expect(calls.interfaceMember!.called).toEqual(['cloudwatch:DescribeAlarms']);
    expect(calls.interfaceMember!.bundled).toEqual(
      expect.arrayContaining(['cloudwatch:GetMetricData', 'xray:GetTimeSeriesServiceStatistics']),
    );
  });

  it('counts every method of the name when the receiver type is unknown', () => {
    expect(calls.untypedCall!.called).toEqual(['ecs:UpdateService']);
  });

  it('maps SDK paginators to their operation and client packages to IAM prefixes', () => {
    expect(calls.directSdk!.called).toEqual(['states:ListExecutions']);
    expect(calls.directSdk!.bundled).toEqual(['states:DescribeExecution', 'states:ListExecutions']);
  });

  it('maps a method of an aggregated client to its operation', () => {
    expect(calls.aggregatedClient!.called).toEqual(['ecs:DescribeServices']);
    expect(calls.aggregatedClient!.bundled).toEqual(expect.arrayContaining(['ecs:UpdateService']));
  });

  it('maps the VPC Lattice and ELBv2 clients to their IAM actions, waiters to the command they poll', () => {
    expect(calls.routerClients!.called).toEqual([
      'elasticloadbalancing:DescribeListeners',
      'elasticloadbalancing:DescribeTargetHealth',
      'vpc-lattice:GetRule',
      'vpc-lattice:ListRules',
      'vpc-lattice:UpdateRule',
    ]);
    expect(calls.routerClients!.bundled).toEqual(
      expect.arrayContaining(['elasticloadbalancing:ModifyRule', 'vpc-lattice:UpdateRule']),
    );
    expect(calls.routerClients!.bundled).not.toContain('vpc-lattice:BatchUpdateRule');
  });

  it('follows a function destructured from a module loaded on demand, and only that one', () => {
    expect(calls.dynamicImport!.called).toEqual(['ecs:DescribeServices']);
    expect(calls.dynamicImport!.bundled).toEqual(expect.arrayContaining(['ecs:UpdateService']));
  });

  it('never reports a call the bundle cannot make', () => {
    for (const { called, bundled } of Object.values(calls)) {
      expect(bundled).toEqual(expect.arrayContaining(called));
    }
  });
});
