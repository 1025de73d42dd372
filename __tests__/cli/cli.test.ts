import { execSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run-cli.js';
import { actionInputs } from '../../src/config/action-inputs.js';
import { runNode } from '../support/run-node.js';

const fixture = '__tests__/support/fixtures/taskB-fargate-app-only.json';
const renderArgs = [
  'render',
  '--task-definition',
  fixture,
  '--mesh',
  'apps',
  '--virtual-node',
  'serviceB',
  '--region',
  'us-west-2',
  '--account',
  '123456789012',
];

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (text) => out.push(text), err: (text) => err.push(text) };
  const code = await runCli(args, io);
  return { code, out: out.join(''), err: err.join('') };
}

describe('appmesh-canary render', () => {
  it('prints the Envoy-augmented task definition as JSON', async () => {
    const run = await cli([...renderArgs, '--image', 'serviceb:2', '--enable-xray']);

    expect(run.code).toBe(0);
    const rendered = JSON.parse(run.out);
    expect(rendered.containerDefinitions.map((container: { name: string }) => container.name).sort()).toEqual(
      ['appName', 'envoy', 'xray-daemon'],
    );
    expect(rendered.containerDefinitions[0].image).toBe('serviceb:2');
  });

  it('writes to --out instead of stdout', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'cli-')), 'taskB.json');
    const run = await cli([...renderArgs, '--out', out]);

    expect(run.code).toBe(0);
    expect(run.out).toBe('');
    expect(JSON.parse(await readFile(out, 'utf8')).proxyConfiguration.containerName).toBe('envoy');
  });

  it('exits non-zero with one line naming the input on a bad value', async () => {
    const run = await cli([...renderArgs, '--app-ports', '9080,0']);

    expect(run.code).toBe(1);
    expect(run.err.trim().split('\n')).toEqual([
      'error: input "app-ports": must be a whole number from 1 to 65535; got 0.',
    ]);
  });

  it('exits non-zero when a required option is missing', async () => {
    const run = await cli(renderArgs.slice(0, -2));

    expect(run.code).toBe(1);
    expect(run.err).toContain("required option '--account <id>' not specified");
  });

  it('has --help for each command', async () => {
    for (const command of ['render', 'deploy']) {
      const run = await cli([command, '--help']);
      expect(run.code).toBe(0);
      expect(run.out).toContain(`Usage: appmesh-canary ${command} [options]`);
      expect(run.out).toMatch(/--envoy-image <(image|value)>/);
    }
  });
});

describe('the CLI bundle', () => {
  it('runs as a program: node dist/cli/index.js render', async () => {
    const run = await runNode(resolve('dist/cli/index.js'), renderArgs, {});

    expect(run.code).toBe(0);
    const envoy = JSON.parse(run.stdout).containerDefinitions.find(
      (container: { name: string }) => container.name === 'envoy',
    );
    expect(envoy.image).toMatch(
      /^840364872350\.dkr\.ecr\.us-west-2\.amazonaws\.com\/aws-appmesh-envoy:v[\d.]+-prod$/,
    );
  });

  it('exits 1 with a one-line error for malformed JSON', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cli-'));
    const bad = join(dir, 'bad.json');
    await import('node:fs/promises').then((fs) => fs.writeFile(bad, '{"family":'));
    const run = await runNode(
      resolve('dist/cli/index.js'),
      ['render', ...renderArgs.slice(1).map((arg) => (arg === fixture ? bad : arg))],
      {},
    );

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: input "task-definition": .*JSON/);
  });
});

