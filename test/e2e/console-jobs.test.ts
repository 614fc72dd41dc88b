import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildFleet, type Fleet } from '../support/fleet';
import { jobInput, priceFleet, startJobWorkers, submit, waitForStatus } from '../support/jobs';
import type { RunningWorkers } from '../../workers/src/workers';
import { h1, pathOf, shot, shotNarrow, signInAs, useConsoleSuite } from './support';

/*
 * GPU jobs in the browser, against the real server and the real workers (relay, scheduler,
 * provisioner, reconciler) on a priced simulated fleet: a member submits a job through the form
 * (checked before sending, a server refusal shown on its field, a live quote) and watches it reach
 * RUNNING on the list and on its page without reloading, then cancels it; an operator sees every
 * tenant's jobs and raises a pool's internal demand until a SPOT job is preempted, live.
 */

let fleet: Fleet;
let workers: RunningWorkers | undefined;

const suite = useConsoleSuite({
  seed: async (app) => {
    fleet = await buildFleet(app.orm.em.fork());
    await priceFleet(app.orm.em.fork(), fleet);
    workers = await startJobWorkers(app);
  },
});

// Registered after the suite's hooks, so it runs before the app closes.
afterAll(async () => {
  await workers?.close();
});

const SECRET = 'wandb-5e3f9a1c-never-shown';

/** Counts the SubmitJob mutations the page sends from now on (quotes are queries and do not count). */
function countSubmits(page: Page): { readonly count: number } {
  const counter = { count: 0 };
  page.on('request', (req) => {
    if (req.url().endsWith('/graphql') && req.postData()?.includes('mutation SubmitJob')) counter.count++;
  });
  return counter;
}

/** Marks the page so the test can tell it was never reloaded. */
const mark = (page: Page) => page.evaluate('window.__headroomNotReloaded = true');
const stillSamePage = async (page: Page) => expect(await page.evaluate('window.__headroomNotReloaded === true')).toBe(true);

const headerStatus = (page: Page, status: string) => page.locator('.page-header__meta').getByText(status, { exact: true });

