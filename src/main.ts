import * as core from '@actions/core';
import { resolveRegion } from './aws/region.js';
import type { InputReader } from './config/inputs.js';
import { sourceFromEnv } from './deploy/source.js';
import { messageOf } from './errors.js';
import { withGitHubDeployment } from './github/track.js';
import { awsModeDeps } from './modes/deps.js';
import { modeOf, runMode } from './modes/outcome.js';
import type { Log } from './report/log.js';

const actionLog: Log = { info: (line) => core.info(line), warn: (line) => core.warning(line) };

/** The Action: parse inputs, run one mode, set outputs and the job summary. */
export async function run(): Promise<void> {
  try {
    const read: InputReader = (name) => core.getInput(name);
    // The runner sets an input's default when it is not given: an empty one was given empty.
    read.given = (name) => process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] !== undefined;
    const region = resolveRegion(core.getInput('region'));
    if (core.getInput('mode') === 'init') await runSetupStep(read, region);
    else await runWorkflowStep(read, region);
  } catch (error) {
    core.setFailed(messageOf(error));
  }
}

/** deploy, rollback, promote, status: with the workflow role. */
export async function runWorkflowStep(read: InputReader, region: string): Promise<void> {
  const mode = modeOf(read);
  const outcome = await withGitHubDeployment(mode, read, actionLog, (recorded) =>
    runMode(mode, read, awsModeDeps(region, actionLog), {
      source: { ...sourceFromEnv(), ...recorded },
      tempDir: process.env.RUNNER_TEMP,
    }),
  );
  for (const [name, value] of Object.entries(outcome.outputs)) core.setOutput(name, value);
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(outcome.summary).write();
  if (outcome.failure) core.setFailed(outcome.failure);
}

/** init: the setup job, with the setup role; its code and clients load only when it runs. */
export async function runSetupStep(read: InputReader, region: string): Promise<void> {
  const { runInitMode } = await import('./init/action-mode.js');
  const outcome = await runInitMode(read, region, actionLog);
  for (const [name, value] of Object.entries(outcome.outputs)) core.setOutput(name, value);
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(outcome.summary).write();
}
