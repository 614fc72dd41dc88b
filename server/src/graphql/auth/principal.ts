import type { Session } from '../../modules/tenancy/session.entity';
import type { User } from '../../modules/tenancy/user.entity';
import type { ApiKeyScope, MembershipRole, PlatformRole } from '../../modules/tenancy/tenancy.enums';

/** Who is calling: resolved once per request from the cookie or the bearer token. */
export type Principal =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      user: User;
      session: Session;
      /** organization id → role */
      memberships: ReadonlyMap<string, MembershipRole>;
      platformRoles: ReadonlySet<PlatformRole>;
    }
  | {
      kind: 'apiKey';
      /** The key the request came with (only its ID: what it may do is below). */
      key: { id: string };
      organizationId: string;
      projectId: string;
      scopes: ReadonlySet<ApiKeyScope>;
      /** The key belongs to the capacity owner's (INTERNAL) organization. */
      internal: boolean;
    };

export const ANONYMOUS: Principal = { kind: 'anonymous' };

/** The actor recorded in audit events for a principal. */
export function actorOf(principal: Principal): { type: 'USER' | 'API_KEY' | 'ANONYMOUS'; id: string | null } {
  switch (principal.kind) {
    case 'user':
      return { type: 'USER', id: principal.user.id };
    case 'apiKey':
      return { type: 'API_KEY', id: principal.key.id };
    default:
      return { type: 'ANONYMOUS', id: null };
  }
}
