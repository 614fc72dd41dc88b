import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiKeyScope } from '../../server/src/modules/tenancy/tenancy.enums';
import { countGraphqlRequests, DESKTOP, h1, NARROW, SCREENSHOTS, shot, shotNarrow, signInAs, useConsoleSuite } from './support';

/*
 * API keys and the audit log in the browser: a member creates a key, sees the secret once,
 * copies it and revokes it; a viewer only reads; an admin follows it all in the audit log.
 */

const suite = useConsoleSuite();

const SECRET = /^hrk_[0-9a-z]{12}\.[A-Za-z0-9_-]{43}$/;

describe('API keys', () => {
  it('lets a member create a key, shows the secret once with a copy button, and revoke it', async () => {
    const { page, world, app, context } = suite;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
    await signInAs(page, world.users.member.email);

    // From the project page to its keys.
    await page.goto(`/projects/${world.projectA2.id}`);
    await page.getByRole('link', { name: 'API keys' }).click();
    await page.waitForURL(`**/projects/${world.projectA2.id}/keys`);
    await h1(page, 'API keys').waitFor();
    await page.getByRole('heading', { name: 'No API keys yet' }).waitFor();
    await shot(page, 'api-keys-empty');

    // The form checks before sending: no name, no scope.
    await page.getByRole('button', { name: 'Create API key' }).first().click();
    const form = page.getByRole('dialog', { name: 'Create an API key' });
    await form.waitFor();
    const requests = countGraphqlRequests(page);
    await form.getByLabel('Name').fill('   ');
    await form.getByRole('checkbox', { name: /^Read/ }).uncheck();
    await form.getByRole('button', { name: 'Create key' }).click();
    await form.getByText('Name the key, e.g. after the script or service that uses it.').waitFor();
    await form.getByText('Choose at least one scope.').waitFor();
    expect(requests.count).toBe(0);
    expect(await form.getByLabel('Name').getAttribute('aria-invalid')).toBe('true');
    await shot(page, 'api-keys-create-invalid');

    // A valid key.
    await form.getByLabel('Name').fill('CI deploys');
    await form.getByRole('checkbox', { name: /^Read/ }).check();
    await form.getByRole('checkbox', { name: /^Jobs: write/ }).check();
    await form.getByRole('button', { name: 'Create key' }).click();

    // The secret, once, with the warning.
    const secretDialog = page.getByRole('dialog', { name: 'Copy your new API key' });
    await secretDialog.waitFor();
    await secretDialog.getByText('You won’t see this key again').waitFor();
    const secret = await secretDialog.getByLabel('Secret for “CI deploys”').inputValue();
    expect(secret).toMatch(SECRET);
    await secretDialog.getByRole('button', { name: 'Copy' }).click();
    await secretDialog.getByRole('button', { name: 'Copied' }).waitFor();
    // (A string: the test project has no DOM types.)
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(secret);
    await shot(page, 'api-keys-secret');

    // The copied secret is a working key for this project.
    const asKey = await app.gql<{ viewer: { apiKey: { name: string; project: { id: string } } } }>(
      '{ viewer { apiKey { name project { id } } } }',
      {},
      { bearer: secret },
    );
    expect(asKey.data?.viewer.apiKey).toEqual({ name: 'CI deploys', project: { id: world.projectA2.id } });

    // Escape does not lose it by accident; the button does, and the secret is gone from the page.
    await page.keyboard.press('Escape');
    await secretDialog.waitFor();
    await secretDialog.getByRole('button', { name: 'I’ve stored the key' }).click();
    await secretDialog.waitFor({ state: 'hidden' });
    expect(await page.content()).not.toContain(secret);
    const row = page.getByRole('row', { name: /CI deploys/ });
    await row.getByText('Active').waitFor();
    await row.getByText('Jobs: write').waitFor();
    await page.getByRole('status').getByText('Key “CI deploys” created.').waitFor();

    // Revoke, after confirming.
    await row.getByRole('button', { name: 'Revoke CI deploys' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Revoke this API key?' });
    await confirm.waitFor();
    await shot(page, 'api-keys-revoke');
    await confirm.getByRole('button', { name: 'Revoke key' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await row.getByText('Revoked', { exact: true }).waitFor();
    expect(await row.getByRole('button', { name: /Revoke/ }).count()).toBe(0);
    await shot(page, 'api-keys-list');

    // The key is refused from now on.
    const refused = await app.gql('{ viewer { apiKey { id } } }', {}, { bearer: secret });
    expect(refused.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('shows a server field error on its field and keeps what was typed', async () => {
    const { page, world } = suite;
    await signInAs(page, world.users.member.email);
    // The server has the last word: answer as it does for a name it refuses.
    await page.route('**/graphql', async (route) => {
      if (!route.request().postData()?.includes('CreateApiKey')) return route.continue();
      await route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          data: null,
          errors: [{ message: 'Invalid input.name: name is taken', extensions: { code: 'BAD_USER_INPUT', field: 'input.name' } }],
        }),
      });
    });
    await page.goto(`/projects/${world.projectA.id}/keys`);
    await page.getByRole('button', { name: 'Create API key' }).first().click();
    const form = page.getByRole('dialog', { name: 'Create an API key' });
    await form.getByLabel('Name').fill('Nightly export');
    await form.getByRole('checkbox', { name: /^Billing: read/ }).check();
    await form.getByRole('button', { name: 'Create key' }).click();
    await form.getByText('Invalid input.name: name is taken').waitFor();
    expect(await form.getByLabel('Name').inputValue()).toBe('Nightly export');
    expect(await form.getByRole('checkbox', { name: /^Billing: read/ }).isChecked()).toBe(true);
    expect(await page.evaluate('document.activeElement?.getAttribute("name")')).toBe('name');
  });

  it('gives a viewer a read-only list', async () => {
    const { page, world } = suite;
    await world.apiKey([ApiKeyScope.READ]);
    await signInAs(page, world.users.viewer.email);
    await page.goto(`/projects/${world.projectA.id}/keys`);
    await h1(page, 'API keys').waitFor();
    await page.getByText('You can see this project’s keys as viewer.').waitFor();
    await page.getByRole('row', { name: /key READ/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Create API key' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Revoke/ }).count()).toBe(0);
    await shot(page, 'api-keys-viewer');
    await shotNarrow(page, 'api-keys-viewer-narrow', () => h1(page, 'API keys').waitFor());
  });

  it('tells billing users they cannot see keys', async () => {
    const { page, world } = suite;
    await signInAs(page, world.users.billing.email);
    await page.goto(`/projects/${world.projectA.id}/keys`);
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: 'Access denied' }).waitFor();
    await alert.getByRole('link', { name: 'Back to the project' }).waitFor();
  });
});

describe('audit log', () => {
  it('shows an admin who did what, filters it and loads more with the cursor', async () => {
    const { page, world, app } = suite;
    // 55 renames by the owner: more than one page of 50.
    for (let i = 0; i < 55; i++) {
      const res = await app.gql(
        'mutation($i: UpdateProjectInput!) { updateProject(input: $i) { id } }',
        { i: { id: world.projectA2.id, description: `Revision ${i}` } },
        { bearer: world.tokens.owner },
      );
      expect(res.errors).toBeUndefined();
    }
    // And a refused attempt by the viewer.
    const denied = await app.gql(
      'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }',
      { i: { projectId: world.projectA.id, name: 'nope', scopes: ['READ'] } },
      { bearer: world.tokens.viewer },
    );
    expect(denied.errors?.[0]?.extensions.code).toBe('FORBIDDEN');

    await signInAs(page, world.users.admin.email);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Audit log' }).click();
    await page.waitForURL(`**/orgs/${world.orgA.id}/audit`);
    await h1(page, 'Audit log').waitFor();
    const rows = page.locator('table tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(50);
    // Newest first: the viewer's refused attempt, with its outcome, error code and request ID.
    const first = rows.first();
    await first.getByText('createApiKey').waitFor();
    await first.getByText('Denied').waitFor();
    await first.getByText('FORBIDDEN').waitFor();
    await first.getByText(world.users.viewer.id).waitFor();
    expect(await first.locator('td').last().innerText()).toMatch(/\S{8,}/);
    await shot(page, 'audit-log');

    await page.getByRole('button', { name: 'Load more' }).click();
    await page.getByText(/events, all shown/).waitFor();
    expect(await rows.count()).toBeGreaterThan(55);

    // Filter by action (the member's key and the viewer's refusal); the filter lives in the URL and survives a reload.
    await page.getByLabel('Action').fill('createApiKey');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL('**/audit?action=createApiKey');
    await page.reload();
    await page.getByText('2 events, all shown').waitFor();
    expect(await page.getByLabel('Action').inputValue()).toBe('createApiKey');
    expect(await rows.locator('td:nth-child(3)').allInnerTexts()).toEqual(['createApiKey', 'createApiKey']);
    await rows.getByText('Allowed').waitFor();
    await shot(page, 'audit-log-filtered');

    // A bad filter is caught before anything is sent.
    await page.getByLabel('Actor ID').fill('someone');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('Enter a user ID (usr_…) or an API key ID (key_…).').waitFor();
    await page.getByLabel('Actor ID').fill('');

    // A time range with nothing in it.
    await page.getByLabel('From').fill('2001-01-01T00:00');
    await page.getByLabel('Until').fill('2001-01-02T00:00');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByRole('heading', { name: 'No events match' }).waitFor();
    await shot(page, 'audit-log-empty');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/audit') && url.search === '');
    await rows.nth(49).waitFor();
    // A phone: rows stack; the shot is of the screen, as the log is long.
    await page.setViewportSize(NARROW);
    await rows.first().waitFor();
    await page.getByRole('heading', { name: 'Events' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'audit-log-narrow.png') });
    await page.setViewportSize(DESKTOP);
  });

  it('is not offered to members, and the API refuses them', async () => {
    const { page, world } = suite;
    await signInAs(page, world.users.member.email);
    await page.goto(`/orgs/${world.orgA.id}`);
    await h1(page, world.orgA.name).waitFor();
    expect(await page.getByRole('link', { name: 'Audit log' }).count()).toBe(0);
    await page.goto(`/orgs/${world.orgA.id}/audit`);
    await page.getByRole('alert').getByRole('heading', { name: 'Access denied' }).waitFor();
  });
});
