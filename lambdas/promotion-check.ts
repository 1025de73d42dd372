import { ecs } from '../src/aws/clients/ecs.js';
import { progressHandler } from '../src/orchestrator/runtime/handler.js';
import { promotionCheck } from '../src/orchestrator/steps/promotion-check.js';

/** Task state PromotionCheck. */
export const handler = progressHandler('PromotionCheck', promotionCheck, { ecs });
