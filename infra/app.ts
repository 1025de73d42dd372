import { App } from 'aws-cdk-lib';
import { messageOf } from '../src/errors.js';
import { buildOrchestratorApp } from './orchestrator-app.js';

// `npx cdk deploy -c mesh=apps -c cluster=apps -c services=serviceB,serviceBv2 -c passRoles=arn:...`
try {
  buildOrchestratorApp(new App());
} catch (error) {
  console.error(messageOf(error));
  process.exitCode = 1;
}
