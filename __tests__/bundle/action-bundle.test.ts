import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedMeshRoutes } from '../support/appmesh-responses.js';
import { serviceDescription, taskDefinitionArn } from '../support/ecs-responses.js';
import { startJsonTargetServer } from '../support/json-target-server.js';
import { runNode } from '../support/run-node.js';

// The committed bundle, run as GitHub runs it: `node dist/index.js` with INPUT_* variables.
const bundle = resolve('dist/index.js');
const appOnly = resolve('__tests__/support/fixtures/taskB-fargate-app-only.json');
const current = taskDefinitionArn('taskBv2', 7);
const stable = taskDefinitionArn('taskB', 12);

let server: Awaited<ReturnType<typeof startJsonTargetServer>>;
let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'action-bundle-'));
  // JSON 1.1 carries timestamps as epoch seconds.
  const described = (name: string, taskDefinition: string) => {
    const { deployments, ...service } = serviceDescription({ service: name, taskDefinition });
    return {
      ...service,
      deployments: (deployments ?? []).map(({ createdAt, updatedAt, ...rest }) => ({
        ...rest,
        createdAt: (createdAt?.getTime() ?? 0) / 1000,
        updatedAt: (updatedAt?.getTime() ?? 0) / 1000,
      })),
    };
  };
  server = await startJsonTargetServer(
    {
      DescribeServices: (body) => {
        const name = (body.services as string[])[0]!;
        return {
          body: { services: [described(name, name === 'serviceB' ? stable : current)], failures: [] },
        };
      },
      // Each service's current revision, read to tell the canary service from the stable one.
      DescribeTaskDefinition: (body) => {
        const arn = body.taskDefinition as string;
        const family = /task-definition\/([^:]+):/.exec(arn)?.[1];
        return {
          body: { taskDefinition: { taskDefinitionArn: arn, family, containerDefinitions: [] }, tags: [] },
        };
      },
      // The orchestrator a dry run checks as a deploy would: it exists, fits the plan, runs no canary here.
      DescribeStateMachine: (body) => ({
        body: {
          stateMachineArn: body.stateMachineArn,
          name: 'appmesh-canary',
          status: 'ACTIVE',
          definition: JSON.stringify({ StartAt: 'Init', TimeoutSeconds: 259_200, States: { Hold: {} } }),
          roleArn: 'arn:aws:iam::123456789012:role/appmesh-canary',
          type: 'STANDARD',
          creationDate: 1_790_000_000,
        },
      }),
      ListExecutions: () => ({ body: { executions: [] } }),
      DescribeAlarms: () => ({
        body: { MetricAlarms: [{ AlarmName: 'serviceB-5xx', StateValue: 'OK' }], CompositeAlarms: [] },
      }),
    },
    seedMeshRoutes,
  );
});

afterAll(async () => {
  await server.close();
});

