import type { Env } from './config/env';
import type { Logger } from './lib/logger';
import type { AppDeps } from './app-deps';
import { connectRedis, resolveInfrastructure, type Infrastructure } from './db/infrastructure';
import { initOrm, migrate } from './db/orm';
import { seedDemo } from './db/seeders/demo';
import { SecretBox, loadSecretKey } from './lib/secret-box';

export interface Core {
  deps: AppDeps;
  infra: Infrastructure;
  close(): Promise<void>;
}

/**
 * What every process starts with: database and Redis (configured or embedded), the ORM with
 * migrations applied, and — when asked — the demo seed, once.
 */
export async function bootCore(env: Env, log: Logger, options: { seed: boolean }): Promise<Core> {
  const infra = await resolveInfrastructure(env, log);
  const orm = await initOrm({ clientUrl: infra.databaseUrl });
  const applied = await migrate(orm);
  if (applied.length) log.info({ applied }, 'migrations applied');
  const secrets = new SecretBox(loadSecretKey(env.SECRETS_KEY, env.DATA_DIR));
  if (options.seed && (await seedDemo(orm.em.fork(), secrets))) log.info('demo data seeded');
  const redis = connectRedis(infra.redisUrl, log);
  return {
    deps: { env, orm, redis, log, secrets },
    infra,
    close: async () => {
      redis.disconnect();
      await orm.close();
      await infra.stop();
    },
  };
}
