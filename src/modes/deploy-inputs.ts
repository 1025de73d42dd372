import { type CanaryPlanSettings, canaryPlanSettings } from '../config/canary.js';
import { type DeploySettings, deploySettings } from '../config/deploy.js';
import { type HealthDefaults, healthSettings } from '../config/health.js';
import { checkHookHistoryBudget } from '../config/history-budget.js';
import { type HookSettings, hookSettings } from '../config/hooks.js';
import { type InputReader, optionalString } from '../config/inputs.js';
import { stableServiceSettings } from '../config/services.js';
import { placeholderTargetGroups } from '../config/target-group-health.js';
import { type TestTrafficSettings, testTrafficSettings } from '../config/test-traffic.js';
import { checkDistinctServices } from '../deploy/service-roles.js';
import { InputError } from '../errors.js';
import type { HealthSettings } from '../health/index.js';
import { type RouterSettings, routerSettings } from '../routing/router-settings.js';
import { checkStateMachineRegion } from './state-machine.js';

/** A deploy's inputs, each checked on its own and against the others. */
export interface DeployInputs {
  routing: RouterSettings;
  deploy: DeploySettings;
  plan: CanaryPlanSettings;
  stable: { cluster: string; service: string };
  testTraffic?: TestTrafficSettings;
  hooks?: HookSettings;
}

/** Every deploy input is checked here, before any AWS call: a bad input changes nothing. */
export function deployInputs(read: InputReader, region: string): DeployInputs {
  const routing = routerSettings(read);
  const deploy = deploySettings(read, routing.router === 'app-mesh');
  // A dry run checks what the deploy would: the state machine, its lock and whether the plan fits it.
  const plan = canaryPlanSettings(read, { requireStateMachine: true });
  const stable = stableServiceSettings(read);
  const testTraffic = testTrafficSettings(read);
  const hooks = hookSettings(read, {
    region,
    testTraffic: testTraffic !== undefined,
    promotion: plan.promotion,
  });
  if (hooks) checkHookHistoryBudget(plan, hooks);
  if (!deploy.waitForServiceStability && !deploy.dryRun) {
    throw new InputError(
      'wait-for-service-stability',
      'must be true: traffic moves to the canary only once its service is stable on the new version.',
    );
  }
  checkDistinctServices(deploy, stable);
  if (plan.stateMachineArn) checkStateMachineRegion(plan.stateMachineArn, region);
  // Checked now, before any call; read again once the families and target groups are known.
  healthFor(read, plan.checkIntervalSeconds, {
    canaryTaskDefinitionFamily: 'canary-family',
    stableTaskDefinitionFamily: 'stable-family',
    ...placeholderTargetGroups(routing),
  });
  return {
    routing,
    deploy,
    plan,
    stable,
    ...(testTraffic ? { testTraffic } : {}),
    ...(hooks ? { hooks } : {}),
  };
}

/** Health settings; the window defaults to the check interval (at least one metric period). */
export function healthFor(
  read: InputReader,
  checkIntervalSeconds: number,
  known: HealthDefaults,
): HealthSettings {
  const settings = healthSettings(read, known);
  if (optionalString(read, 'window') !== undefined) return settings;
  const periods = Math.max(1, Math.ceil(checkIntervalSeconds / settings.periodSeconds));
  return { ...settings, windowSeconds: periods * settings.periodSeconds };
}
