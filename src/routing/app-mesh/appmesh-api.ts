import {
  type AppMeshClient,
  CreateRouteCommand,
  CreateVirtualNodeCommand,
  DeleteRouteCommand,
  DescribeMeshCommand,
  DescribeRouteCommand,
  DescribeVirtualNodeCommand,
  DescribeVirtualRouterCommand,
  ListRoutesCommand,
  type RouteSpec as SdkRouteSpec,
  UpdateRouteCommand,
  type VirtualNodeSpec,
} from '@aws-sdk/client-app-mesh';
import { AwsCallError, callAws, messageOf } from '../../errors.js';
import { errorNamed, type RetryPolicy, retry } from '../../retry.js';
import type { NodeSpec } from './canary-node-spec.js';
import { MeshResourceNotFoundError } from './errors.js';
import { meshLabel, nodeLabel, type RouterPlace, routeLabel, routerLabel } from './names.js';
import type { RouteSpec } from './route-spec.js';

/** Retry timing for App Mesh calls (the predicate is fixed: throttling and 5xx). */
export type RetryTiming = Omit<RetryPolicy, 'retryable' | 'onRetry'>;

export interface MeshLog {
  info(line: string): void;
  warn(line: string): void;
}

/** App Mesh errors worth another attempt: throttling and server-side failures. */
export const appMeshRetryable = errorNamed(
  'TooManyRequestsException',
  'ServiceUnavailableException',
  'InternalServerErrorException',
);

/** A route as App Mesh returned it; the spec is checked by the caller. */
export interface RouteRead {
  routeName: string;
  version: number;
  spec: unknown;
}

export interface MeshApiOptions {
  retry?: RetryTiming;
  log?: MeshLog;
}

/**
 * The calls this project makes to App Mesh, for one virtual router. Each is retried on throttling and
 * 5xx, wrapped so failures say what was being done, and NotFoundException becomes a MeshResourceNotFoundError.
 */
export class MeshApi {
  constructor(
    private readonly client: AppMeshClient,
    readonly place: RouterPlace,
    private readonly options: MeshApiOptions = {},
  ) {}

  private get owner() {
    return this.place.meshOwner ? { meshOwner: this.place.meshOwner } : {};
  }

  async checkMesh(): Promise<void> {
    await this.call(
      `describing ${meshLabel(this.place)}`,
      notFound(`mesh ${this.place.mesh}`, '', meshHint(this.place)),
      () => this.client.send(new DescribeMeshCommand({ meshName: this.place.mesh, ...this.owner })),
    );
  }

  async checkVirtualRouter(): Promise<void> {
    const { mesh, virtualRouter } = this.place;
    await this.call(
      `describing ${routerLabel(this.place)}`,
      notFound(`virtual router ${virtualRouter}`, meshLabel(this.place), 'check virtual-router.'),
      () =>
        this.client.send(
          new DescribeVirtualRouterCommand({
            meshName: mesh,
            virtualRouterName: virtualRouter,
            ...this.owner,
          }),
        ),
    );
  }

  /** Every route name of the router, sorted. */
  async listRouteNames(): Promise<string[]> {
    const names: string[] = [];
    let nextToken: string | undefined;
    do {
      const page = await this.call(
        `listing the routes of ${routerLabel(this.place)}`,
        notFound(
          `virtual router ${this.place.virtualRouter}`,
          meshLabel(this.place),
          'check mesh and virtual-router.',
        ),
        () =>
          this.client.send(
            new ListRoutesCommand({
              meshName: this.place.mesh,
              virtualRouterName: this.place.virtualRouter,
              ...this.owner,
              ...(nextToken ? { nextToken } : {}),
            }),
          ),
      );
      for (const route of page.routes ?? []) if (route.routeName) names.push(route.routeName);
      nextToken = page.nextToken;
    } while (nextToken);
    return names.sort();
  }

  async describeRoute(routeName: string): Promise<RouteRead> {
    const output = await this.call(
      `describing ${routeLabel(this.place, routeName)}`,
      notFound(`route ${routeName}`, routerLabel(this.place), 'check route.'),
      () =>
        this.client.send(
          new DescribeRouteCommand({
            meshName: this.place.mesh,
            virtualRouterName: this.place.virtualRouter,
            routeName,
            ...this.owner,
          }),
        ),
    );
    return routeRead(routeName, output.route);
  }

