import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/ui/define/ck-error-summary.js';
import type { CkErrorSummary, CkFocusFieldDetail } from '../../src/ui/index.js';

describe('form kit: error summary', () => {
  it('lists each problem as a link to its field, is focusable as a named group and is not live', async () => {
    const el = await fixture<CkErrorSummary>(html`<ck-error-summary
      .entries=${[
        { path: 'name', label: 'Name', message: 'Enter a name' },
        { path: 'periods.0.duration.quantity', label: 'Period 1 · Quantity', message: 'Enter 1 or more' },
      ]}
    ></ck-error-summary>`);
    expect(el.getAttribute('role')).to.equal('group');
    expect(el.getAttribute('aria-label')).to.equal('There is a problem');
    expect(el.tabIndex).to.equal(-1);
    expect(el.shadowRoot!.querySelector('[aria-live], [role=alert], [role=status]')).to.equal(null);
    const links = [...el.shadowRoot!.querySelectorAll('button')];
    expect(links.map((b) => b.textContent)).to.deep.equal(['Name: Enter a name', 'Period 1 · Quantity: Enter 1 or more']);
    const chosen: CkFocusFieldDetail[] = [];
    el.addEventListener('ck-focus-field', (e) => chosen.push(e.detail));
    links[1]!.click();
    expect(chosen).to.deep.equal([{ path: 'periods.0.duration.quantity' }]);
    await expect(el).to.be.accessible();
  });

  it('a link reached with Tab draws a solid ring, not only the faint glow', async () => {
    const el = await fixture<CkErrorSummary>(html`<ck-error-summary .entries=${[{ path: 'name', label: 'Name', message: 'Enter a name' }]}></ck-error-summary>`);
    el.focus();
    await sendKeys({ press: 'Tab' });
    const link = el.shadowRoot!.querySelector('button')!;
    expect(el.shadowRoot!.activeElement === link, 'the link has focus').to.equal(true);
    expect(`${getComputedStyle(link).outlineStyle} ${getComputedStyle(link).outlineWidth}`).to.equal('solid 2px');
  });

  it('is hidden and empty with no problem, and speaks the kit language', async () => {
    const el = await fixture<CkErrorSummary>(html`<ck-error-summary></ck-error-summary>`);
    expect(el.hidden).to.equal(true);
    expect(el.shadowRoot!.querySelector('ul')).to.equal(null);
  });
});
