// Steps the end-to-end tests share: a SaaS order filled in and submitted by mouse.

/** Orders a SaaS Pro subscription, post-paid, for `company` in the order form `w` (a Playwright locator); waits for its success card. */
export async function orderSaas(w, company) {
  await w.locator('[part=order-button]').nth(1).click();
  await w.locator('[data-path=paymentMethod] input[value=post-paid]').check();
  await w.locator('[data-path=packageId] select').selectOption('pkg-saas-pro');
  await w.locator('[data-path="customer.companyName"] input').fill(company.name);
  await w.locator('[data-path="customer.contactName"] input').fill('Luis Gil');
  await w.locator('[data-path="customer.email"] input').fill(company.email);
  await w.locator('[data-path="customer.country"] select').selectOption('ES');
  await w.locator('[part=submit-button]').click();
  await w.locator('[part=success]').waitFor();
}
