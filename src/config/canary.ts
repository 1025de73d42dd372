import { InputError } from '../errors.js';
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
}

/** How the canary steps, bakes and ends: what the execution document carries besides names and snapshots. */
export interface CanaryPlanSettings {
  steps: CanaryStep[];
  checkIntervalSeconds: number;
  promotion: 'copy' | 'none';
  stateMachineArn?: string;
  waitForCompletion: boolean;
}

const stateMachineArnPattern = /^arn:aws[a-z-]*:states:[a-z0-9-]+:\d{12}:stateMachine:[A-Za-z0-9_-]{1,80}$/;

export function canaryPlanSettings(
  read: InputReader,
  { requireStateMachine }: { requireStateMachine: boolean },
) {
  const weights = stepWeights(read);
  const bakes = bakeTimes(read, weights.length);
  const checkIntervalSeconds = duration(read, 'check-interval', '1m', { min: 10, max: 3600 });
  const stateMachineArn = optionalString(read, 'state-machine-arn');
  if (stateMachineArn === undefined && requireStateMachine) {
    throw new InputError(
      'state-machine-arn',
      'is required to run the canary: set it to the StateMachineArn output of the orchestrator stack (infra/).',
    );
  }
  if (stateMachineArn !== undefined && !stateMachineArnPattern.test(stateMachineArn)) {
    throw new InputError(
      'state-machine-arn',
      `"${stateMachineArn}" is not a state machine ARN (arn:aws:states:<region>:<account>:stateMachine:<name>).`,
    );
  }
  const settings: CanaryPlanSettings = {
    steps: weights.map((weight, index) => ({ weight, bakeSeconds: bakes[index]! })),
    checkIntervalSeconds,
    promotion: oneOf(read, 'promotion', ['copy', 'none'] as const, 'copy'),
    stateMachineArn,
    waitForCompletion: boolean(read, 'wait-for-completion', true),
  };
  return settings;
}

function stepWeights(read: InputReader): number[] {
  const items = list(read, 'steps');
  const weights =
    items.length === 0
      ? [25, 50, 100]
      : items.map((item) => parseInteger('steps', item, { min: 1, max: 100 }));
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
