export type { SubscriptionOpenRequestedDetail } from '../../src/ui/subscription-events.js';
export type { ListQueryChangeDetail } from '../../src/ui/controllers/list-query.js';
