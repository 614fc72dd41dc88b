import type { EntityManager } from '@mikro-orm/postgresql';

/** Events per roll-up statement. */
export const ROLLUP_BATCH = 50_000;

/**
 * The roll-up worker holds this lock exclusively; period close holds it shared (finalizing one
 * organization at a time, several at once), so the worker never adds to a month while an invoice
 * of it is being finalized.
 */
export const ROLLUP_LOCK_SQL = `select pg_advisory_xact_lock(hashtext('headroom:usage-rollup'))`;
export const ROLLUP_SHARED_LOCK_SQL = `select pg_advisory_xact_lock_shared(hashtext('headroom:usage-rollup'))`;

export interface RolledUp {
  events: number;
  /** The (organization, billed month) pairs whose roll-ups changed: their draft invoices need refreshing. */
  touched: { organizationId: string; billedMonth: Date }[];
}

/**
 * Adds stored usage events into the hourly roll-ups, exactly once: one statement flips a batch's
 * `rolled_up` and adds its sums, so a crash commits both or neither (and an event another
 * statement flipped first is skipped when its row is re-checked). Loops until nothing is left.
 * Runs in the caller's transaction; all events under the exclusive roll-up lock, or only
 * `organizationId`'s for period close, whose caller holds the lock shared and the organization's row.
 */
export async function rollUpUsage(
  em: EntityManager,
  options: { organizationId?: string; batch?: number; once?: boolean } = {},
): Promise<RolledUp> {
  if (!options.organizationId) await em.execute(ROLLUP_LOCK_SQL);
  const touched = new Map<string, { organizationId: string; billedMonth: Date }>();
  let events = 0;
  for (;;) {
    const scope = options.organizationId ? 'and organization_id = ?' : '';
    const params: unknown[] = options.organizationId ? [options.organizationId] : [];
    const rows = await em.execute<{ organization_id: string; billed_month: Date; events: string }[]>(
      `with batch as (
         update usage_events set rolled_up = true
          where id in (select id from usage_events where not rolled_up ${scope} order by id limit ?) and not rolled_up
         returning organization_id, project_id, sku, date_trunc('hour', occurred_at, 'UTC') as hour, billed_month,
                   kind, gpu_type_id, capacity_class, region_id, model_id, quantity),
       adding as (
         insert into usage_rollups (organization_id, project_id, sku, hour, billed_month, kind, gpu_type_id, capacity_class,
                                    region_id, model_id, quantity, events, updated_at)
         select organization_id, project_id, sku, hour, billed_month, kind, gpu_type_id, capacity_class, region_id, model_id,
                sum(quantity), count(*), now()
           from batch
          group by organization_id, project_id, sku, hour, billed_month, kind, gpu_type_id, capacity_class, region_id, model_id
         on conflict (organization_id, project_id, sku, hour, billed_month) do update
            set quantity = usage_rollups.quantity + excluded.quantity, events = usage_rollups.events + excluded.events,
                updated_at = excluded.updated_at)
       -- a data-modifying CTE runs to completion whether or not it is read
       select organization_id, billed_month, count(*)::text as events from batch group by organization_id, billed_month`,
      [...params, options.batch ?? ROLLUP_BATCH],
    );
    const n = rows.reduce((sum, r) => sum + Number(r.events), 0);
    for (const r of rows) {
      const billedMonth = new Date(r.billed_month);
      touched.set(`${r.organization_id}|${billedMonth.getTime()}`, { organizationId: r.organization_id, billedMonth });
    }
    events += n;
    if (options.once || n < (options.batch ?? ROLLUP_BATCH)) break;
  }
  return { events, touched: [...touched.values()] };
}
