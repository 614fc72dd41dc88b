import { describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Page } from 'playwright-core';
import { buildFleet, type Fleet } from '../support/fleet';
import { makeContract } from '../support/contracts';
import { newId } from '../../server/src/lib/ids';
import { GpuPrice } from '../../server/src/modules/catalog/prices.entity';
import { contractTermsSchema } from '../../server/src/modules/contracts/contract-terms';
import { ContractStatus } from '../../server/src/modules/contracts/contracts.enums';
import { Jurisdiction, PricedClass } from '../../server/src/modules/inventory/inventory.enums';
import type { World } from '../support/world';
import { h1, pathOf, shot, shotNarrow, signInAs, useConsoleSuite } from './support';

/*
 * Contracts in the browser: an account manager drafts one for an organization, sees its
 * activation refused when a commitment does not fit the pool (naming the pool and the GPUs
 * missing), fixes the commitment, activates it, amends it and reads the history as a diff; the
 * quote tool prices work under a contract; customers read their terms, other members see none.
 */

const DAY = 86_400_000;
let fleet: Fleet;
let customerContractId: string;

/**
 * buildFleet's pool (32 GPUs, floor 8: 24 to commit), an ON_DEMAND list price of $2.99 per
 * GPU-hour there, and for organization A an ACTIVE contract in force now: 10% off ON_DEMAND,
 * EU only, nothing retained, no training.
 */
async function seed(em: EntityManager, world: World): Promise<void> {
  fleet = await buildFleet(em, { jurisdiction: Jurisdiction.EU });
  em.create(GpuPrice, {
    id: newId('gpuPrice'),
    gpuType: fleet.gpuType,
    region: fleet.region,
    priceClass: PricedClass.ON_DEMAND,
    currency: 'USD',
    pricePerGpuHour: 2_990_000n,
    effectiveFrom: new Date(Date.now() - 30 * DAY),
  });
  await em.flush();
  const contract = await makeContract(em, world.orgA.id, {
    status: ContractStatus.ACTIVE,
    startsAt: new Date(Date.now() - DAY),
    endsAt: new Date(Date.now() + 60 * DAY),
    terms: contractTermsSchema.parse({
      gpuDiscounts: [{ gpuTypeId: fleet.gpuType.id, priceClass: PricedClass.ON_DEMAND, percent: 10 }],
      allowedJurisdictions: [Jurisdiction.EU],
      retentionDays: 0,
      noTraining: true,
    }),
  });
  customerContractId = contract.id;
}

const suite = useConsoleSuite({ seed: (app, world) => seed(app.orm.em.fork(), world) });

/** Adds a commitment of `gpus` GPUs of the fleet's type in its region at $2.10, on the contract page. */
async function addCommitment(page: Page, gpus: number) {
  const form = page.getByRole('form', { name: 'Add a commitment' });
  await form.getByLabel('GPU type', { exact: true }).selectOption({ label: fleet.gpuType.code });
  await form.getByLabel('Region').selectOption({ label: `${fleet.region.code} · ${fleet.region.name}` });
  await form.getByLabel('GPUs').fill(String(gpus));
  await form.getByLabel(/Rate per GPU-hour/).fill('2.10');
  await form.getByRole('button', { name: 'Add commitment' }).click();
  await form.getByRole('status').getByText(`${gpus} GPUs committed.`).waitFor();
}

