import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { resolveRegion } from '../../aws/region.js';
import { healthSettings } from '../../config/health.js';
import { type InputReader, oneOf } from '../../config/inputs.js';
import { placeholderTargetGroups, type TargetGroupDefaults } from '../../config/target-group-health.js';
import { InputError } from '../../errors.js';
import { runHealthCheck } from '../../health/check.js';
import { formatVerdictText } from '../../health/format.js';
import { awsHealthReaders, healthClients } from '../../health/sources/index.js';
import { awsModeDeps } from '../../modes/deps.js';
import { AlbRouter } from '../../routing/alb/router.js';
import { routerFromSettings } from '../../routing/engine.js';
import { type RouterSettings, routerKinds, routerSettings } from '../../routing/router-settings.js';
import { VpcLatticeRouter } from '../../routing/vpc-lattice/router.js';
import { addInputOptions, catalogInputs } from '../catalog-options.js';
import type { CliIo } from '../io.js';
import { readerFromOptions } from '../options.js';

/** `analyze`: one health check now, against real metrics, to tune the thresholds before going live. */
export function registerAnalyzeCommand(program: Command, io: CliIo): void {
  const command = program
    .command('analyze')
    .description('run one health check now and print the verdict and its numbers (read-only)')
    .option('--window <duration>', 'how far back to look, e.g. 5m (default 5m)')
    .option('--at <time>', 'end of the window as an ISO 8601 time, to replay a past incident (default now)')
    .option('--alarm-names <names>', 'CloudWatch alarms, comma-separated: ALARM fails')
    .option(
      '--metrics-preset <preset>',
      'envoy-container-insights, envoy-appmesh-extension, lattice-target-group, alb-target-group, custom or none',
    )
    .option('--metric-queries <json>', 'MetricDataQueries JSON for the custom preset, or @file')
    .option('--metrics-namespace <namespace>', 'namespace of the App Mesh metrics extension metrics')
    .option('--metrics-name-prefix <prefix>', 'metric name prefix of the extension (default envoy_appmesh_)')
    .option('--metrics-period <seconds>', 'metric period, a multiple of 60 (default 60)')
    .option('--mesh <name>', 'App Mesh mesh name')
    .option('--canary-node <name>', 'virtual node of the canary')
    .option('--stable-node <name>', 'virtual node of the stable')
    .option('--cluster <name>', 'ECS cluster of the canary service')
    .option('--stable-cluster <name>', 'ECS cluster of the stable service (default: --cluster)')
    .option('--canary-task-definition-family <family>', 'task definition family of the canary')
    .option('--stable-task-definition-family <family>', 'task definition family of the stable')
    .option('--xray [true|false]', 'read X-Ray service statistics')
    .option('--xray-canary-service <name>', 'X-Ray service of the canary (default mesh/canary-node)')
    .option('--xray-stable-service <name>', 'X-Ray service of the stable')
    .option('--xray-count-client-errors [true|false]', 'count 4xx as failures in X-Ray, besides 5xx')
    .option('--max-error-rate <percent>', 'highest canary error rate that passes (default 1)')
    .option('--max-latency-ms <ms>', 'highest mean canary response time that passes (X-Ray)')
    .option('--min-requests <count>', 'fewer canary requests are INCONCLUSIVE (default 50)')
    .option(
      '--max-error-rate-increase <points>',
      'percentage points over the stable rate (significance-tested)',
    )
    .option('--baseline-significance <level>', 'significance level of the baseline comparison (default 0.05)')
    .option('--on-source-error <verdict>', 'inconclusive or fail, for a source that cannot be read')
    .option('--region <region>', 'AWS region (default: AWS_REGION)')
    .option('--json', 'print the verdict as JSON');
  addInputOptions(command, catalogInputs(targetGroupRouterInputs)).action(
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
      const verdict = await runHealthCheck(settings, readers, { now });
      io.out(json ? JSON.stringify(verdict, null, 2) : formatVerdictText(verdict));
    },
  );
}

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
