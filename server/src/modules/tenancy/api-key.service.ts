import type { EntityManager } from '@mikro-orm/postgresql';
import { LoadStrategy } from '@mikro-orm/core';
import { newId } from '../../lib/ids';
import { randomToken, sameDigest, sha256 } from '../../lib/secrets';
import { badInput, conflict } from '../../graphql/errors';
import { ApiKey } from './api-key.entity';
import type { Project } from './project.entity';
import type { User } from './user.entity';
import type { ApiKeyScope } from './tenancy.enums';

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

/**
 * The usable key a bearer secret names, or null (malformed, unknown, revoked, expired). Its
 * organization and project come in the same query: every request with a key needs both.
 */
export async function findLiveApiKey(em: EntityManager, secret: string): Promise<ApiKey | null> {
  const match = KEY_PATTERN.exec(secret);
  if (!match) return null;
  const apiKey = await em.findOne(
    ApiKey,
    { prefix: match[1] as string },
    { populate: ['organization', 'project'], strategy: LoadStrategy.JOINED },
  );
  if (!apiKey || !sameDigest(apiKey.secretHash, sha256(match[2] as string))) return null;
  if (apiKey.revokedAt || (apiKey.expiresAt && apiKey.expiresAt.getTime() <= Date.now())) return null;
  return apiKey;
}

/** Stamps last use, at most once a minute per key (one UPDATE, no read). */
export async function touchApiKey(em: EntityManager, apiKey: ApiKey): Promise<void> {
  const now = new Date();
  if (apiKey.lastUsedAt && now.getTime() - apiKey.lastUsedAt.getTime() < 60_000) return;
  await em.nativeUpdate(ApiKey, { id: apiKey.id }, { lastUsedAt: now });
  apiKey.lastUsedAt = now;
}
