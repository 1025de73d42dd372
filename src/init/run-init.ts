import type { InputReader } from '../config/inputs.js';
import { initAlb } from './alb/init-alb.js';
import { removeAlb } from './alb/remove-alb.js';
import { initAppMesh } from './app-mesh/init-app-mesh.js';
import { removeAppMesh } from './app-mesh/remove-app-mesh.js';
import type { InitClients } from './clients.js';
import { formatPlan, formatRemoval, writes } from './plan.js';
import { refuseWhileCanaryRuns } from './running-canary.js';
import { initSettings, initStateMachineArn } from './settings.js';
import { nextSteps, setupFiles, writeSetupFiles } from './setup/setup-output.js';
import { initLattice } from './vpc-lattice/init-lattice.js';
import { removeLattice } from './vpc-lattice/remove-lattice.js';

export interface InitRun {
  /** The plan, or what was made or removed, for people. */
  text: string;
  /** AWS writes made. */
  written: number;
  /** The writes (or deletions) the plan lists: what --apply makes. */
  planned: number;
}

/** `init`: checks the inputs (no AWS call before), then plans, creates (apply) or removes (remove). */
export async function runInit(
  read: InputReader,
  clients: InitClients,
  options: {
    apply: boolean;
    remove: boolean;
    /** A directory to write the workflows and the workflow role's policy into (printed otherwise). */
    write?: string;
    progress?: (line: string) => void;
  },
): Promise<InitRun> {
  const settings = initSettings(read);
  const stateMachineArn = initStateMachineArn(read);
  const title = `${options.remove ? 'Removing' : 'Canary side of'} ${settings.stableService} (cluster ${settings.cluster}, router ${settings.router}):`;
  if (options.remove) {
    if (stateMachineArn) await refuseWhileCanaryRuns(await clients.executions(), stateMachineArn, settings);
    const removed =
      settings.router === 'alb'
        ? await removeAlb(clients, settings, options)
        : settings.router === 'vpc-lattice'
          ? await removeLattice(clients, settings, options)
          : await removeAppMesh(clients, settings, options);
    return {
      text: formatRemoval(title, removed.steps, options.apply),
      written: removed.removed,
      planned: removed.steps.filter((step) => step.verb === 'delete' || step.verb === 'remove').length,
    };
  }
  const outcome =
    settings.router === 'alb'
      ? await initAlb(clients, settings, options)
      : settings.router === 'vpc-lattice'
        ? await initLattice(clients, settings, options)
        : await initAppMesh(clients, settings, options);
  const files = setupFiles(outcome.names);
  if (options.write) {
    for (const path of await writeSetupFiles(options.write, files)) options.progress?.(`wrote ${path}`);
  }
  return {
    text: `${formatPlan(title, outcome.steps, options.apply)}\n${nextSteps(outcome.names, files, options.write)}`,
    written: outcome.written,
    planned: writes(outcome.steps).length,
  };
}
