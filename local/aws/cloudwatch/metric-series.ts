import type { TrafficSimulator } from '../../traffic/traffic.js';
import type { LocalElbv2 } from '../elbv2/elbv2.js';
import type { LocalVpcLattice } from '../vpc-lattice/lattice.js';

/** One CloudWatch metric (namespace, name, dimensions) and how to read its datapoints. */
export interface Series {
  namespace: string;
  metricName: string;
  dimensions: Record<string, string>;
  /** The sum over [from, to); undefined when no datapoint exists. */
  sum(from: number, to: number): number | undefined;
  /** For per-request metrics (response times): how many samples the sum holds. Counters have none. */
  samples?(from: number, to: number): number;
  /** For per-request metrics: the value at quantile q (0-1) of the samples, for the pNN statistics. */
  quantile?(from: number, to: number, q: number): number | undefined;
}

/** What the publishers read: the traffic played, and the routers' resources for names and dimensions. */
export interface MetricWorld {
  traffic: TrafficSimulator;
  vpcLattice: LocalVpcLattice;
  elbv2: LocalElbv2;
}

/**
 * A source that publishes to CloudWatch: the series it has published by `end` for a query over
 * [start, end). One per namespace, so each can get its own publishing behaviour.
 */
export type MetricPublisher = (world: MetricWorld, start: number, end: number) => Series[];

/** A counter reported only when it counted something in the period, as ELB and the Envoy extension do. */
export function nonZero(read: (from: number, to: number) => number) {
  return (from: number, to: number): number | undefined => {
    const value = read(from, to);
    return Math.round(value) > 0 ? value : undefined;
  };
}
