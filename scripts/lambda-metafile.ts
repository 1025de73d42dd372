import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { esbuildOptions } from '../infra/bundling.js';
import type { HandlerName } from '../infra/handlers.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** The SDK client class of each @aws-sdk/client-* package the handlers may bundle. */
export const clientClasses: Readonly<Record<string, string>> = {
  '@aws-sdk/client-app-mesh': 'AppMeshClient',
  '@aws-sdk/client-cloudwatch': 'CloudWatchClient',
  '@aws-sdk/client-ecs': 'ECSClient',
  '@aws-sdk/client-elastic-load-balancing-v2': 'ElasticLoadBalancingV2Client',
  '@aws-sdk/client-eventbridge': 'EventBridgeClient',
  '@aws-sdk/client-sfn': 'SFNClient',
  '@aws-sdk/client-vpc-lattice': 'VPCLatticeClient',
  '@aws-sdk/client-xray': 'XRayClient',
};

export interface HandlerBundle {
  /** Bytes of index.mjs. */
  bytes: number;
  /** The @aws-sdk/client-* packages that have code in it. */
  clients: string[];
  /** Those of them with a command in it (a client without one is imported but never sends). */
  commandClients: string[];
  metafile: Metafile;
}

/** Bundles one handler exactly as the construct does (no file written) and reads its metafile. */
export function handlerBundle(handler: HandlerName): Promise<HandlerBundle> {
  return entryBundle(join(repoRoot, 'lambdas', `${handler}.ts`));
}

/** Bundles an entry file as the construct bundles a handler (no file written) and reads its metafile. */
export async function entryBundle(entry: string): Promise<HandlerBundle> {
  const outfile = join(repoRoot, 'cdk.out', 'metafile', 'index.mjs');
  const result = await build({
    ...esbuildOptions(entry, outfile),
    absWorkingDir: repoRoot,
    write: false,
    metafile: true,
  });
  const output =
    result.metafile.outputs[Object.keys(result.metafile.outputs).find((o) => o.endsWith('.mjs'))!]!;
  return {
    bytes: output.bytes,
    clients: sdkClientsOf(output.inputs),
    commandClients: commandClientsOf(output.inputs),
    metafile: result.metafile,
  };
}

/** The client packages one of whose command modules has code in the output: the clients it can send with. */
export function commandClientsOf(inputs: Metafile['outputs'][string]['inputs']): string[] {
  const clients = new Set<string>();
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    const match = /node_modules\/(@aws-sdk\/client-[a-z0-9-]+)\/dist-es\/commands\/\w+Command\.js$/.exec(
      path,
    );
    if (match && bytesInOutput > 0) clients.add(match[1]!);
  }
  return [...clients].sort();
}

/** The client packages with code in one output of a metafile. */
export function sdkClientsOf(inputs: Metafile['outputs'][string]['inputs']): string[] {
  const clients = new Set<string>();
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    const match = /node_modules\/(@aws-sdk\/client-[a-z0-9-]+)\//.exec(path);
    if (match && bytesInOutput > 0) clients.add(match[1]!);
  }
  return [...clients].sort();
}

/**
 * The floor a handler's start-up is measured against: a bundle of the same SDK clients and nothing else, built
 * with the handler's own options (minified ESM, source map) into outfile.
 */
export async function buildClientFloor(clients: readonly string[], outfile: string): Promise<void> {
  const { entryPoints: _entry, ...options } = esbuildOptions('', outfile);
  const contents = clients
    .map((client) => {
      const name = clientClasses[client];
      if (!name) throw new Error(`${client}: add its client class to clientClasses`);
      return `export { ${name} } from '${client}';`;
    })
    .join('\n');
  await build({
    ...options,
    stdin: { contents, resolveDir: repoRoot, loader: 'js', sourcefile: 'floor.js' },
  });
}
