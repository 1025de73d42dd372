export { isSidecar, resolveAppContainer } from './app-container.js';
export { cleanForRegistration } from './clean.js';
export { envoyHealthCheck, xrayTracingVariable } from './envoy.js';
export { envoyImageFor, envoyImageVersion, partitionOf } from './envoy-image.js';
export { type NodeIdentity, virtualNodeOf } from './node-identity.js';
export {
  defaultEgressIgnoredIps,
  defaultIgnoredUid,
  defaultXrayImage,
  nodeArnVariable,
  nodeNameVariable,
  type ResolvedRenderOptions,
  resolveRenderOptions,
} from './options.js';
export { parseTaskDefinition, toTaskDefinitionDocument } from './parse.js';
export { prepareTaskDefinition } from './plain.js';
export { renderTaskDefinition } from './render.js';
export {
  envoyContainerName,
  type RegistrableTaskDefinition,
  type RenderOptions,
  registrationOnlyFields,
  type TaskDefinitionDocument,
  xrayContainerName,
} from './types.js';
