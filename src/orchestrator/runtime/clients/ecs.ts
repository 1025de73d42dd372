import { ECSClient } from '@aws-sdk/client-ecs';
import { clientConfig } from '../../../aws/client-config.js';
import { Ecs } from '../../../ecs/index.js';

export const ecs = (region: string) => new Ecs(new ECSClient(clientConfig({ region })));
