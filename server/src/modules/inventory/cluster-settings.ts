import { z } from 'zod';
import { DriverKind } from './inventory.enums';

/** What a Slurm cluster needs to be reached (no secrets: the token is sealed separately). */
export const slurmSettingsSchema = z
  .object({
    endpoint: z.url(),
    user: z.string().min(1).max(64),
    /** Only these partitions are synchronised (all when empty). */
    partitions: z.array(z.string().min(1).max(80)).max(50).default([]),
    /** Slurm gres type → Headroom GPU type code, e.g. { h100: 'H100-80GB' }. */
    gpuTypeMap: z.record(z.string().min(1).max(40), z.string().min(1).max(40)).default({}),
    timeoutMs: z.number().int().min(100).max(60_000).default(5_000),
  })
  .strict();

export const simulatedSettingsSchema = z
  .object({
    /** Forces what health checks report, to rehearse failures in a demo. */
    simulatedHealth: z.enum(['HEALTHY', 'DEGRADED', 'UNREACHABLE']).optional(),
    /** Simulated time runs this many times faster than real time: a 1-hour job at 60 ends in a minute. */
    timeFactor: z.number().min(1).max(86_400).default(1),
    /** How long the engine takes to accept a submission, to rehearse a slow engine. */
    submitDelayMs: z.number().int().min(0).max(600_000).default(0),
  })
  .strict();

export const slurmSecretsSchema = z.object({ token: z.string().min(1) }).strict();

export type SlurmSettings = z.infer<typeof slurmSettingsSchema>;
export type SimulatedSettings = z.infer<typeof simulatedSettingsSchema>;

/** Validates settings for a driver, naming the first bad field as `input.connection.<field>`. */
export function parseSettings(
  driver: DriverKind,
  raw: unknown,
): { ok: true; settings: Record<string, unknown> } | { ok: false; field: string; message: string } {
  const schema = driver === DriverKind.SLURM ? slurmSettingsSchema : simulatedSettingsSchema;
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, settings: result.data };
  const issue = result.error.issues[0]!;
  return { ok: false, field: ['input', 'connection', ...issue.path.map(String)].join('.'), message: issue.message };
}
