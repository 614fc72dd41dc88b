import type { Context } from '../../graphql/context';
import type { OrgPermission } from '../../graphql/auth/policy';
import { findScoped } from '../tenancy/tenancy.access';
import { Job } from './job.entity';

/** A job the caller may act on: another tenant's (or another project's, for an API key) is NOT_FOUND. */
export const findJob = (ctx: Context, id: string, permission: OrgPermission, field = 'id') =>
  findScoped(
    ctx,
    { entity: Job, kind: 'job', label: 'Job', orgOf: (j) => j.organization.id, projectOf: (j) => j.project.id },
    id,
    permission,
    field,
  );
