import { describe, expect, it } from '@jest/globals';
import {
  canaryCloudMapAttributes,
  canaryCloudMapServiceInput,
  canaryRegistration,
  cloudMapServiceDifferences,
} from '../../src/init/app-mesh/canary-cloud-map.js';

const names = {
  stableService: 'serviceB',
  canaryService: 'serviceB-canary',
  stableFamily: 'taskB',
  canaryFamily: 'taskB-canary',
};

const stable = {
  Id: 'srv-1',
  Arn: 'arn:aws:servicediscovery:us-west-2:123456789012:service/srv-1',
  Name: 'serviceB',
  NamespaceId: 'ns-1',
  Description: 'the stable',
  DnsConfig: {
    NamespaceId: 'ns-1',
    RoutingPolicy: 'MULTIVALUE' as const,
    DnsRecords: [{ Type: 'A' as const, TTL: 60 }],
  },
  HealthCheckCustomConfig: { FailureThreshold: 1 },
};

describe("the canary's Cloud Map side", () => {
  it("names the canary's ECS service and family where the stable's attributes name the stable's, and keeps the rest", () => {
    expect(
      canaryCloudMapAttributes(
        [
          { key: 'ECS_SERVICE_NAME', value: 'serviceB' },
          { key: 'ECS_TASK_DEFINITION_FAMILY', value: 'taskB' },
          { key: 'ECS_CLUSTER_NAME', value: 'apps' },
          { key: 'ECS_TASK_DEFINITION_FAMILY', value: 'other' },
        ],
        names,
      ),
    ).toEqual([
      { key: 'ECS_SERVICE_NAME', value: 'serviceB-canary' },
      { key: 'ECS_TASK_DEFINITION_FAMILY', value: 'taskB-canary' },
      { key: 'ECS_CLUSTER_NAME', value: 'apps' },
      { key: 'ECS_TASK_DEFINITION_FAMILY', value: 'other' },
    ]);
  });

  it("clones the stable's DNS records and health check into its namespace, tagged; an HTTP namespace gets no DNS", () => {
    const tags = [
      { Key: 'team', Value: 'payments' },
      { Key: 'aws:cloudformation:stack-name', Value: 'apps' },
    ];
    expect(
      canaryCloudMapServiceInput({
        stable,
        stableTags: tags,
        namespace: { Id: 'ns-1', Type: 'DNS_PRIVATE' },
        name: 'serviceB-canary',
      }),
    ).toEqual({
      Name: 'serviceB-canary',
      NamespaceId: 'ns-1',
      DnsConfig: { RoutingPolicy: 'MULTIVALUE', DnsRecords: [{ Type: 'A', TTL: 60 }] },
      HealthCheckCustomConfig: { FailureThreshold: 1 },
      Tags: [
        { Key: 'team', Value: 'payments' },
        { Key: 'appmesh-canary:created-by', Value: 'init' },
      ],
    });
    const http = canaryCloudMapServiceInput({
      stable: { ...stable, DnsConfig: undefined },
      stableTags: [],
      namespace: { Id: 'ns-2', Type: 'HTTP' },
      name: 'serviceB-canary',
    });
    expect(http.DnsConfig).toBeUndefined();
  });

  it('names each setting where an existing service differs from the clone', () => {
    const wanted = canaryCloudMapServiceInput({
      stable,
      stableTags: [],
      namespace: { Id: 'ns-1', Type: 'DNS_PRIVATE' },
      name: 'serviceB-canary',
    });
    expect(cloudMapServiceDifferences({ ...stable, Name: 'serviceB-canary' }, wanted)).toEqual([]);
    expect(
      cloudMapServiceDifferences(
        {
          ...stable,
          DnsConfig: { ...stable.DnsConfig, DnsRecords: [{ Type: 'SRV', TTL: 60 }] },
          HealthCheckCustomConfig: undefined,
        },
        wanted,
      ),
    ).toEqual([
      'DnsConfig.DnsRecords[0].Type changed: "SRV" (expected "A")',
      'HealthCheckCustomConfig changed: absent (expected {"FailureThreshold":1})',
    ]);
  });

  it("registers the canary's tasks as the stable's: container and port, or port", () => {
    const arn = 'arn:aws:servicediscovery:us-west-2:123456789012:service/srv-2';
    expect(
      canaryRegistration({ registryArn: stable.Arn, containerName: 'app', containerPort: 9080 }, arn),
    ).toEqual({
      registryArn: arn,
      containerName: 'app',
      containerPort: 9080,
    });
    expect(canaryRegistration({ registryArn: stable.Arn, port: 8080 }, arn)).toEqual({
      registryArn: arn,
      port: 8080,
    });
  });
});
