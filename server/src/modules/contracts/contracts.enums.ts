import { registerEnumType } from 'type-graphql';

export enum ContractStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  TERMINATED = 'TERMINATED',
}

export enum SpendCapMode {
  /** Admission refuses work that would pass the cap. */
  HARD = 'HARD',
  /** Crossing 50, 80 and 100% raises alerts only. */
  ALERT = 'ALERT',
}

export enum SlaService {
  GPU_COMPUTE = 'GPU_COMPUTE',
  MODEL_API = 'MODEL_API',
}

export enum SlaWindow {
  CALENDAR_MONTH = 'CALENDAR_MONTH',
}

export enum QuotaKind {
  CONCURRENT_GPUS = 'CONCURRENT_GPUS',
  QUEUED_JOBS = 'QUEUED_JOBS',
  TOKENS_PER_MINUTE = 'TOKENS_PER_MINUTE',
}

export enum CommitmentStatus {
  /** Agreed in a draft or amendment, not yet holding capacity. */
  PENDING = 'PENDING',
  /** Holding its GPUs in the capacity ledger. */
  ACTIVE = 'ACTIVE',
  /** Its reservation was released (contract ended or terminated). */
  RELEASED = 'RELEASED',
}

registerEnumType(ContractStatus, { name: 'ContractStatus' });
registerEnumType(SpendCapMode, { name: 'SpendCapMode' });
registerEnumType(SlaService, { name: 'SlaService' });
registerEnumType(SlaWindow, { name: 'SlaWindow' });
registerEnumType(QuotaKind, { name: 'QuotaKind' });
registerEnumType(CommitmentStatus, { name: 'CommitmentStatus' });
