import { spawn } from 'node:child_process';
import { connect } from 'node:net';

/** `npm run local-stack` as a person starts it, with its output collected. */
export function startLocalStack(args: string[]) {
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

export async function until(check: () => boolean, what: string, output: () => string, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; it printed:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export async function endpointPort(stack: { output: () => string }): Promise<number> {
  await until(
    () => /local AWS endpoint: http:\/\/127\.0\.0\.1:\d+/.test(stack.output()),
    'the endpoint line',
    stack.output,
  );
  return Number(/127\.0\.0\.1:(\d+)/.exec(stack.output())![1]);
}
