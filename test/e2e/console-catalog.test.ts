import { describe, expect, it } from 'vitest';
import { buildFleet, type Fleet } from '../support/fleet';
import { newId } from '../../server/src/lib/ids';
import { seedCatalog } from '../../server/src/modules/catalog/catalog.seed';
import { createGpuType, createRegion } from '../../server/src/modules/inventory/inventory.service';
import { GpuVendor, Interconnect, Jurisdiction } from '../../server/src/modules/inventory/inventory.enums';
import { h1, shot, shotNarrow, signInAs, useConsoleSuite } from './support';

/*
 * The catalog as a customer sees it: models with token prices, a model's price history, and GPU
 * list prices per GPU type, region and class, all formatted as money.
 */

let fleet: Fleet;

const suite = useConsoleSuite({
  seed: async (app) => {
    const em = app.orm.em.fork();
    fleet = await buildFleet(em);
    const usEast = await createRegion(em, { code: 'us-east', name: 'US East (Virginia)', jurisdiction: Jurisdiction.US });
    const h100 = await createGpuType(em, { code: 'H100-80GB', vendor: GpuVendor.NVIDIA, memoryGb: 80, interconnect: Interconnect.NVLINK });
    await seedCatalog(em, { regions: [fleet.region, usEast], gpuTypes: [fleet.gpuType, h100] });
  },
});

// "$0.88", "$12.50", "$1,234.5678": a currency symbol, grouped digits, at least two decimals.
const MONEY = /^\$\d{1,3}(,\d{3})*\.\d{2,6}$/;

describe('catalog', () => {
  it('lists models with their token prices as money, filters by status, and shows a price history', async () => {
    const { page, world } = suite;
    await signInAs(page, world.users.member.email);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Models' }).click();
    await page.waitForURL('**/models');
    await h1(page, 'Models').waitFor();

    const row = (key: string) => page.getByRole('row').filter({ has: page.getByRole('link', { name: key, exact: true }) });
    const llama = row('meta-llama/Llama-3.3-70B-Instruct');
    await llama.waitFor();
    // Input and output per million tokens: exact, never floating-point noise.
    expect(await llama.locator('td.money').allInnerTexts()).toEqual(['$0.88', '$0.88']);
    expect(await row('mistralai/Mistral-Small-24B-Instruct-2501').locator('td.money').allInnerTexts()).toEqual(['$0.20', '$0.60']);
    expect(await row('meta-llama/Llama-3.1-405B-Instruct').locator('td.money').allInnerTexts()).toEqual(['$3.50', '$3.50']);
    const prices = await page.locator('td.money').allInnerTexts();
    expect(prices.length).toBe(24);
    for (const price of prices) expect(price).toMatch(MONEY);
    await llama.getByText('128K').waitFor();
    await llama.getByText('70.6B').waitFor();
    await llama.getByText('us-east').waitFor();
    // The deprecated model says when it goes away.
    await row('mistralai/Mixtral-8x22B-Instruct-v0.1')
      .getByText(/^Sunset \w{3} \d{1,2}, \d{4}$/)
      .filter({ visible: true })
      .waitFor();
    await shot(page, 'models');

    // Filter by status, in the URL.
    await page.getByLabel('Status').selectOption('DEPRECATED');
    await page.waitForURL('**/models?status=DEPRECATED');
    await page.getByRole('heading', { name: 'Deprecated models' }).waitFor();
    await row('mistralai/Mixtral-8x22B-Instruct-v0.1').waitFor();
    expect(await page.locator('tbody tr').count()).toBe(1);
    await shot(page, 'models-deprecated');
    await page.getByLabel('Status').selectOption('');
    await llama.waitFor();

    // A model's page: its price now, and the earlier price in its history.
    await llama.getByRole('link').first().click();
    await h1(page, 'meta-llama/Llama-3.3-70B-Instruct').waitFor();
    const history = page.getByRole('table');
    const rows = history.locator('tbody tr');
    await rows.nth(1).waitFor();
    expect(await rows.count()).toBe(2);
    await rows.first().getByText('In force').waitFor();
    expect(await rows.first().locator('td.money').allInnerTexts()).toEqual(['$0.88', '$0.88']);
    await rows.nth(1).getByText('Ended').waitFor();
    expect(await rows.nth(1).locator('td.money').allInnerTexts()).toEqual(['$0.99', '$0.99']);
    await shot(page, 'model');
    await shotNarrow(page, 'models-narrow', async () => {
      await page.goto('/models');
      await llama.waitFor();
    });
  });

  it('shows GPU list prices per GPU-hour, by GPU type, region and class', async () => {
    const { page, world } = suite;
    await signInAs(page, world.users.viewer.email);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'GPU prices' }).click();
    await h1(page, 'GPU prices').waitFor();

    const h100 = page.getByRole('table', { name: 'H100-80GB list prices per GPU-hour, by region and class' });
    // US on-demand $2.99; RESERVED 70% → $2.09; SPOT 40% → $1.20. The EU region costs 12% more.
    const us = h100.getByRole('row', { name: /us-east/ });
    expect(await us.locator('td .money').allInnerTexts()).toEqual(['$2.99', '$2.09', '$1.20']);
    const eu = h100.getByRole('row', { name: new RegExp(fleet.region.code) });
    expect(await eu.locator('td .money').allInnerTexts()).toEqual(['$3.35', '$2.34', '$1.34']);
    // Unknown GPU code: about 3.5 cents per GB of memory (80 GB → $2.80 on demand, in the US).
    const other = page.getByRole('table', { name: new RegExp(`^${fleet.gpuType.code} list prices`) });
    expect(
      await other
        .getByRole('row', { name: /us-east/ })
        .locator('td .money')
        .allInnerTexts(),
    ).toEqual(['$2.80', '$1.96', '$1.12']);
    await shot(page, 'gpu-prices');

    // Filter to one region.
    await page.getByLabel('Region').selectOption('us-east');
    await page.waitForURL('**/prices?region=us-east');
    expect(await page.getByRole('row', { name: new RegExp(fleet.region.code) }).count()).toBe(0);
    await shotNarrow(page, 'gpu-prices-narrow', () => h1(page, 'GPU prices').waitFor());
  });

  it('answers an unknown model with "not found", and a broken link as such', async () => {
    const { page, world } = suite;
    await signInAs(page, world.users.member.email);
    await page.goto(`/models/${newId('model')}`);
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: 'Not found' }).waitFor();
    await alert.getByRole('link', { name: 'Back to the models' }).waitFor();
    await page.goto('/models/not-a-model');
    await alert.getByRole('heading', { name: 'Invalid link' }).waitFor();
  });
});
