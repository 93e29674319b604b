/**
 * Layout at every width and zoom (#14, "Done when"), run by `npm run test:full` (npm test runs the
 * 320 px slice, test/components/layout.test.ts): every widget's main states, the lists and
 * <subscription-change> at 320, 375, 768 and 1280 px, and a 1280 px window at 200 % and 400 %
 * zoom. Zoom is emulated as the CSS viewport it gives (WCAG reflow: 1280 / 2 = 640 CSS px,
 * 1280 / 4 = 320 CSS px), the way the browser lays out a zoomed page; device pixels are not
 * emulated (web-test-runner's setViewport has no devicePixelRatio).
 */
import { setViewport } from '@web/test-runner-commands';
import { fitsIn, walkDemoPlayground, walkLists, walkSubscriptions } from '../components/layout-fit.js';
import { walkLicensePurchase, walkOrderForm, walkPlanEditor, walkSaleWizard } from '../components/layout-walks.js';

const SCREENS: [string, number][] = [
  ['320 px', 320],
  ['375 px', 375],
  ['768 px', 768],
  ['1280 px', 1280],
  ['1280 px at 200 % zoom', 640],
  ['1280 px at 400 % zoom', 320],
];

for (const [name, width] of SCREENS) {
  describe(`layout, ${name} (#14)`, () => {
    before(() => setViewport({ width, height: 900 }));
    after(() => setViewport({ width: 800, height: 600 }));
    const fits = fitsIn(width);
    it('<sale-wizard>', () => walkSaleWizard(fits));
    it('<order-form>', async () => void (await walkOrderForm(fits)));
    it('<license-purchase>', () => walkLicensePurchase(fits));
    it('<service-plan-editor>', () => walkPlanEditor(fits));
    it('the lists', () => walkLists(fits));
    it('<subscription-list> and <subscription-change>', () => walkSubscriptions(fits));
    it('the demo’s billing core', () => walkDemoPlayground(fits));
  });
}
