import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../support/app';
import { createApp } from '../../server/src/app';
import { close, listen, urlOf } from '../../server/src/http/listen';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('operations endpoints', () => {
  it('/livez answers without touching dependencies; /readyz checks PostgreSQL and Redis', async () => {
    expect((await fetch(`${app.url}/livez`)).status).toBe(200);
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { postgres: 'ok', redis: 'ok' } });
  });

  it('/readyz answers 503 naming the dependency that is down', async () => {
    const deadRedis = new Redis('redis://127.0.0.1:1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    deadRedis.on('error', () => {});
    const broken = await createApp({ ...app.deps, redis: deadRedis });
    const server = await listen(broken, '127.0.0.1', 0);
    try {
      const res = await fetch(`${urlOf(server)}/readyz`);
      expect(res.status).toBe(503);
      const body = (await res.json()) as { checks: Record<string, string> };
      expect(body.checks['postgres']).toBe('ok');
      expect(body.checks['redis']).not.toBe('ok');
    } finally {
      await close(server);
      await broken.stop();
      deadRedis.disconnect();
    }
  });

  it('/metrics serves Prometheus text with request counts, latencies and GraphQL outcomes', async () => {
    await app.gql('{ viewer { platformRoles } }');
    await app.gql('{ organizations(first: 1) { nodes { id } } }');
    const text = await (await fetch(`${app.url}/metrics`)).text();
    expect(text).toMatch(/headroom_http_requests_total\{route="\/graphql",method="POST",status="200"\} \d+/);
    expect(text).toContain('headroom_http_request_duration_seconds_bucket');
    expect(text).toMatch(/headroom_graphql_operations_total\{operation="anonymous",type="query",outcome="UNAUTHENTICATED"\} \d+/);
  });

  it('gives every response a request id, keeping a well-formed one the client sent', async () => {
    const mine = await fetch(`${app.url}/livez`, { headers: { 'x-request-id': 'trace-123' } });
    expect(mine.headers.get('x-request-id')).toBe('trace-123');
    const bad = await fetch(`${app.url}/livez`, { headers: { 'x-request-id': 'has spaces / and quotes "' } });
    expect(bad.headers.get('x-request-id')).toMatch(/^req_[0-9a-z]{26}$/);
  });

  it('serves the console: files, the app for deep links, 404 for missing assets, 400 for broken paths, nothing outside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'console-'));
    mkdirSync(join(dir, 'dist', 'assets'), { recursive: true });
    mkdirSync(join(dir, 'dist-old'));
    writeFileSync(join(dir, 'dist', 'index.html'), '<html>app</html>');
    writeFileSync(join(dir, 'dist', 'assets', 'app-1.js'), 'console.log(1)');
    writeFileSync(join(dir, 'dist-old', 'secret.txt'), 'secret');
    const served = await createApp(app.deps, { consoleDir: join(dir, 'dist') });
    const server = await listen(served, '127.0.0.1', 0);
    const url = urlOf(server);
    try {
      const asset = await fetch(`${url}/assets/app-1.js`);
      expect(asset.headers.get('content-type')).toContain('javascript');
      expect(asset.headers.get('cache-control')).toContain('immutable');
      const deep = await fetch(`${url}/projects/prj_whatever`);
      expect(await deep.text()).toBe('<html>app</html>');
      expect((await fetch(`${url}/assets/app-2.js`)).status).toBe(404);
      expect((await fetch(`${url}/%E0%A4%A`)).status).toBe(400);
      const sibling = await fetch(`${url}/..%2Fdist-old%2Fsecret.txt`);
      expect(await sibling.text()).not.toContain('secret');
    } finally {
      await close(server);
      await served.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says the console is not built instead of serving nothing', async () => {
    const res = await fetch(`${app.url}/some/page`);
    expect(res.status).toBe(404);
  });
});
