import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass } from '@mikro-orm/core';
import { newId } from '../../lib/ids';
import { AppError, badInput, conflict } from '../../graphql/errors';
import { GpuType } from '../inventory/gpu-type.entity';
import { Region } from '../inventory/region.entity';
import { NodePool } from '../inventory/node-pool.entity';
import { CapacityReservation } from '../inventory/capacity-reservation.entity';
import { LifecycleStatus } from '../inventory/inventory.enums';
import { reserveCapacity } from '../inventory/capacity.service';
import { Model } from '../catalog/model.entity';
import type { Organization } from '../tenancy/organization.entity';
import type { User } from '../tenancy/user.entity';
import { Contract } from './contract.entity';
import { ContractVersion } from './contract-version.entity';
import { Commitment } from './commitment.entity';
import { SlaPolicy } from './sla-policy.entity';
import { CommitmentStatus, ContractStatus } from './contracts.enums';
import { contractTermsSchema, diffTerms, type ContractTerms } from './contract-terms';
import type { ContractTermsInput } from './contracts.inputs';
import { residencyAllows } from './pricing';

/** Refuses a period that ends before it starts, naming the end field. */
function assertPeriod(startsAt: Date, endsAt: Date, field: string): void {
  if (endsAt.getTime() <= startsAt.getTime())
    throw badInput(field, `The end (${endsAt.toISOString()}) must be after the start (${startsAt.toISOString()}).`);
}

async function assertExists<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  id: string,
  field: string,
  label: string,
): Promise<void> {
  if (!(await em.count(entity, { id } as never))) throw new AppError('NOT_FOUND', `${label} ${id} was not found.`, { field, id });
}

/**
 * Turns the GraphQL terms into stored terms, checking every referenced GPU type, model, region
 * and SLA policy exists (NOT_FOUND naming the field, e.g. `input.terms.gpuDiscounts.1.gpuTypeId`).
 */
export async function termsFromInput(
  em: EntityManager,
  input: ContractTermsInput | undefined,
  field = 'input.terms',
): Promise<ContractTerms> {
  const terms = contractTermsSchema.parse({
    gpuDiscounts: input?.gpuDiscounts?.map((d) => ({ gpuTypeId: d.gpuTypeId, priceClass: d.priceClass, percent: d.percent })),
    tokenDiscounts: input?.tokenDiscounts?.map((d) => ({ modelId: d.modelId ?? null, percent: d.percent })),
    spendCap: input?.spendCap ? { monthlyMicros: input.spendCap.monthly.toString(), mode: input.spendCap.mode } : null,
    allowedJurisdictions: input?.allowedJurisdictions ?? undefined,
    allowedRegionIds: input?.allowedRegionIds ?? undefined,
    retentionDays: input?.retentionDays ?? undefined,
    noTraining: input?.noTraining ?? undefined,
    slaPolicyId: input?.slaPolicyId ?? null,
    onDemandReclaimable: input?.onDemandReclaimable ?? undefined,
  });
  const seen = new Set<string>();
  for (const [i, d] of terms.gpuDiscounts.entries()) {
    await assertExists(em, GpuType, d.gpuTypeId, `${field}.gpuDiscounts.${i}.gpuTypeId`, 'GpuType');
    const key = `${d.gpuTypeId}/${d.priceClass}`;
    if (seen.has(key)) throw badInput(`${field}.gpuDiscounts.${i}`, 'Two discounts for the same GPU type and class.');
    seen.add(key);
  }
  for (const [i, d] of terms.tokenDiscounts.entries()) {
    if (d.modelId) await assertExists(em, Model, d.modelId, `${field}.tokenDiscounts.${i}.modelId`, 'Model');
    const key = d.modelId ?? '*';
    if (seen.has(key)) throw badInput(`${field}.tokenDiscounts.${i}`, 'Two token discounts for the same model.');
    seen.add(key);
  }
  for (const [i, id] of terms.allowedRegionIds.entries()) await assertExists(em, Region, id, `${field}.allowedRegionIds.${i}`, 'Region');
  if (terms.slaPolicyId) await assertExists(em, SlaPolicy, terms.slaPolicyId, `${field}.slaPolicyId`, 'SlaPolicy');
  return terms;
}

