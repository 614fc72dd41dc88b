import { describeError, type OperationErrorLike } from './errors';

/**
 * What the server says when a commitment does not fit its pool (activating a contract, or adding a
 * commitment to an ACTIVE one): CAPACITY_UNAVAILABLE with the pool, the GPUs asked, the GPUs
 * missing and the first day they are missing (server/src/modules/inventory/capacity.service.ts).
 * Pure, so the refusal's shape is tested without a browser.
 */
export interface CapacityRefusal {
  message: string;
  poolId?: string;
  commitmentId?: string;
  gpus?: number;
  shortfallGpus?: number;
  /** ISO instant of the first moment the GPUs are missing. */
  at?: string;
  requestId?: string;
}

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** The refusal in a failed operation, or null when it failed for another reason. */
export function capacityRefusalOf(error: OperationErrorLike | null | undefined): CapacityRefusal | null {
  const first = error?.graphQLErrors?.[0];
  if (!error || first?.extensions?.['code'] !== 'CAPACITY_UNAVAILABLE') return null;
  const ext = first.extensions;
  const refusal: CapacityRefusal = { message: first.message };
  const fields = {
    poolId: text(ext['poolId']),
    commitmentId: text(ext['commitmentId']),
    gpus: count(ext['gpus']),
    shortfallGpus: count(ext['shortfallGpus']),
    at: text(ext['at']),
    requestId: describeError(error).requestId,
  };
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) Object.assign(refusal, { [key]: value });
  return refusal;
}
