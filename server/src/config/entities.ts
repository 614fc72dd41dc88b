import { AuditEvent } from '../modules/audit/audit-event.entity';
import { ApiKey } from '../modules/tenancy/api-key.entity';
import { Membership } from '../modules/tenancy/membership.entity';
import { Organization } from '../modules/tenancy/organization.entity';
import { Project } from '../modules/tenancy/project.entity';
import { Session } from '../modules/tenancy/session.entity';
import { User } from '../modules/tenancy/user.entity';
import { OutboxMessage } from '../jobs/outbox.entity';
import { BaseEntity } from '../db/base.entity';

/** Every entity, listed explicitly (no folder scanning: robust under any bundler or transpiler). */
export const entities = [BaseEntity, Organization, Project, User, Membership, Session, ApiKey, AuditEvent, OutboxMessage];
