import { handler as check } from '../../../lambdas/check.js';
import { handler as finish } from '../../../lambdas/finish.js';
import { handler as guard } from '../../../lambdas/guard.js';
import { handler as hold } from '../../../lambdas/hold.js';
import { handler as hook } from '../../../lambdas/hook.js';
import { handler as init } from '../../../lambdas/init.js';
import { handler as promote } from '../../../lambdas/promote.js';
import { handler as promotionCheck } from '../../../lambdas/promotion-check.js';
import { handler as resume } from '../../../lambdas/resume.js';
import { handler as rollback } from '../../../lambdas/rollback.js';
import { handler as shift } from '../../../lambdas/shift.js';

/**
 * The project's real Lambda handlers, by the definition substitution that carries each one's ARN
 * (as infra/ deploys them). Imported only after the stack has set the environment they read at load.
 */
export type LambdaHandler = (event: unknown, context?: unknown) => Promise<unknown>;

export const taskHandlers: Record<string, LambdaHandler> = {
  InitFunctionArn: init,
  ShiftFunctionArn: shift,
  CheckFunctionArn: check,
  HoldFunctionArn: hold,
  ResumeFunctionArn: resume,
  PromoteFunctionArn: promote,
  PromotionCheckFunctionArn: promotionCheck,
  FinishFunctionArn: finish,
  RollbackFunctionArn: rollback,
  HookFunctionArn: hook,
};

export const guardHandler: LambdaHandler = guard;
