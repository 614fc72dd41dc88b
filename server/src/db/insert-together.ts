import type { EntityManager } from '@mikro-orm/postgresql';
import { ArrayType, type AnyEntity } from '@mikro-orm/core';
import { executeBound } from './bound-sql';

/**
 * Inserts new entities (made with `em.create(…, { persist: false })`, so no flush writes them
 * again) in ONE statement — a `with … insert` per row, parameters bound. One statement is atomic
 * on its own: every row is written or none is, with no transaction around it and one round trip
 * to the database instead of one per table plus BEGIN and COMMIT. Rows go in the order given; foreign keys between them are checked at the end
 * of the statement, so a parent and its children can come in any order.
 *
 * The columns and their database values come from the ORM's own metadata and conversions (the
 * ones a flush would write), so this never drifts from the entities.
 */
export async function insertTogether(em: EntityManager, entities: readonly AnyEntity[]): Promise<void> {
  if (!entities.length) return;
  const comparator = em.getComparator();
  const params: unknown[] = [];
  const inserts = entities.map((entity) => {
    const meta = em.getMetadata().get(entity.constructor.name);
    const data = comparator.prepareEntity(entity) as Record<string, unknown>;
    const columns: string[] = [];
    for (const [property, value] of Object.entries(data)) {
      const prop = meta.properties[property as keyof typeof meta.properties];
      if (!prop || prop.fieldNames.length !== 1)
        throw new Error(`${meta.className}.${property}: cannot insert a composite or unknown property`);
      columns.push(`"${prop.fieldNames[0]}"`);
      // An array goes as itself: the driver quotes each element (the ORM's own array literal does
      // not: it trims spaces and reads NULL, quotes and backslashes as syntax).
      params.push(prop.customType instanceof ArrayType ? (entity as Record<string, unknown>)[property] : value);
    }
    return `insert into "${meta.tableName}" (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`;
  });
  const last = inserts.pop()!;
  const sql = inserts.length ? `with ${inserts.map((s, i) => `w${i} as (${s})`).join(', ')} ${last}` : last;
  await executeBound(em, sql, params);
}
