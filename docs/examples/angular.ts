// An Angular standalone component with channelkit: CUSTOM_ELEMENTS_SCHEMA lets its template use the
// kit's tags, [property] sets objects, (event) listens. Type-checked by `npm test`
// (scripts/check-examples.mjs) against @angular/core; Angular's template compiler does not check
// custom elements' inputs (the schema turns that off), so the handlers cast to the typed event.
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import 'channelkit/provider/define';
import 'channelkit/license-purchase/define';
import { RestAdapter } from 'channelkit/adapter';
import type { LicensePurchase, LicensesPurchasedDetail } from 'channelkit/license-purchase';
import { KIT_TAGS } from 'channelkit/provider';

@Component({
  selector: 'app-licenses',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <button (click)="start(purchase)">Buy</button>
    <channelkit-provider locale="en" [adapter]="adapter">
      <license-purchase #purchase (licenses-purchased)="bought($event)"></license-purchase>
    </channelkit-provider>
  `,
})
export class LicensesComponent {
  adapter = new RestAdapter({ baseUrl: '/api' });
  /** The kit's tags, e.g. for a host's own check that no other unknown element slipped in. */
  readonly kitTags = KIT_TAGS;
  start(purchase: LicensePurchase) {
    void purchase.start();
  }
  bought(e: Event) {
    const { purchase } = (e as CustomEvent<LicensesPurchasedDetail>).detail;
    console.log(purchase.licenses.length);
  }
}
