import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { resolveRegion } from '../../src/aws/region.js';
import { knownRegions } from '../../src/aws/regions.js';
import { InputError } from '../../src/errors.js';
import { runNode } from '../support/run-node.js';

/** The regions of every partition the installed SDK resolves endpoints for. */
function sdkRegions(): string[] {
  const text = readFileSync(
    'node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/lib/aws/partitions.js',
    'utf8',
  );
  const partitions = JSON.parse(text.replace(/^export const partitionsInfo = /, '').replace(/;\s*$/, ''));
  return partitions.partitions.flatMap((partition: { regions: Record<string, unknown> }) =>
    Object.keys(partition.regions).filter((name) => !name.startsWith('aws-')),
  );
}

describe('the regions this release knows', () => {
  it('are those of the SDK it is built with (an SDK update that adds one fails here: add it to regions.ts)', () => {
    expect([...knownRegions].sort()).toEqual(sdkRegions().sort());
  });

  it.each(knownRegions.map((region) => [region]))('accepts %s', (region) => {
    expect(resolveRegion(region, {})).toBe(region);
  });

  it.each([
    ['us-west-22', '"us-west-22" is not a region AWS has: did you mean us-west-2?'],
    ['us-wset-2', '"us-wset-2" is not a region AWS has: did you mean us-west-2?'],
    ['eu-centrl-1', '"eu-centrl-1" is not a region AWS has: did you mean eu-central-1?'],
    ['xx-nowhere-9', '"xx-nowhere-9" is not a region AWS has. A region newer than this release'],
    ['US-WEST-2', '"US-WEST-2" is not an AWS region name such as us-west-2: did you mean us-west-2?'],
  ])('calls %s a region typo, naming the input', (region, message) => {
    const refusal = (() => {
      try {
        resolveRegion(region, {});
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(InputError);
    expect((refusal as InputError).input).toBe('region');
    expect(String((refusal as Error).message)).toContain(message);
  });

  it('reads a typo from AWS_REGION the same way', () => {
    expect(() => resolveRegion('', { AWS_REGION: 'us-west-22' })).toThrow('did you mean us-west-2?');
  });
});

describe('a region typo through the real bundles, before any AWS call', () => {
  const typo = 'input "region": "us-wset-2" is not a region AWS has: did you mean us-west-2?';
  let requests = 0;
  const endpoint = createServer((request, response) => {
    requests += 1;
    request.resume();
    response.writeHead(500).end();
  });

  const withEndpoint = async (run: (url: string) => Promise<void>) => {
    await new Promise<void>((done) => endpoint.listen(0, '127.0.0.1', done));
    try {
      await run(`http://127.0.0.1:${(endpoint.address() as AddressInfo).port}`);
    } finally {
      await new Promise((done) => endpoint.close(done));
    }
  };

  it('the Action (deploy), the CLI render and weights all name region', async () => {
    await withEndpoint(async (url) => {
      const env = { AWS_ENDPOINT_URL: url, AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'x' };
      // The region is read first, before any other input.
      const action = await runNode(resolve('dist/index.js'), [], { ...env, INPUT_REGION: 'us-west-22' });
      expect(action.stdout).toContain(
        '::error::input "region": "us-west-22" is not a region AWS has: did you mean us-west-2?',
      );
      const cli = (args: string[]) => runNode(resolve('dist/cli/index.js'), args, env);
      const render = await cli([
        'render',
        ...['--task-definition', 'examples/taskB.json', '--mesh', 'apps', '--virtual-node', 'serviceB'],
        ...['--account', '123456789012', '--region', 'us-wset-2'],
      ]);
      expect(render).toMatchObject({ code: 1, stderr: `error: ${typo}\n` });
      const weights = await cli([
        'weights',
        '--mesh',
        'apps',
        '--virtual-router',
        'serviceB',
        '--region',
        'us-wset-2',
      ]);
      expect(weights).toMatchObject({ code: 1, stderr: `error: ${typo}\n` });
    });
    expect(requests).toBe(0);
  });
});
