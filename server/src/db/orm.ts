import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig, type OrmConfigOptions } from '../config/mikro-orm.config';

/** Connects the ORM. */
export function initOrm(options: OrmConfigOptions): Promise<MikroORM> {
  return MikroORM.init(ormConfig(options));
}

/** Applies every pending migration; returns their names. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
