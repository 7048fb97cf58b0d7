import { startPage } from './layout.js';
import { startPromotions } from './promotions.js';
import { startPolicies } from './policies.js';
import { startInsights } from './insights.js';

if (await startPage('marketing')) {
  await Promise.all([startPromotions(), startPolicies(), startInsights()]);
}
