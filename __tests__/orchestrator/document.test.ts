import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  type ExecutionDocument,
  familyOf,
  InvalidDocumentError,
  parseExecutionDocument,
} from '../../src/orchestrator/document.js';
import { grpcRouteSpec, seedDocument } from './fixtures.js';

function problemsOf(value: unknown): string {
  try {
    parseExecutionDocument(value);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidDocumentError);
    expect((error as Error).name).toBe('InvalidDocument');
    return (error as Error).message;
  }
  throw new Error('the document was accepted');
}

function withSnapshotRoute(spec: unknown, routeName = 'serviceB'): unknown {
  const document = seedDocument();
  return { ...document, snapshot: { ...document.snapshot, routes: [{ routeName, version: 1, spec }] } };
}

describe('parseExecutionDocument', () => {
  it('accepts the seed canary and returns it unchanged', () => {
    const document = seedDocument();
    expect(parseExecutionDocument(JSON.parse(JSON.stringify(document)))).toEqual(document);
  });

  it('accepts a snapshot over several routes of any type, with the canary target present at 0', () => {
    const document = seedDocument();
    const grpc = grpcRouteSpec();
    grpc.grpcRoute!.action.weightedTargets.push({ virtualNode: 'serviceBv2', weight: 0, port: 8080 });
    document.snapshot.routes.push({ routeName: 'serviceB-grpc', version: 4, spec: grpc });
    expect(parseExecutionDocument(document).snapshot).toMatchObject({ routes: [{}, {}] });
  });

  it.each([
    ['another version', { version: 3 }, 'version: Invalid input'],
    [
      'a deployment id with spaces',
      { deploymentId: 'run 12' },
      'deploymentId: letters, digits, _ and -, at most 64',
    ],
    [
      'weights that do not ascend',
      {
        steps: [
          { weight: 50, bakeSeconds: 60 },
          { weight: 50, bakeSeconds: 60 },
          { weight: 100, bakeSeconds: 60 },
        ],
      },
      'steps.1.weight: weights must ascend; 50 follows 50',
    ],
    [
      'a last step under 100',
      { steps: [{ weight: 50, bakeSeconds: 60 }] },
      'steps: the last step must send 100%',
    ],
    ['no steps', { steps: [] }, 'steps: Too small'],
    ['a check interval under 10 s', { checkIntervalSeconds: 5 }, 'checkIntervalSeconds: Too small'],
    ['an unknown promotion mode', { promotion: 'swap' }, 'promotion: Invalid option'],
  ] as Array<[string, Partial<Record<keyof ExecutionDocument, unknown>>, string]>)(
    'refuses %s',
    (_, changes, message) => {
      expect(problemsOf({ ...seedDocument(), ...changes })).toContain(message);
    },
  );

  it('refuses a stable service whose previous task definition is not a task definition ARN', () => {
    const document = seedDocument();
    const message = problemsOf({
      ...document,
      stableService: { ...document.stableService, previousTaskDefinitionArn: 'taskB:7' },
    });
    expect(message).toContain('stableService.previousTaskDefinitionArn: a task definition ARN');
  });

  it('refuses the same node as stable and canary', () => {
    const document = seedDocument();
    const message = problemsOf({ ...document, snapshot: { ...document.snapshot, canaryNode: 'serviceB' } });
    expect(message).toContain('snapshot.canaryNode: must differ from the stable node');
  });

  it('refuses a snapshot where the canary already has weight: a rollback would leave it traffic', () => {
    const message = problemsOf(
      withSnapshotRoute({
        httpRoute: {
          action: {
            weightedTargets: [
              { virtualNode: 'serviceB', weight: 75 },
              { virtualNode: 'serviceBv2', weight: 25 },
            ],
          },
          match: { prefix: '/' },
        },
      }),
    );
    expect(message).toContain(
      'snapshot.resources.0: the canary already has weight in the snapshot of route serviceB',
    );
  });

  it('refuses a snapshot route without the stable node, naming the route', () => {
    const message = problemsOf(
      withSnapshotRoute({
        httpRoute: {
          action: { weightedTargets: [{ virtualNode: 'serviceA', weight: 100 }] },
          match: { prefix: '/' },
        },
      }),
    );
    expect(message).toContain('route serviceB has no weighted target on stable node serviceB');
  });

  it('reports a route spec App Mesh could not take back as a problem of the document, not a crash', () => {
    const message = problemsOf(withSnapshotRoute({ httpRoute: { action: {} }, tcpRoute: { action: {} } }));
    expect(message).toContain(
      'snapshot.routes.0.spec: route of the snapshot: a route spec has exactly one of',
    );
  });

  it('refuses a route listed twice', () => {
    const document = seedDocument();
    const route = document.snapshot.routes[0]!;
    const message = problemsOf({ ...document, snapshot: { ...document.snapshot, routes: [route, route] } });
    expect(message).toContain('snapshot.routes: lists a route twice');
  });

  it('names every problem at once', () => {
    const message = problemsOf({
      ...seedDocument(),
      region: 'Oregon',
      checkIntervalSeconds: 0,
      health: undefined,
    });
    expect(message).toContain('region:');
    expect(message).toContain('checkIntervalSeconds:');
    expect(message).toContain('health:');
  });

  it('accepts exactly the step lists whose weights ascend to 100', () => {
    const ascendingTo100 = fc
      .uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: 5 })
      .map((weights) => [...weights.sort((a, b) => a - b), 100]);
    const anyWeights = fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.oneof(ascendingTo100, anyWeights), (weights) => {
        const steps = weights.map((weight) => ({ weight, bakeSeconds: 60 }));
        const valid =
          weights.every((weight, index) => index === 0 || weight > weights[index - 1]!) &&
          weights.at(-1) === 100;
        const parse = () => parseExecutionDocument({ ...seedDocument(), steps });
        if (valid) expect(parse().steps).toEqual(steps);
        else expect(parse).toThrow(InvalidDocumentError);
      }),
    );
  });
});

describe('familyOf', () => {
  it('reads the family of a task definition ARN', () => {
    expect(familyOf('arn:aws:ecs:us-west-2:123456789012:task-definition/taskB:7')).toBe('taskB');
  });

  it('refuses an ARN without a revision', () => {
    expect(() => familyOf('arn:aws:ecs:us-west-2:123456789012:task-definition/taskB')).toThrow(
      'not a task definition ARN',
    );
  });
});
