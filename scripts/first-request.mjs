// Times a process from spawn to the first request it sends to a local endpoint (AWS_ENDPOINT_URL). The endpoint
// answers every request with AccessDeniedException (no retry), and the process is ended once timed.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';

/** Starts the endpoint; `time(command)` runs one command and resolves with milliseconds to its first request. */
export async function firstRequestTimer() {
  let arrived;
  const server = createServer((request, response) => {
    arrived?.(process.hrtime.bigint());
    request.resume();
    response.writeHead(403, {
      'content-type': 'application/json',
      'x-amzn-errortype': 'AccessDeniedException',
    });
    response.end('{"__type":"AccessDeniedException","message":"denied by the benchmark endpoint"}');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${server.address().port}`;

  async function time({ command, args, cwd, env }) {
    const first = new Promise((resolve) => {
      arrived = resolve;
    });
    const start = process.hrtime.bigint();
    const child = spawn(command, args, {
      cwd,
      stdio: 'ignore',
      env: {
        PATH: process.env.PATH,
        AWS_ENDPOINT_URL: endpoint,
        AWS_REGION: 'us-west-2',
        AWS_ACCESS_KEY_ID: 'bench',
        AWS_SECRET_ACCESS_KEY: 'bench',
        ...env,
      },
    });
    const exited = new Promise((resolve) => child.once('exit', () => resolve(undefined)));
    const at = await Promise.race([first, exited]);
    arrived = undefined;
    child.kill();
    await exited;
    if (at === undefined) throw new Error(`${command} ${args.join(' ')} ended without sending a request`);
    return Number(at - start) / 1e6;
  }

  return { endpoint, time, close: () => new Promise((resolve) => server.close(resolve)) };
}
