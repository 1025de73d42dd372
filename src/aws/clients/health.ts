import { awsHealthReaders, healthClients } from '../../health/sources/index.js';

export const health = (region: string) => awsHealthReaders(healthClients({ region }));
