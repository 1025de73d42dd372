import type { Command } from 'commander';
import type { CliIo } from '../io.js';

/** `init`: makes the canary side of a router from the stable one (plan by default, --apply to write). */
export function registerInitCommand(program: Command, io: CliIo): void {
  program
    .command('init')
    .description(
      'make the canary side from the stable one: the canary target group, its weight-0 entry in the rule (or default action) and the ' +
        'canary ECS service at 0 tasks (prints the plan; --apply makes it; --remove undoes it)',
    )
    .option('--router <router>', 'the router of the stable service: alb, vpc-lattice or app-mesh', 'alb')
    .requiredOption('--cluster <cluster>', 'the ECS cluster of the stable service')
    .requiredOption('--stable-service <service>', 'the ECS service that serves production')
    .option(
      '--canary-service <service>',
      'the canary ECS service to create (default: <stable-service>-canary)',
    )
    .option('--listener-rule-arn <arn>', 'the ALB listener rule that forwards to the stable target group')
    .option('--lattice-service <service>', 'vpc-lattice: the VPC Lattice service (name, ID or ARN)')
    .option('--lattice-listener <listener>', 'vpc-lattice: the listener of lattice-service (name, ID or ARN)')
    .option(
      '--lattice-rule <rule>',
      "vpc-lattice: the rule that forwards to the stable target group (unset: the listener's default action)",
    )
    .option('--mesh <mesh>', 'app-mesh: the mesh of the stable virtual node')
    .option('--virtual-router <router>', 'app-mesh: the virtual router of the route')
    .option('--route <route>', 'app-mesh: the route whose weighted targets get the canary node')
    .option('--stable-node <node>', 'app-mesh: the virtual node the stable service runs')
    .option(
      '--canary-node <node>',
      'app-mesh: the canary virtual node to create (default: <stable-node>-canary)',
    )
    .option(
      '--canary-dns-hostname <hostname>',
      "app-mesh: the canary node's DNS hostname (default: <canary-node> in the stable hostname's domain)",
    )
    .option(
      '--canary-cloud-map-service <name>',
      "app-mesh, a stable node discovered through Cloud Map: the canary's Cloud Map service in the same namespace (default: <canary-node>)",
    )
    .option(
      '--canary-target-group <name>',
      "the canary target group to create (default: the stable target group's name with -canary)",
    )
    .option('--apply', 'make the writes the plan lists')
    .option('--remove', 'delete what init created (with --apply), while the canary has weight 0 and no task')
    .option(
      '--state-machine-name <name>',
      "the orchestrator's state machine name, as the printed cdk command sets it",
      'appmesh-canary',
    )
    .option(
      '--state-machine-arn <arn>',
      "the orchestrator's state machine: --remove refuses while one of its executions runs a canary on these services",
    )
    .option('--write <dir>', 'write the workflows and the workflow role policy under this directory')
    .option('--region <region>', 'AWS Region (default: AWS_REGION)')
    .action(async (options: Record<string, unknown>) => {
      // init's code and its SDK clients load only when it runs.
      const { runInitCommand } = await import('./init-action.js');
      await runInitCommand(options, io);
    });
}