describe('GPU jobs in the console', () => {
  it('lets a member submit a job through the form, watch it run live on the list and its page, and cancel it', async () => {
    const { page, world, context, app } = suite;
    await signInAs(page, world.users.member.email);

    // The project's jobs, from its page; this tab stays open on the list and is never reloaded.
    await page.goto(`/projects/${world.projectA.id}`);
    await page.locator('.page-header').getByRole('link', { name: 'Jobs', exact: true }).click();
    await page.waitForURL(`**/projects/${world.projectA.id}/jobs`);
    await h1(page, 'Jobs').waitFor();
    await page.getByRole('heading', { name: 'No jobs yet' }).waitFor();
    await page.locator('.page-header').getByRole('status').getByText('Live', { exact: true }).waitFor();
    await mark(page);
    await shot(page, 'jobs-empty');

    // A second tab submits.
    const tab = await context.newPage();
    tab.on('pageerror', (error) => suite.pageErrors.push(error.message));
    await tab.goto(`/projects/${world.projectA.id}/jobs`);
    await tab.getByRole('link', { name: 'Submit job' }).first().click();
    await tab.waitForURL(`**/projects/${world.projectA.id}/jobs/new`);
    await h1(tab, 'Submit a job').waitFor();
    await tab.getByText('Choose a GPU type to see the price').waitFor();

    // Checked before sending: nothing goes to the server, the first problem gets the focus.
    const submits = countSubmits(tab);
    await tab.getByRole('button', { name: 'Submit job' }).click();
    await tab.getByText('Name the job, e.g. “finetune-llama-70b”.').waitFor();
    await tab.getByText('Enter the container image to run.').waitFor();
    await tab.getByText('Choose at least one GPU type.').waitFor();
    expect(submits.count).toBe(0);
    expect(await tab.getByLabel('Name', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await tab.evaluate('document.activeElement && document.activeElement.name')).toBe('name');
    await shot(tab, 'job-submit-invalid');

    // Filled in, with the keyboard where a person would use it.
    await tab.getByLabel('Name', { exact: true }).fill('train-llm');
    await tab.getByRole('radio', { name: /^A script/ }).check();
    await tab.getByLabel('Script', { exact: true }).fill('#!/bin/bash\ntorchrun train.py');
    await tab.getByRole('checkbox', { name: new RegExp(`^${fleet.gpuType.code}`) }).check();
    await tab.getByRole('checkbox', { name: new RegExp(`^${fleet.region.code}`) }).check();
    await tab.getByLabel('Class', { exact: true }).selectOption('ON_DEMAND');
    await tab.getByLabel('Max duration (hours)').fill('2');
    await tab.getByRole('button', { name: 'Add variable' }).click();
    await tab.getByLabel('Variable 1 name').fill('WANDB_API_KEY');
    await tab.getByLabel('Variable 1 value').fill(SECRET);
    // More GPUs per node than any pool has: only the server knows that.
    await tab.getByLabel('GPUs per node').fill('16');
    await tab.getByRole('button', { name: 'Submit job' }).click();
    const perNode = tab.getByLabel('GPUs per node');
    await tab.getByText(`No pool of ${fleet.gpuType.code} has more than 8 GPUs per node.`).waitFor();
    expect(submits.count).toBe(1);
    expect(await perNode.getAttribute('aria-invalid')).toBe('true');
    // What was typed is kept, secret included.
    expect(await tab.getByLabel('Name', { exact: true }).inputValue()).toBe('train-llm');
    expect(await tab.getByLabel('Variable 1 value').inputValue()).toBe(SECRET);
    expect(await tab.getByRole('checkbox', { name: new RegExp(`^${fleet.gpuType.code}`) }).isChecked()).toBe(true);

    // The live quote: $3.00 per GPU-hour on demand, $48.00 for 8 GPUs over 2 hours, admitted.
    await perNode.fill('8');
    const quote = tab.getByRole('region', { name: `Quote for ${fleet.gpuType.code}` });
    await quote.getByTestId('quote-unit-price').getByText('$3.00').waitFor();
    await quote.getByTestId('quote-total').getByText('$48.00').waitFor();
    await quote.getByText('Would be admitted').waitFor();
    await quote.getByText(fleet.region.code).first().waitFor();
    // SPOT is cheaper: the quote follows the form.
    await tab.getByLabel('Class', { exact: true }).selectOption('SPOT');
    await quote.getByTestId('quote-total').getByText('$16.00').waitFor();
    await tab.getByLabel('Class', { exact: true }).selectOption('ON_DEMAND');
    await quote.getByTestId('quote-total').getByText('$48.00').waitFor();
    await shot(tab, 'job-submit');
    await shotNarrow(tab, 'job-submit-narrow', () => h1(tab, 'Submit a job').waitFor());

    // Sent: the job's own page, live from PENDING to RUNNING.
    await tab.getByRole('button', { name: 'Submit job' }).click();
    await tab.waitForURL(/\/jobs\/job_[^/]+$/);
    const jobId = pathOf(tab).split('/').pop()!;
    await h1(tab, 'train-llm').waitFor();
    await mark(tab);
    await headerStatus(tab, 'Running').waitFor({ timeout: 20_000 });
    await stillSamePage(tab);
    // Why, where, at what price; the timeline and every pool the scheduler considered.
    const timeline = tab.getByRole('list', { name: 'Job events, newest first' });
    await timeline
      .getByText(/^running on /)
      .first()
      .waitFor();
    // Events from before the page subscribed come with its re-read: the whole history, in order.
    await timeline.getByText(/^placed in /).waitFor();
    await timeline.getByText(/^admitted as ON_DEMAND/).waitFor();
    await timeline.getByText('submitted: waiting for the scheduler').waitFor();
    const placement = tab.getByRole('table', { name: 'Pools the scheduler considered' });
    await placement
      .getByRole('row', { name: new RegExp(`${fleet.cluster.name}/${fleet.pool.name}`) })
      .getByText('Chosen')
      .waitFor();
    await tab.getByText('$3.00').first().waitFor();
    await tab.getByText('$48.00').first().waitFor();
    await tab.getByRole('list', { name: 'Nodes' }).getByRole('listitem').first().waitFor();
    await tab.getByRole('list', { name: 'Environment variables' }).getByText('WANDB_API_KEY').waitFor();
    await tab.getByText('value hidden (write-only)').waitFor();
    expect(await tab.content()).not.toContain(SECRET);
    await shot(tab, 'job-running');
    await shotNarrow(tab, 'job-running-narrow', () => h1(tab, 'train-llm').waitFor());

    // The list in the first tab caught up by itself.
    const row = page.getByRole('row', { name: /train-llm/ });
    await row.getByText('Running', { exact: true }).waitFor();
    await stillSamePage(page);
    await shot(page, 'jobs-list');
    // Filters are part of the URL.
    await page.getByLabel('Status', { exact: true }).selectOption('RUNNING');
    await page.waitForURL('**/jobs?status=RUNNING');
    await row.waitFor();
    await page.getByLabel('Status', { exact: true }).selectOption('CANCELLED');
    await page.getByRole('heading', { name: 'No jobs match' }).waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await page.waitForURL(`**/projects/${world.projectA.id}/jobs`);
    await row.waitFor();
    await mark(page);
    await shotNarrow(page, 'jobs-list-narrow', () => row.waitFor());

    // Cancel, after confirming; the page and the list follow.
    await tab.getByRole('button', { name: 'Cancel job' }).click();
    const dialog = tab.getByRole('alertdialog', { name: 'Cancel this job?' });
    await dialog.getByLabel('Reason (optional)').fill('wrong data set');
    await dialog.getByRole('button', { name: 'Cancel job' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await tab.getByRole('status').getByText('Job “train-llm” cancelled.').waitFor();
    await headerStatus(tab, 'Cancelled').waitFor();
    await timeline.getByText(/wrong data set/).waitFor();
    expect(await tab.getByRole('button', { name: 'Cancel job' }).count()).toBe(0);
    await row.getByText('Cancelled', { exact: true }).waitFor();
    await stillSamePage(page);
    await shot(tab, 'job-cancelled');

    // A job that ends while the dialog is open: the server refuses (CONFLICT) and the dialog says so.
    const second = await submit(app, world.tokens.member, jobInput(world.projectA.id, fleet.gpuType.id, { name: 'eval-run' }));
    const secondId = second.data!.submitJob.job.id;
    await tab.goto(`/jobs/${secondId}`);
    await h1(tab, 'eval-run').waitFor();
    await tab.getByRole('button', { name: 'Cancel job' }).click();
    const again = tab.getByRole('alertdialog', { name: 'Cancel this job?' });
    await again.waitFor();
    const elsewhere = await app.gql(
      `mutation($id: ID!) { cancelJob(id: $id) { status } }`,
      { id: secondId },
      { bearer: world.tokens.member },
    );
    expect(elsewhere.errors).toBeUndefined();
    await again.getByRole('button', { name: 'Cancel job' }).click();
    const refusal = again.getByRole('alert').filter({ hasText: 'This job has already ended' });
    await refusal.getByText(/already ended \(CANCELLED\)/).waitFor();
    await shot(tab, 'job-cancel-conflict');
    await again.getByRole('button', { name: 'Close' }).click();
    await again.waitFor({ state: 'hidden' });
    await headerStatus(tab, 'Cancelled').waitFor();

    // Deep links survive a reload.
    await tab.goto(`/jobs/${jobId}`);
    await h1(tab, 'train-llm').waitFor();
    await headerStatus(tab, 'Cancelled').waitFor();
    await tab.close();
  }, 120_000);

  it('shows operators every tenant’s jobs, and a SPOT job preempted live when they raise a pool’s internal demand', async () => {
    const { page, world, app } = suite;
    const spot = await submit(
      app,
      world.tokens.member,
      jobInput(world.projectA.id, fleet.gpuType.id, { name: 'spot-sweep', capacityClass: 'SPOT', gpusPerNode: 8 }),
    );
    const spotId = spot.data!.submitJob.job.id;
    const other = await submit(app, world.tokens.outsider, jobInput(world.projectB.id, fleet.gpuType.id, { name: 'globex-train' }));
    expect(other.errors).toBeUndefined();
    await waitForStatus(app, world.tokens.member, spotId, ['RUNNING']);
    await waitForStatus(app, world.tokens.outsider, other.data!.submitJob.job.id, ['RUNNING']);

    await signInAs(page, world.users.operator.email);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'All jobs' }).click();
    await page.waitForURL('**/jobs');
    await h1(page, 'All jobs').waitFor();
    const spotRow = page.getByRole('row', { name: /spot-sweep/ });
    await spotRow.getByText(world.orgA.name).waitFor();
    await spotRow.getByText('Running', { exact: true }).waitFor();
    await page
      .getByRole('row', { name: /globex-train/ })
      .getByText(world.orgB.name)
      .waitFor();
    await page.getByLabel('Class', { exact: true }).selectOption('SPOT');
    await page.waitForURL('**/jobs?class=SPOT');
    await spotRow.waitFor();
    expect(await page.getByRole('row', { name: /globex-train/ }).count()).toBe(0);
    await shot(page, 'jobs-all-operator');

    // The pool: its internal demand, and what it preempts, as it happens.
    await page.goto(`/pools/${fleet.pool.id}`);
    await h1(page, `${fleet.cluster.name}/${fleet.pool.name}`).waitFor();
    await page.getByRole('heading', { name: 'No preempted jobs' }).waitFor();
    await page.getByRole('status').getByText('Live', { exact: true }).waitFor();
    await mark(page);
    const demand = page.getByLabel('Internal demand (GPUs)');
    expect(await demand.inputValue()).toBe('0');
    await demand.fill('33');
    await page.getByRole('button', { name: 'Set demand' }).click();
    await page.getByText('The pool has 32 GPUs: the demand cannot be larger.').waitFor();
    await demand.fill('32');
    await page.getByRole('button', { name: 'Set demand' }).click();
    await page.getByText('Internal demand set to 32 GPUs.').waitFor();
    const preempted = page.getByRole('table', { name: 'Jobs preempted in this pool' }).getByRole('row', { name: /spot-sweep/ });
    await preempted.getByText('Preempted', { exact: true }).waitFor();
    await preempted.getByText(/internal demand of 32 GPUs/).waitFor();
    await page
      .getByRole('list', { name: /Job events in this pool/ })
      .getByText(/internal demand of 32 GPUs/)
      .waitFor();
    // The pool's figures follow: the SPOT GPUs are back for the owner.
    await page.getByText(/^Internal 0 · reserved 0 · on-demand \d+ · spot 0$/).waitFor();
    await stillSamePage(page);
    const after = await waitForStatus(app, world.tokens.member, spotId, ['PREEMPTED'], 1_000);
    expect(after.preemptedBy).toBe(`pool:${fleet.pool.id}`);
    // On-demand work in a pool that does not reclaim it keeps running.
    expect((await waitForStatus(app, world.tokens.outsider, other.data!.submitJob.job.id, ['RUNNING'], 1_000)).status).toBe('RUNNING');
    await shot(page, 'pool-preemptions');
    await shotNarrow(page, 'pool-preemptions-narrow', () => h1(page, `${fleet.cluster.name}/${fleet.pool.name}`).waitFor());

    // The preempted job's page says why and who.
    await preempted.getByRole('link', { name: 'spot-sweep' }).click();
    await h1(page, 'spot-sweep').waitFor();
    await headerStatus(page, 'Preempted').waitFor();
    await page
      .getByTestId('job-status-message')
      .getByText(/internal demand of 32 GPUs/)
      .waitFor();
    await page.getByText('Why it ended').waitFor();
    await page.goto(`/pools/${fleet.pool.id}`);
    await page.getByLabel('Internal demand (GPUs)').fill('0');
    await page.getByRole('button', { name: 'Set demand' }).click();
    await page.getByText('Internal demand set to 0 GPUs.').waitFor();
  }, 90_000);

  it('keeps viewers to reading, and says so for a job that is not theirs or a broken link', async () => {
    const { page, world } = suite;
    await signInAs(page, world.users.viewer.email);
    await page.goto(`/projects/${world.projectA.id}/jobs`);
    await h1(page, 'Jobs').waitFor();
    await page.getByRole('row', { name: /train-llm/ }).waitFor();
    expect(await page.getByRole('link', { name: 'Submit job' }).count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'All jobs' }).count()).toBe(0);
    await page.goto(`/projects/${world.projectA.id}/jobs/new`);
    await page.getByText('You cannot submit jobs here').waitFor();

    // Another tenant's job is not found; a malformed ID is a broken link.
    await page.getByRole('link', { name: 'See the jobs' }).click();
    const link = page.getByRole('row', { name: /train-llm/ }).getByRole('link', { name: 'train-llm' });
    const href = await link.getAttribute('href');
    await signInAs(page, world.users.outsider.email);
    await page.goto(href!);
    await page.getByRole('alert').getByRole('heading', { name: 'Not found' }).waitFor();
    await shot(page, 'job-not-found');
    await page.goto('/jobs/not-a-job');
    await page.getByRole('alert').getByRole('heading', { name: 'Invalid link' }).waitFor();
  });
});
