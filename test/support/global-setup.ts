import 'reflect-metadata';
import pg from 'pg';
import { TEMPLATE_DB, TEST_PG_ADMIN_URL, databaseUrl } from './infra';
import { initOrm, migrate } from '../../server/src/db/orm';

/** Builds the template database once per run: every test file copies it (CREATE DATABASE … TEMPLATE). */
export default async function setup(): Promise<() => Promise<void>> {
  const admin = new pg.Client({ connectionString: TEST_PG_ADMIN_URL });
  await admin.connect();
  // Leftovers of an interrupted run.
  const stale = await admin.query<{ datname: string }>("select datname from pg_database where datname like 'headroom_test_%'");
  for (const { datname } of stale.rows) await admin.query(`drop database if exists "${datname}" with (force)`);
  await admin.query(`create database "${TEMPLATE_DB}"`);
  const orm = await initOrm({ clientUrl: databaseUrl(TEMPLATE_DB), poolMax: 2 });
  await migrate(orm);
  await orm.close();
  await admin.end();
  return async () => {
    const client = new pg.Client({ connectionString: TEST_PG_ADMIN_URL });
    await client.connect();
    await client.query(`drop database if exists "${TEMPLATE_DB}" with (force)`);
    await client.end();
  };
}
