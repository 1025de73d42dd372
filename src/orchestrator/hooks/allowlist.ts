import * as z from 'zod/mini';
import '../../schema-messages.js';

/**
 * The hook targets an orchestrator stack may call, as its state machine definition carries them (a definition
 * substitution in HookRequest's Comment): the deploy's pre-flight reads them with DescribeStateMachine and
 * refuses a hook the stack's role cannot call, before any write.
 */
export interface HookAllowlist {
  /** Lambda function ARNs (a version or alias of one is allowed too). */
  functions: string[];
  /** Task definition ARNs: a family (every revision) or one revision. */
  taskDefinitions: string[];
  /** Roles the stack may pass to a hook task (its task and execution roles). */
  passRoles: string[];
  /** EventBridge connections and the URL prefixes each may be used for. */
  connections: Array<{ connectionArn: string; endpoints: string[] }>;
}

/** Where the allowlist starts in HookRequest's Comment; the definition substitution that fills it. */
export const allowlistMarker = 'hook-allowlist: ';
export const allowlistSubstitution = 'HookAllowlist';
export const allowlistState = 'HookRequest';

const strings = z._default(z.array(z.string()), []);
const allowlistSchema = z.object({
  functions: strings,
  taskDefinitions: strings,
  passRoles: strings,
  connections: z._default(
    z.array(z.object({ connectionArn: z.string(), endpoints: z.array(z.string()) })),
    [],
  ),
});

/** The value of the HookAllowlist substitution: JSON, escaped to sit inside the Comment's JSON string. */
export function allowlistSubstitutionValue(allowlist: HookAllowlist): string {
  return JSON.stringify(JSON.stringify(allowlist)).slice(1, -1);
}

/**
 * The allowlist a deployed definition carries; undefined for a definition from before hooks (or one deployed
 * without the substitution), which may call no hook.
 */
export function allowlistOf(definition: unknown): HookAllowlist | undefined {
  const comment = (definition as { States?: Record<string, { Comment?: unknown }> } | undefined)?.States?.[
    allowlistState
  ]?.Comment;
  if (typeof comment !== 'string') return undefined;
  const at = comment.indexOf(allowlistMarker);
  if (at < 0) return undefined;
  try {
    const parsed = allowlistSchema.safeParse(JSON.parse(comment.slice(at + allowlistMarker.length)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** "arn:aws:ecs:…:task-definition/smoke:3" -> "arn:aws:ecs:…:task-definition/smoke". */
export function taskDefinitionFamilyArn(arn: string): string {
  return arn.replace(/:\d+$/, '');
}

/** A function ARN without its version or alias. */
export function unqualifiedFunctionArn(arn: string): string {
  const parts = arn.split(':');
  return parts.length > 7 ? parts.slice(0, 7).join(':') : arn;
}

export function allowsFunction(allowlist: HookAllowlist, arn: string): boolean {
  return allowlist.functions.some(
    (allowed) =>
      allowed === arn ||
      (unqualifiedFunctionArn(allowed) === allowed && unqualifiedFunctionArn(arn) === allowed),
  );
}

export function allowsTaskDefinition(allowlist: HookAllowlist, arn: string): boolean {
  return allowlist.taskDefinitions.some(
    (allowed) => allowed === arn || allowed === taskDefinitionFamilyArn(arn),
  );
}

/** The connection granted for this URL: the first whose endpoint prefixes cover it. */
export function connectionFor(allowlist: HookAllowlist, url: string): string | undefined {
  return allowlist.connections.find((connection) =>
    connection.endpoints.some((prefix) => url.startsWith(prefix)),
  )?.connectionArn;
}
