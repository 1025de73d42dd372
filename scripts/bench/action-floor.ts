import { getInput } from '@actions/core';
import { DescribeStateMachineCommand, SFNClient } from '@aws-sdk/client-sfn';

/**
 * The floor the Action's start-up is measured against when the peer's dist/ is not at hand: the lightest Action
 * that sends the dry-run deploy's first request (the Actions toolkit reads the input; one SDK client sends it).
 * Bundled by the bench as dist/ is.
 */
await new SFNClient({}).send(
  new DescribeStateMachineCommand({ stateMachineArn: getInput('state-machine-arn') }),
);
