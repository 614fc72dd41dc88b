import { z } from 'zod';
import { Jurisdiction, PricedClass } from '../inventory/inventory.enums';
import { SpendCapMode } from './contracts.enums';

const id = z.string().min(1).max(40);
// Whole hundredths of a percent: discounts become exact basis points (pricing.ts).
const percent = z.number().min(0).max(100).multipleOf(0.01);

/**
 * A contract version's commercial and data terms, stored whole with the version so the history
 * shows exactly what was agreed, even after GPU types, regions or models change.
 */
export const contractTermsSchema = z
  .object({
    gpuDiscounts: z
      .array(z.object({ gpuTypeId: id, priceClass: z.enum(PricedClass), percent }).strict())
      .max(100)
      .default([]),
    /** modelId null: every model. */
    tokenDiscounts: z
      .array(z.object({ modelId: id.nullable(), percent }).strict())
      .max(200)
      .default([]),
    spendCap: z
      .object({ monthlyMicros: z.string().regex(/^\d{1,19}$/), mode: z.enum(SpendCapMode) })
      .strict()
      .nullable()
      .default(null),
    /** Where work may run; both empty: anywhere. */
    allowedJurisdictions: z.array(z.enum(Jurisdiction)).max(10).default([]),
    allowedRegionIds: z.array(id).max(50).default([]),
    /** Days prompts and logs are kept; 0 = nothing kept. */
    retentionDays: z.number().int().min(0).max(3650).default(30),
    noTraining: z.boolean().default(false),
    slaPolicyId: id.nullable().default(null),
    /** Whether this customer's ON_DEMAND work may be reclaimed for the owner's internal demand. */
    onDemandReclaimable: z.boolean().default(true),
  })
  .strict();

export type ContractTerms = z.infer<typeof contractTermsSchema>;

export const DEFAULT_TERMS: ContractTerms = contractTermsSchema.parse({});

export interface TermChange {
  path: string;
  from: unknown;
  to: unknown;
}

/** What changed between two versions' terms, one entry per changed field (lists compared whole). */
export function diffTerms(before: ContractTerms, after: ContractTerms): TermChange[] {
  const changes: TermChange[] = [];
  for (const key of Object.keys(after) as (keyof ContractTerms)[]) {
    const from = before[key];
    const to = after[key];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes.push({ path: key, from, to });
  }
  return changes;
}
