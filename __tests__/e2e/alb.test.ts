import { itDrawsEveryJobSummary } from './job-summaries.js';
import { describeTargetGroupRouter } from './target-group-routers.js';

describeTargetGroupRouter('alb');

itDrawsEveryJobSummary('alb.test.ts');
