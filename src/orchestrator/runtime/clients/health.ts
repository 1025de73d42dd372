import { awsHealthReaders, healthClients } from '../../../health/index.js';

export const health = (region: string) => awsHealthReaders(healthClients({ region }));
