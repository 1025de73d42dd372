import { parseArgs } from 'node:util';
import { startLocalStack } from './index.js';

/** `npm run local-stack`: the local endpoint for people, until Ctrl-C. */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4566' },
    scenario: { type: 'string' },
    'ms-per-minute': { type: 'string', default: '50' },
    verbose: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(`Usage: npm run local-stack -- [--port 4566] [--scenario local/scenarios/versions.json]
                              [--ms-per-minute 50] [--verbose]
Serves App Mesh, VPC Lattice, ELBv2, ECS, CloudWatch, X-Ray and Step Functions on 127.0.0.1, seeded with the
getting-started mesh and the VPC Lattice service and ALB in front of the same ECS services.
--port 0: any free port. --ms-per-minute: real milliseconds per simulated minute. --verbose: the Lambda handlers' logs.
Stops on Ctrl-C (SIGINT) or SIGTERM.`);
  process.exit(0);
}

const port = Number(values.port);
const stack = await startLocalStack({
  port,
  msPerSimMinute: Number(values['ms-per-minute']),
  ...(values.scenario ? { scenario: values.scenario } : {}),
  handlerLogLevel: values.verbose ? 'INFO' : 'SILENT',
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

const shutdown = async () => {
  await stack.stop();
  process.exit(0);
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
process.once('SIGHUP', shutdown);
