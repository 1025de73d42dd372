import { AwsError } from './protocol.js';

export type ServiceName =
  | 'appmesh'
  | 'ecs'
  | 'cloudwatch'
  | 'xray'
  | 'states'
  | 'vpc-lattice'
  | 'elbv2'
  | 'events'
  | 'servicediscovery';

/** One API call the stack answered, at simulated time `at`. */
export interface RecordedCall {
  service: ServiceName;
  operation: string;
  at: number;
  /** Who called: a Lambda handler (its SDK reports the Lambda execution environment) or any other client. */
  caller: 'lambda' | 'client';
  /** The error code when it failed. */
  error?: string;
}

/** The throttling error each service answers with, as its API reference names it. */
const throttlingErrors: Record<ServiceName, { code: string; status: number; message: string }> = {
  appmesh: { code: 'TooManyRequestsException', status: 429, message: 'Rate exceeded' },
  ecs: { code: 'ThrottlingException', status: 400, message: 'Rate exceeded' },
  cloudwatch: { code: 'ThrottlingException', status: 400, message: 'Rate exceeded' },
  xray: { code: 'ThrottledException', status: 429, message: 'Rate exceeded' },
  states: { code: 'ThrottlingException', status: 400, message: 'Rate exceeded' },
  'vpc-lattice': { code: 'ThrottlingException', status: 429, message: 'Rate exceeded' },
  elbv2: { code: 'Throttling', status: 400, message: 'Rate exceeded' },
  events: { code: 'ThrottlingException', status: 400, message: 'Rate exceeded' },
  servicediscovery: { code: 'RequestLimitExceeded', status: 400, message: 'Rate exceeded' },
};

export interface FaultSpec {
  service: ServiceName;
  operation: string;
  /** How many calls fail (default 1). */
  times?: number;
  /** Default: the service's throttling error. */
  error?: { code: string; status: number; message: string };
}

/** Every call the stack answered, and errors injected on demand (throttling by default). */
export class CallLog {
  readonly calls: RecordedCall[] = [];
  private readonly faults: Array<Required<Omit<FaultSpec, 'error'>> & { error: FaultSpec['error'] }> = [];

  inject(fault: FaultSpec): void {
    this.faults.push({ ...fault, times: fault.times ?? 1, error: fault.error });
  }

  /** The injected error for this call, if one is due; it counts down. */
  takeFault(service: ServiceName, operation: string): AwsError | undefined {
    const fault = this.faults.find((one) => one.service === service && one.operation === operation);
    if (!fault) return undefined;
    fault.times -= 1;
    if (fault.times <= 0) this.faults.splice(this.faults.indexOf(fault), 1);
    const error = fault.error ?? throttlingErrors[service];
    return new AwsError(error.code, error.message, error.status);
  }

  record(call: RecordedCall): void {
    this.calls.push(call);
  }

  count(service?: ServiceName, operation?: string, caller?: RecordedCall['caller']): number {
    return this.calls.filter(
      (call) =>
        (!service || call.service === service) &&
        (!operation || call.operation === operation) &&
        (!caller || call.caller === caller),
    ).length;
  }

  /** Drops the injected faults not yet due (a fault that has "cleared"). */
  clearFaults(): void {
    this.faults.length = 0;
  }

  clear(): void {
    this.calls.length = 0;
    this.faults.length = 0;
  }
}
