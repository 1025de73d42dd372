import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { LocalStack } from '../../local/index.js';
import { runAction } from '../../local/runs/action-runner.js';
import { deployInputs, e2eStack, routeModeInputs } from './harness.js';

/**
 * The Action records its deploys as GitHub deployments. A local HTTP server stands in for the GitHub API
 * (GITHUB_API_URL), records what the real bundle sends, and answers as GitHub does.
 */
interface Received {
  method: string;
  path: string;
  body: Record<string, unknown> | undefined;
  authorization: string | undefined;
}

let stack: LocalStack;
let github: Server;
let apiUrl: string;
let received: Received[] = [];
/** Status code the stand-in answers deployment creation with (GitHub: 403 without deployments: write). */
let createStatus = 201;
/** The deployments created, oldest first, as GitHub numbers them. */
const deployments: Array<{ id: number; sha: string; environment: string }> = [];
const timeout = 90_000;
const sha = 'abcdef0123456789abcdef0123456789abcdef01';
const runUrl = 'https://github.com/example/serviceb/actions/runs/1';

beforeAll(async () => {
  stack = await e2eStack();
  github = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk: Buffer) => {
      text += chunk.toString();
    });
    request.on('end', () => {
      received.push({
        method: request.method ?? '',
        path: request.url ?? '',
        body: text ? JSON.parse(text) : undefined,
        authorization: request.headers.authorization,
      });
      const reply = (status: number, body: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      };
      if (request.method === 'POST' && request.url === '/repos/example/serviceb/deployments') {
        if (createStatus !== 201)
          return reply(createStatus, { message: 'Resource not accessible by integration' });
        const created = { id: 42 + deployments.length, sha, environment: 'production' };
        deployments.push(created);
        return reply(201, created);
      }
      if (
        request.method === 'POST' &&
        /^\/repos\/example\/serviceb\/deployments\/\d+\/statuses$/.test(request.url ?? '')
      ) {
        return reply(201, { id: 1, state: (JSON.parse(text) as { state: string }).state });
      }
      if (request.method === 'GET' && request.url?.startsWith('/repos/example/serviceb/deployments?')) {
        return reply(200, [...deployments].reverse());
      }
      reply(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((resolve) => github.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(github.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await stack?.settled();
  await stack?.stop();
  await new Promise((resolve) => github?.close(resolve));
});

beforeEach(() => {
  received = [];
  createStatus = 201;
});

const recorded = { 'github-token': 'test-token', environment: 'production' };

/** The real bundle against the local stack, with the GitHub API stand-in and this run's commit. */
function withGitHub(inputs: Record<string, string>) {
  return runAction({ inputs, env: { ...stack.env, GITHUB_API_URL: apiUrl }, sha });
}

describe('GitHub deployments', () => {
  it(
    'records a promoted deploy: the deployment of the commit, then in_progress and success with both links',
    async () => {
      const result = await withGitHub(deployInputs(stack, '2.2.0', recorded));
      await stack.settled();
      expect(result.code).toBe(0);
      expect(result.outputs.status).toBe('SUCCEEDED');

      expect(received.map((request) => `${request.method} ${request.path}`)).toEqual([
        'POST /repos/example/serviceb/deployments',
        'POST /repos/example/serviceb/deployments/42/statuses',
        'POST /repos/example/serviceb/deployments/42/statuses',
      ]);
      expect(received.every((request) => request.authorization === 'token test-token')).toBe(true);
      expect(received[0]!.body).toMatchObject({
        ref: sha,
        environment: 'production',
        auto_merge: false,
        required_contexts: [],
      });
      expect(received[1]!.body).toMatchObject({ state: 'in_progress', log_url: runUrl });
      expect(received[2]!.body).toMatchObject({
        state: 'success',
        log_url: runUrl,
        environment_url: result.outputs['execution-url'],
      });
      expect(result.outputs['execution-url']).toMatch(/^https:\/\/.*console\.aws\.amazon\.com\/states\//);
    },
    timeout,
  );

  it(
    'marks the deployment of the canary it rolled back inactive after a rollback by hand',
    async () => {
      const rollback = await withGitHub(routeModeInputs(stack, 'rollback', recorded));
      expect(rollback.code).toBe(0);
      expect(rollback.outputs.status).toBe('reverted-promotion');
      // The promoted canary's own deployment, read from its execution: nothing is listed.
      expect(received.map((request) => `${request.method} ${request.path}`)).toEqual([
        'POST /repos/example/serviceb/deployments/42/statuses',
      ]);
      expect(received[0]!.body).toMatchObject({ state: 'inactive', log_url: runUrl });
    },
    timeout,
  );

  it(
    'promote marks the paused canary’s deployment, not the promote job’s own (job-level environment: production)',
    async () => {
      const paused = await withGitHub(
        deployInputs(stack, '2.2.4', { ...recorded, steps: '25,pause,100', 'pause-timeout': '1h' }),
      );
      expect(paused.outputs.status).toBe('PAUSED');
      const canaryDeployment = deployments.at(-1)!.id;
      expect(received.at(-1)).toMatchObject({
        path: `/repos/example/serviceb/deployments/${canaryDeployment}/statuses`,
        body: expect.objectContaining({ state: 'in_progress' }),
      });
      // GitHub records a deployment of its own for a job with environment: production (required reviewers):
      // newer than the canary's, of the same commit.
      await fetch(`${apiUrl}/repos/example/serviceb/deployments`, {
        method: 'POST',
        body: JSON.stringify({ ref: sha, environment: 'production', task: 'deploy' }),
      });
      const jobDeployment = deployments.at(-1)!.id;
      received = [];

      const promoted = await withGitHub(routeModeInputs(stack, 'promote', recorded));
      await stack.settled();
      expect(promoted.outputs.status).toBe('SUCCEEDED');
      expect(received.map((request) => `${request.method} ${request.path}`)).toEqual([
        `POST /repos/example/serviceb/deployments/${canaryDeployment}/statuses`,
      ]);
      expect(received[0]!.body).toMatchObject({ state: 'success' });
      expect(received.some((request) => request.path.includes(`/${jobDeployment}/`))).toBe(false);
    },
    timeout,
  );

  it(
    'warns and deploys all the same when the token may not write deployments (403)',
    async () => {
      createStatus = 403;
      const result = await withGitHub(deployInputs(stack, '2.2.1', recorded));
      await stack.settled();
      expect(result.code).toBe(0);
      expect(result.outputs.status).toBe('SUCCEEDED');
      expect(result.stdout).toContain('::warning::GitHub deployment not recorded');
      expect(result.stdout).toContain('deployments: write');
      expect(received.map((request) => `${request.method} ${request.path}`)).toEqual([
        'POST /repos/example/serviceb/deployments',
      ]);
    },
    timeout,
  );

  it('refuses an environment without a token before any call to AWS or GitHub', async () => {
    const calls = stack.calls.calls.length;
    const result = await withGitHub(deployInputs(stack, '2.2.2', { environment: 'production' }));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('input "github-token": is required with environment');
    expect(received).toEqual([]);
    expect(stack.calls.calls.length).toBe(calls);
  });

  it('records nothing without an environment', async () => {
    const result = await withGitHub(deployInputs(stack, '2.2.3', { 'github-token': 'test-token' }));
    await stack.settled();
    expect(result.code).toBe(0);
    expect(received).toEqual([]);
  });
});
