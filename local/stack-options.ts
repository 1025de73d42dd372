import { parseArgs } from 'node:util';
import { type SeedKind, seedKinds } from './seed/seed.js';
import { loadScenario } from './traffic/scenario.js';

/** A mistake on the command line: its message is the one line a person sees, naming the option and the fix. */
export class UsageError extends Error {}

export interface StackOptions {
  help: boolean;
  port: number;
  msPerSimMinute: number;
  scenario?: string;
  /** getting-started (the default) or stable-only (serviceB alone, for `appmesh-canary init`). */
  seed: SeedKind;
  verbose: boolean;
}

const options = {
  port: { type: 'string', default: '4566' },
  scenario: { type: 'string' },
  'ms-per-minute': { type: 'string', default: '50' },
  seed: { type: 'string', default: 'getting-started' },
  verbose: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const;

const examples: Record<string, string> = {
  port: '--port 4566 (--port 0: any free port)',
  scenario: '--scenario local/scenarios/versions.json',
  'ms-per-minute': '--ms-per-minute 50 (the default)',
  seed: '--seed stable-only',
};

const seeHelp = 'npm run local-stack -- --help lists the options';

/** `npm run local-stack`'s arguments, checked before anything starts. */
export function parseStackOptions(args: string[]): StackOptions {
  // Not strict: node's own errors come with a stack trace; the tokens say what was wrong.
  const { values, tokens } = parseArgs({
    args,
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  if (values.help === true)
    return { help: true, port: 0, msPerSimMinute: 0, seed: 'getting-started', verbose: false };
  for (const token of tokens) {
    if (token.kind === 'positional') throw new UsageError(`unexpected argument '${token.value}': ${seeHelp}`);
    if (token.kind !== 'option') continue;
    const type = options[token.name as keyof typeof options]?.type;
    if (type === undefined) throw new UsageError(`unknown option ${token.rawName}: ${seeHelp}`);
    if (type === 'string' && token.value === undefined)
      throw new UsageError(`${token.rawName} needs a value, e.g. ${examples[token.name]}`);
    if (type === 'boolean' && token.value !== undefined)
      throw new UsageError(`${token.rawName} takes no value: pass ${token.rawName} alone`);
  }
  const scenario = typeof values.scenario === 'string' ? values.scenario : undefined;
  if (scenario !== undefined) checkScenario(scenario);
  return {
    help: false,
    port: portOf(String(values.port)),
    msPerSimMinute: msPerMinuteOf(String(values['ms-per-minute'])),
    ...(scenario !== undefined ? { scenario } : {}),
    seed: seedOf(String(values.seed)),
    verbose: values.verbose === true,
  };
}

function seedOf(text: string): SeedKind {
  const kind = seedKinds.find((one) => one === text);
  if (kind) return kind;
  throw new UsageError(
    `--seed ${text} is not a seed: pass getting-started (the default), stable-only, stable-only-cloud-map or stable-only-cloud-map-dns`,
  );
}

function portOf(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535)
    throw new UsageError(
      `--port ${text} is not a port: pass a whole number from 0 to 65535, e.g. ${examples.port}`,
    );
  return port;
}

function msPerMinuteOf(text: string): number {
  const ms = Number(text);
  if (text.trim() === '' || !Number.isFinite(ms) || ms <= 0)
    throw new UsageError(
      `--ms-per-minute ${text} is not a duration: pass the real milliseconds per simulated minute, a number above 0, e.g. ${examples['ms-per-minute']}`,
    );
  return ms;
}

/** Read now, so that a missing or malformed file is one line and not a failed start-up. */
function checkScenario(path: string): void {
  const fix = `pass a scenario JSON file, e.g. ${examples.scenario}`;
  try {
    loadScenario(path);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === 'ENOENT') throw new UsageError(`--scenario ${path}: no such file: ${fix}`);
    if (code !== undefined) throw new UsageError(`--scenario ${path}: ${message}: ${fix}`);
    if (error instanceof SyntaxError)
      throw new UsageError(`--scenario ${path} is not JSON (${message}): ${fix}`);
    // The schema's own words: which field, and what it must be.
    throw new UsageError(`--scenario ${message.split('\n')[0]} (the schema: local/traffic/scenario.ts)`);
  }
}
