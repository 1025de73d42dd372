import { SFNClient } from '@aws-sdk/client-sfn';
import { clientConfig } from '../../../aws/client-config.js';
import { Executions } from '../../sfn.js';

export const executions = () => new Executions(new SFNClient(clientConfig()));
