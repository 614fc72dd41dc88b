import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from './entities';
import { migrationsList } from '../db/migrations';

export interface OrmConfigOptions {
  clientUrl: string;
  /** Called with every SQL statement (tests count them). */
  onQuery?: (sql: string) => void;
  poolMax?: number;
}

/** The one ORM configuration, for the server, the workers, the CLI and the tests. */
export function ormConfig(options: OrmConfigOptions): Options {
  return defineConfig({
    clientUrl: options.clientUrl,
    entities,
    extensions: [Migrator],
    discovery: { warnWhenNoEntities: true, requireEntitiesArray: true },
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      pathTs: 'server/src/db/migrations',
      path: 'server/src/db/migrations',
      emit: 'ts',
      silent: true,
    },
    pool: { min: 0, max: options.poolMax ?? 10 },
    forceUtcTimezone: true,
    colors: false,
    // Entities are never implicitly flushed from a request: every write path flushes on purpose.
    allowGlobalContext: false,
    ...(options.onQuery
      ? {
          debug: ['query'],
          logger: (message: string) => {
            const onQuery = options.onQuery;
            if (onQuery && message.includes('[query]')) onQuery(message);
          },
        }
      : {}),
  });
}
