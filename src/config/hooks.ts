import { InputError } from '../errors.js';
import { duration, type InputReader } from './inputs.js';

/** Where in a canary a hook runs, in the order a canary reaches them. */
export const hookStages = [
  'after-canary-stable',
  'test-traffic',
  'after-shift',
  'before-promotion',
  'after-promotion',
  'after-rollback',
] as const;
export type HookStage = (typeof hookStages)[number];

/** What a hook calls: a Lambda function, an ECS task definition run once, or an https endpoint. */
export type HookTarget =
  | { kind: 'lambda'; functionArn: string }
  | { kind: 'ecs-task'; taskDefinitionArn: string }
  | { kind: 'https'; url: string };

export interface HookInput {
  stage: HookStage;
  target: HookTarget;
  /** The target as written: for messages and the summary. */
  text: string;
}

export interface HookSettings {
  hooks: HookInput[];
  intervalSeconds: number;
  timeoutSeconds: number;
}

export const hookInputs = { hooks: 'hooks', interval: 'hook-interval', timeout: 'hook-timeout' } as const;

const functionArn =
  /^arn:aws[a-z-]*:lambda:([a-z0-9-]+):(\d{12}):function:[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9_$-]{1,128})?$/;
const taskDefinitionArn =
  /^arn:aws[a-z-]*:ecs:([a-z0-9-]+):(\d{12}):task-definition\/[A-Za-z0-9_-]{1,255}(:\d+)?$/;
const maxHooksPerStage = 5;

/**
 * Reads `hooks` (one `<stage>: <target>` a line), `hook-interval` and `hook-timeout`. Pure: whether the stack
 * may call a target is the pre-flight's question. `testTraffic` says whether test-traffic-header is set.
 */
export function hookSettings(
  read: InputReader,
  context: { region: string; testTraffic: boolean; promotion: 'copy' | 'none' },
): HookSettings | undefined {
  const intervalSeconds = duration(read, hookInputs.interval, '30s', { min: 5, max: 3600 });
  const timeoutSeconds = duration(read, hookInputs.timeout, '600s', { min: 10, max: 86400 });
  const lines = read(hookInputs.hooks)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  if (lines.length === 0) return undefined;
  if (intervalSeconds > timeoutSeconds)
    throw new InputError(
      hookInputs.interval,
      `is ${intervalSeconds}s, longer than hook-timeout (${timeoutSeconds}s): a hook answering IN_PROGRESS would never be asked again. Shorten hook-interval or lengthen hook-timeout.`,
    );
  const hooks = lines.map((line) => parseHookLine(line, context));
  for (const stage of hookStages) {
    const count = hooks.filter((hook) => hook.stage === stage).length;
    if (count > maxHooksPerStage)
      throw new InputError(
        hookInputs.hooks,
        `has ${count} hooks at ${stage}; at most ${maxHooksPerStage} a stage (one hook may run several checks).`,
      );
  }
  return { hooks, intervalSeconds, timeoutSeconds };
}

function parseHookLine(
  line: string,
  context: { region: string; testTraffic: boolean; promotion: 'copy' | 'none' },
): HookInput {
  const colon = line.indexOf(':');
  const stage = colon < 0 ? line : line.slice(0, colon).trim();
  const text = colon < 0 ? '' : line.slice(colon + 1).trim();
  if (!(hookStages as readonly string[]).includes(stage))
    throw new InputError(
      hookInputs.hooks,
      `"${line}" does not start with a stage: write one hook a line as "<stage>: <target>", the stage one of ${hookStages.join(', ')}.`,
    );
  if (text === '')
    throw new InputError(
      hookInputs.hooks,
      `"${line}" names no target: after "${stage}:" give a Lambda function ARN, an ECS task definition ARN or an https:// URL.`,
    );
  if (stage === 'test-traffic' && !context.testTraffic)
    throw new InputError(
      hookInputs.hooks,
      `has a test-traffic hook but test-traffic-header is not set: set it (e.g. "x-canary: true"), or use the after-canary-stable stage.`,
    );
  if (stage === 'after-promotion' && context.promotion === 'none')
    throw new InputError(
      hookInputs.hooks,
      `has an after-promotion hook but promotion is none (nothing is promoted): use before-promotion, or promotion: copy.`,
    );
  return { stage: stage as HookStage, target: parseTarget(text, context.region), text };
}

function parseTarget(text: string, region: string): HookTarget {
  if (text.startsWith('arn:')) {
    const lambda = functionArn.exec(text);
    const task = taskDefinitionArn.exec(text);
    const match = lambda ?? task;
    if (!match)
      throw new InputError(
        hookInputs.hooks,
        `"${text}" is neither a Lambda function ARN (arn:aws:lambda:REGION:ACCOUNT:function:NAME) nor an ECS task definition ARN (arn:aws:ecs:REGION:ACCOUNT:task-definition/FAMILY[:REVISION]).`,
      );
    if (match[1] !== region)
      throw new InputError(
        hookInputs.hooks,
        `"${text}" is in ${match[1]}, but the canary runs in ${region}: Step Functions calls hooks in its own region. Use a target in ${region}.`,
      );
    return lambda ? { kind: 'lambda', functionArn: text } : { kind: 'ecs-task', taskDefinitionArn: text };
  }
  if (/^http:\/\//i.test(text))
    throw new InputError(
      hookInputs.hooks,
      `"${text}" is plain http: Step Functions calls only https:// endpoints. Serve the hook over https.`,
    );
  if (/^https:\/\//i.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw new InputError(hookInputs.hooks, `"${text}" is not a URL: write it as https://host/path.`);
    }
    if (url.username || url.password)
      throw new InputError(
        hookInputs.hooks,
        `"${text}" carries credentials: put them in the EventBridge connection the stack is given (hookConnections), not in the URL.`,
      );
    return { kind: 'https', url: text };
  }
  throw new InputError(
    hookInputs.hooks,
    `"${text}" is not a target: give a Lambda function ARN, an ECS task definition ARN or an https:// URL.`,
  );
}

/** "test-traffic arn:aws:lambda:…:function:smoke": how a hook is named in logs, causes and the summary. */
export function hookLabel(stage: string, target: string): string {
  return `${stage} ${target}`;
}
