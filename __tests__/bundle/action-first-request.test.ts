import { mkdtemp, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from '@jest/globals';
import { runNode } from '../support/run-node.js';

// What the committed bundle evaluates before its first AWS request, on a dry-run deploy: the inputs' checks and
// the client of that request, not the code of the reads and writes after it (start-up is paid on every deploy).
const bundle = resolve('dist/index.js');

/** Node's module hooks log every file the Action loads; each ends up in `log`. */
const loadLogger = (log: string) =>
  `import { appendFileSync } from 'node:fs'; import { registerHooks } from 'node:module';
registerHooks({ load(url, context, next) { appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context); } });`;

it('sends DescribeStateMachine having loaded no other SDK client and none of the pre-flight reads after it', async () => {
  const work = await mkdtemp(join(tmpdir(), 'action-first-request-'));
  const log = join(work, 'loaded.txt');
  // Every request is denied: the run ends at its first one, having loaded only what that request needed.
  const targets: string[] = [];
  const server = createServer((request, response) => {
    targets.push(String(request.headers['x-amz-target']));
    request.resume();
    response.writeHead(403, {
      'content-type': 'application/json',
      'x-amzn-errortype': 'AccessDeniedException',
    });
    response.end('{"__type":"AccessDeniedException","message":"denied"}');
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  try {
    const run = await runNode(bundle, [], {
      NODE_OPTIONS: `--import=data:text/javascript,${encodeURIComponent(loadLogger(log))}`,
      AWS_REGION: 'us-west-2',
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_ENDPOINT_URL: `http://127.0.0.1:${port}`,
      INPUT_MODE: 'deploy',
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
    expect(run.stdout).toContain('::error::');
    expect(targets).toEqual(['AWSStepFunctions.DescribeStateMachine']);

    const files = (await readFile(log, 'utf8')).split('\n').filter((url) => url.startsWith('file:'));
    const code = (await Promise.all(files.map((url) => readFile(fileURLToPath(url), 'utf8')))).join('\n');
    const loaded = (marker: string) => code.includes(marker);
    expect(loaded('AWSStepFunctions')).toBe(true);
    // The ECS and CloudWatch clients (their JSON targets), and the pre-flight's reads after the state machine.
    const later = {
      'ECS client': 'AmazonEC2ContainerServiceV20141113',
      'CloudWatch client': 'GraniteServiceVersion20100801',
      'pre-flight reads': 'canary at 0, no canary running',
    };
    expect(Object.entries(later).filter(([, marker]) => loaded(marker))).toEqual([]);
  } finally {
    await new Promise((closed) => server.close(closed));
  }
});
