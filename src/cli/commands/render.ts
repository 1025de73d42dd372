import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { addRenderOptions } from './render-options.js';

export function registerRenderCommand(program: Command, io: CliIo): void {
  const command = program
    .command('render')
    .description('print the Envoy-augmented task definition (no AWS call)')
    .requiredOption(
      '--task-definition <file>',
      'app-only task definition JSON (or describe-task-definition output)',
    )
    .requiredOption('--mesh <name>', 'App Mesh mesh name')
    .requiredOption('--virtual-node <name>', 'virtual node the task definition joins')
    .option('--region <region>', 'AWS region, picks the Envoy image (default: AWS_REGION)')
    .requiredOption('--account <id>', 'account that owns the mesh (for APPMESH_RESOURCE_ARN)')
    .option('--out <file>', 'write the JSON to this file instead of stdout');
  addRenderOptions(command).action(async (options: Record<string, unknown>) => {
    const { runRender } = await import('./render-action.js');
    await runRender(options, io);
  });
}