  /** Replaces the whole spec (App Mesh has no partial update); `clientToken` makes a retry harmless. */
  async updateRoute(routeName: string, spec: RouteSpec, clientToken: string): Promise<RouteRead> {
    const output = await this.call(
      `updating ${routeLabel(this.place, routeName)}`,
      notFound(`route ${routeName}`, routerLabel(this.place), 'check route.'),
      () =>
        this.client.send(
          new UpdateRouteCommand({
            meshName: this.place.mesh,
            virtualRouterName: this.place.virtualRouter,
            routeName,
            // Checked plain JSON of the SDK's own shape: written back field for field.
            spec: spec as SdkRouteSpec,
            clientToken,
            ...this.owner,
          }),
        ),
    );
    return routeRead(routeName, output.route, spec);
  }

  /** Creates a route tagged with `tags`; `clientToken` makes a retry harmless. */
  async createRoute(
    routeName: string,
    spec: RouteSpec,
    tags: Array<{ key: string; value: string }>,
    clientToken: string,
  ): Promise<void> {
    await this.call(`creating ${routeLabel(this.place, routeName)}`, undefined, () =>
      this.client.send(
        new CreateRouteCommand({
          meshName: this.place.mesh,
          virtualRouterName: this.place.virtualRouter,
          routeName,
          spec: spec as SdkRouteSpec,
          tags,
          clientToken,
          ...this.owner,
        }),
      ),
    );
  }

  async deleteRoute(routeName: string): Promise<void> {
    await this.call(
      `deleting ${routeLabel(this.place, routeName)}`,
      notFound(`route ${routeName}`, routerLabel(this.place), 'check route.'),
      () =>
        this.client.send(
          new DeleteRouteCommand({
            meshName: this.place.mesh,
            virtualRouterName: this.place.virtualRouter,
            routeName,
            ...this.owner,
          }),
        ),
    );
  }

  /** The route, or undefined when the router has none of that name. */
  async findRoute(routeName: string): Promise<RouteRead | undefined> {
    try {
      return await this.describeRoute(routeName);
    } catch (error) {
      if (error instanceof MeshResourceNotFoundError) return undefined;
      throw error;
    }
  }

  /** The node's spec, or undefined when it does not exist. */
  async findVirtualNode(nodeName: string): Promise<NodeSpec | undefined> {
    try {
      return await this.virtualNode(nodeName);
    } catch (error) {
      if (error instanceof MeshResourceNotFoundError) return undefined;
      throw error;
    }
  }

  async virtualNode(nodeName: string, hint = 'check the node name.'): Promise<NodeSpec> {
    const output = await this.call(
      `describing ${nodeLabel(this.place, nodeName)}`,
      notFound(`virtual node ${nodeName}`, meshLabel(this.place), hint),
      () =>
        this.client.send(
          new DescribeVirtualNodeCommand({
            meshName: this.place.mesh,
            virtualNodeName: nodeName,
            ...this.owner,
          }),
        ),
    );
    return (output.virtualNode?.spec ?? {}) as NodeSpec;
  }

  async createVirtualNode(nodeName: string, spec: NodeSpec, clientToken: string): Promise<void> {
    await this.call(`creating ${nodeLabel(this.place, nodeName)}`, undefined, () =>
      this.client.send(
        new CreateVirtualNodeCommand({
          meshName: this.place.mesh,
          virtualNodeName: nodeName,
          spec: spec as VirtualNodeSpec,
          clientToken,
          ...this.owner,
        }),
      ),
    );
  }

  private async call<T>(doing: string, onNotFound: NotFound | undefined, send: () => Promise<T>): Promise<T> {
    try {
      return await callAws(doing, () =>
        retry(send, {
          ...this.options.retry,
          retryable: appMeshRetryable,
          onRetry: ({ attempt, delayMs, error }) =>
            this.options.log?.warn(`${doing}: ${messageOf(error)}; attempt ${attempt + 1} in ${delayMs} ms`),
        }),
      );
    } catch (error) {
      if (onNotFound && error instanceof AwsCallError && error.awsErrorName === 'NotFoundException') {
        throw new MeshResourceNotFoundError(onNotFound.resource, onNotFound.where, onNotFound.hint, {
          cause: error,
        });
      }
      throw error;
    }
  }
}

interface NotFound {
  resource: string;
  where: string;
  hint: string;
}

function notFound(resource: string, where: string, hint: string): NotFound {
  return { resource, where, hint };
}

function meshHint(place: RouterPlace): string {
  return place.meshOwner
    ? `check mesh and mesh-owner (is the mesh shared with this account through AWS RAM?).`
    : 'check mesh; for a mesh shared from another account, set mesh-owner.';
}

function routeRead(
  routeName: string,
  route: { spec?: SdkRouteSpec; metadata?: { version?: number } } | undefined,
  written?: RouteSpec,
): RouteRead {
  return { routeName, version: route?.metadata?.version ?? 0, spec: route?.spec ?? written };
}
