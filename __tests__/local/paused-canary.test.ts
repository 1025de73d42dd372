import { spawn } from 'node:child_process';
import { DescribeExecutionCommand, type DescribeExecutionOutput, SFNClient } from '@aws-sdk/client-sfn';
import { describe, expect, it } from '@jest/globals';
import { endpointPort, portAnswers, startLocalStack, until } from './stack-command.js';

/** The variables the stack prints for the processes it serves (`  export NAME=value`). */
function exportsOf(output: string): Record<string, string> {
  return Object.fromEntries(
    [...output.matchAll(/^ {2}export (\w+)=(.*)$/gm)].map((line) => [line[1], line[2]]),
  );
}

/** `node dist/cli/index.js` with the stack's variables, to its end. */
function cli(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['dist/cli/index.js', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, output })));
}

/**
 * The stack's process through a paused canary, as a person runs both: `npm run local-stack` on its default
 * clock and the CLI's deploy. With 10 s checks a Hold's interval is about 8 ms real, less than its function
 * takes, and the function fails its own token at the pause timeout: the process must keep serving throughout.
 */
describe('npm run local-stack with a paused canary', () => {
  it('keeps serving when the canary, checked every 10 s, rolls back at its pause timeout', async () => {
    const stack = startLocalStack(['--port', '0', '--scenario', 'local/scenarios/versions.json']);
    try {
      const port = await endpointPort(stack);
      await until(() => stack.output().includes('traffic on:'), 'the exports', stack.output);
      const env = exportsOf(stack.output());
      const deployed = await cli(
        [
          'deploy',
          ...['--state-machine-arn', /state machine:\s+(\S+)/.exec(stack.output())![1]!],
          ...['--cluster', 'apps', '--service', 'serviceBv2', '--stable-service', 'serviceB'],
          ...['--mesh', 'apps', '--virtual-router', 'serviceB', '--stable-node', 'serviceB'],
          ...['--canary-node', 'serviceBv2', '--metrics-preset', 'envoy-container-insights'],
          ...['--image', '123456789012.dkr.ecr.us-west-2.amazonaws.com/serviceb:2.0.0'],
          ...['--steps', '25,pause,100', '--check-interval', '10s', '--bake-time', '1m'],
          ...['--pause-timeout', '10m'],
        ],
        env,
      );
      if (deployed.code !== 0 || !deployed.output.includes('"status": "PAUSED"'))
        throw new Error(
          `the deploy did not end PAUSED (exit ${deployed.code}); it printed:\n${deployed.output}\nthe stack printed:\n${stack.output()}`,
        );
      const executionArn = /"execution-arn": "([^"]+)"/.exec(deployed.output)![1]!;

      // 10 simulated minutes of pause are half a second.
      const sfn = new SFNClient({
        endpoint: env.AWS_ENDPOINT_URL!,
        region: env.AWS_REGION!,
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        maxAttempts: 1,
      });
      let execution: DescribeExecutionOutput | undefined;
      try {
        const deadline = Date.now() + 30_000;
        while (execution?.status === undefined || execution.status === 'RUNNING') {
          if (stack.child.exitCode !== null || Date.now() > deadline)
            throw new Error(
              `the paused canary did not end with the stack up; it printed:\n${stack.output()}`,
            );
          await new Promise((resolve) => setTimeout(resolve, 100));
          execution = await sfn.send(new DescribeExecutionCommand({ executionArn }));
        }
      } finally {
        sfn.destroy();
      }
      expect(execution).toMatchObject({ status: 'FAILED', error: 'PauseTimedOut' });
      expect(stack.child.exitCode).toBeNull();
      expect(await portAnswers(port)).toBe(true);
    } finally {
      stack.child.kill('SIGTERM');
      await stack.exited;
    }
  }, 90_000);
});
