import type { ServiceRegistry } from '@aws-sdk/client-ecs';
import { InputError } from '../../errors.js';
import { addMeshCanaryEntry, withCanaryAtZero } from '../../routing/app-mesh/canary-entry.js';
import { canaryNodeSpec, type NodeSpec } from '../../routing/app-mesh/canary-node-spec.js';
import { describeTargets, maxWeightedTargets, weightedTargetsOf } from '../../routing/app-mesh/route-spec.js';
import { canonicalJson, jsonDifferences } from '../../routing/json.js';
import {
  applyPlan,
  canaryServiceStep,
  type InitRunOptions,
  type PlannedStep,
  plainSteps,
} from '../apply-plan.js';
import { canaryServiceInput } from '../canary-service.js';
import type { InitClients } from '../clients.js';
import { createdByTag } from '../names.js';
import type { InitStep } from '../plan.js';
import { initInputs, type MeshInitSettings } from '../settings.js';
import type { SetupNames } from '../setup/setup-names.js';
import {
  canaryCloudMapAttributes,
  canaryCloudMapServiceInput,
  canaryRegistration,
  cloudMapServiceDifferences,
  describeCloudMapService,
} from './canary-cloud-map.js';
import { canaryFamilyOf, canaryTaskDefinitionInput, sameTaskDefinition } from './canary-task-definition.js';
import {
  type MeshInitApis,
  type MeshStableSide,
  meshInitApis,
  readMeshStableSide,
  type StableCloudMap,
} from './stable-side.js';

export interface MeshInitOutcome {
  steps: InitStep[];
  written: number;
  names: SetupNames;
}

/**
 * Plans the canary side of an App Mesh route and, with `apply`, makes what is missing in order: for a stable
 * service registering its tasks in Cloud Map, the canary's Cloud Map service; the canary virtual node (the stable's, with
 * its own DNS name or Cloud Map service), the canary's task definition (the stable's, its Envoy
 * joining the canary node), the route's weight-0 target, the ECS service. Every refusal comes from the reads
 * before the first write; each write is one call, so a run stopped after any leaves a state the next completes.
 */
