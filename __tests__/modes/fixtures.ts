export {
  canaryNew,
  canaryPrevious,
  executionArnOf,
  region,
  seedDocument,
  stablePrevious,
  stateMachineArn as stableMachine,
  taskDefinitionArn,
} from '../orchestrator/fixtures.js';
