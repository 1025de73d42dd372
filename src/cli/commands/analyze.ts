import type { Command } from 'commander';
import { addInputOptions, catalogInputs } from '../catalog-options.js';
import type { CliIo } from '../io.js';

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
      // The health sources and routers load only when analyze runs: --help and --version never load the SDK.
      const { runAnalyze } = await import('./analyze-action.js');
      await runAnalyze(options, io);
    },
  );
}

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
