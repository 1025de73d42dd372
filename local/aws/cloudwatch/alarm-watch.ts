import type { AlarmDefinition, Scenario } from '../../traffic/scenario.js';
import type { MetricWorld } from './metric-series.js';
import { applicationElbNamespace } from './metrics-alb.js';
import { vpcLatticeNamespace } from './metrics-vpc-lattice.js';

/** What a scenario alarm watches: the metric it names, and the 5xx and requests it sees over a period. */
export interface AlarmWatch {
  metric: { Namespace: string; MetricName: string; Dimensions: Array<{ Name: string; Value: string }> };
  counts(from: number, to: number): { requests: number; faults: number };
}

/**
 * The watch of an alarm on a virtual node or on a target group of the scenario's router; undefined for an
 * alarm with a fixed state. Throws, naming the alarm, when its target group does not exist on that router.
 */
export function alarmWatch(
  { traffic, vpcLattice, elbv2 }: MetricWorld,
  alarm: AlarmDefinition,
  scenario: Scenario = traffic.current,
): AlarmWatch | undefined {
  if (alarm.node !== undefined) {
    const node = alarm.node;
    const { extensionNamespace, extensionNamePrefix } = scenario.metrics;
    return {
      metric: {
        Namespace: extensionNamespace,
        MetricName: `${extensionNamePrefix}HTTPCode_Target_5XX_Count`,
        Dimensions: [{ Name: 'TargetVirtualNode', Value: node }],
      },
      counts: (from, to) => traffic.targetTotals(node, from, to),
    };
  }
  if (alarm.targetGroup === undefined) return undefined;
  const router = scenario.router;
  const missing = () =>
    new Error(
      `alarm ${alarm.name} watches target group ${alarm.targetGroup}, which the ${router.type} router does not have`,
    );
  if (router.type === 'vpc-lattice') {
    const group = vpcLattice.targetGroupByName(alarm.targetGroup);
    if (!group) throw missing();
    return {
      metric: {
        Namespace: vpcLatticeNamespace,
        MetricName: 'HTTPCode_5XX_Count',
        Dimensions: [{ Name: 'TargetGroup', Value: group.id }],
      },
      counts: (from, to) => traffic.targetTotals(group.arn, from, to),
    };
  }
  if (router.type === 'alb') {
    const group = elbv2.targetGroupByName(alarm.targetGroup);
    if (!group) throw missing();
    const { loadBalancerArn } = elbv2.resolve(router);
    return {
      metric: {
        Namespace: applicationElbNamespace,
        MetricName: 'HTTPCode_Target_5XX_Count',
        Dimensions: [
          { Name: 'LoadBalancer', Value: elbv2.loadBalancerDimension(loadBalancerArn) },
          { Name: 'TargetGroup', Value: elbv2.targetGroupDimension(group.arn) },
        ],
      },
      // The target metric: what the tasks answered, not the load balancer's own 503s.
      counts: (from, to) => traffic.targetTotals(group.arn, from, to).tasks,
    };
  }
  throw new Error(
    `alarm ${alarm.name} watches target group ${alarm.targetGroup}, but the scenario's router is the App Mesh route`,
  );
}