export async function initAppMesh(
  clients: InitClients,
  settings: MeshInitSettings,
  options: InitRunOptions,
): Promise<MeshInitOutcome> {
  const apis = meshInitApis(clients, settings);
  const stable = await readMeshStableSide(apis, settings);
  const family = canaryFamilyOf(stable.taskDefinition.family!);
  const steps: PlannedStep[] = [];
  // A stable in Cloud Map: the canary's Cloud Map service, made first (the node and the ECS service name it).
  const cloudMap = stable.discovery.cloudMap
    ? await planCloudMapService(apis, settings, stable, stable.discovery.cloudMap, family)
    : undefined;
  if (cloudMap) steps.push(cloudMap.step);
  const spec = cloudMap
    ? cloudMap.nodeSpec
    : canaryNodeSpec(stable.node.spec, {
        kind: 'dns',
        hostname:
          settings.canaryHostname ??
          canaryHostnameOf(
            stable.discovery.kind === 'dns' ? stable.discovery.hostname : '',
            settings.canaryNode,
          ),
      });
  const tags = [
    ...stable.node.tags.filter((tag) => !tag.key.startsWith('aws:') && tag.key !== createdByTag.key),
    { key: createdByTag.key, value: createdByTag.value },
  ];

  const existingNode = await apis.nodes.read(settings.canaryNode);
  if (existingNode) {
    const differences: string[] = [];
    jsonDifferences(existingNode.spec, spec, '', differences);
    if (differences.length > 0)
      throw new InputError(
        initInputs.canaryNode,
        `virtual node ${settings.canaryNode} exists in mesh ${settings.mesh} and differs from the clone of ${settings.stableNode} init would create: ${differences.join('; ')}. ` +
          'Give another canary-node, or change or delete that node.',
      );
    const owned = existingNode.tags.some(
      (tag) => tag.key === createdByTag.key && tag.value === createdByTag.value,
    );
    steps.push({
      verb: 'exists',
      what: `virtual node ${settings.canaryNode}${owned ? ' (created by init)' : ' (not created by init: kept by --remove)'}`,
    });
  } else {
    steps.push({
      verb: 'create',
      what: `virtual node ${settings.canaryNode} in mesh ${settings.mesh} (${describeNode(spec)}; tags ${tags.map((tag) => `${tag.key}=${tag.value}`).join(', ')})`,
      make: async () => {
        await apis.nodes.create(settings.canaryNode, spec, tags);
        return true;
      },
    });
  }

  const wantedDefinition = canaryTaskDefinitionInput({
    stable: stable.taskDefinition,
    mesh: settings.mesh,
    stableNode: settings.stableNode,
    canaryNode: settings.canaryNode,
  });
  const existingService = await apis.ecs.service(settings.cluster, settings.canaryService);
  // Once the canary service exists, what it runs is the deploys' business; before, the family's latest revision
  // is init's own when it is the one init would register (a run stopped after registering it).
  const latest = existingService ? undefined : await apis.ecs.taskDefinition(family);
  let canaryDefinition = existingService
    ? existingService.taskDefinition
    : latest && sameTaskDefinition(latest, wantedDefinition)
      ? latest.taskDefinitionArn
      : undefined;
  const stableRevision = `${stable.taskDefinition.family}:${stable.taskDefinition.revision}`;
  steps.push(
    canaryDefinition
      ? {
          verb: 'exists',
          what: existingService
            ? `task definition ${canaryDefinition.split('/').pop()} (what ECS service ${settings.canaryService} runs)`
            : `task definition ${canaryDefinition.split('/').pop()} (${stableRevision}, its Envoy joining ${settings.canaryNode})`,
        }
      : {
          verb: 'create',
          what: `task definition ${family} (${stableRevision}, its Envoy joining ${settings.canaryNode})`,
          make: async () => {
            canaryDefinition = await apis.ecs.registerTaskDefinition(wantedDefinition);
            return true;
          },
        },
  );

  const targets = weightedTargetsOf(stable.route);
  const inRoute = targets.some((target) => target.virtualNode === settings.canaryNode);
  if (!inRoute && targets.length >= maxWeightedTargets)
    throw new InputError(
      initInputs.route,
      `${stable.routeLabel} already has ${maxWeightedTargets} weighted targets, the most App Mesh allows; remove one to add ${settings.canaryNode}.`,
    );
  const entry = {
    routeName: settings.route,
    stableNode: settings.stableNode,
    canaryNode: settings.canaryNode,
    snapshot: stable.route,
  };
  steps.push(
    inRoute
      ? {
          verb: 'exists',
          what: `${settings.canaryNode} in ${stable.routeLabel} (${describeTargets(targets)})`,
        }
      : {
          verb: 'add',
          what: `${settings.canaryNode} at weight 0 to ${stable.routeLabel} (${describeTargets(weightedTargetsOf(withCanaryAtZero(entry)))})`,
          make: () => addMeshCanaryEntry(apis.routes, entry),
        },
  );

  const wanted = (taskDefinition: string) => ({
    ...canaryServiceInput({
      stable: stable.service,
      cluster: settings.cluster,
      name: settings.canaryService,
      attachment: cloudMap
        ? { serviceRegistries: [canaryRegistration(cloudMap.registration, cloudMap.arn() ?? cloudMap.name)] }
        : {},
    }),
    taskDefinition,
  });
  const joins = `${cloudMap ? `registers ${describeRegistration(cloudMap.registration)} in Cloud Map service ${cloudMap.name}, ` : ''}its tasks join ${settings.canaryNode} through their Envoy`;
  steps.push(
    canaryServiceStep({
      ecs: apis.ecs,
      settings,
      existing: existingService,
      wanted,
      comparedWith: family,
      describedWith: `${family}:1`,
      createdWith: () => canaryDefinition!,
      joins,
    }),
  );

  const passRoles = await apis.ecs.taskDefinitionRoles(stable.service.taskDefinition!);
  const written = await applyPlan(steps, options);
  return {
    steps: plainSteps(steps),
    written,
    names: {
      region: stable.region,
      account: stable.account,
      cluster: settings.cluster,
      stableService: settings.stableService,
      canaryService: settings.canaryService,
      route: {
        router: 'app-mesh',
        mesh: settings.mesh,
        virtualRouter: settings.virtualRouter,
        route: settings.route,
        stableNode: settings.stableNode,
        canaryNode: settings.canaryNode,
      },
      stateMachineName: settings.stateMachineName,
      passRoles,
    },
  };
}

/** <canary-node>.<the stable hostname's domain>: serviceB.apps.local gives serviceB-canary.apps.local. */
export function canaryHostnameOf(stableHostname: string, canaryNode: string): string {
  const dot = stableHostname.indexOf('.');
  if (dot < 0)
    throw new InputError(
      initInputs.canaryHostname,
      `is required: the stable node's hostname ${stableHostname} has no domain to put ${canaryNode} in.`,
    );
  return `${canaryNode}${stableHostname.slice(dot)}`;
}