export interface CreateContractProps {
  organization: Organization;
  name: string;
  currency: string;
  startsAt: Date;
  endsAt: Date;
  accountManager: User | null;
  terms: ContractTerms;
  createdBy: User | null;
}

/** A DRAFT contract with its first version. */
export function createContract(em: EntityManager, props: CreateContractProps): Contract {
  assertPeriod(props.startsAt, props.endsAt, 'input.endsAt');
  const contract = em.create(Contract, {
    id: newId('contract'),
    organization: props.organization,
    name: props.name,
    currency: props.currency,
    startsAt: props.startsAt,
    endsAt: props.endsAt,
    accountManager: props.accountManager,
  });
  em.persist(contract);
  em.persist(
    em.create(ContractVersion, {
      id: newId('contractVersion'),
      contract,
      number: 1,
      effectiveFrom: props.startsAt,
      terms: props.terms,
      createdBy: props.createdBy,
    }),
  );
  return contract;
}

function assertDraft(contract: Contract): void {
  if (contract.status !== ContractStatus.DRAFT) {
    throw conflict(`Contract ${contract.id} is ${contract.status}: change it with an amendment (amendContract), not an edit.`, {
      status: contract.status,
    });
  }
}

/** The latest version of a contract. */
export function latestVersion(em: EntityManager, contract: Contract): Promise<ContractVersion> {
  return em.findOneOrFail(ContractVersion, { contract, number: contract.currentVersion });
}

/** Edits a DRAFT in place: name, period, terms. An ACTIVE contract is refused (amend it instead). */
export async function updateDraft(
  em: EntityManager,
  contract: Contract,
  changes: { name?: string; startsAt?: Date; endsAt?: Date; terms?: ContractTerms },
): Promise<Contract> {
  assertDraft(contract);
  const startsAt = changes.startsAt ?? contract.startsAt;
  const endsAt = changes.endsAt ?? contract.endsAt;
  assertPeriod(startsAt, endsAt, changes.endsAt ? 'input.endsAt' : 'input.startsAt');
  Object.assign(contract, { name: changes.name ?? contract.name, startsAt, endsAt });
  const version = await latestVersion(em, contract);
  version.effectiveFrom = startsAt;
  if (changes.terms) version.terms = changes.terms;
  return contract;
}

/**
 * Amends an ACTIVE contract: a new version from `effectiveFrom` with the complete new terms and
 * what changed; the previous version ends there. A version may not start before the latest one.
 */
export async function amendContract(
  em: EntityManager,
  contract: Contract,
  props: { effectiveFrom: Date; reason: string; terms: ContractTerms; createdBy: User | null },
): Promise<ContractVersion> {
  if (contract.status !== ContractStatus.ACTIVE)
    throw conflict(`Only an ACTIVE contract is amended; this one is ${contract.status}.`, { status: contract.status });
  const previous = await latestVersion(em, contract);
  if (props.effectiveFrom.getTime() <= previous.effectiveFrom.getTime()) {
    throw badInput(
      'input.effectiveFrom',
      `Version ${previous.number} starts ${previous.effectiveFrom.toISOString()}: an amendment must start after it (versions never overlap).`,
    );
  }
  if (props.effectiveFrom.getTime() >= contract.endsAt.getTime()) {
    throw badInput('input.effectiveFrom', `The contract ends ${contract.endsAt.toISOString()}.`);
  }
  previous.effectiveTo = props.effectiveFrom;
  contract.currentVersion = previous.number + 1;
  const version = em.create(ContractVersion, {
    id: newId('contractVersion'),
    contract,
    number: contract.currentVersion,
    effectiveFrom: props.effectiveFrom,
    terms: props.terms,
    changes: diffTerms(contractTermsSchema.parse(previous.terms), props.terms),
    reason: props.reason,
    createdBy: props.createdBy,
  });
  em.persist(version);
  return version;
}

