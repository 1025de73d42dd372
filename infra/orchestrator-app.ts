import { type App, CfnOutput, Stack, Validations } from 'aws-cdk-lib';
import cdkNag from 'cdk-nag';
import { AppMeshCanaryOrchestrator } from './construct.js';
import { settingsFromContext } from './context.js';

export interface OrchestratorApp {
  stack: Stack;
  orchestrator: AppMeshCanaryOrchestrator;
}

/**
 * The deployable app: one stack holding the orchestrator, configured from CDK context, checked by cdk-nag's
 * AwsSolutions rules at synthesis (an unacknowledged finding fails `cdk synth` and `cdk deploy`).
 */
export function buildOrchestratorApp(app: App): OrchestratorApp {
  const settings = settingsFromContext((key) => app.node.tryGetContext(key));
  const stack = new Stack(app, settings.stackName, {
    description: 'appmesh-canary: canary orchestrator for ECS services in App Mesh (Step Functions, Lambda)',
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  });
  const orchestrator = new AppMeshCanaryOrchestrator(stack, 'Orchestrator', settings.orchestrator);
  // A stack-level output keeps its name: the docs tell users to read StateMachineArn.
  new CfnOutput(stack, 'StateMachineArn', {
    value: orchestrator.stateMachineArn,
    description: 'The canary state machine: give its ARN to the Action or the CLI that starts canaries.',
  });
  // cdk-nag 3 is a CommonJS module whose named exports Node cannot detect: read them off the default export.
  Validations.of(app).addPlugins(
    new cdkNag.AwsSolutionsChecks(app, { verbose: true, writeSuppressionsToCloudFormation: true }),
  );
  return { stack, orchestrator };
}
