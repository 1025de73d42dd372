import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { clientConfig } from '../client-config.js';

export const elbv2 = (region: string) => new ElasticLoadBalancingV2Client(clientConfig({ region }));
