import { AppMeshClient } from '@aws-sdk/client-app-mesh';
import { clientConfig } from '../client-config.js';

export const appMesh = (region: string) => new AppMeshClient(clientConfig({ region }));
