import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import { newId, type IdKind } from '../../lib/ids';
import { AppError } from '../../graphql/errors';
import { paginate, type ConnectionArgs } from '../../graphql/connection';
import { assertIdOf } from '../tenancy/tenancy.access';
import type { Organization } from '../tenancy/organization.entity';
import { Project } from '../tenancy/project.entity';
import { GpuType } from '../inventory/gpu-type.entity';
import { Region } from '../inventory/region.entity';
import { Model } from '../catalog/model.entity';
import { Quota } from './quota.entity';
import type { QuotaKind } from './contracts.enums';
import { checkQuotaLimit, checkQuotaShape, quotaScopeKey } from './quota.rules';

/**
 * Takes a transaction-scoped advisory lock on a contracts key (a quota scope, a policy name):
 * changes to the same key wait for each other until commit, so each sees what the one before it
 * wrote. Outside a transaction it holds only for the statement: call it inside one.
 */
export async function lockContractsKey(em: EntityManager, key: string): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [key]);
}

export interface QuotaFilter {
  organizationId: string;
  /** Only this project's quotas. */
  projectId?: string | null;
  /** The caller sees only this project's quotas and the organization-wide ones (an API key bound to it). */
  visibleProjectId?: string | null;
}

/**
 * A page of an organization's quotas, newest first: with `projectId`, that project's only;
 * without, the organization-wide ones and every project's.
 */
export function listQuotas(em: EntityManager, filter: QuotaFilter, args: ConnectionArgs) {
  const where: FilterQuery<Quota> = { organization: filter.organizationId };
  if (filter.projectId) where.project = filter.projectId;
  if (filter.visibleProjectId) where.$or = [{ project: null }, { project: filter.visibleProjectId }];
  return paginate(em, Quota, where, args);
}

// NOT_FOUND naming the input field: the ID was well formed but names nothing (or nothing here).
function notFoundAt(field: string, what: string, id: string) {
  return new AppError('NOT_FOUND', `${what} ${id} was not found.`, { id, field });
}

async function requireRow<T extends object>(
  em: EntityManager,
  spec: { entity: EntityClass<T>; kind: IdKind; label: string },
  id: string | null | undefined,
  field: string,
): Promise<T | null> {
  if (!id) return null;
  assertIdOf(spec.kind, id, field);
  const row = await em.findOne(spec.entity, { id } as FilterQuery<T>);
  if (!row) throw notFoundAt(field, spec.label, id);
  return row;
}

export interface SetQuotaProps {
  organization: Organization;
  projectId?: string | null;
  kind: QuotaKind;
  gpuTypeId?: string | null;
  regionId?: string | null;
  modelId?: string | null;
  limit: number;
}

export interface QuotaChange {
  quota: Quota;
  /** The scope's limit before, or null when this set it first. */
  previousLimit: number | null;
}

/**
 * Sets the limit of one scope (organization, project, kind, GPU type, region, model) in the
 * caller's transaction: the scope's quota is updated when it has one, else created, so one scope
 * has one limit (sets of one scope are serialized until commit). The limit and the kind's
 * dimensions follow {@link checkQuotaLimit} and {@link checkQuotaShape} (BAD_USER_INPUT naming the
 * field); a project must be the organization's and the GPU type, region and model must exist
 * (NOT_FOUND naming the field). Everything is checked before anything is written.
 */
export async function setQuota(em: EntityManager, props: SetQuotaProps): Promise<QuotaChange> {
  checkQuotaLimit(props.limit);
  if (props.projectId) assertIdOf('project', props.projectId, 'input.projectId');
  checkQuotaShape(props);
  const project = props.projectId ? await em.findOne(Project, { id: props.projectId, organization: props.organization }) : null;
  // Another organization's project is as absent as one that does not exist.
  if (props.projectId && !project) throw notFoundAt('input.projectId', 'Project', props.projectId);
  const gpuType = await requireRow(em, { entity: GpuType, kind: 'gpuType', label: 'GpuType' }, props.gpuTypeId, 'input.gpuTypeId');
  const region = await requireRow(em, { entity: Region, kind: 'region', label: 'Region' }, props.regionId, 'input.regionId');
  const model = await requireRow(em, { entity: Model, kind: 'model', label: 'Model' }, props.modelId, 'input.modelId');

  const scope = {
    organization: props.organization.id,
    project: project?.id ?? null,
    kind: props.kind,
    gpuType: gpuType?.id ?? null,
    region: region?.id ?? null,
    model: model?.id ?? null,
  };
  await lockContractsKey(
    em,
    `contracts:quota:${quotaScopeKey({ ...props, organizationId: scope.organization, projectId: scope.project })}`,
  );
  const existing = await em.findOne(Quota, scope);
  if (existing) {
    const previousLimit = existing.limit;
    existing.limit = props.limit;
    return { quota: existing, previousLimit };
  }
  const quota = em.create(Quota, { id: newId('quota'), ...scope, limit: props.limit });
  em.persist(quota);
  return { quota, previousLimit: null };
}

/** Removes a quota: its scope is then limited only by the broader quotas that still apply. */
export function removeQuota(em: EntityManager, quota: Quota): void {
  em.remove(quota);
}

/** One limit that applies to work of a project, as plain data for admission and the model gateway. */
export interface ApplicableQuota {
  id: string;
  kind: QuotaKind;
  /** PROJECT: set on the project itself; ORGANIZATION: shared by all the organization's projects together. */
  level: 'PROJECT' | 'ORGANIZATION';
  projectId: string | null;
  /** Null: any GPU type (likewise region and model). */
  gpuTypeId: string | null;
  regionId: string | null;
  modelId: string | null;
  limit: number;
}

/**
 * The limits of one kind that apply to work of a project (`projectId` null: work not tied to
 * one): the project's own and the organization-wide ones, project-level first, then the ones
 * naming more dimensions first. Every limit returned binds at once, each counted over its own
 * scope (the organization-wide ones over all its projects' work); `quotaApplies` in quota.rules
 * tells which of them count a given GPU type, region or model. An empty list: no limit. Only reads.
 */
export async function quotasFor(
  em: EntityManager,
  query: { organizationId: string; projectId?: string | null; kind: QuotaKind },
): Promise<ApplicableQuota[]> {
  const projects = query.projectId ? [{ project: null }, { project: query.projectId }] : [{ project: null }];
  const rows = await em.find(Quota, { organization: query.organizationId, kind: query.kind, $or: projects });
  return rows
    .map((q): ApplicableQuota => ({
      id: q.id,
      kind: q.kind,
      level: q.project ? 'PROJECT' : 'ORGANIZATION',
      projectId: q.project?.id ?? null,
      gpuTypeId: q.gpuType?.id ?? null,
      regionId: q.region?.id ?? null,
      modelId: q.model?.id ?? null,
      limit: q.limit,
    }))
    .sort(byPrecedence);
}

const named = (q: Pick<ApplicableQuota, 'gpuTypeId' | 'regionId' | 'modelId'>) =>
  Number(!!q.gpuTypeId) + Number(!!q.regionId) + Number(!!q.modelId);

/** The order limits are checked and reported in: project-level first, then the ones naming more dimensions, then by ID. */
export function byPrecedence(a: ApplicableQuota, b: ApplicableQuota): number {
  return Number(a.level === 'ORGANIZATION') - Number(b.level === 'ORGANIZATION') || named(b) - named(a) || a.id.localeCompare(b.id);
}
