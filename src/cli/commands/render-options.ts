import type { Command } from 'commander';

/** The Envoy and proxy options that `render` and `deploy` share; named exactly as the Action's inputs. */
export function addRenderOptions(command: Command): Command {
  return command
    .option('--container-name <name>', 'the app container (default: the only essential non-Envoy container)')
    .option('--image <image>', 'new image of the app container')
    .option('--envoy-image <image>', 'Envoy image (default: the App Mesh image for the region)')
    .option(
      '--envoy-node-identity <kind>',
      'arn (APPMESH_RESOURCE_ARN) or name (legacy APPMESH_VIRTUAL_NODE_NAME)',
    )
    .option('--ignored-uid <uid>', 'Envoy user and proxy IgnoredUID (default 1337)')
    .option('--app-ports <ports>', 'AppPorts, comma-separated (default: the app container ports)')
    .option('--egress-ignored-ports <ports>', 'EgressIgnoredPorts, comma-separated')
    .option('--egress-ignored-ips <ips>', 'EgressIgnoredIPs (default 169.254.170.2,169.254.169.254)')
    .option('--enable-xray [true|false]', 'add the X-Ray daemon and turn on Envoy tracing')
    .option('--xray-image <image>', 'X-Ray daemon image')
    .option('--envoy-memory <mib>', 'Envoy container memory in MiB')
    .option('--envoy-cpu <units>', 'Envoy container CPU units');
}
