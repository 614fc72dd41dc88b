import { GraphQLError } from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Membership } from '../../modules/tenancy/membership.entity';
import { findLiveApiKey, touchApiKey, API_KEY_PREFIX } from '../../modules/tenancy/api-key.service';
import { findLiveSession, SESSION_TOKEN_PREFIX } from '../../modules/tenancy/session.service';
import { OrganizationKind, OrganizationStatus } from '../../modules/tenancy/tenancy.enums';
import { ANONYMOUS, type Principal } from './principal';

export const SESSION_COOKIE = 'hr_session';

const refused = (message: string) => new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

/** Reads a cookie's value from a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/**
 * Who is calling. A bearer credential that is wrong, revoked or expired is refused outright
 * (401): a script must learn its key stopped working. A stale console cookie is simply anonymous.
 */
export async function authenticate(em: EntityManager, headers: { authorization?: string; cookie?: string }): Promise<Principal> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '')?.[1];
  if (headers.authorization && !bearer) throw refused('Send the credential as "Authorization: Bearer <token>".');

  if (bearer?.startsWith(API_KEY_PREFIX)) {
    const key = await findLiveApiKey(em, bearer);
    if (!key) throw refused('This API key is unknown, revoked or expired.');
    if (key.organizationStatus !== OrganizationStatus.ACTIVE) throw refused('This organization is suspended.');
    await touchApiKey(em, key);
    return {
      kind: 'apiKey',
      key: { id: key.id },
      organizationId: key.organizationId,
      projectId: key.projectId,
      scopes: new Set(key.scopes),
      internal: key.organizationKind === OrganizationKind.INTERNAL,
    };
  }

  const token = bearer ?? readCookie(headers.cookie, SESSION_COOKIE);
  if (!token) return ANONYMOUS;
  if (!token.startsWith(SESSION_TOKEN_PREFIX)) {
    if (bearer) throw refused('This token is not a Headroom session token or API key.');
    return ANONYMOUS;
  }
  const session = await findLiveSession(em, token);
  if (!session) {
    if (bearer) throw refused('This session has expired or was signed out.');
    return ANONYMOUS;
  }
  const user = session.user.getEntity();
  const memberships = await em.find(Membership, { user: user.id, organization: { status: OrganizationStatus.ACTIVE } });
  return {
    kind: 'user',
    user,
    session,
    memberships: new Map(memberships.map((m) => [m.organization.id, m.role])),
    platformRoles: new Set(user.platformRoles),
  };
}
