import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { resolveRegion } from '../../aws/region.js';
import { healthSettings } from '../../config/health.js';
import { type InputReader, oneOf } from '../../config/inputs.js';
import { placeholderTargetGroups, type TargetGroupDefaults } from '../../config/target-group-health.js';
import { InputError } from '../../errors.js';
import { preflightAlarms, runHealthCheck } from '../../health/check.js';
import { formatVerdictText } from '../../health/format.js';
import { awsHealthReaders, healthClients } from '../../health/sources/index.js';
import { awsModeDeps } from '../../modes/deps.js';
import { AlbRouter } from '../../routing/alb/router.js';
import { routerFromSettings } from '../../routing/engine.js';
import { type RouterSettings, routerKinds, routerSettings } from '../../routing/router-settings.js';
import { VpcLatticeRouter } from '../../routing/vpc-lattice/router.js';
import { addInputOptions, catalogInputs } from '../catalog-options.js';
import { type CliIo, CommandExit } from '../io.js';
import { readerFromOptions } from '../options.js';

/** `analyze`: one health check now, against real metrics, to tune the thresholds before going live. */
export function registerAnalyzeCommand(program: Command, io: CliIo): void {
  const command = program
    .command('analyze')
    .description('run one health check now and print the verdict and its numbers (read-only)')
    .option('--window <duration>', 'how far back to look, e.g. 5m (default 5m)')
    .option('--at <time>', 'end of the window as an ISO 8601 time, to replay a past incident (default now)')
    .option('--json', 'print the verdict as JSON');
  addInputOptions(command, catalogInputs([...healthInputs, ...targetGroupRouterInputs])).action(
    async (options: Record<string, unknown>) => {
      const { json, at, metricQueries, ...inputs } = options;
      const read = readerFromOptions({ ...inputs, metricQueries: await queriesText(metricQueries) });
      const routing = targetGroupRouting(read);
      // Every input is checked before the first call; the target groups are resolved only then.
      healthSettings(read, routing ? placeholderTargetGroups(routing) : {});
      const now = at === undefined ? new Date() : parseTime(String(at));
      const region = resolveRegion(read('region'));
      const settings = healthSettings(read, await resolvedTargetGroups(routing, region, io));
      const readers = awsHealthReaders(healthClients({ region }));
      if (settings.alarmNames.length > 0) await preflightAlarms(settings.alarmNames, readers);
      const verdict = await runHealthCheck(settings, readers, { now });
      io.out(json ? JSON.stringify(verdict, null, 2) : formatVerdictText(verdict));
      // Scripts gate on it: only a PASS succeeds.
      if (verdict.verdict !== 'PASS') throw new CommandExit(exitCodes[verdict.verdict]);
    },
  );
}

/** PASS 0; FAIL 1, as a failed command; INCONCLUSIVE 2: not enough traffic to tell. */
const exitCodes = { PASS: 0, FAIL: 1, INCONCLUSIVE: 2 } as const;

/** The health inputs analyze reads, named and described as the Action's. */
const healthInputs = [
  'region',
  'alarm-names',
  'metrics-preset',
  'metric-queries',
  'metrics-period',
  'metrics-delay',
  'metrics-namespace',
  'metrics-name-prefix',
  'mesh',
  'canary-node',
  'stable-node',
  'cluster',
  'stable-cluster',
  'canary-task-definition-family',
  'stable-task-definition-family',
  'xray',
  'xray-canary-service',
  'xray-stable-service',
  'xray-count-client-errors',
  'max-error-rate',
  'max-latency-ms',
  'latency-percentile',
  'max-latency-increase',
  'min-requests',
  'max-error-rate-increase',
  'baseline-significance',
  'on-source-error',
];

/** The router inputs analyze takes: a VPC Lattice or ALB router resolves target groups given by name. */
const targetGroupRouterInputs = [
  'router',
  'lattice-service',
  'lattice-listener',
  'lattice-rule',
  'listener-arn',
  'listener-rule-arn',
  'stable-target-group',
  'canary-target-group',
];

/** The target group router, when router names one (the mesh inputs of app-mesh are not read here). */
function targetGroupRouting(read: InputReader): RouterSettings | undefined {
  const router = oneOf(read, 'router', routerKinds, 'app-mesh');
  return router === 'app-mesh' ? undefined : routerSettings(read);
}

/**
 * With router vpc-lattice or alb, the target groups as the router resolves them (read-only, as status reads
 * them): a name becomes the ARN whose ID the CloudWatch dimension holds.
 */
async function resolvedTargetGroups(
  routing: RouterSettings | undefined,
  region: string,
  io: CliIo,
): Promise<TargetGroupDefaults> {
  if (!routing || routing.router === 'app-mesh') return {};
  const deps = awsModeDeps(region, { info: () => {}, warn: io.err });
  const router = routerFromSettings(routing, deps, { deploymentId: 'analyze' });
  if (!(router instanceof AlbRouter || router instanceof VpcLatticeRouter)) return {};
  const state = await router.current();
  return {
    canaryTargetGroupArn: state.canaryTargetGroupArn,
    stableTargetGroupArn: state.stableTargetGroupArn,
  };
}

async function queriesText(value: unknown): Promise<string | undefined> {
  if (typeof value !== 'string' || !value.startsWith('@'))
    return value === undefined ? undefined : String(value);
  const file = value.slice(1);
  return readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new InputError('metric-queries', `cannot read "${file}" (${error.code ?? error.message}).`);
  });
}

function parseTime(text: string): Date {
  const time = new Date(text);
  if (Number.isNaN(time.getTime()))
    throw new InputError('at', `must be an ISO 8601 time such as 2025-01-31T12:00:00Z; got "${text}".`);
  return time;
}