export interface CommitmentProps {
  gpuType: GpuType;
  region: Region;
  pool: NodePool | null;
  gpus: number;
  startsAt: Date;
  endsAt: Date;
  ratePerGpuHour: bigint;
}

async function assertCommitmentFits(em: EntityManager, contract: Contract, props: CommitmentProps): Promise<void> {
  assertPeriod(props.startsAt, props.endsAt, 'input.endsAt');
  if (props.startsAt < contract.startsAt || props.endsAt > contract.endsAt) {
    throw badInput(
      'input.startsAt',
      `A commitment lies within its contract (${contract.startsAt.toISOString()} – ${contract.endsAt.toISOString()}).`,
    );
  }
  if (props.ratePerGpuHour < 0n) throw badInput('input.ratePerGpuHour', 'The committed rate cannot be negative.');
  const terms = contractTermsSchema.parse((await latestVersion(em, contract)).terms);
  if (!residencyAllows(terms, props.region)) {
    throw badInput(
      'input.regionId',
      `The contract's residency allows ${[...terms.allowedJurisdictions, ...terms.allowedRegionIds].join(', ')}; region ${props.region.code} is in ${props.region.jurisdiction}.`,
    );
  }
  if (props.pool) {
    const cluster = await em.findOneOrFail(NodePool, props.pool.id, { populate: ['cluster'] });
    if (props.pool.gpuType.id !== props.gpuType.id || cluster.cluster.getEntity().region.id !== props.region.id) {
      throw badInput('input.poolId', `Pool ${props.pool.name} does not have ${props.gpuType.code} GPUs in ${props.region.code}.`);
    }
  }
}

/**
 * Adds a commitment. To a DRAFT it is pending until activation; to an ACTIVE contract it is an
 * amendment (a new version) and reserves its GPUs at once, or is refused naming the shortfall.
 */
export async function addCommitment(
  em: EntityManager,
  contract: Contract,
  props: CommitmentProps & { reason?: string | null; createdBy: User | null },
): Promise<Commitment> {
  if (contract.status !== ContractStatus.DRAFT && contract.status !== ContractStatus.ACTIVE) {
    throw conflict(`Contract ${contract.id} is ${contract.status}.`, { status: contract.status });
  }
  await assertCommitmentFits(em, contract, props);
  if (contract.status === ContractStatus.ACTIVE) {
    const current = await latestVersion(em, contract);
    await amendContract(em, contract, {
      effectiveFrom: new Date(Math.max(Date.now(), current.effectiveFrom.getTime() + 1)),
      reason: props.reason ?? `commitment of ${props.gpus} ${props.gpuType.code} in ${props.region.code} added`,
      terms: contractTermsSchema.parse(current.terms),
      createdBy: props.createdBy,
    });
  }
  const commitment = em.create(Commitment, {
    id: newId('commitment'),
    contract,
    gpuType: props.gpuType,
    region: props.region,
    pool: props.pool,
    gpus: props.gpus,
    startsAt: props.startsAt,
    endsAt: props.endsAt,
    ratePerGpuHour: props.ratePerGpuHour,
    addedInVersion: contract.currentVersion,
  });
  em.persist(commitment);
  if (contract.status === ContractStatus.ACTIVE) await reserveCommitment(em, contract, commitment);
  return commitment;
}

/** Removes a commitment that holds nothing yet (a DRAFT's). */
export function removeCommitment(em: EntityManager, contract: Contract, commitment: Commitment): void {
  assertDraft(contract);
  em.remove(commitment);
}

/**
 * Reserves a commitment's GPUs in its named pool, or in the first pool of its GPU type and region
 * that fits; refuses with CAPACITY_UNAVAILABLE naming the pool, dates and GPUs missing.
 */
