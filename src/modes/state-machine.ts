import { InputError } from '../errors.js';

/** The state machine runs where the mode runs: an ARN of another region is a wrong input, named as such. */
export function checkStateMachineRegion(stateMachineArn: string, region: string): void {
  const arnRegion = stateMachineArn.split(':')[3];
  if (arnRegion !== region) {
    throw new InputError(
      'state-machine-arn',
      `is in region ${arnRegion}, but this run is in ${region}: deploy the orchestrator in ${region} and use its ` +
        'StateMachineArn, or set region to the one of the state machine.',
    );
  }
}
