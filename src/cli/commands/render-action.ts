import { readFile, writeFile } from 'node:fs/promises';
import { resolveRegion } from '../../aws/region.js';
import { requiredString } from '../../config/inputs.js';
import { renderSettings } from '../../config/render.js';
import { InputError } from '../../errors.js';
import { parseTaskDefinition, renderTaskDefinition } from '../../taskdef/index.js';
import type { CliIo } from '../io.js';
import { readerFromOptions } from '../options.js';

/** The render command's run: the Envoy-augmented task definition, printed or written. */
export async function runRender(options: Record<string, unknown>, io: CliIo): Promise<void> {
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
}
