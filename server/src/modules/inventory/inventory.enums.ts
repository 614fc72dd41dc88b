import { registerEnumType } from 'type-graphql';

/** Where data may legally live: contracts restrict work to jurisdictions (data residency). */
export enum Jurisdiction {
  EU = 'EU',
  US = 'US',
  UK = 'UK',
  APAC = 'APAC',
}

/** Whether something may be used for new work; RETIRED is kept for history, never deleted. */
export enum LifecycleStatus {
  ACTIVE = 'ACTIVE',
  RETIRED = 'RETIRED',
}

export enum DriverKind {
  SIMULATED = 'SIMULATED',
  SLURM = 'SLURM',
}

export enum ClusterHealth {
  UNKNOWN = 'UNKNOWN',
  HEALTHY = 'HEALTHY',
  DEGRADED = 'DEGRADED',
  UNREACHABLE = 'UNREACHABLE',
}

export enum GpuVendor {
  NVIDIA = 'NVIDIA',
  AMD = 'AMD',
}

export enum Interconnect {
  NVLINK = 'NVLINK',
  INFINITY_FABRIC = 'INFINITY_FABRIC',
  PCIE = 'PCIE',
}

export enum NodeState {
  IDLE = 'IDLE',
  MIXED = 'MIXED',
  ALLOCATED = 'ALLOCATED',
  DRAINED = 'DRAINED',
  DOWN = 'DOWN',
}

/** Priority classes, highest first (DESIGN.md rule 2). */
export enum CapacityClass {
  INTERNAL = 'INTERNAL',
  RESERVED = 'RESERVED',
  ON_DEMAND = 'ON_DEMAND',
  SPOT = 'SPOT',
}

/** The classes that have a list price (INTERNAL work is the owner's own). */
export enum PricedClass {
  RESERVED = 'RESERVED',
  ON_DEMAND = 'ON_DEMAND',
  SPOT = 'SPOT',
}

registerEnumType(Jurisdiction, { name: 'Jurisdiction' });
registerEnumType(LifecycleStatus, { name: 'LifecycleStatus' });
registerEnumType(DriverKind, { name: 'DriverKind' });
registerEnumType(ClusterHealth, { name: 'ClusterHealth' });
registerEnumType(GpuVendor, { name: 'GpuVendor' });
registerEnumType(Interconnect, { name: 'Interconnect' });
registerEnumType(NodeState, { name: 'NodeState' });
registerEnumType(CapacityClass, { name: 'CapacityClass', description: 'Priority classes, highest first.' });
registerEnumType(PricedClass, { name: 'PricedClass' });
