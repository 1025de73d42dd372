/**
 * A lifecycle hook of appmesh-canary: smoke requests that carry the deployment's test header, so they reach
 * the canary alone, before any user does. Deploy it as a Lambda function (nodejs22.x or newer; no SDK) and
 * name it in the `hooks` input, e.g. `test-traffic: arn:aws:lambda:...:function:canary-smoke`. It can also run
 * as an ECS task hook's command (`node smoke-hook.js`): the payload then comes in APPMESH_CANARY_HOOK and the
 * exit code is the verdict.
 *
 * Environment:
 *   SMOKE_URL          the service's URL as testers reach it (e.g. http://serviceb.apps.local:8080)
 *   SMOKE_PATHS        comma-separated paths to request (default /)
 *   SMOKE_REQUESTS     requests per path (default 5)
 *   SMOKE_TIMEOUT_MS   per request (default 5000)
 */

/** What the hook reads of the payload; newer payload versions add fields, which it ignores. */
interface HookPayload {
  version?: number;
  deploymentId?: string;
  stage?: string;
  step?: { number?: number; of?: number; weight?: number };
  canaryWeight?: number;
  /** Requests with this header go to the canary only; without a value, any value matches. */
  testHeader?: { name?: string; value?: string } | string;
}

export interface HookAnswer {
  status: 'SUCCEEDED' | 'FAILED';
  reason: string;
}

interface Settings {
  url: string;
  paths: string[];
  requests: number;
  timeoutMs: number;
}

function settingsOf(environment: NodeJS.ProcessEnv): Settings | string {
  const url = environment.SMOKE_URL ?? environment.APPMESH_CANARY_SMOKE_URL;
  if (!url) return 'SMOKE_URL is not set: give the function the URL testers reach the service at';
  const paths = (environment.SMOKE_PATHS ?? '/')
    .split(',')
    .map((path) => path.trim())
    .filter((path) => path !== '');
  const requests = Number(environment.SMOKE_REQUESTS ?? 5);
  const timeoutMs = Number(environment.SMOKE_TIMEOUT_MS ?? 5000);
  if (!Number.isInteger(requests) || requests < 1 || requests > 100)
    return `SMOKE_REQUESTS must be a whole number from 1 to 100; got ${environment.SMOKE_REQUESTS}`;
  if (!(timeoutMs > 0))
    return `SMOKE_TIMEOUT_MS must be a positive number; got ${environment.SMOKE_TIMEOUT_MS}`;
  return { url, paths: paths.length > 0 ? paths : ['/'], requests, timeoutMs };
}

/** `{name, value}` or `name: value` (or `name` alone), as the test-traffic-header input takes it. */
function headerOf(given: HookPayload['testHeader']): [string, string] | undefined {
  if (typeof given === 'string') {
    const [name, ...rest] = given.split(':');
    const value = rest.join(':').trim();
    return name?.trim() ? [name.trim(), value || 'true'] : undefined;
  }
  if (given && typeof given.name === 'string' && given.name !== '')
    return [given.name, given.value ?? 'true'];
  return undefined;
}

async function request(
  url: string,
  header: [string, string],
  timeoutMs: number,
): Promise<string | undefined> {
  try {
    const response = await fetch(url, {
      headers: { [header[0]]: header[1] },
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.arrayBuffer();
    return response.ok ? undefined : String(response.status);
  } catch (error) {
    return (error as Error).name === 'TimeoutError'
      ? `no answer in ${timeoutMs} ms`
      : (error as Error).message;
  }
}

/** Runs the smoke requests for one payload; the reason names each failing request and how it failed. */
export async function smoke(
  payload: unknown,
  environment: NodeJS.ProcessEnv = process.env,
): Promise<HookAnswer> {
  if (!payload || typeof payload !== 'object' || typeof (payload as HookPayload).version !== 'number')
    return { status: 'FAILED', reason: 'the event is not an appmesh-canary hook payload (no version)' };
  const given = payload as HookPayload;
  const settings = settingsOf(environment);
  if (typeof settings === 'string') return { status: 'FAILED', reason: settings };
  const header = headerOf(given.testHeader);
  if (!header)
    return {
      status: 'FAILED',
      reason: `the ${given.stage ?? ''} payload has no testHeader: set the test-traffic-header input so smoke requests reach the canary`,
    };
  const failures = new Map<string, number>();
  let sent = 0;
  for (const path of settings.paths) {
    const url = new URL(path, settings.url).href;
    for (let index = 0; index < settings.requests; index++) {
      sent++;
      const failure = await request(url, header, settings.timeoutMs);
      if (failure) {
        const key = `GET ${path} -> ${failure}`;
        failures.set(key, (failures.get(key) ?? 0) + 1);
      }
    }
  }
  const failed = [...failures.values()].reduce((sum, count) => sum + count, 0);
  const where = `${header[0]}: ${header[1]}, ${given.stage ?? 'hook'}${given.deploymentId ? ` of ${given.deploymentId}` : ''}`;
  if (failed === 0) return { status: 'SUCCEEDED', reason: `${sent} smoke requests passed (${where})` };
  const detail = [...failures].map(([what, count]) => `${what} (x${count})`).join(', ');
  return { status: 'FAILED', reason: `${failed} of ${sent} smoke requests failed (${where}): ${detail}` };
}

/** The Lambda handler: the payload is the event. */
export async function handler(event: unknown): Promise<HookAnswer> {
  return smoke(event);
}

// As an ECS task's command: the payload in APPMESH_CANARY_HOOK, the verdict in the exit code.
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  let payload: unknown;
  try {
    payload = JSON.parse(process.env.APPMESH_CANARY_HOOK ?? '');
  } catch {
    payload = undefined;
  }
  const answer = await smoke(payload);
  console.log(JSON.stringify(answer));
  process.exitCode = answer.status === 'SUCCEEDED' ? 0 : 1;
}
