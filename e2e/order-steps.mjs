// Steps the end-to-end tests and the screenshots (scripts/screenshot.mjs) share: a SaaS order
// filled in and submitted by mouse, a sale wizard brought to its first line.

/** Fills in a SaaS Pro order for `company` in the order form `w` (a Playwright locator), without sending it. */
export async function fillSaas(w, company, payment = 'post-paid') {
  await w.locator('[part=order-button]').nth(1).click();
  await w.locator(`[data-path=paymentMethod] input[value=${payment}]`).check();
  await w.locator('[data-path=packageId] select').selectOption('pkg-saas-pro');
  await w.locator('[data-path="customer.companyName"] input').fill(company.name);
  await w.locator('[data-path="customer.contactName"] input').fill('Luis Gil');
  await w.locator('[data-path="customer.email"] input').fill(company.email);
  await w.locator('[data-path="customer.country"] select').selectOption('ES');
}

/** Orders a SaaS Pro subscription, post-paid, for `company` in the order form `w`; waits for its success card. */
export async function orderSaas(w, company) {
  await fillSaas(w, company);
  await w.locator('[part=submit-button]').click();
  await w.locator('[part=success]').waitFor();
}

/** In the sale wizard `w`: Contoso as the organization, then 60 users of IT PRO / Practice Test (USD) added as the first line. */
export async function saleFirstLine(w) {
  await w.locator('[data-path=organizationId] input').fill('contoso');
  await w.locator('[data-path=organizationId] [role=option]').first().click();
  await w.locator('[part=next-button]').click();
  await w.locator('[data-path="pending.distributionId"] select').selectOption('dist-itpro-usd');
  await w.locator('[data-path="pending.users"] input').fill('60');
  await w.locator('[data-action=add-distribution]').click();
}
