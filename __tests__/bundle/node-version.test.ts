import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from '@jest/globals';
import { runNode } from '../support/run-node.js';

const major = Number(process.versions.node.split('.')[0]);

describe('the Node versions we support', () => {
  it('are those package.json names (>= 22: the SDK and aws-local-stepfunctions need it)', () => {
    expect(JSON.parse(readFileSync('package.json', 'utf8')).engines).toEqual({ node: '>=22' });
  });

  it(`print no SDK deprecation warning when the Action reaches AWS, unlike Node 20 (this run: Node ${major})`, async () => {
    const endpoint = createServer((request, response) => {
      request.resume();
      response.writeHead(403, {
        'content-type': 'application/json',
        'x-amzn-errortype': 'AccessDeniedException',
      });
      response.end('{"message":"denied"}');
    });
    await new Promise<void>((resolve) => endpoint.listen(0, '127.0.0.1', resolve));
    try {
      const run = await runNode('dist/index.js', [], {
        AWS_ENDPOINT_URL: `http://127.0.0.1:${(endpoint.address() as AddressInfo).port}`,
        AWS_REGION: 'us-west-2',
        AWS_ACCESS_KEY_ID: 'test',
        AWS_SECRET_ACCESS_KEY: 'test',
        'INPUT_DRY-RUN': 'true',
        'INPUT_STATE-MACHINE-ARN': 'arn:aws:states:us-west-2:123456789012:stateMachine:appmesh-canary',
        INPUT_CLUSTER: 'apps',
        INPUT_SERVICE: 'serviceBv2',
        'INPUT_STABLE-SERVICE': 'serviceB',
        INPUT_MESH: 'apps',
        'INPUT_VIRTUAL-ROUTER': 'serviceB',
        'INPUT_STABLE-NODE': 'serviceB',
        'INPUT_CANARY-NODE': 'serviceBv2',
        'INPUT_ALARM-NAMES': 'serviceB-5xx',
      });
      // It reached AWS (the endpoint refused it), so the SDK was loaded and would have warned.
      expect(run.stdout).toContain('AccessDeniedException');
      if (major >= 22) expect(run.stderr).not.toContain('NodeVersionSupportWarning');
      else expect(run.stderr).toContain('NodeVersionSupportWarning');
    } finally {
      endpoint.close();
    }
  });
});
