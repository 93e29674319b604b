// A React 19 page with channelkit: the provider and two widgets, objects passed as properties,
// events typed. Type-checked by `npm test` (scripts/check-examples.mjs), including the two lines
// marked as expected errors: they must stay errors.
import { useMemo, useState } from 'react';
import type {} from 'channelkit/react-jsx';
import 'channelkit/provider/define';
import 'channelkit/sale-wizard/define';
import 'channelkit/order-form/define';
import { RestAdapter } from 'channelkit/adapter';
import type { ServicePlan } from 'channelkit/schemas';

export function Sales({ userId, onSale }: { userId: string; onSale: (id: string) => void }) {
  const adapter = useMemo(() => new RestAdapter({ baseUrl: '/api' }), []);
  const [orders, setOrders] = useState<string[]>([]);
  return (
    <channelkit-provider locale="es" adapter={adapter} clock={() => new Date()}>
      <sale-wizard draft-key={`new-sale-${userId}`} onsale-created={(e) => onSale(e.detail.sale.id)} />
      <order-form kind="saas" onorder-created={(e) => setOrders([...orders, e.detail.order.id])} />
      {/* @ts-expect-error: an order form is 'cloud' or 'saas' */}
      <order-form kind="on-premise" />
      {/* @ts-expect-error: a sale's event carries a sale, not an order */}
      <sale-wizard onsale-created={(e) => onSale(e.detail.order.id)} />
    </channelkit-provider>
  );
}

/** A plan editor opened on a plan the page already has (`plan` is a property only). */
export function EditPlan({ plan, adapter }: { plan: ServicePlan; adapter: RestAdapter }) {
  return <service-plan-editor product-id={plan.productId} plan={plan} adapter={adapter} onplan-saved={(e) => console.log(e.detail.plan.id)} />;
}
