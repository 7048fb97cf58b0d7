import { startPage } from './layout.js';
import { startPromotions } from './promotions.js';
import { startPolicies } from './policies.js';
import { startInsights } from './insights.js';
import { startWhatIf } from './whatif.js';
import { startExperiments } from './experiments.js';

if (await startPage('marketing')) {
  await Promise.all([startPromotions(), startPolicies(), startWhatIf(), startExperiments(), startInsights()]);
}
