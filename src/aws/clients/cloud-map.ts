import { ServiceDiscoveryClient } from '@aws-sdk/client-servicediscovery';
import { clientConfig } from '../client-config.js';

export const cloudMap = (region: string) => new ServiceDiscoveryClient(clientConfig({ region }));
