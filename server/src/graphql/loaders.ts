import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass } from '@mikro-orm/core';
import { decodeCursor, toConnection, type Connection, type ConnectionArgs } from './connection';

/**
 * Per-request batch loaders: every relation a list resolves is fetched in one query per type,
 * however many rows ask for it (no N+1). Bound to one EntityManager: a mutation gets loaders of
 * its own transaction, so what it loads is what its transaction flushes.
 */
export class Loaders {
  private readonly byClass = new Map<EntityClass<unknown>, DataLoader<string, unknown>>();
  private readonly pages = new Map<string, DataLoader<string, Connection<never>>>();
  private readonly batches = new Map<string, DataLoader<string, unknown>>();

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

  /**
   * A page of the children of one parent (e.g. the projects of an organization), batched: every
   * parent asking for the same page size in this tick is served by one windowed query.
   */
  page<T extends { id: string }>(
    entity: EntityClass<T>,
    parentProperty: string & keyof T,
    parentId: string,
    args: ConnectionArgs,
    only?: { property: string & keyof T; value: string },
  ): Promise<Connection<T>> {
    const after = args.after ? decodeCursor(args.after) : undefined;
    const key = [entity.name, parentProperty, args.first, after ?? '', only?.property ?? '', only?.value ?? ''].join('|');
    let loader = this.pages.get(key) as DataLoader<string, Connection<T>> | undefined;
    if (!loader) {
      loader = new DataLoader<string, Connection<T>>(async (parentIds) => {
        const meta = this.em.getMetadata().get(entity.name);
        const column = (name: string) => meta.properties[name as keyof typeof meta.properties]!.fieldNames[0]!;
        const fk = column(parentProperty);
        const conditions = [`t."${fk}" in (${parentIds.map(() => '?').join(', ')})`];
        const params: unknown[] = [...parentIds];
        if (after) {
          conditions.push('t."id" < ?');
          params.push(after);
        }
        if (only) {
          conditions.push(`t."${column(only.property)}" = ?`);
          params.push(only.value);
        }
        params.push(args.first + 1);
        const rows = await this.em.execute<Record<string, unknown>[]>(
          `select * from (select t.*, row_number() over (partition by t."${fk}" order by t."id" desc) as "__rank"
             from "${meta.tableName}" t where ${conditions.join(' and ')}) ranked
           where "__rank" <= ? order by "id" desc`,
          params,
        );
        const byParent = new Map<string, T[]>(parentIds.map((id) => [id, []]));
        for (const { __rank: _rank, ...row } of rows) {
          byParent.get(row[fk] as string)?.push(this.em.map(entity, row as never));
        }
        return parentIds.map((id) => toConnection(byParent.get(id) ?? [], args.first));
      });
      this.pages.set(key, loader as unknown as DataLoader<string, Connection<never>>);
    }
    return loader.load(parentId);
  }

  /**
   * Batches any per-key lookup: every `batch(name, fetch, key)` with the same name in this tick is
   * answered by one call of `fetch` with all the keys (which returns a value per key, or none).
   */
  batch<V>(name: string, fetch: (keys: readonly string[]) => Promise<Map<string, V>>, key: string): Promise<V | null> {
    let loader = this.batches.get(name) as DataLoader<string, V | null> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V | null>(async (keys) => {
        const found = await fetch(keys);
        return keys.map((k) => found.get(k) ?? null);
      });
      this.batches.set(name, loader as DataLoader<string, unknown>);
    }
    return loader.load(key);
  }
}
