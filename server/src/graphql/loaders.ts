import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass } from '@mikro-orm/core';

/**
 * Per-request batch loaders: every relation a list resolves is fetched in one query per type,
 * however many rows ask for it (no N+1). Bound to one EntityManager: a mutation gets loaders of
 * its own transaction, so what it loads is what its transaction flushes.
 */
export class Loaders {
  private readonly byClass = new Map<EntityClass<unknown>, DataLoader<string, unknown>>();

  constructor(private readonly em: EntityManager) {}

  /** Loads an entity by primary key, batched with every other load of the same class in this tick. */
  load<T extends { id: string }>(entity: EntityClass<T>, id: string): Promise<T | null> {
    let loader = this.byClass.get(entity as EntityClass<unknown>) as DataLoader<string, T | null> | undefined;
    if (!loader) {
      loader = new DataLoader<string, T | null>(async (ids) => {
        const rows = (await this.em.find(entity, { id: { $in: [...ids] } } as never)) as T[];
        const found = new Map(rows.map((row) => [row.id, row]));
        return ids.map((key) => found.get(key) ?? null);
      });
      this.byClass.set(entity as EntityClass<unknown>, loader as DataLoader<string, unknown>);
    }
    return loader.load(id);
  }

  /** Like load, for a relation that must exist. */
  async require<T extends { id: string }>(entity: EntityClass<T>, id: string): Promise<T> {
    const row = await this.load(entity, id);
    if (!row) throw new Error(`${entity.name} ${id} is missing`);
    return row;
  }
}
