import { itDrawsEveryJobSummary } from './job-summaries.js';
import { describeTargetGroupRouter } from './target-group-routers.js';

describeTargetGroupRouter('vpc-lattice');

itDrawsEveryJobSummary('vpc-lattice.test.ts');
