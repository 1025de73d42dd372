import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { type AddressInfo, connect, createServer } from 'node:net';
import { describe, expect, it } from '@jest/globals';

/** `npm run local-stack` as a person starts it, with its output collected. */
function startLocalStack(args: string[]) {
  const child = spawn('npm', ['run', '--silent', 'local-stack', '--', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' },
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function until(check: () => boolean, what: string, output: () => string, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; it printed:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function endpointPort(stack: { output: () => string }): Promise<number> {
  await until(
    () => /local AWS endpoint: http:\/\/127\.0\.0\.1:\d+/.test(stack.output()),
    'the endpoint line',
    stack.output,
  );
  return Number(/127\.0\.0\.1:(\d+)/.exec(stack.output())![1]);
}

describe('npm run local-stack', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'stops and frees its port when npm gets %s',
    async (signal) => {
      const stack = startLocalStack(['--port', '0']);
      const port = await endpointPort(stack);
      expect(await portAnswers(port)).toBe(true);
      stack.child.kill(signal);
      await stack.exited;
      // The server is gone with npm: nothing is left holding the port.
      const deadline = Date.now() + 10_000;
      while ((await portAnswers(port)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(await portAnswers(port)).toBe(false);
    },
    90_000,
  );

  it('explains a busy port in one line', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as AddressInfo).port;
    try {
      const stack = startLocalStack(['--port', String(port)]);
      expect(await stack.exited).toBe(1);
      expect(stack.output().trim()).toBe(
        `port ${port} is in use (a local stack still running?): stop it, or pass --port N (--port 0: any free port)`,
      );
    } finally {
      busy.close();
    }
  }, 90_000);

  it('names only files that exist in its --help', async () => {
    const stack = startLocalStack(['--help']);
    expect(await stack.exited).toBe(0);
    const files = [...stack.output().matchAll(/\blocal\/[\w/.-]+\.json\b/g)].map((match) => match[0]);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect({ file, exists: existsSync(file) }).toEqual({ file, exists: true });
  }, 90_000);
});
