import { ECSClient } from '@aws-sdk/client-ecs';
import type { Command } from 'commander';
import { clientConfig } from '../../aws/client-config.js';
import { resolveRegion } from '../../aws/region.js';
import { deploySettings } from '../../config/deploy.js';
import { deployCanaryService } from '../../deploy/deploy.js';
import { Ecs } from '../../ecs/index.js';
import type { CliIo } from '../io.js';
import { readerFromOptions } from '../options.js';
import { addRenderOptions } from './render-options.js';

export function registerDeployCommand(program: Command, io: CliIo): void {
  const command = program
    .command('deploy')
    .description(
      'render the new version for the canary node, register it and roll it out to the canary service',
    )
    .option('--task-definition <file>', "app-only task definition JSON (default: the service's current one)")
    .requiredOption('--cluster <name>', 'ECS cluster of the canary service')
    .requiredOption('--service <name>', 'ECS service that runs the canary')
    .requiredOption('--mesh <name>', 'App Mesh mesh name')
    .option('--mesh-owner <account>', 'account that owns a shared mesh')
    .requiredOption('--canary-node <name>', 'virtual node of the canary')
    .option('--desired-count <count>', 'tasks of the canary service')
    .option('--wait-for-service-stability <bool>', 'wait until the service is stable (default true)')
    .option('--wait-for-minutes <minutes>', 'how long to wait (default 30)')
    .option('--region <region>', 'AWS region (default: AWS_REGION)')
    .option('--dry-run', 'render and print the plan; only read-only AWS calls');
  addRenderOptions(command).action(async (options: Record<string, unknown>) => {
    const read = readerFromOptions(options);
    const settings = deploySettings(read);
    const region = resolveRegion(read('region'));
    const ecs = new Ecs(new ECSClient(clientConfig({ region })));
    const result = await deployCanaryService(settings, { ecs, region, log: { info: io.err, warn: io.err } });
    io.out(
      JSON.stringify(
        settings.dryRun
          ? { plan: result.plan, taskDefinition: result.rendered }
          : { taskDefinitionArn: result.taskDefinitionArn, stable: result.stable },
        null,
        2,
      ),
    );
  });
}
