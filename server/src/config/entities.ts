import { AuditEvent } from '../modules/audit/audit-event.entity';
import { ApiKey } from '../modules/tenancy/api-key.entity';
import { Membership } from '../modules/tenancy/membership.entity';
import { Organization } from '../modules/tenancy/organization.entity';
import { Project } from '../modules/tenancy/project.entity';
import { Session } from '../modules/tenancy/session.entity';
import { User } from '../modules/tenancy/user.entity';
import { OutboxMessage } from '../jobs/outbox.entity';
import { BaseEntity } from '../db/base.entity';
import { Region } from '../modules/inventory/region.entity';
import { GpuType } from '../modules/inventory/gpu-type.entity';
import { Cluster } from '../modules/inventory/cluster.entity';
import { NodePool } from '../modules/inventory/node-pool.entity';
import { ClusterNode } from '../modules/inventory/cluster-node.entity';
import { CapacityReservation } from '../modules/inventory/capacity-reservation.entity';
import { CapacityAllocation } from '../modules/inventory/capacity-allocation.entity';
import { Model } from '../modules/catalog/model.entity';
import { GpuPrice, ModelPrice } from '../modules/catalog/prices.entity';
import { Contract } from '../modules/contracts/contract.entity';
import { ContractVersion } from '../modules/contracts/contract-version.entity';
import { Commitment } from '../modules/contracts/commitment.entity';
import { SlaPolicy } from '../modules/contracts/sla-policy.entity';
import { Quota } from '../modules/contracts/quota.entity';
import { Job } from '../modules/jobs/job.entity';
import { JobEvent } from '../modules/jobs/job-event.entity';
import { EngineStop } from '../modules/jobs/engine-stop.entity';
import { UsageEvent } from '../modules/metering/usage-event.entity';
import { UsageRollup } from '../modules/metering/usage-rollup.entity';
import { Invoice } from '../modules/billing/invoice.entity';
import { InvoiceLine } from '../modules/billing/invoice-line.entity';
import { SpendAlert } from '../modules/billing/spend-alert.entity';
import { SimulatedRun } from '../drivers/simulated/simulated-run.entity';

/** Every entity, listed explicitly (no folder scanning: robust under any bundler or transpiler). */
export const entities = [
  BaseEntity,
  Organization,
  Project,
  User,
  Membership,
  Session,
  ApiKey,
  AuditEvent,
  OutboxMessage,
  Region,
  GpuType,
  Cluster,
  NodePool,
  ClusterNode,
  CapacityReservation,
  CapacityAllocation,
  Model,
  GpuPrice,
  ModelPrice,
  Contract,
  ContractVersion,
  Commitment,
  SlaPolicy,
  Quota,
  Job,
  JobEvent,
  EngineStop,
  UsageEvent,
  UsageRollup,
  Invoice,
  InvoiceLine,
  SpendAlert,
  SimulatedRun,
];