describe('true/false inputs', () => {
  it('are each a flag on the command line, as --dry-run is: every input the code reads with boolean()', () => {
    const sources = execSync('grep -rhoE "boolean\\(read, \'[a-z-]+\'" src', { encoding: 'utf8' });
    const booleans = [...new Set([...sources.matchAll(/'([a-z-]+)'/g)].map((match) => match[1]!))].sort();
    expect(booleans.length).toBeGreaterThan(5);
    const flags = actionInputs.filter((input) => input.flag).map((input) => input.name);
    expect(booleans.filter((name) => !flags.includes(name))).toEqual([]);
  });

  it('--wait-for-completion alone means true, through the CLI bundle', async () => {
    const run = await runNode(resolve('dist/cli/index.js'), ['deploy', '--wait-for-completion'], {
      AWS_REGION: 'us-west-2',
    });
    // Past the option parsing, to the inputs the deploy checks.
    expect(run.stderr).not.toContain('argument missing');
    expect(run.stderr).toMatch(/^error: input "/);
  });
});

describe('options as the README shows them', () => {
  it('renders examples/taskB.json with the region from AWS_REGION when --region is not given', async () => {
    const before = process.env.AWS_REGION;
    process.env.AWS_REGION = 'eu-west-1';
    try {
      const run = await cli([
        'render',
        '--task-definition',
        'examples/taskB.json',
        '--mesh',
        'apps',
        '--virtual-node',
        'serviceB',
        '--account',
        '123456789012',
        '--enable-xray',
        'true',
      ]);
      expect(run.err).toBe('');
      const rendered = JSON.parse(run.out);
      const envoy = rendered.containerDefinitions.find(
        (container: { name: string }) => container.name === 'envoy',
      );
      expect(envoy.image).toMatch(/^840364872350\.dkr\.ecr\.eu-west-1\.amazonaws\.com\/aws-appmesh-envoy:/);
      expect(
        rendered.containerDefinitions.map((container: { name: string }) => container.name).sort(),
      ).toEqual(['app', 'envoy', 'xray-daemon']);
    } finally {
      if (before === undefined) delete process.env.AWS_REGION;
      else process.env.AWS_REGION = before;
    }
  });

  it('takes true/false after a boolean option, as the Action takes them', async () => {
    const off = await cli([...renderArgs, '--enable-xray', 'false']);
    expect(off.code).toBe(0);
    expect(
      JSON.parse(off.out).containerDefinitions.map((container: { name: string }) => container.name),
    ).not.toContain('xray-daemon');
    const bad = await cli([...renderArgs, '--enable-xray', 'maybe']);
    expect(bad).toMatchObject({
      code: 1,
      err: expect.stringContaining('input "enable-xray": must be true or false'),
    });
  });

  it('lists only its own options in each command --help', async () => {
    const optionsOf = async (command: string) =>
      [...(await cli([command, '--help'])).out.matchAll(/^\s+(--[a-z-]+)/gm)].map((match) => match[1]);
    const status = await optionsOf('status');
    const where = [
      '--region',
      '--state-machine-arn',
      '--router',
      '--mesh',
      '--mesh-owner',
      '--virtual-router',
      '--route',
      '--stable-node',
      '--canary-node',
      '--lattice-service',
      '--lattice-listener',
      '--lattice-rule',
      '--listener-arn',
      '--listener-rule-arn',
      '--stable-target-group',
      '--canary-target-group',
    ];
    expect(status).toEqual([...where, '--summary']);
    expect(await optionsOf('rollback')).toEqual([...where, '--rollback-wait-seconds', '--summary']);
    // Every command that reads or moves weights takes the router and its options, named as the inputs.
    for (const command of ['weights', 'set-weight', 'analyze', 'deploy'])
      expect(await optionsOf(command)).toEqual(
        expect.arrayContaining(['--router', '--lattice-service', '--listener-arn', '--listener-rule-arn']),
      );
    expect(await optionsOf('set-weight')).toEqual(
      expect.arrayContaining(['--stable-target-group', '--canary-target-group', '--canary-percent']),
    );
    const deploy = await optionsOf('deploy');
    expect(deploy).toEqual(expect.arrayContaining(['--dry-run', '--image', '--steps', '--alarm-names']));
    expect(deploy).not.toContain('--github-token');
    const refused = await cli(['status', '--mesh', 'apps', '--image', 'x']);
    expect(refused).toMatchObject({ code: 1, err: expect.stringContaining("unknown option '--image'") });
  });
});

describe('the installed program (npm install -g of a release)', () => {
  it('packs bin/ and the bundles, and bin/appmesh-canary.js runs', async () => {
    const { execFileSync } = await import('node:child_process');
    const [pack] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json'], { encoding: 'utf8' }),
    ) as Array<{
      files: Array<{ path: string }>;
    }>;
    const files = pack!.files.map((file) => file.path);
    expect(files).toEqual(
      expect.arrayContaining(['bin/appmesh-canary.js', 'dist/cli/index.js', 'dist/index.js']),
    );
    const run = await runNode('bin/appmesh-canary.js', ['--version'], {});
    expect(run).toMatchObject({
      code: 0,
      stdout: `${JSON.parse(await readFile('package.json', 'utf8')).version}\n`,
    });
  }, 60_000);
});
