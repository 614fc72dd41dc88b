import { describe, expect, it } from 'vitest';
import { makeGpuType, makeRegion } from '../support/fleet';
import { priceFleet } from '../support/jobs';
import { activeContract, months } from '../support/billing';
import { CapacityClass } from '../../server/src/modules/inventory/inventory.enums';
import { SpendCapMode } from '../../server/src/modules/contracts/contracts.enums';
import { UsageKind } from '../../server/src/modules/metering/usage.enums';
import { ingestUsage } from '../../server/src/modules/metering/usage-ingest.service';
import { rollUpAndRate } from '../../server/src/modules/billing/billing-cycle.service';
import { finalizeInvoice, BILLING_SYSTEM } from '../../server/src/modules/billing/invoice.service';
import { h1, pathOf, shot, shotNarrow, signInAs, useConsoleSuite } from './support';

/*
 * Usage and invoices in the browser: a billing member reads this month's usage as charts, the
 * spend-cap notice and the invoices (with downloads); an account manager voids and re-issues a
 * finalized invoice; a viewer sees usage but no money.
 */

const m = months();
let gpuCode = '';

const suite = useConsoleSuite({
  seed: async (app, world) => {
    const em = app.orm.em.fork();
    const region = await makeRegion(em);
    const gpu = await makeGpuType(em);
    gpuCode = gpu.code;
    await priceFleet(em, { gpuType: gpu, region }, new Date(Date.UTC(2020, 0, 1)));
    // A $100 alert-only cap, passed this month: 40 ON_DEMAND GPU-hours ($120) and 10 SPOT.
    await activeContract(em, world.orgA.id, { startsAt: m.previous, endsAt: new Date(m.next.getTime() + 365 * 86_400_000) }, [
      { from: m.previous, terms: { spendCap: { monthlyMicros: '100000000', mode: SpendCapMode.ALERT } } },
    ]);
    const event = (key: string, capacityClass: CapacityClass, seconds: number, at: Date) => ({
      dedupKey: `e2e-${key}`,
      organizationId: world.orgA.id,
      projectId: world.projectA.id,
      kind: UsageKind.GPU_SECONDS,
      quantity: BigInt(seconds),
      occurredAt: at,
      gpuTypeId: gpu.id,
      capacityClass,
      regionId: region.id,
    });
    await app.orm.em
      .fork()
      .transactional((tx) =>
        ingestUsage(tx, [
          event('now-od', CapacityClass.ON_DEMAND, 40 * 3_600, m.nowish()),
          event('now-spot', CapacityClass.SPOT, 10 * 3_600, m.nowish()),
          event('last', CapacityClass.ON_DEMAND, 5 * 3_600, new Date(m.previous.getTime() + 86_400_000)),
        ]),
      );
    await rollUpAndRate(app.orm.em.fork());
    await app.orm.em.fork().transactional((tx) => finalizeInvoice(tx, world.orgA.id, m.previous, BILLING_SYSTEM));
  },
});

describe('usage and invoices', () => {
  it('shows a billing member this month’s usage as charts, the spend-cap notice, and the invoices with downloads', async () => {
    const { page, world, app } = suite;
    await signInAs(page, world.users.billing.email);
    await page.goto(`/orgs/${world.orgA.id}`);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Usage' }).click();
    await h1(page, 'Usage').waitFor();
    const bars = page.getByRole('img', { name: new RegExp(`^${gpuCode}: 50\\.0 GPU-hours\\. On-demand 40\\.0, Spot 10\\.0\\.$`) });
    await bars.waitFor();
    await page.getByRole('alert').getByText('Spend cap: 100% reached').waitFor();
    await page.getByRole('listitem', { name: new RegExp(`^${m.nowish().toISOString().slice(0, 10)}: 50\\.0 GPU-hours`) }).waitFor();
    await shot(page, 'usage');
    await shotNarrow(page, 'usage-narrow', () => bars.waitFor());

    // The CSV link downloads the same figures with the session cookie.
    const href = await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    const csv = await page.request.get(`${app.url}${href}`);
    expect(csv.status()).toBe(200);
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines.slice(1).reduce((sum, l) => sum + Number(l.split(',')[8]), 0)).toBe(50 * 3_600);

    // Invoices: this month's draft and last month's finalized one.
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Invoices' }).click();
    await h1(page, 'Invoices').waitFor();
    const draftRow = page.getByRole('row', { name: /Draft/ });
    await draftRow.getByRole('cell').last().getByText('$130.00').waitFor();
    await page
      .getByRole('row', { name: /Finalized/ })
      .getByText('$15.00')
      .first()
      .waitFor();
    await shot(page, 'invoices');
    await draftRow.getByRole('link').click();
    await page.waitForURL(/\/invoices\/inv_/);
    await page.getByRole('status').getByText('The month is still open').waitFor();
    const lineRows = page.getByRole('table', { name: 'Invoice lines' }).getByRole('row');
    await lineRows.filter({ hasText: 'On-demand' }).getByText('40.00 GPU-hours').waitFor();
    await page
      .getByRole('table', { name: 'Invoice lines' })
      .getByRole('row', { name: /^Total \$130\.00$/ })
      .waitFor();
    await shot(page, 'invoice');
    const json = await page.request.get(`${app.url}${await page.getByRole('link', { name: 'Download JSON' }).getAttribute('href')}`);
    expect(((await json.json()) as { total: string }).total).toBe('130.000000');
    expect(await page.getByRole('button', { name: 'Void and re-issue' }).count()).toBe(0);
  });

  it('lets an account manager void and re-issue a finalized invoice, asking why first', async () => {
    const { page, world } = suite;
    await signInAs(page, world.users.accountManager.email);
    await page.goto(`/orgs/${world.orgA.id}/invoices`);
    await page
      .getByRole('row', { name: /Finalized/ })
      .first()
      .getByRole('link')
      .click();
    await page.waitForURL(/\/invoices\/inv_/);
    const voidedPath = pathOf(page);
    await page.getByRole('button', { name: 'Void and re-issue' }).click();
    const dialog = page.getByRole('dialog', { name: 'Void and re-issue this invoice?' });
    await dialog.getByRole('button', { name: 'Void and re-issue' }).click();
    await dialog.getByText('Say why it is corrected').waitFor();
    expect(await dialog.getByLabel('Reason').getAttribute('aria-invalid')).toBe('true');
    await dialog.getByLabel('Reason').fill('Billing address corrected');
    await dialog.getByRole('button', { name: 'Void and re-issue' }).click();
    await page.waitForURL((url) => url.pathname !== voidedPath && url.pathname.startsWith('/invoices/'));
    await page.getByRole('link', { name: /^HR-/ }).click();
    await page.waitForURL((url) => url.pathname === voidedPath);
    await page.getByRole('status').getByText('This invoice was voided').waitFor();
    await page.getByText('Billing address corrected').waitFor();
    await shot(page, 'invoice-voided');
  });

  it('shows a viewer usage but no money', async () => {
    const { page, world } = suite;
    await signInAs(page, world.users.viewer.email);
    await page.goto(`/orgs/${world.orgA.id}/usage`);
    await h1(page, 'Usage').waitFor();
    await page.getByRole('img', { name: new RegExp(`^${gpuCode}: 50\\.0 GPU-hours`) }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Invoices' }).count()).toBe(0);
    expect(await page.getByText(/Spend cap/).count()).toBe(0);
  });
});
