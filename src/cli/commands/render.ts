import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { resolveRegion } from '../../aws/region.js';
import { requiredString } from '../../config/inputs.js';
import { renderSettings } from '../../config/render.js';
import { InputError } from '../../errors.js';
import { parseTaskDefinition, renderTaskDefinition } from '../../taskdef/index.js';
import type { CliIo } from '../io.js';
import { readerFromOptions } from '../options.js';
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
    const read = readerFromOptions(options);
    const settings = renderSettings(read, 'virtual-node');
    const region = resolveRegion(read('region'));
    const account = requiredString(
      read,
      'account',
      'Set --account to the 12-digit account that owns the mesh.',
    );
    const file = requiredString(read, 'task-definition', 'Give the path of a task definition JSON file.');
    const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new InputError('task-definition', `cannot read "${file}" (${error.code ?? error.message}).`);
    });
    const rendered = renderTaskDefinition(parseTaskDefinition(text, 'task-definition'), {
      ...settings,
      region,
      account,
    });
    const json = `${JSON.stringify(rendered, null, 2)}\n`;
    const out = read('out');
    if (out) {
      await writeFile(out, json);
      io.err(`wrote ${out}`);
    } else {
      io.out(json);
    }
  });
}
