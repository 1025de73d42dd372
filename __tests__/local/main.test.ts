import { existsSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { describe, expect, it } from '@jest/globals';
import { endpointPort, portAnswers, startLocalStack } from './stack-command.js';

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

  it.each([
    [
      ['--port', 'abc'],
      '--port abc is not a port: pass a whole number from 0 to 65535, e.g. --port 4566 (--port 0: any free port)',
    ],
    [
      ['--scenario', 'nope.json'],
      '--scenario nope.json: no such file: pass a scenario JSON file, e.g. --scenario local/scenarios/versions.json',
    ],
    [['--bogus'], 'unknown option --bogus: npm run local-stack -- --help lists the options'],
    [
      ['--ms-per-minute', '0'],
      '--ms-per-minute 0 is not a duration: pass the real milliseconds per simulated minute, a number above 0, e.g. --ms-per-minute 50 (the default)',
    ],
  ])(
    'explains %j in one line, without a stack trace, and exits 1',
    async (args, line) => {
      const stack = startLocalStack(args);
      expect(await stack.exited).toBe(1);
      expect(stack.output().trim()).toBe(line);
    },
    90_000,
  );

  it('names only files that exist in its --help', async () => {
    const stack = startLocalStack(['--help']);
    expect(await stack.exited).toBe(0);
    const files = [...stack.output().matchAll(/\blocal\/[\w/.-]+\.json\b/g)].map((match) => match[0]);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect({ file, exists: existsSync(file) }).toEqual({ file, exists: true });
  }, 90_000);
});
