import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/app';
import { buildWorld, TEST_PASSWORD, type World } from '../support/world';

/*
 * The console in a real browser against the real server. Builds nothing: `npm test` builds the
 * console first (`npm run build -w console`). Uses Debian's Chromium, never a downloaded one.
 */

const here = __dirname;
const CONSOLE_DIST = resolve(here, '../../console/dist');
const SCREENSHOTS = join(here, 'screenshots');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const DESKTOP = { width: 1280, height: 800 };
const NARROW = { width: 390, height: 844 };

let app: TestApp;
let world: World;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  if (!existsSync(join(CONSOLE_DIST, 'index.html'))) {
    throw new Error(`The console is not built: ${CONSOLE_DIST}/index.html is missing. Run \`npm run build -w console\` first.`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}. Install Debian's: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  // Two free failures, so the rate limit is reachable in a few attempts.
  app = await startTestApp({ SIGNIN_FREE_FAILURES: '2' }, { consoleDir: CONSOLE_DIST });
  world = await buildWorld(app.orm);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: DESKTOP, baseURL: app.url });
  context.setDefaultTimeout(10_000);
  page = await context.newPage();
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // E2E_DEBUG=1 logs the page's console and every request, for a failure that only happens in CI.
  if (process.env['E2E_DEBUG']) {
    page.on('console', (m) => console.log(`[console.${m.type()}]`, m.text()));
    page.on('request', (r) => console.log(`[request ${Date.now() % 100000}]`, r.method(), r.url(), r.postData()?.slice(0, 80)));
    page.on('response', (r) => console.log(`[response ${Date.now() % 100000}]`, r.status(), r.url()));
    page.on('requestfailed', (r) => console.log('[failed]', r.url(), r.failure()?.errorText));
  }
});

afterEach(async ({ task }) => {
  // What the browser showed when a test failed, next to the other screenshots.
  if (task.result?.errors?.length) {
    const name = task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
    await page.screenshot({ path: join(SCREENSHOTS, `failed-${name}.png`), fullPage: true }).catch(() => undefined);
  }
  await context?.close();
  // An uncaught exception in the console is a failure even when the page looked right.
  expect(pageErrors).toEqual([]);
});

const pathOf = (p: Page) => {
  const url = new URL(p.url());
  return url.pathname + url.search;
};

const h1 = (name: string) => page.getByRole('heading', { level: 1, name });

async function signIn(email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function shot(name: string) {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

describe('console sign-in', () => {
  it('signs an org admin in, shows organization A and its projects, survives a reload of a deep link, signs out', async () => {
    // Signed out, `/` goes to the sign-in page.
    await page.goto('/');
    await page.waitForURL('**/sign-in');
    await h1('Sign in to your console').waitFor();
    await shot('sign-in');

    await signIn(world.users.admin.email, TEST_PASSWORD);

    // `/` opens the admin's (only) organization.
    await page.waitForURL(`**/orgs/${world.orgA.id}`);
    await h1(world.orgA.name).waitFor();
    const projects = page.getByRole('table');
    await projects.getByRole('link', { name: 'Project A', exact: true }).waitFor();
    await projects.getByRole('link', { name: 'Project A2', exact: true }).waitFor();
    expect(await page.getByText('Your role: Admin').count()).toBe(1);
    // The header: the organization switcher shows A, the user is named, and B is nowhere.
    expect(await page.getByRole('combobox', { name: 'Organization' }).inputValue()).toBe(world.orgA.id);
    await page.getByText(world.users.admin.email).waitFor();
    expect(await page.getByText(world.orgB.name).count()).toBe(0);
    expect(await page.title()).toBe(`${world.orgA.name} · Headroom`);
    await shot('shell-organization');

    // Into a project by its link; the deep link survives a full reload (the server serves index.html).
    await projects.getByRole('link', { name: 'Project A2', exact: true }).click();
    await page.waitForURL(`**/projects/${world.projectA2.id}`);
    await h1('Project A2').waitFor();
    await page.reload();
    await h1('Project A2').waitFor();
    expect(pathOf(page)).toBe(`/projects/${world.projectA2.id}`);
    await page.getByRole('link', { name: world.orgA.name }).first().waitFor();
    // The project switcher follows the page.
    expect(await page.getByRole('combobox', { name: 'Project' }).inputValue()).toBe(world.projectA2.id);
    await shot('shell-project');

    // The same page in a narrow window.
    await page.setViewportSize(NARROW);
    await h1('Project A2').waitFor();
    await shot('shell-project-narrow');
    await page.setViewportSize(DESKTOP);

    // Switch projects from the header.
    await page.getByRole('combobox', { name: 'Project' }).selectOption(world.projectA.id);
    await page.waitForURL(`**/projects/${world.projectA.id}`);
    await h1('Project A').waitFor();

    // Sign out: back on the sign-in page, and the session no longer opens the console.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await h1('Sign in to your console').waitFor();
    await page.goto(`/orgs/${world.orgA.id}`);
    await page.waitForURL('**/sign-in?next=*');
    expect(pathOf(page)).toBe(`/sign-in?next=${encodeURIComponent(`/orgs/${world.orgA.id}`)}`);
  });

  it('returns to the deep link the user was sent away from, after signing in', async () => {
    await page.goto(`/projects/${world.projectA.id}`);
    await page.waitForURL('**/sign-in?next=*');
    await signIn(world.users.viewer.email, TEST_PASSWORD);
    await page.waitForURL(`**/projects/${world.projectA.id}`);
    await h1('Project A').waitFor();
  });

  it('shows a project of another organization as not found', async () => {
    await page.goto('/sign-in');
    await signIn(world.users.viewer.email, TEST_PASSWORD);
    await page.waitForURL(`**/orgs/${world.orgA.id}`);
    await page.goto(`/projects/${world.projectB.id}`);
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: 'Not found' }).waitFor();
    expect(await page.getByText(world.projectB.name).count()).toBe(0);
  });

  it('checks the form before sending, then shows a wrong password inline and keeps what was typed', async () => {
    await page.goto('/sign-in');
    const email = page.getByLabel('Email');
    const password = page.getByLabel('Password');

    // Nothing typed: both fields are flagged and nothing is sent.
    let sent = 0;
    page.on('request', (req) => {
      if (req.url().endsWith('/graphql')) sent++;
    });
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Enter your email address.').waitFor();
    await page.getByText('Enter your password.').waitFor();
    await email.fill('not-an-email');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Enter an email address like name@company.com.').waitFor();
    expect(sent).toBe(0);
    expect(await email.getAttribute('aria-invalid')).toBe('true');

    // A wrong password: the server's message, inline; the form keeps its values.
    await signIn(world.users.member.email, 'not-the-password-1');
    await page.getByRole('alert').getByText('The email or password is wrong.').waitFor();
    expect(await email.inputValue()).toBe(world.users.member.email);
    expect(await password.inputValue()).toBe('not-the-password-1');
    expect(pathOf(page)).toBe('/sign-in');
    await shot('sign-in-error');

    // Keep failing: the server starts to rate-limit, and the form says how long to wait.
    let limited = false;
    for (let attempt = 0; attempt < 6 && !limited; attempt++) {
      const answered = page.waitForResponse((res) => res.url().endsWith('/graphql'));
      await page.getByRole('button', { name: 'Sign in' }).click();
      await answered;
      limited = await page
        .getByRole('alert')
        .getByText(/Too many attempts\. Try again in \d+ s\./)
        .waitFor({ timeout: 1_000 })
        .then(
          () => true,
          () => false,
        );
    }
    expect(limited).toBe(true);
    await shot('sign-in-rate-limited');
  });
});
