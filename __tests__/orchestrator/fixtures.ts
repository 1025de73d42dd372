import { readFileSync } from 'node:fs';
import type { ExecutionDocument } from '../../src/orchestrator/document.js';
import { deploymentTagKey } from '../../src/orchestrator/services.js';
import { parseRouteSpec, type RouteSpec } from '../../src/routing/app-mesh/index.js';
import type { MeshTrafficState } from '../../src/routing/app-mesh/state.js';
import { renderTaskDefinition, type TaskDefinitionDocument } from '../../src/taskdef/index.js';
import { seedCreateRouteSpec } from '../routing/app-mesh/fake-app-mesh.js';

export const account = '123456789012';
export const region = 'us-west-2';
export const stateMachineArn = `arn:aws:states:${region}:${account}:stateMachine:appmesh-canary`;
export const executionArnOf = (name: string) =>
  `arn:aws:states:${region}:${account}:execution:appmesh-canary:${name}`;
export const taskDefinitionArn = (family: string, revision: number) =>
  `arn:aws:ecs:${region}:${account}:task-definition/${family}:${revision}`;

export const stablePrevious = taskDefinitionArn('taskB', 7);
export const canaryPrevious = taskDefinitionArn('taskBv2', 3);
export const canaryNew = taskDefinitionArn('taskBv2', 4);
export const newImage = '123456789012.dkr.ecr.us-west-2.amazonaws.com/serviceb:v2';

/** A second route of the seed's router, for multi-route runs. */
export function grpcRouteSpec(): RouteSpec {
  return {
    grpcRoute: {
      action: { weightedTargets: [{ virtualNode: 'serviceB', weight: 100, port: 8080 }] },
      match: { serviceName: 'serviceB.Api' },
      retryPolicy: {
        maxRetries: 2,
        perRetryTimeout: { unit: 'ms', value: 500 },
        grpcRetryEvents: ['unavailable'],
      },
    },
    priority: 10,
  };
}

/**
 * The seed's canary as an execution document: route serviceB (100% serviceB) of router serviceB in mesh
 * apps, canary node serviceBv2; 3 steps of 5 minutes with a check every minute; health from one alarm.
 */
/** An execution document over App Mesh routes (what the seed's canaries are). */
export type MeshDocument = ExecutionDocument & { snapshot: MeshTrafficState };

export function seedDocument(changes: Partial<MeshDocument> = {}): MeshDocument {
  return {
    version: 2,
    deploymentId: 'gh-1234-1',
    source: {
      repository: 'octo/serviceb',
      sha: '0a1b2c3d',
      runUrl: 'https://github.com/octo/serviceb/actions/runs/1234',
      actor: 'octocat',
    },
    region,
    snapshot: {
      router: 'app-mesh',
      mesh: 'apps',
      virtualRouter: 'serviceB',
      stableNode: 'serviceB',
      canaryNode: 'serviceBv2',
      routes: [
        { routeName: 'serviceB', version: 1, spec: parseRouteSpec(seedCreateRouteSpec(), 'serviceB') },
      ],
    },
    stableService: { cluster: 'apps', service: 'serviceB', previousTaskDefinitionArn: stablePrevious },
    canaryService: {
      cluster: 'apps',
      service: 'serviceBv2',
      previousTaskDefinitionArn: canaryPrevious,
      newTaskDefinitionArn: canaryNew,
      desiredCount: 2,
    },
    render: { account, nodeIdentity: 'arn', enableXray: false },
    steps: [
      { weight: 25, bakeSeconds: 300 },
      { weight: 50, bakeSeconds: 300 },
      { weight: 100, bakeSeconds: 300 },
    ],
    checkIntervalSeconds: 60,
    promotion: 'copy',
    promotionPollSeconds: 30,
    promotionTimeoutSeconds: 1800,
    pauseTimeoutSeconds: 86400,
    onPauseTimeout: 'rollback',
    health: {
      windowSeconds: 300,
      periodSeconds: 60,
      alarmNames: ['serviceBv2-5xx'],
      policy: {
        maxErrorRatePct: 1,
        minRequests: 50,
        significance: 0.05,
        failureLimit: 1,
        inconclusiveLimit: 3,
        onSourceError: 'FAIL',
      },
    },
    ...changes,
  };
}

/** The app-only task definition of the seed (family taskB, container appName on port 9080). */
export function appOnlyTaskDefinition(): TaskDefinitionDocument {
  return JSON.parse(
    readFileSync(new URL('../support/fixtures/taskB-fargate-app-only.json', import.meta.url), 'utf8'),
  );
}

/** The canary's new task definition as DescribeTaskDefinition returns it: rendered for serviceBv2. */
export function canaryTaskDefinition() {
  const rendered = renderTaskDefinition(
    { ...appOnlyTaskDefinition(), family: 'taskBv2' },
    { region, account, mesh: 'apps', virtualNode: 'serviceBv2', image: newImage },
  );
  return {
    ...rendered,
    taskDefinitionArn: canaryNew,
    revision: 4,
    status: 'ACTIVE' as const,
    // Registered by the Action for this deployment (see seedDocument).
    tags: [{ key: deploymentTagKey, value: 'gh-1234-1' }],
  };
}