/**
 * The canary's Cloud Map service in the stable's namespace (found by name, or to create) and the canary node's
 * spec that selects its instances. Refuses a service of that name that differs from the clone.
 */
async function planCloudMapService(
  apis: MeshInitApis,
  settings: MeshInitSettings,
  stable: MeshStableSide,
  stableCloudMap: StableCloudMap,
  canaryFamily: string,
) {
  const { discovery } = stable;
  const name = settings.canaryCloudMapService ?? settings.canaryNode;
  const { namespace, registry, registration } = stableCloudMap;
  const stableName = registry.service.Name!;
  if (name.toLowerCase() === stableName.toLowerCase())
    throw new InputError(
      initInputs.canaryCloudMapService,
      `is the stable's own Cloud Map service (${namespace.Name}/${stableName}); the canary needs its own instances.`,
    );
  // A DNS node's name is the one Cloud Map gives its service: <service>.<namespace>.
  const nodeSpec =
    discovery.kind === 'cloud-map'
      ? canaryNodeSpec(stable.node.spec, {
          kind: 'cloud-map',
          serviceName: name,
          namespaceName: namespace.Name!,
          attributes: canaryCloudMapAttributes(discovery.attributes, {
            stableService: settings.stableService,
            canaryService: settings.canaryService,
            stableFamily: stable.taskDefinition.family!,
            canaryFamily,
          }),
        })
      : canaryNodeSpec(stable.node.spec, { kind: 'dns', hostname: `${name}.${namespace.Name}` });
  const input = canaryCloudMapServiceInput({
    stable: registry.service,
    stableTags: registry.tags,
    namespace,
    name,
  });
  const existing = await apis.cloudMap.serviceNamed(namespace.Id!, name);
  let arn = existing?.service.Arn;
  if (existing) {
    const differences = cloudMapServiceDifferences(existing.service, input);
    if (differences.length > 0)
      throw new InputError(
        initInputs.canaryCloudMapService,
        `Cloud Map service ${namespace.Name}/${existing.service.Name} exists and differs from the clone of ${stableName} init would create: ${differences.join('; ')}. ` +
          'Give another canary-cloud-map-service, or change or delete that service.',
      );
  }
  const owned = existing?.tags.some(
    (tag) => tag.Key === createdByTag.key && tag.Value === createdByTag.value,
  );
  const step: PlannedStep = existing
    ? {
        verb: 'exists',
        what: `Cloud Map service ${namespace.Name}/${existing.service.Name}${owned ? ' (created by init)' : ' (not created by init: kept by --remove)'}`,
      }
    : {
        verb: 'create',
        what: `Cloud Map service ${namespace.Name}/${name} (${describeCloudMapService(input)}; tags ${input.Tags!.map((tag) => `${tag.Key}=${tag.Value}`).join(', ')})`,
        make: async () => {
          arn = await apis.cloudMap.create(input);
          return true;
        },
      };
  return { name, nodeSpec, step, registration, arn: () => arn };
}

function describeRegistration(registration: ServiceRegistry): string {
  if (registration.containerName)
    return `${registration.containerName}${registration.containerPort !== undefined ? `:${registration.containerPort}` : ''}`;
  return registration.port !== undefined ? `port ${registration.port}` : 'its tasks';
}

function describeNode(spec: NodeSpec): string {
  const listeners = Array.isArray(spec.listeners)
    ? (spec.listeners as Array<{ portMapping?: { protocol?: string; port?: number } }>)
    : [];
  const ports = listeners.map((one) => `${one.portMapping?.protocol}:${one.portMapping?.port}`).join(', ');
  const backends = Array.isArray(spec.backends) ? spec.backends.length : 0;
  const cloudMap = spec.serviceDiscovery?.awsCloudMap;
  const discovery = cloudMap
    ? `Cloud Map ${cloudMap.namespaceName}/${cloudMap.serviceName}${cloudMap.attributes?.length ? ` where ${cloudMap.attributes.map((one) => `${one.key}=${one.value}`).join(', ')}` : ''}`
    : `DNS ${spec.serviceDiscovery?.dns?.hostname}`;
  return `${discovery}, listeners ${ports || 'none'}, ${backends} backend${backends === 1 ? '' : 's'}${canonicalJson(spec).includes('"healthCheck"') ? ', health check' : ''}`;
}
