import { ECSClient } from '@aws-sdk/client-ecs';
import { Ecs } from '../../ecs/index.js';
import { clientConfig } from '../client-config.js';

export const ecs = (region: string) => new Ecs(new ECSClient(clientConfig({ region })));
