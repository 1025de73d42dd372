import { startLocalStack } from './index.js';
import { parseStackOptions, type StackOptions, UsageError } from './stack-options.js';

/** `npm run local-stack`: the local endpoint for people, until Ctrl-C. */
let options: StackOptions;
try {
  options = parseStackOptions(process.argv.slice(2));
} catch (error) {
  // A mistake on the command line is the person's to fix: one line, no stack trace.
  if (!(error instanceof UsageError)) throw error;
  console.error(error.message);
  process.exit(1);
}

if (options.help) {
  console.log(`Usage: npm run local-stack -- [--port 4566] [--scenario local/scenarios/versions.json]
                              [--ms-per-minute 50] [--seed stable-only] [--verbose]
Serves App Mesh, VPC Lattice, ELBv2, ECS, Cloud Map, CloudWatch, X-Ray and Step Functions on 127.0.0.1, seeded with the
getting-started mesh and the VPC Lattice service and ALB in front of the same ECS services.
--port 0: any free port. --ms-per-minute: real milliseconds per simulated minute. --verbose: the Lambda handlers' logs.
--seed stable-only: serviceB alone (its target groups, rule and route), for appmesh-canary init;
--seed stable-only-cloud-map: the same, serviceB's node discovered through Cloud Map (apps.local);
--seed stable-only-cloud-map-dns: the same, discovered as serviceB.apps.local, the name Cloud Map answers.
Stops on Ctrl-C (SIGINT) or SIGTERM.`);
  process.exit(0);
}

const { port } = options;
const stack = await startLocalStack({
  port,
  msPerSimMinute: options.msPerSimMinute,
  seed: options.seed,
  ...(options.scenario ? { scenario: options.scenario } : {}),
  handlerLogLevel: options.verbose ? 'INFO' : 'SILENT',
  // Each hook call, with its payload and answer.
  log: (line) => console.log(line),
}).catch((error: NodeJS.ErrnoException) => {
  if (error.code !== 'EADDRINUSE') throw error;
  console.error(
    `port ${port} is in use (a local stack still running?): stop it, or pass --port N (--port 0: any free port)`,
  );
  process.exit(1);
});

console.log(`local AWS endpoint: ${stack.endpoint} (1 simulated minute = ${stack.clock.msPerSimMinute} ms)`);
console.log(`state machine:      ${stack.stateMachineArn}`);
console.log('reach it with:');
for (const [name, value] of Object.entries(stack.env)) console.log(`  export ${name}=${value}`);
console.log(
  'seeded: mesh apps (route serviceB: 100% serviceB), cluster apps (services serviceB, serviceBv2)',
);
console.log('        VPC Lattice service serviceb (rule all-paths), ALB apps (listener 80, rule 10)');
console.log(`traffic on: ${JSON.stringify(stack.scenario.current.router)}`);
console.log(
  `test requests: ${stack.dataPlane.url} (routed by the router's routes and rules as they are now)`,
);
const hooks = stack.scenario.current.hooks;
if (hooks.functions.length > 0)
  console.log(
    `hook functions: ${hooks.functions.map((one) => stack.hooks.functionArn(one.name)).join(', ')}`,
  );
if (hooks.taskDefinitions.length > 0)
  console.log(`hook task definitions: ${hooks.taskDefinitions.map((one) => one.family).join(', ')}`);
if (hooks.endpoints.length > 0)
  console.log(
    `hook endpoints: ${hooks.endpoints.map((one) => stack.hooks.endpointUrl(one.path)).join(', ')}`,
  );
for (const connection of hooks.connections)
  console.log(`hook connection ${connection.name}: ${stack.hooks.connectionArn(connection.name)}`);

const shutdown = async () => {
  await stack.stop();
  process.exit(0);
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
process.once('SIGHUP', shutdown);
