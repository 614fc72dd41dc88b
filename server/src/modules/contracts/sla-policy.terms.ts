import { z } from 'zod';
import { SlaService, SlaWindow } from './contracts.enums';

/** One service's promise: e.g. GPU compute 99.9% a calendar month; below 99.9% → 10% credit… */
export const slaTargetSchema = z
  .object({
    service: z.enum(SlaService),
    availabilityPercent: z.number().gt(0).max(100),
    window: z.enum(SlaWindow),
    /** Highest threshold first after normalising; each: availability below `belowPercent` earns `creditPercent`. */
    creditTiers: z
      .array(z.object({ belowPercent: z.number().gt(0).max(100), creditPercent: z.number().gt(0).max(100) }).strict())
      .min(1)
      .max(10),
  })
  .strict();

export type SlaTarget = z.infer<typeof slaTargetSchema>;
