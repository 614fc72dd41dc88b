/**
 * The console's performance budget, on the production build (`console/dist`, as `npm start`
 * serves it):
 *   - initial JavaScript: what index.html loads before any route's own chunk (its module script
 *     and modulepreloads), gzip-compressed as served over the wire — budget 170 KB;
 *   - the jobs page of a project with 100 jobs, interactive in headless Chromium (Debian's) —
 *     budget 1 s: from navigation start (a fresh browser context: cold cache, session cookie set)
 *     until the table shows all 100 rows (one page); then how long a filter change takes to show
 *     its rows (input answered).
 *
 *   npm run build && npm run bench -- console-budget
 *
 * The server is the real one on its own database (loopback), seeded with 100 jobs in one project.
 * BENCH_RUNS (default 7) page loads; the first is reported separately (cold server caches).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { bench, describe } from 'vitest';
import { chromium } from 'playwright-core';
import { startTestApp } from '../support/app';
import { buildWorld, TEST_PASSWORD } from '../support/world';
import { buildFleet } from '../support/fleet';
import { CHROMIUM, CHROMIUM_ARGS, CONSOLE_DIST } from '../e2e/support';
import { submitJob, submittedBySystem } from '../../server/src/modules/jobs/job-submit.service';
import { SecretBox } from '../../server/src/lib/secret-box';
import { CapacityClass } from '../../server/src/modules/inventory/inventory.enums';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 7);
const JOBS = 100;

/** The gzip size of every script index.html loads up front. */
function initialJavaScript(): { files: { name: string; gzip: number }[]; total: number } {
  const html = readFileSync(join(CONSOLE_DIST, 'index.html'), 'utf8');
  const srcs = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ].map((m) => m[1]!);
  const files = [...new Set(srcs)].map((src) => ({
    name: src,
    gzip: gzipSync(readFileSync(join(CONSOLE_DIST, src.replace(/^\//, '')))).length,
  }));
  return { files, total: files.reduce((s, f) => s + f.gzip, 0) };
}

// Page-side expressions as strings: the test project has no DOM types.
const rowsAtLeast = (n: number) => `document.querySelectorAll('table tbody tr').length >= ${n}`;

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function run() {
  const js = initialJavaScript();
  const app = await startTestApp({}, { consoleDir: CONSOLE_DIST });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  try {
    const world = await buildWorld(app.orm);
    const fleet = await buildFleet(app.orm.em.fork());
    const secrets = new SecretBox(randomBytes(32));
    for (let i = 0; i < JOBS; i++) {
      await app.orm.em.fork().transactional((tx) =>
        submitJob(
          tx,
          secrets,
          {
            organizationId: world.orgA.id,
            projectId: world.projectA.id,
            submittedBy: 'SYSTEM:bench',
            name: `budget-${i}`,
            script: 'echo budget',
            gpuTypeIds: [fleet.gpuType.id],
            gpusPerNode: 1 + (i % 8),
            nodes: 1,
            capacityClass: [CapacityClass.ON_DEMAND, CapacityClass.SPOT][i % 2]!,
            maxDurationSeconds: 3_600,
          },
          submittedBySystem(tx, 'bench'),
        ),
      );
    }
    const signIn = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($i: SignInInput!) { signIn(input: $i) { token } }',
        variables: { i: { email: world.users.member.email, password: TEST_PASSWORD } },
      }),
    });
    const cookie = /hr_session=([^;]+)/.exec(signIn.headers.get('set-cookie') ?? '')?.[1];
    if (!cookie) throw new Error('sign-in gave no session cookie');

    const loads: number[] = [];
    const filters: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, baseURL: app.url });
      await context.addCookies([{ name: 'hr_session', value: cookie, url: app.url }]);
      const page = await context.newPage();
      if (process.env['BENCH_TRACE']) {
        const t0 = Date.now();
        page.on('request', (q) =>
          console.log(`+${Date.now() - t0} ms → ${q.method()} ${q.url().replace(app.url, '')} ${q.postData()?.slice(0, 40) ?? ''}`),
        );
        page.on('requestfinished', (q) => console.log(`+${Date.now() - t0} ms ← ${q.url().replace(app.url, '')}`));
      }
      await page.goto(`/projects/${world.projectA.id}/jobs`, { waitUntil: 'commit' });
      await page.waitForFunction(rowsAtLeast(JOBS), undefined, { polling: 'raf' });
      loads.push(await page.evaluate(() => performance.now()));
      // A filter answers with its rows (only SPOT jobs: half of them).
      const before = await page.evaluate(() => performance.now());
      await page.getByLabel('Class').selectOption('SPOT');
      await page.waitForFunction(`document.querySelectorAll('table tbody tr').length === ${JOBS / 2}`, undefined, { polling: 'raf' });
      filters.push((await page.evaluate(() => performance.now())) - before);
      await context.close();
    }
    const warm = loads.slice(1).sort((a, b) => a - b);
    const filtersSorted = [...filters].sort((a, b) => a - b);
    console.log(
      [
        '',
        'Console performance budget (production build, headless Chromium, loopback server)',
        `  initial JavaScript: ${(js.total / 1024).toFixed(1)} KB gzip in ${js.files.length} file(s) (${js.files.map((f) => `${f.name} ${(f.gzip / 1024).toFixed(1)} KB`).join(', ')}) — budget 170 KB`,
        `  jobs page of a project with ${JOBS} jobs, navigation start → all ${JOBS} rows shown: first load after the server starts ${loads[0]!.toFixed(0)} ms; next ${warm.length}: median ${pct(warm, 50).toFixed(0)} ms, max ${warm.at(-1)!.toFixed(0)} ms — budget 1,000 ms`,
        `  a filter (Class = Spot) → its ${JOBS / 2} rows shown: median ${pct(filtersSorted, 50).toFixed(0)} ms, max ${filtersSorted.at(-1)!.toFixed(0)} ms`,
        '',
      ].join('\n'),
    );
  } finally {
    await browser.close();
    await app.close();
  }
}

describe('console budget', () => {
  bench('initial JavaScript and the jobs page with 100 jobs (printed above)', run, {
    iterations: 1,
    warmupIterations: 0,
    warmupTime: 0,
    time: 0,
  });
});
