import { randomUUID } from 'node:crypto';
import { invokeLambda, runsOnRealTime } from '../lambda/lambda-invoker.js';
import type { LambdaHandler } from '../lambda/lambdas.js';
import { isObject, type Place } from '../protocol.js';
import { runServiceTask, type ServiceTaskRun, TaskError } from './sfn-service-task.js';

export const lambdaInvokeResource = 'arn:aws:states:::lambda:invoke';

/** A function name, name:qualifier, partial ARN (account:function:name) or full ARN, to its function ARN. */
export function functionArnOf(functionName: string, place: Place): string | undefined {
  const full =
    /^arn:aws[a-z-]*:lambda:([a-z0-9-]+):(\d{12}):function:([A-Za-z0-9_-]{1,64})(:[A-Za-z0-9$_-]+)?$/.exec(
      functionName,
    );
  if (full) return `arn:aws:lambda:${full[1]}:${full[2]}:function:${full[3]}`;
  const partial = /^(\d{12}):function:([A-Za-z0-9_-]{1,64})(:[A-Za-z0-9$_-]+)?$/.exec(functionName);
  if (partial) return `arn:aws:lambda:${place.region}:${partial[1]}:function:${partial[2]}`;
  const bare = /^([A-Za-z0-9_-]{1,64})(:[A-Za-z0-9$_-]+)?$/.exec(functionName);
  if (bare) return `arn:aws:lambda:${place.region}:${place.account}:function:${bare[1]}`;
  return undefined;
}

/**
 * lambda:invoke (request-response): the function gets Payload; the result is Lambda's Invoke response as
 * Step Functions returns it (StatusCode, ExecutedVersion, Payload parsed, SdkHttpMetadata,
 * SdkResponseMetadata). A function error fails the state with its errorType (the cause its error JSON); a
 * function that does not exist fails it with Lambda.ResourceNotFoundException.
 */
export function lambdaInvokeTask(
  run: ServiceTaskRun,
  parameters: unknown,
  lambdas: Map<string, LambdaHandler>,
  place: Place,
): Promise<unknown> {
  const given = isObject(parameters) ? parameters : {};
  const name = typeof given.FunctionName === 'string' ? given.FunctionName : '';
  const arn = functionArnOf(name, place);
  const handler = arn === undefined ? undefined : lambdas.get(arn);
  const timeout = run.timeoutSeconds;
  // Scripted functions wait on the simulated clock; real code (an example hook) runs at its real duration.
  const realTimeoutMs =
    timeout === undefined
      ? undefined
      : handler && runsOnRealTime(handler)
        ? timeout * 1000
        : run.clock.realMs(timeout);
  return runServiceTask(
    run,
    { resourceType: 'lambda', resource: 'invoke' },
    parameters,
    async () => {
      if (!handler || !arn) {
        const requestId = randomUUID();
        throw new TaskError(
          'Lambda.ResourceNotFoundException',
          `Function not found: ${arn ?? name} (Service: Lambda, Status Code: 404, Request ID: ${requestId})`,
        );
      }
      const outcome = await invokeLambda(handler, arn, given.Payload ?? {});
      if ('error' in outcome) throw new TaskError(outcome.error.name, outcome.error.message);
      const requestId = randomUUID();
      const headers = {
        Connection: 'keep-alive',
        'Content-Type': 'application/json',
        'X-Amz-Executed-Version': '$LATEST',
        'x-amzn-Remapped-Content-Length': '0',
        'x-amzn-RequestId': requestId,
      };
      return {
        ExecutedVersion: '$LATEST',
        Payload: outcome.output,
        SdkHttpMetadata: {
          AllHttpHeaders: Object.fromEntries(Object.entries(headers).map(([key, value]) => [key, [value]])),
          HttpHeaders: headers,
          HttpStatusCode: 200,
        },
        SdkResponseMetadata: { RequestId: requestId },
        StatusCode: 200,
      };
    },
    realTimeoutMs,
  );
}
