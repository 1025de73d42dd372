import { join, relative } from 'node:path';
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

/**
 * What a cold start on each router loads beside the entry: its client (a handler that builds no router client
 * never routes, whatever code it shares with those that do) and its engine code.
 */
const routerModules: Readonly<Record<string, { client: string; engine: string }>> = {
  'app-mesh': { client: 'src/aws/clients/app-mesh.ts', engine: 'src/routing/app-mesh/engine-router.ts' },
  'vpc-lattice': {
    client: 'src/aws/clients/vpc-lattice.ts',
    engine: 'src/routing/vpc-lattice/engine-router.ts',
  },
  alb: { client: 'src/aws/clients/elbv2.ts', engine: 'src/routing/alb/engine-router.ts' },
};

/** In a Lambda the SDK's credential chain stops at the environment's keys: the one provider it loads. */
const credentialsFromEnv = 'node_modules/@aws-sdk/credential-provider-env/';

/** What one cold start loads: the files (relative to the asset), their bytes and the SDK clients in them. */
export interface ColdStart {
  /** The deployment's router, or null for a handler that reaches none. */
  router: string | null;
  files: string[];
  bytes: number;
  clients: string[];
}

export interface HandlerBundle {
  /** Bytes of every .mjs of the asset (entry and chunks). */
  assetBytes: number;
  /** A cold start per router the handler reaches (one, router null, when it reaches none). */
  coldStarts: ColdStart[];
  /** The cold start that loads the most. */
  largest: ColdStart;
  /** The @aws-sdk/client-* packages with code anywhere in the asset. */
  clients: string[];
  /** Those of them with a command in it (a client without one is imported but never sends). */
  commandClients: string[];
  metafile: Metafile;
}

/** Bundles one handler exactly as the construct does (into outdir when given, else no file written). */
export function handlerBundle(handler: HandlerName, outdir?: string): Promise<HandlerBundle> {
  return entryBundle(join(repoRoot, 'lambdas', `${handler}.ts`), outdir);
}

/** Bundles an entry file as the construct bundles a handler and reads its metafile. */
export async function entryBundle(entry: string, outdir?: string): Promise<HandlerBundle> {
  const dir = outdir ?? join(repoRoot, 'cdk.out', 'metafile');
  const result = await build({
    ...esbuildOptions(entry, dir),
    absWorkingDir: repoRoot,
    write: outdir !== undefined,
    metafile: true,
  });
  return bundleOf(result.metafile, relative(repoRoot, dir));
}

function bundleOf(metafile: Metafile, dir: string): HandlerBundle {
  const outputs = Object.entries(metafile.outputs).filter(([path]) => path.endsWith('.mjs'));
  const everything = outputs.flatMap(([, output]) => Object.entries(output.inputs));
  const coldStarts = coldStartsOf(metafile, dir);
  return {
    assetBytes: outputs.reduce((sum, [, output]) => sum + output.bytes, 0),
    coldStarts,
    largest: coldStarts.reduce((a, b) => (b.bytes > a.bytes ? b : a)),
    clients: sdkClientsOf(Object.fromEntries(everything)),
    commandClients: commandClientsOf(Object.fromEntries(everything)),
    metafile,
  };
}

/** The outputs a cold start loads: the entry, what it imports statically, and the chunks it then imports. */
function coldStartsOf(metafile: Metafile, dir: string): ColdStart[] {
  const outputs = metafile.outputs;
  const entry = Object.keys(outputs).find((path) => path.endsWith('/index.mjs') || path === 'index.mjs')!;
  const holding = (module: string) =>
    Object.keys(outputs).filter(
      (path) =>
        path.endsWith('.mjs') && Object.keys(outputs[path]!.inputs).some((input) => input.includes(module)),
    );
  const staticClosure = (starts: string[]) => {
    const seen = new Set<string>();
    const visit = (path: string) => {
      if (seen.has(path)) return;
      seen.add(path);
      for (const next of outputs[path]!.imports)
        if (next.kind === 'import-statement' && outputs[next.path]) visit(next.path);
    };
    for (const start of starts) visit(start);
    return [...seen];
  };
  const coldStart = (router: string | null, starts: string[]): ColdStart => {
    const files = staticClosure([entry, ...holding(credentialsFromEnv), ...starts]);
    return {
      router,
      files: files.map((path) => relative(dir, path)),
      bytes: files.reduce((sum, path) => sum + outputs[path]!.bytes, 0),
      clients: sdkClientsOf(
        Object.fromEntries(files.flatMap((path) => Object.entries(outputs[path]!.inputs))),
      ),
    };
  };
  const routers: [string, string[]][] = Object.entries(routerModules)
    .filter(([, { client }]) => holding(client).length > 0)
    .map(([router, { client, engine }]) => [router, [...holding(client), ...holding(engine)]] as const);
  return routers.length > 0
    ? routers.map(([router, chunks]) => coldStart(router, chunks))
    : [coldStart(null, [])];
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

/** The two floors a cold start is measured against, each what its own cold start loads. */
export interface ClientFloors {
  /** The SDK clients alone bundled whole into one file: the floor as a handler bundle used to be built. */
  whole: ColdStart;
  /** The same clients split as the handlers are now (the SDK's credential providers left in chunks). */
  split: ColdStart;
}

/**
 * The floors a handler's cold start is measured against: bundles of the same SDK clients and nothing else, built
 * with the handler's own options (minified ESM, source maps), whole and split, into outdir/whole and outdir/split.
 */
export async function buildClientFloors(clients: readonly string[], outdir: string): Promise<ClientFloors> {
  const contents = clients
    .map((client) => {
      const name = clientClasses[client];
      if (!name) throw new Error(`${client}: add its client class to clientClasses`);
      return `export { ${name} } from '${client}';`;
    })
    .join('\n');
  const floor = async (dir: string, split: boolean) => {
    const { entryPoints: _entry, ...options } = esbuildOptions('', dir);
    const result = await build({
      ...options,
      splitting: split,
      absWorkingDir: repoRoot,
      entryNames: 'index',
      stdin: { contents, resolveDir: repoRoot, loader: 'js', sourcefile: 'floor.js' },
      metafile: true,
    });
    return coldStartsOf(result.metafile, relative(repoRoot, dir))[0]!;
  };
  return {
    whole: await floor(join(outdir, 'whole'), false),
    split: await floor(join(outdir, 'split'), true),
  };
}
