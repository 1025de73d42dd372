import { Duration } from 'aws-cdk-lib';

/** One Lambda per Task state of statemachine/canary.asl.json, plus the guard (invoked by EventBridge). */
export const handlerNames = [
  'init',
  'shift',
  'check',
  'hold',
  'resume',
  'promote',
  'promotion-check',
  'finish',
  'rollback',
  'hook',
  'guard',
] as const;

export type HandlerName = (typeof handlerNames)[number];

/** The handlers the state machine invokes, with the definition substitution that carries each one's ARN. */
export const taskSubstitutions = {
  InitFunctionArn: 'init',
  ShiftFunctionArn: 'shift',
  CheckFunctionArn: 'check',
  HoldFunctionArn: 'hold',
  ResumeFunctionArn: 'resume',
  PromoteFunctionArn: 'promote',
  PromotionCheckFunctionArn: 'promotion-check',
  FinishFunctionArn: 'finish',
  RollbackFunctionArn: 'rollback',
  HookFunctionArn: 'hook',
} as const satisfies Record<string, Exclude<HandlerName, 'guard'>>;

/** "promotion-check" -> "PromotionCheck": construct ids and descriptions. */
export function pascalName(handler: HandlerName): string {
  return handler
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/**
 * A rollback restores every route and up to two services, each call retried on throttling: it gets more time
 * than a step, which makes one or two calls.
 */
export function timeoutOf(handler: HandlerName): Duration {
  return handler === 'rollback' || handler === 'guard' ? Duration.minutes(3) : Duration.minutes(1);
}
