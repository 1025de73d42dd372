import { InputError } from '../errors.js';
import { checkHistoryBudget } from './history-budget.js';
import {
  boolean,
  duration,
  type InputReader,
  list,
  oneOf,
  optionalString,
  parseDurationSeconds,
  parseInteger,
} from './inputs.js';

export interface CanaryStep {
  /** Percent of the stable node's weight sent to the canary. */
  weight: number;
  bakeSeconds: number;
  /** Hold at this weight after the bake until resumed (mode: promote) or the pause times out. */
  pause?: boolean;
}

export type OnPauseTimeout = 'rollback' | 'continue';

/** How the canary steps, bakes and ends: what the execution document carries besides names and snapshots. */
export interface CanaryPlanSettings {
  steps: CanaryStep[];
  checkIntervalSeconds: number;
  promotion: 'copy' | 'none';
  /** How long a pause holds before on-pause-timeout applies. */
  pauseTimeoutSeconds: number;
  onPauseTimeout: OnPauseTimeout;
  stateMachineArn?: string;
  waitForCompletion: boolean;
}

const stateMachineArnPattern = /^arn:aws[a-z-]*:states:[a-z0-9-]+:\d{12}:stateMachine:[A-Za-z0-9_-]{1,80}$/;

export function canaryPlanSettings(
  read: InputReader,
  { requireStateMachine }: { requireStateMachine: boolean },
) {
  const { weights, pauses } = stepPlan(read);
  const bakes = bakeTimes(read, weights.length);
  const checkIntervalSeconds = duration(read, 'check-interval', '1m', { min: 10, max: 3600 });
  const pauseTimeoutSeconds = duration(read, 'pause-timeout', '24h', { min: 60, max: 7 * 86400 });
  const stateMachineArn = optionalString(read, 'state-machine-arn');
  if (stateMachineArn === undefined && requireStateMachine) {
    throw new InputError(
      'state-machine-arn',
      'is required to run the canary, and a dry run checks it as a deploy would: set it to the StateMachineArn ' +
        'output of the orchestrator stack (infra/).',
    );
  }
  if (stateMachineArn !== undefined && !stateMachineArnPattern.test(stateMachineArn)) {
    throw new InputError(
      'state-machine-arn',
      `"${stateMachineArn}" is not a state machine ARN (arn:aws:states:<region>:<account>:stateMachine:<name>).`,
    );
  }
  const settings: CanaryPlanSettings = {
    steps: weights.map((weight, index) => ({
      weight,
      bakeSeconds: bakes[index]!,
      ...(pauses.has(index) ? { pause: true } : {}),
    })),
    checkIntervalSeconds,
    promotion: oneOf(read, 'promotion', ['copy', 'none'] as const, 'copy'),
    pauseTimeoutSeconds,
    onPauseTimeout: oneOf(read, 'on-pause-timeout', ['rollback', 'continue'] as const, 'rollback'),
    stateMachineArn,
    waitForCompletion: boolean(read, 'wait-for-completion', true),
  };
  if (pauses.size > 0) checkHistoryBudget(settings);
  return settings;
}

/**
 * The weights, and the steps after whose bake the canary pauses: `pause` follows the weight it holds
 * ("25,50,pause,100" holds at 50%; "25,50,100,pause" holds at 100% before promotion).
 */
function stepPlan(read: InputReader): { weights: number[]; pauses: Set<number> } {
  const items = list(read, 'steps');
  if (items.length === 0 && read.given?.('steps'))
    throw new InputError(
      'steps',
      `lists no step ("${read('steps')}"; an unset variable?): give the canary weights, e.g. 25,50,100, or leave steps out for that default.`,
    );
  if (items.length === 0) return { weights: stepWeights(['25', '50', '100']), pauses: new Set() };
  const weightItems: string[] = [];
  const pauses = new Set<number>();
  for (const item of items) {
    if (item.toLowerCase() !== 'pause') {
      weightItems.push(item);
      continue;
    }
    const held = weightItems.length - 1;
    if (held < 0) {
      throw new InputError(
        'steps',
        'starts with pause: a pause holds the weight before it (e.g. 25,pause,50,100); the canary has no traffic to hold yet.',
      );
    }
    if (pauses.has(held)) {
      throw new InputError(
        'steps',
        `has two pauses in a row after ${weightItems[held]}; one pause holds until resumed.`,
      );
    }
    pauses.add(held);
  }
  return { weights: stepWeights(weightItems), pauses };
}

function stepWeights(items: string[]): number[] {
  const weights = items.map((item) => parseInteger('steps', item, { min: 1, max: 100 }));
  weights.forEach((weight, index) => {
    const previous = weights[index - 1];
    if (previous !== undefined && weight <= previous) {
      throw new InputError(
        'steps',
        `must ascend; ${weight} follows ${previous}. Write them in order, e.g. 25,50,100.`,
      );
    }
  });
  if (weights.at(-1) !== 100) {
    throw new InputError(
      'steps',
      `must end at 100 (the canary takes all traffic before promotion); got ${weights.join(',')}.`,
    );
  }
  if (weights.length > 20) throw new InputError('steps', `has ${weights.length} steps; 20 at most.`);
  return weights;
}

/** One bake time for every step ("5m"), or one per step ("2m,5m,10m"). */
function bakeTimes(read: InputReader, stepCount: number): number[] {
  const items = list(read, 'bake-time');
  const texts = items.length === 0 ? ['5m'] : items;
  const seconds = texts.map((text) => parseDurationSeconds('bake-time', text, { min: 0, max: 86400 }));
  if (seconds.length === 1) return Array.from({ length: stepCount }, () => seconds[0]!);
  if (seconds.length !== stepCount) {
    throw new InputError(
      'bake-time',
      `gives ${seconds.length} times for ${stepCount} steps; give one for all steps or one per step.`,
    );
  }
  return seconds;
}
