import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseEnv } from '../../server/src/config/env';
import { createLogger } from '../../server/src/lib/logger';
import { bootCore } from '../../server/src/boot';
import { findOrStartRedis, NO_REDIS_HELP } from '../../server/src/db/embedded-redis';
import { Organization } from '../../server/src/modules/tenancy/organization.entity';
import { freePort } from '../support/ports';

const dataDir = mkdtempSync(join(tmpdir(), 'headroom-embedded-'));
const log = createLogger('silent');
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the embedded default (no DATABASE_URL, no REDIS_URL)', () => {
  it('starts PostgreSQL and redis-server under DATA_DIR, migrates, seeds once, and keeps data across restarts', async () => {
    const env = parseEnv({
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(await freePort()),
      EMBEDDED_REDIS_PORT: String(await freePort()),
      LOG_LEVEL: 'silent',
    });
    const first = await bootCore(env, log, { seed: true });
    try {
      expect(first.infra.embedded).toEqual({ postgres: true, redis: true });
      expect(await first.deps.orm.em.fork().count(Organization, {})).toBe(3);
      await first.deps.redis.set('headroom:kept', 'yes');
    } finally {
      await first.close();
    }
    const second = await bootCore(env, log, { seed: true });
    try {
      expect(await second.deps.orm.em.fork().count(Organization, {})).toBe(3);
      expect(await second.deps.redis.get('headroom:kept')).toBe('yes');
    } finally {
      await second.close();
    }
  }, 120_000);

  it('explains how to get Redis when there is none to find or start', async () => {
    const path = process.env['PATH'];
    process.env['PATH'] = '/nonexistent';
    try {
      await expect(findOrStartRedis(dataDir, await freePort(), log)).rejects.toThrow(NO_REDIS_HELP);
    } finally {
      process.env['PATH'] = path;
    }
    expect(NO_REDIS_HELP).toMatch(/docker compose/);
    expect(NO_REDIS_HELP).toMatch(/apt-get install redis-server/);
  });
});
