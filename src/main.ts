import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { ECSClient } from '@aws-sdk/client-ecs';
import { clientConfig } from './aws/client-config.js';
import { resolveRegion } from './aws/region.js';
import { deploySettings } from './config/deploy.js';
import { type InputReader, oneOf } from './config/inputs.js';
import { deployCanaryService } from './deploy/deploy.js';
import { Ecs } from './ecs/index.js';
import { messageOf } from './errors.js';
import { deploySummaryMarkdown } from './report/deploy-summary.js';
import type { Log } from './report/log.js';

const actionLog: Log = { info: (line) => core.info(line), warn: (line) => core.warning(line) };

/** The Action: parse inputs, run one mode, set outputs and the job summary. */
export async function run(): Promise<void> {
  try {
    const read: InputReader = (name) => core.getInput(name);
    oneOf(read, 'mode', ['deploy'] as const, 'deploy');
    const settings = deploySettings(read);
    const region = resolveRegion(core.getInput('region'));
    const ecs = new Ecs(new ECSClient(clientConfig({ region })));

    const result = await deployCanaryService(settings, { ecs, region, log: actionLog });

    const renderedPath = join(process.env.RUNNER_TEMP || tmpdir(), `${result.plan.family}-rendered.json`);
    await writeFile(renderedPath, `${JSON.stringify(result.rendered, null, 2)}\n`);
    core.setOutput('rendered-task-definition', renderedPath);
    if (result.taskDefinitionArn) core.setOutput('task-definition-arn', result.taskDefinitionArn);
    if (settings.dryRun) core.info(`rendered task definition:\n${JSON.stringify(result.rendered, null, 2)}`);
    if (process.env.GITHUB_STEP_SUMMARY) {
      await core.summary.addRaw(deploySummaryMarkdown(result, settings.dryRun)).write();
    }
  } catch (error) {
    core.setFailed(messageOf(error));
  }
}
