import { Command } from 'commander';
import { version } from '../version.js';
import { registerAnalyzeCommand } from './commands/analyze.js';
import { registerInitCommand } from './commands/init.js';
import { registerModeCommands } from './commands/modes.js';
import { registerRenderCommand } from './commands/render.js';
import { registerSetWeightCommand } from './commands/set-weight.js';
import { registerWeightsCommand } from './commands/weights.js';
import type { CliIo } from './io.js';

export function buildProgram(io: CliIo): Command {
  const program = new Command('appmesh-canary')
    .description('Canary deployments for Amazon ECS services in AWS App Mesh')
    .version(version)
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride();
  registerRenderCommand(program, io);
  registerModeCommands(program, io);
  registerWeightsCommand(program, io);
  registerSetWeightCommand(program, io);
  registerAnalyzeCommand(program, io);
  registerInitCommand(program, io);
  return program;
}