async function runAction(inputs: Record<string, string>) {
  const outputFile = join(work, `output-${Math.random()}`);
  const summaryFile = join(work, `summary-${Math.random()}`);
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env: Record<string, string> = {
    AWS_REGION: 'us-west-2',
    AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'secret',
    AWS_ENDPOINT_URL: server.endpoint,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: work,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const run = await runNode(bundle, [], env);
  return {
    ...run,
    outputs: await readFile(outputFile, 'utf8'),
    summary: await readFile(summaryFile, 'utf8'),
  };
}

const seedInputs = {
  mode: 'deploy',
  'dry-run': 'true',
  'state-machine-arn': 'arn:aws:states:us-west-2:123456789012:stateMachine:appmesh-canary',
  'task-definition': appOnly,
  cluster: 'apps',
  service: 'serviceBv2',
  'stable-service': 'serviceB',
  mesh: 'apps',
  'virtual-router': 'serviceB',
  'stable-node': 'serviceB',
  'canary-node': 'serviceBv2',
  'alarm-names': 'serviceB-5xx',
  image: '123456789012.dkr.ecr.us-west-2.amazonaws.com/serviceb:abc1234',
  'egress-ignored-ports': '22',
  'wait-for-service-stability': 'true',
  'wait-for-minutes': '30',
};

describe('node dist/index.js (dry run)', () => {
  it('renders the task definition and prints the plan, making only read-only calls', async () => {
    const callsBefore = server.calls.length;
    const run = await runAction(seedInputs);

    expect(run.stdout.split('\n').filter((line) => line.startsWith('::error::'))).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('::error::');
    expect(run.stdout).toContain(`plan (dry run): service serviceBv2 in cluster apps runs ${current}`);
    expect(run.stdout).toContain('mesh/apps/virtualNode/serviceBv2');
    const operations = server.calls.slice(callsBefore).map((call) => call.operation);
    expect(operations).toContain('GET /v20190125/meshes/apps/virtualRouter/serviceB/routes/serviceB');
    expect(operations).toContain('DescribeServices');
    expect(operations).toContain('DescribeTaskDefinition');
    expect(operations).toContain('DescribeAlarms');
    expect(operations).toContain('DescribeStateMachine');
    expect(operations).toContain('ListExecutions');
    // Read-only: every REST call a GET, every JSON call a Describe/List.
    for (const operation of operations) expect(operation).toMatch(/^(GET |Describe|List)/);
    expect(run.stdout).toContain('plan (dry run): then run 25% → 50% → 100% on the canary');

    const renderedPath = /rendered-task-definition<<(\S+)\n(.*)\n/.exec(run.outputs)?.[2];
    expect(renderedPath).toBeDefined();
    const rendered = JSON.parse(await readFile(renderedPath!, 'utf8'));
    const envoy = rendered.containerDefinitions.find(
      (container: { name: string }) => container.name === 'envoy',
    );
    expect(envoy.environment).toContainEqual({
      name: 'APPMESH_RESOURCE_ARN',
      value: 'arn:aws:appmesh:us-west-2:123456789012:mesh/apps/virtualNode/serviceBv2',
    });
    expect(rendered.containerDefinitions[0].image).toBe(seedInputs.image);
    expect(rendered.proxyConfiguration.properties).toContainEqual({
      name: 'EgressIgnoredPorts',
      value: '22',
    });
    expect(run.outputs).not.toContain('task-definition-arn');
    expect(run.summary).toContain('dry run');
  });

  it('refuses a dry run without state-machine-arn, as the deploy it stands for would be, before any AWS call', async () => {
    const callsBefore = server.calls.length;
    const { 'state-machine-arn': _arn, ...withoutStateMachine } = seedInputs;
    const run = await runAction(withoutStateMachine);

    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::input "state-machine-arn": is required to run the canary, and a dry run/,
    );
    expect(run.stdout).not.toContain('plan (dry run)');
    expect(server.calls.length).toBe(callsBefore);
  });

  it('fails on a bad input with a message naming it, before any AWS call', async () => {
    const callsBefore = server.calls.length;
    const run = await runAction({ ...seedInputs, 'app-ports': '70000' });

    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::input "app-ports": must be a whole number from 1 to 65535; got 70000/,
    );
    expect(server.calls.length).toBe(callsBefore);
  });

  it.each([
    [{ 'latency-percentile': 'p98' }, /input "latency-percentile": must be one of p50, p90, p95, p99, p99.9/],
    [
      { 'max-latency-increase': '20' }, // The workflow command escapes % as %25; the log shows %.
      /input "max-latency-increase": must be .* such as 20%25 or a time such as 50ms/,
    ],
    [
      {
        'metrics-preset': 'envoy-container-insights',
        'stable-task-definition-family': 'taskB',
        'max-latency-increase': '20%',
      },
      /input "max-latency-increase": needs the p99 response time .* envoy-container-insights cannot give.* Use xray: true/,
    ],
  ])(
    'refuses latency input %j with a message naming it and the fix, before any AWS call',
    async (inputs, message) => {
      const callsBefore = server.calls.length;
      const run = await runAction({ ...seedInputs, ...inputs });

      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(message);
      expect(server.calls.length).toBe(callsBefore);
    },
  );
});
