import { registerEnumType } from 'type-graphql';
import type { ApiKey } from './api-key.entity';

export enum ApiKeyStatus {
  ACTIVE = 'ACTIVE',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(ApiKeyStatus, { name: 'ApiKeyStatus' });

/** Whether a key still works, derived from its revocation and expiry. */
export function apiKeyStatus(apiKey: Pick<ApiKey, 'revokedAt' | 'expiresAt'>, now = Date.now()): ApiKeyStatus {
  if (apiKey.revokedAt) return ApiKeyStatus.REVOKED;
  if (apiKey.expiresAt && apiKey.expiresAt.getTime() <= now) return ApiKeyStatus.EXPIRED;
  return ApiKeyStatus.ACTIVE;
}
