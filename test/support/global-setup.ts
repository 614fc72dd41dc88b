import 'reflect-metadata';
import pg from 'pg';
import { TEST_PG_ADMIN_URL, databaseUrl } from './infra';
import { initOrm, migrate } from '../../server/src/db/orm';

/** Builds the template database once per run: every test file copies it (CREATE DATABASE … TEMPLATE). */
export default async function setup(): Promise<() => Promise<void>> {
  // Test files (in worker processes) find the template through this.
  process.env['HEADROOM_TEST_RUN'] = String(process.pid);
  const admin = new pg.Client({ connectionString: TEST_PG_ADMIN_URL });
  await admin.connect();
  await dropLeftovers(admin);
  const template = `headroom_test_${process.pid}_template`;
  await admin.query(`create database "${template}"`);
  const orm = await initOrm({ clientUrl: databaseUrl(template), poolMax: 2 });
  await migrate(orm);
  await orm.close();
  await admin.end();
  return async () => {
    const client = new pg.Client({ connectionString: TEST_PG_ADMIN_URL });
    await client.connect();
    await client.query(`drop database if exists "${template}" with (force)`);
    await client.end();
  };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Drops the databases of runs whose process has died (interrupted runs), and only those. */
async function dropLeftovers(admin: pg.Client): Promise<void> {
  const rows = await admin.query<{ datname: string }>("select datname from pg_database where datname like 'headroom\\_test\\_%'");
  for (const { datname } of rows.rows) {
    const pid = Number(/^headroom_test_(\d+)_/.exec(datname)?.[1]);
    if (pid && !alive(pid)) await admin.query(`drop database if exists "${datname}" with (force)`);
  }
}
