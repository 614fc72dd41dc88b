/**
 * Where the tests find their services. Defaults are the machine's own PostgreSQL and Redis;
 * .ci/run starts them when they are not running.
 */
export const TEST_PG_ADMIN_URL = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
/**
 * The migrated template every test file copies. Named after the run's main process, so runs on
 * one server (a developer's and CI's, or two terminals) never touch each other's databases.
 */
export const TEMPLATE_DB = `headroom_test_${process.env['HEADROOM_TEST_RUN'] ?? process.pid}_template`;

/** The URL of another database on the same server. */
export function databaseUrl(name: string): string {
  const url = new URL(TEST_PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}
