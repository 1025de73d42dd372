import type { CanaryPlanSettings } from '../config/canary.js';
import type { RenderSettings } from '../config/render.js';
import type { HealthSettings } from '../health/index.js';
import { documentVersion, type ExecutionDocument, parseExecutionDocument } from '../orchestrator/document.js';
import type { HooksPlan } from '../orchestrator/hooks/plan.js';
import type { TrafficSnapshot } from '../routing/engine.js';
import type { TestTrafficPlan } from '../routing/test-traffic/plan.js';
import type { DeploymentSource } from './source.js';

/**
 * A readable, unique name: route, short sha, UTC time — e.g. serviceB-1a2b3c4-20261122T043512Z. It is also
 * the deployment id (App Mesh client tokens derive from it) and the Step Functions execution name.
 */
export function deploymentIdOf(route: string, sha: string | undefined, now: Date): string {
  const time = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const shortSha = (sha ?? 'manual').slice(0, 7).replace(/[^A-Za-z0-9]/g, '');
  const routePart = route.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 64 - shortSha.length - time.length - 2);
  return `${routePart}-${shortSha}-${time}`;
}

export interface DocumentParts {
  deploymentId: string;
  source: DeploymentSource;
  region: string;
  snapshot: TrafficSnapshot;
  account: string;
  /** App Mesh only: what promotion re-renders the stable copy with. */
  render?: RenderSettings;
  stable: { cluster: string; service: string; taskDefinitionArn: string };
  canary: {
    cluster: string;
    service: string;
    previousTaskDefinitionArn: string;
    newTaskDefinitionArn: string;
    desiredCount: number;
  };
  plan: CanaryPlanSettings;
  health: HealthSettings;
  promotionTimeoutSeconds: number;
  testTraffic?: TestTrafficPlan;
  hooks?: HooksPlan;
}

const promotionPollSeconds = 15;

/** Builds the execution document and validates it with the schema the Lambdas use. */
export function buildExecutionDocument(parts: DocumentParts): ExecutionDocument {
  return parseExecutionDocument({
    version: documentVersion,
    deploymentId: parts.deploymentId,
    source: parts.source,
    region: parts.region,
    snapshot: parts.snapshot,
    stableService: {
      cluster: parts.stable.cluster,
      service: parts.stable.service,
      previousTaskDefinitionArn: parts.stable.taskDefinitionArn,
    },
    canaryService: parts.canary,
    ...(parts.render ? { render: renderForPromotion(parts.render, parts.account) } : {}),
    steps: parts.plan.steps,
    checkIntervalSeconds: parts.plan.checkIntervalSeconds,
    promotion: parts.plan.promotion,
    promotionPollSeconds,
    promotionTimeoutSeconds: parts.promotionTimeoutSeconds,
    pauseTimeoutSeconds: parts.plan.pauseTimeoutSeconds,
    onPauseTimeout: parts.plan.onPauseTimeout,
    health: parts.health,
    ...(parts.testTraffic ? { testTraffic: parts.testTraffic } : {}),
    ...(parts.hooks ? { hooks: parts.hooks } : {}),
  });
}

/** The node and image are the canary's: the document keeps only what promotion re-renders with. */
function renderForPromotion(settings: RenderSettings, account: string) {
  const { mesh: _mesh, virtualNode: _virtualNode, image: _image, ...render } = settings;
  return { account, ...definedOnly(render) };
}

function definedOnly<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<T>;
}