async function reserveCommitment(em: EntityManager, contract: Contract, commitment: Commitment): Promise<void> {
  const pools = commitment.pool
    ? [await em.findOneOrFail(NodePool, commitment.pool.id)]
    : await em.find(
        NodePool,
        {
          gpuType: commitment.gpuType,
          status: LifecycleStatus.ACTIVE,
          cluster: { region: commitment.region, status: LifecycleStatus.ACTIVE },
        },
        { orderBy: { id: 'asc' } },
      );
  if (!pools.length) {
    throw new AppError(
      'CAPACITY_UNAVAILABLE',
      `No pool has ${commitment.gpuType.getEntity().code} GPUs in ${commitment.region.getEntity().code}.`,
      { commitmentId: commitment.id },
    );
  }
  let refusal: AppError | undefined;
  for (const pool of pools) {
    try {
      await reserveCapacity(em, {
        poolId: pool.id,
        gpus: commitment.gpus,
        startsAt: commitment.startsAt,
        endsAt: commitment.endsAt,
        organizationId: contract.organization.id,
        source: `commitment:${commitment.id}`,
      });
      commitment.pool = em.getReference(NodePool, pool.id) as never;
      commitment.status = CommitmentStatus.ACTIVE;
      return;
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'CAPACITY_UNAVAILABLE') throw error;
      refusal ??= error;
    }
  }
  throw new AppError('CAPACITY_UNAVAILABLE', `Commitment ${commitment.id} does not fit: ${refusal!.message}`, {
    ...refusal!.extensions,
    commitmentId: commitment.id,
  });
}

/**
 * DRAFT → ACTIVE: reserves every commitment in the capacity ledger in this transaction, or refuses
 * naming the shortfall (pool, dates, GPUs missing) and reserves nothing. An organization has one
 * ACTIVE contract at a time.
 */
export async function activateContract(em: EntityManager, contract: Contract): Promise<Contract> {
  assertDraft(contract);
  if (contract.endsAt.getTime() <= Date.now()) throw badInput('id', `Contract ${contract.id} ended ${contract.endsAt.toISOString()}.`);
  const overlapping = await em.findOne(Contract, {
    organization: contract.organization,
    status: ContractStatus.ACTIVE,
    startsAt: { $lt: contract.endsAt },
    endsAt: { $gt: contract.startsAt },
  });
  if (overlapping)
    throw conflict(`The organization's contract ${overlapping.id} is ACTIVE over the same period.`, { contractId: overlapping.id });
  const commitments = await em.find(
    Commitment,
    { contract, status: CommitmentStatus.PENDING },
    { populate: ['gpuType', 'region'], orderBy: { id: 'asc' } },
  );
  for (const commitment of commitments) await reserveCommitment(em, contract, commitment);
  contract.status = ContractStatus.ACTIVE;
  contract.activatedAt = new Date();
  return contract;
}

async function releaseCommitments(em: EntityManager, contract: Contract, at: Date): Promise<void> {
  const commitments = await em.find(Commitment, { contract, status: CommitmentStatus.ACTIVE });
  const sources = commitments.map((c) => `commitment:${c.id}`);
  if (sources.length) await em.nativeUpdate(CapacityReservation, { source: { $in: sources }, releasedAt: null }, { releasedAt: at });
  for (const c of commitments) c.status = CommitmentStatus.RELEASED;
}

/** ACTIVE → TERMINATED: the commitments' capacity is released now. */
export async function terminateContract(em: EntityManager, contract: Contract): Promise<Contract> {
  if (contract.status !== ContractStatus.ACTIVE)
    throw conflict(`Only an ACTIVE contract is terminated; this one is ${contract.status}.`, { status: contract.status });
  const now = new Date();
  await releaseCommitments(em, contract, now);
  contract.status = ContractStatus.TERMINATED;
  contract.terminatedAt = now;
  return contract;
}

/** Marks ACTIVE contracts whose period is over EXPIRED and releases their capacity. Returns how many. */
export async function expireContracts(em: EntityManager, now = new Date()): Promise<number> {
  const due = await em.find(Contract, { status: ContractStatus.ACTIVE, endsAt: { $lte: now } });
  for (const contract of due) {
    await releaseCommitments(em, contract, now);
    contract.status = ContractStatus.EXPIRED;
  }
  await em.flush();
  return due.length;
}
