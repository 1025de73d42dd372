import { VPCLatticeClient } from '@aws-sdk/client-vpc-lattice';
import { clientConfig } from '../client-config.js';

export const vpcLattice = (region: string) => new VPCLatticeClient(clientConfig({ region }));
