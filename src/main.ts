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
    const mode = modeOf(read);
    const region = resolveRegion(core.getInput('region'));
    const outcome = await withGitHubDeployment(mode, read, actionLog, (recorded) =>
      runMode(mode, read, awsModeDeps(region, actionLog), {
        source: { ...sourceFromEnv(), ...recorded },
        tempDir: process.env.RUNNER_TEMP,
      }),
    );
    for (const [name, value] of Object.entries(outcome.outputs)) core.setOutput(name, value);
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(outcome.summary).write();
    if (outcome.failure) core.setFailed(outcome.failure);
  } catch (error) {
    core.setFailed(messageOf(error));
  }
}
