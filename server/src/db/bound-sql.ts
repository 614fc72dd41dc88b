import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs a statement with its parameters sent apart from the SQL text ($1, $2… in the extended
 * protocol), in the caller's transaction. `em.execute` inlines every parameter into the text,
 * escaping it character by character: for a large JSON parameter (a batch of 1,000 usage events
 * is ~400 kB) that costs more CPU and garbage than the statement itself. Use `?` placeholders.
 */
export async function executeBound<T>(em: EntityManager, sql: string, params: readonly unknown[]): Promise<T[]> {
  const query = em.getKnex().raw(sql, params as never[]);
  const trx = em.getTransactionContext();
  if (trx) query.transacting(trx);
  const result = (await query) as { rows: T[] };
  return result.rows;
}
