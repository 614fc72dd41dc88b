import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createTestDatabase } from '../support/app';
import { initOrm } from '../../server/src/db/orm';

let db: { url: string; drop: () => Promise<void> };
let orm: MikroORM;

beforeAll(async () => {
  db = await createTestDatabase();
  orm = await initOrm({ clientUrl: db.url, poolMax: 1 });
});
afterAll(async () => {
  await orm.close();
  await db.drop();
});

describe('migrations', () => {
  it('describe every entity exactly: the migrated schema needs no further change', async () => {
    const pending = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(pending.trim(), 'an entity changed without a migration: run `npm run db:migration:create`').toBe('');
  });

  it('are all applied, in order', async () => {
    const executed = await orm.getMigrator().getExecutedMigrations();
    const listed = (await orm.getMigrator().getPendingMigrations()).length;
    expect(listed).toBe(0);
    expect(executed.map((m) => m.name)).toEqual([...executed.map((m) => m.name)].sort());
  });
});
