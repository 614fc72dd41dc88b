import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ConnectionType } from '../../graphql/connection';
import { requirePlatform } from '../../graphql/auth/guards';
import { badInput } from '../../graphql/errors';
import { findOrganization } from '../tenancy/tenancy.access';
import { AuditEvent } from './audit-event.entity';
import { AuditEventsArgs } from './audit.inputs';
import { listAuditEvents } from './audit.service';

export const AuditEventConnection = ConnectionType(AuditEvent);

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => AuditEventConnection, {
    description: "An organization's audit trail (admins), or everyone's (operators, without organizationId).",
  })
  async auditEvents(@Args(() => AuditEventsArgs) args: AuditEventsArgs, @Ctx() ctx: Context) {
    if (args.from && args.to && args.from >= args.to) throw badInput('to', '`to` must be after `from`.');
    if (args.organizationId) {
      await findOrganization(ctx, args.organizationId, 'audit:read', 'organizationId');
    } else {
      requirePlatform(ctx, 'platform:audit:read');
    }
    return listAuditEvents(ctx.em, { ...args, organizationIds: args.organizationId ? [args.organizationId] : undefined }, args);
  }
}
