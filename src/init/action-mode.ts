import { resolve } from 'node:path';
import { boolean, type InputReader, optionalString } from '../config/inputs.js';
import type { Log } from '../report/log.js';
import { awsInitClients } from './clients.js';
import { runInit } from './run-init.js';

/** What `mode: init` leaves for the Action's shell: outputs and the job summary. */
export interface InitModeOutcome {
  outputs: Record<string, string>;
  summary: string;
}

/**
 * `mode: init` (a workflow_dispatch setup job): the CLI's init with the Action's inputs; `write` is a directory
 * of the workspace. The plan, the writes made and the next steps go to the log and the job summary.
 */
export async function runInitMode(read: InputReader, region: string, log: Log): Promise<InitModeOutcome> {
  const apply = boolean(read, 'apply', false);
  const remove = boolean(read, 'remove', false);
  const write = optionalString(read, 'write');
  const made: string[] = [];
  const run = await runInit(read, awsInitClients(region), {
    apply,
    remove,
    ...(write ? { write: resolve(process.env.GITHUB_WORKSPACE ?? '.', write) } : {}),
    progress: (line) => {
      made.push(line);
      log.info(line);
    },
  });
  log.info(run.text);
  const status = !apply
    ? run.planned > 0
      ? 'PLANNED'
      : 'COMPLETE'
    : remove
      ? 'REMOVED'
      : run.written > 0
        ? 'APPLIED'
        : 'COMPLETE';
  const [plan, next] = splitNext(run.text);
  const summary = [
    `## appmesh-canary: init${remove ? ' --remove' : ''}`,
    '',
    '```text',
    plan.trimEnd(),
    '```',
    ...(made.length > 0 ? ['', '### Writes made', '', ...made.map((line) => `- ${line}`)] : []),
    ...(next
      ? [
          '',
          '<details><summary>Next steps and the files to commit</summary>',
          '',
          '```text',
          next.trimEnd(),
          '```',
          '</details>',
        ]
      : []),
    '',
  ].join('\n');
  return { outputs: { status, writes: String(apply ? run.written : run.planned) }, summary };
}

function splitNext(text: string): [string, string | undefined] {
  const at = text.indexOf('\nNext:');
  return at < 0 ? [text, undefined] : [text.slice(0, at + 1), text.slice(at + 1)];
}
