import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../lib/ids';
import { randomToken, sameDigest, sha256 } from '../../lib/secrets';
import { badInput, conflict } from '../../graphql/errors';
import { ApiKey } from './api-key.entity';
import type { Project } from './project.entity';
import type { User } from './user.entity';
import type { ApiKeyScope, OrganizationKind, OrganizationStatus } from './tenancy.enums';
import { executeBound } from '../../db/bound-sql';

export const API_KEY_PREFIX = 'hrk_';
const KEY_PATTERN = /^hrk_([0-9a-z]{12})\.([A-Za-z0-9_-]{43})$/;

export interface CreateApiKeyProps {
  project: Project;
  name: string;
  scopes: ApiKeyScope[];
  expiresAt?: Date | null;
  createdBy?: User | null;
}

/** Creates a key for a project. Returns the secret once; only its hash is stored. */
export function createApiKey(em: EntityManager, props: CreateApiKeyProps): { apiKey: ApiKey; secret: string } {
  if (props.expiresAt && props.expiresAt.getTime() <= Date.now()) {
    throw badInput('input.expiresAt', 'The expiry must be in the future.');
  }
  const prefix = randomToken(9)
    .toLowerCase()
    .replace(/[^0-9a-z]/g, '0')
    .slice(0, 12)
    .padEnd(12, '0');
  const secretPart = randomToken(32);
  const apiKey = em.create(ApiKey, {
    id: newId('apiKey'),
    organization: props.project.organization,
    project: props.project,
    name: props.name,
    prefix,
    secretHash: sha256(secretPart),
    scopes: [...new Set(props.scopes)],
    expiresAt: props.expiresAt ?? null,
    createdBy: props.createdBy ?? null,
  });
  em.persist(apiKey);
  return { apiKey, secret: `${API_KEY_PREFIX}${prefix}.${secretPart}` };
}

/** Revokes a key; it is refused on its next request. Revoking twice is a CONFLICT. */
export function revokeApiKey(apiKey: ApiKey): void {
  if (apiKey.revokedAt) throw conflict(`API key ${apiKey.id} is already revoked.`);
  apiKey.revokedAt = new Date();
}

/** A usable key as a request needs it: what it may do and its organization's standing. */
export interface LiveApiKey {
  id: string;
  organizationId: string;
  projectId: string;
  scopes: ApiKeyScope[];
  lastUsedAt: Date | null;
  organizationStatus: OrganizationStatus;
  organizationKind: OrganizationKind;
}

/**
 * The usable key a bearer secret names, or null (malformed, unknown, revoked, expired), with its
 * organization's status and kind: one query of plain columns, as every request with a key runs it.
 */
export async function findLiveApiKey(em: EntityManager, secret: string): Promise<LiveApiKey | null> {
  const match = KEY_PATTERN.exec(secret);
  if (!match) return null;
  const [row] = await executeBound<{
    id: string;
    organization_id: string;
    project_id: string;
    secret_hash: string;
    scopes: ApiKeyScope[];
    revoked_at: Date | null;
    expires_at: Date | null;
    last_used_at: Date | null;
    organization_status: OrganizationStatus;
    organization_kind: OrganizationKind;
  }>(
    em,
    `select k.id, k.organization_id, k.project_id, k.secret_hash, k.scopes, k.revoked_at, k.expires_at, k.last_used_at,
            o.status as organization_status, o.kind as organization_kind
       from api_keys k join organizations o on o.id = k.organization_id where k.prefix = ?`,
    [match[1] as string],
  );
  if (!row || !sameDigest(row.secret_hash, sha256(match[2] as string))) return null;
  if (row.revoked_at || (row.expires_at && new Date(row.expires_at).getTime() <= Date.now())) return null;
  return {
    id: row.id,
    organizationId: row.organization_id,
    projectId: row.project_id,
    scopes: row.scopes,
    lastUsedAt: row.last_used_at ? new Date(row.last_used_at) : null,
    organizationStatus: row.organization_status,
    organizationKind: row.organization_kind,
  };
}

/** Stamps last use, at most once a minute per key (one UPDATE, no read). */
export async function touchApiKey(em: EntityManager, apiKey: Pick<LiveApiKey, 'id' | 'lastUsedAt'>): Promise<void> {
  const now = new Date();
  if (apiKey.lastUsedAt && now.getTime() - apiKey.lastUsedAt.getTime() < 60_000) return;
  await em.nativeUpdate(ApiKey, { id: apiKey.id }, { lastUsedAt: now });
  apiKey.lastUsedAt = now;
}