describe('contract pages', () => {
  it('lets an account manager draft, activate (refused, then fitting), amend a contract and read its history', async () => {
    const { page, world } = suite;
    await signInAs(page, world.users.accountManager.email);

    // Organizations → organization B's contracts: none yet.
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Organizations' }).click();
    await h1(page, 'Organizations').waitFor();
    await page.getByRole('link', { name: `Contracts of ${world.orgB.name}` }).click();
    await page.waitForURL(`**/orgs/${world.orgB.id}/contracts`);
    await h1(page, 'Contracts and quotas').waitFor();
    await page.getByRole('heading', { name: 'No contract' }).waitFor();

    // A draft: checked before sending, then created with its terms.
    await page.getByRole('link', { name: 'New contract' }).click();
    await h1(page, 'New contract').waitFor();
    const form = page.getByRole('form', { name: 'Create draft' });
    await form.getByRole('button', { name: 'Create draft' }).click();
    await form.getByText('Name the contract, e.g. “Acme AI 2026”.').waitFor();
    await form.getByLabel('Name').fill('Org B enterprise');
    await form.getByRole('button', { name: 'Add GPU discount' }).click();
    await form.getByLabel('GPU type, discount 1').selectOption({ label: fleet.gpuType.code });
    await form.getByLabel('Percent off, discount 1').fill('15');
    await form.getByLabel('Hard').check();
    await form.getByLabel('Cap per calendar month (USD)').fill('25,000');
    await form.getByRole('group', { name: 'Allowed jurisdictions' }).getByLabel('EU').check();
    await form.getByLabel('Retention (days)').fill('0');
    await form.getByLabel('No training').check();
    await form.getByRole('button', { name: 'Create draft' }).click();
    await page.waitForURL(/\/contracts\/ctr_/);
    await h1(page, 'Org B enterprise').waitFor();
    const contractUrl = pathOf(page);
    await page.getByText('Draft', { exact: true }).first().waitFor();
    await page.getByText(`${fleet.gpuType.code} reserved 15%`).waitFor();
    await page.getByText('$25,000.00 a month, hard: work that would pass it is refused').waitFor();

    // 40 GPUs do not fit a pool with 24 to sell: activation is refused, naming what is missing.
    await addCommitment(page, 40);
    await page.getByRole('button', { name: 'Activate' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Activation refused: a commitment does not fit' });
    await refusal.getByText(/Pool p-\w+ cannot reserve 40 GPUs/).waitFor();
    await refusal.getByText('Missing: 16 GPUs of the 40 GPUs committed', { exact: false }).waitFor();
    await refusal.getByRole('link', { name: fleet.pool.id }).waitFor();
    await page.getByText('Draft', { exact: true }).first().waitFor();
    await shot(page, 'contract-activation-refused');

    // 16 fit: remove the 40, add 16, activate.
    await page.getByRole('button', { name: `Remove the commitment of 40 ${fleet.gpuType.code} in ${fleet.region.code}` }).click();
    await page.getByRole('heading', { name: 'No commitments' }).waitFor();
    await addCommitment(page, 16);
    await page.getByRole('button', { name: 'Activate' }).click();
    await page.getByText('Activated: its commitments are reserved.').waitFor();
    await page.getByText('Active', { exact: true }).first().waitFor();
    await page.getByRole('table', { name: 'Commitments' }).getByRole('link', { name: fleet.pool.name }).waitFor();

    // Amend: a deeper discount and 7 days of retention, from tomorrow, with the reason.
    await page.getByRole('link', { name: 'Amend terms' }).click();
    await h1(page, 'Amend Org B enterprise').waitFor();
    const amend = page.getByRole('form', { name: 'Amend contract' });
    expect(await amend.getByLabel('Percent off, discount 1').inputValue()).toBe('15');
    await amend.getByRole('button', { name: 'Amend contract' }).click();
    await amend.getByText('Say why the contract is amended; it is kept in its history.').waitFor();
    await amend.getByLabel('Percent off, discount 1').fill('20');
    await amend.getByLabel('Retention (days)').fill('7');
    await amend.getByLabel('Reason').fill('Renewed with a larger discount');
    await amend.getByRole('button', { name: 'Amend contract' }).click();
    await page.waitForURL(`**${contractUrl}`);
    await page.getByText(/^Version 2, shown here, takes effect/).waitFor();

    // The history, as a diff: version 2 by the account manager, why, and each term from → to.
    const history = page.getByRole('list', { name: 'Contract versions, newest first' });
    await history.getByRole('heading', { name: 'Version 2' }).waitFor();
    await history.getByText('“Renewed with a larger discount”').waitFor();
    await history.getByText(world.users.accountManager.email, { exact: false }).first().waitFor();
    const diff = history.getByRole('table', { name: 'What changed in version 2' });
    const discount = diff.getByRole('row', { name: /GPU discounts/ });
    await discount.getByText(`${fleet.gpuType.code} reserved 15%`).waitFor();
    await discount.getByText(`${fleet.gpuType.code} reserved 20%`).waitFor();
    const retention = diff.getByRole('row', { name: /Retention/ });
    await retention.getByText('Nothing kept').waitFor();
    await retention.getByText('7 days').waitFor();
    expect(await diff.getByRole('row').count()).toBe(3);
    await shot(page, 'contract');

    // The link survives a reload, and the page works narrow.
    await page.reload();
    await h1(page, 'Org B enterprise').waitFor();
    await page.getByRole('heading', { name: 'Version 2' }).waitFor();
    await shotNarrow(page, 'contract-narrow', () => h1(page, 'Org B enterprise').waitFor());
  });

  it('sets and removes a quota for an organization', async () => {
    const { page, world } = suite;
    await signInAs(page, world.users.accountManager.email);
    await page.goto(`/orgs/${world.orgA.id}/contracts`);
    await h1(page, 'Contracts and quotas').waitFor();
    await page.getByRole('heading', { name: 'No quotas' }).waitFor();
    const form = page.getByRole('form', { name: 'Set a quota' });
    await form.getByRole('button', { name: 'Set quota' }).click();
    await form.getByText('Enter the limit (0 allows nothing).').waitFor();
    await form.getByLabel('GPU type', { exact: true }).selectOption({ label: fleet.gpuType.code });
    await form.getByLabel(/^Limit/).fill('16');
    await form.getByRole('button', { name: 'Set quota' }).click();
    await form.getByText(`Quota set: 16 GPUs on ${fleet.gpuType.code} in every region.`).waitFor();
    const quotas = page.getByRole('table', { name: 'Quotas' });
    await quotas
      .getByRole('row', { name: /Concurrent GPUs/ })
      .getByText('16 GPUs')
      .waitFor();
    await shot(page, 'organization-contracts');
    await quotas.getByRole('button', { name: /Remove the quota of 16 GPUs/ }).click();
    await page.getByRole('heading', { name: 'No quotas' }).waitFor();
  });

  it('quotes GPU work for an organization: list against contract price, regions and why', async () => {
    const { page, world } = suite;
    await signInAs(page, world.users.accountManager.email);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Quote' }).click();
    await h1(page, 'Quote').waitFor();
    await page.getByLabel('Price for').selectOption({ label: world.orgA.name });
    await page.waitForURL(`**/quote?org=${world.orgA.id}`);
    const form = page.getByRole('form', { name: 'Quote' });
    await form.getByRole('button', { name: 'Get quote' }).click();
    await form.getByText('Choose a GPU type.').waitFor();
    await form.getByLabel('GPU type').selectOption({ label: fleet.gpuType.code });
    await form.getByRole('button', { name: 'Get quote' }).click();
    const quote = page.getByRole('region', { name: 'GPU quote' });
    await quote.getByText('Would be admitted').waitFor();
    // 8 GPUs × 24 h × $2.99 = $574.08 at list; 10% off under the contract.
    await quote.getByText('$574.08').first().waitFor();
    await quote.getByText('List price less the contract’s discount').waitFor();
    await quote.getByText('10%', { exact: true }).waitFor();
    await quote.getByRole('list', { name: 'Candidate regions' }).getByText('chosen: the cheapest region nothing refuses').waitFor();
    await shot(page, 'quote');
  });

  it('shows customers’ owners their contract read-only, and other members no commercial terms', async () => {
    const { page, world } = suite;
    await signInAs(page, world.users.owner.email);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Contracts' }).click();
    await h1(page, 'Contracts and quotas').waitFor();
    await page.getByRole('table', { name: 'Contracts, newest first' }).getByRole('link').first().click();
    await page.waitForURL(`**/contracts/${customerContractId}`);
    await page.getByText('Yes: never used for training').waitFor();
    await page.getByText(`${fleet.gpuType.code} on demand 10%`).waitFor();
    expect(await page.getByRole('button', { name: 'Activate' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Amend terms' }).count()).toBe(0);
    expect(await page.getByRole('form', { name: 'Add a commitment' }).count()).toBe(0);
    await shot(page, 'contract-customer');

    const member = await suite.browser.newContext({ viewport: { width: 1280, height: 800 }, baseURL: suite.app.url });
    const memberPage = await member.newPage();
    try {
      await signInAs(memberPage, world.users.member.email);
      expect(await memberPage.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Contracts' }).count()).toBe(0);
      await memberPage.goto(`/contracts/${customerContractId}`);
      await memberPage.getByText('Commercial terms are not shown to you').waitFor();
      await memberPage.goto(`/orgs/${world.orgA.id}/contracts`);
      await memberPage.getByText('Commercial terms are not shown to you').waitFor();
      await memberPage.getByRole('heading', { name: 'Quotas', exact: true }).waitFor();
      expect(await memberPage.getByText('Yes: never used for training').count()).toBe(0);
    } finally {
      await member.close();
    }
  });
});
