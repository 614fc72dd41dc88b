import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/app';
import { buildWorld, TEST_PASSWORD, type World } from '../support/world';

/*
 * The console in a real browser against the real server, shared by every e2e file. Builds
 * nothing: `npm test` builds the console first (`npm run build -w console`). Uses Debian's
 * Chromium, never a downloaded one.
 */

export const CONSOLE_DIST = resolve(__dirname, '../../console/dist');
export const SCREENSHOTS = join(__dirname, 'screenshots');
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const DESKTOP = { width: 1280, height: 800 };
export const NARROW = { width: 390, height: 844 };

export interface ConsoleSuite {
  app: TestApp;
  world: World;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions in the page; the test fails if any are left at its end. */
  pageErrors: string[];
}

export interface ConsoleSuiteOptions {
  /** Server configuration for this file's app. */
  env?: Parameters<typeof startTestApp>[0];
  /** Data beyond the world (a fleet, a catalog), once per file after the world is built. */
  seed?: (app: TestApp, world: World) => Promise<void>;
}

/**
 * Registers the hooks of a browser test file: one app and one Chromium per file, a fresh context
 * and page per test, a screenshot of every failure, and no uncaught page errors. Returns a holder
 * whose fields are set once the hooks have run.
 */
export function useConsoleSuite(options: ConsoleSuiteOptions = {}): ConsoleSuite {
  const s = { pageErrors: [] as string[] } as ConsoleSuite;

  beforeAll(async () => {
    if (!existsSync(join(CONSOLE_DIST, 'index.html'))) {
      throw new Error(`The console is not built: ${CONSOLE_DIST}/index.html is missing. Run \`npm run build -w console\` first.`);
    }
    if (!existsSync(CHROMIUM)) {
      throw new Error(`No Chromium at ${CHROMIUM}. Install Debian's: apt-get install -y chromium (or set CHROMIUM_PATH).`);
    }
    mkdirSync(SCREENSHOTS, { recursive: true });
    s.app = await startTestApp(options.env ?? {}, { consoleDir: CONSOLE_DIST });
    s.world = await buildWorld(s.app.orm);
    if (options.seed) await options.seed(s.app, s.world);
    s.browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  });

  afterAll(async () => {
    await s.browser?.close();
    await s.app?.close();
  });

  beforeEach(async () => {
    s.context = await s.browser.newContext({ viewport: DESKTOP, baseURL: s.app.url });
    s.context.setDefaultTimeout(10_000);
    s.page = await s.context.newPage();
    s.pageErrors = [];
    s.page.on('pageerror', (error) => s.pageErrors.push(error.message));
    // E2E_DEBUG=1 logs the page's console and every request, for a failure that only happens in CI.
    if (process.env['E2E_DEBUG']) {
      const page = s.page;
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
      await s.page.screenshot({ path: join(SCREENSHOTS, `failed-${name}.png`), fullPage: true }).catch(() => undefined);
    }
    await s.context?.close();
    // An uncaught exception in the console is a failure even when the page looked right.
    expect(s.pageErrors).toEqual([]);
  });

  return s;
}

/** The path and query of the page's URL. */
export const pathOf = (page: Page) => {
  const url = new URL(page.url());
  return url.pathname + url.search;
};

/** The page's one <h1>, by its text. */
export const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

/** Fills and sends the sign-in form of the page in view. */
export async function fillSignIn(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs in from the sign-in page and waits to land in the console. */
export async function signInAs(page: Page, email: string, password = TEST_PASSWORD) {
  await page.goto('/sign-in');
  await fillSignIn(page, email, password);
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

/** A full-page screenshot in test/e2e/screenshots/<name>.png. */
export async function shot(page: Page, name: string) {
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** The same page, narrow (a phone), then back to the desktop size. */
export async function shotNarrow(page: Page, name: string, ready: () => Promise<unknown>) {
  await page.setViewportSize(NARROW);
  await ready();
  // From the top: a full-page shot of a scrolled page draws the sticky header mid-page.
  await page.evaluate('window.scrollTo(0, 0)');
  await shot(page, name);
  await page.setViewportSize(DESKTOP);
}

/** Counts the GraphQL requests the page sends from now on. */
export function countGraphqlRequests(page: Page): { readonly count: number } {
  const counter = { count: 0 };
  page.on('request', (req) => {
    if (req.url().endsWith('/graphql')) counter.count++;
  });
  return counter;
}
