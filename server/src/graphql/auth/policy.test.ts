import { describe, expect, it } from 'vitest';
import { can, canOnPlatform, canSee, visibleOrganizations } from './policy';
import type { Principal } from './principal';
import { ApiKeyScope, MembershipRole, PlatformRole } from '../../modules/tenancy/tenancy.enums';

const person = (memberships: [string, MembershipRole][], roles: PlatformRole[] = []): Principal => ({
  kind: 'user',
  user: {} as never,
  session: {} as never,
  memberships: new Map(memberships),
  platformRoles: new Set(roles),
});
const key = (scopes: ApiKeyScope[], internal = false): Principal => ({
  kind: 'apiKey',
  key: {} as never,
  organizationId: 'org_a',
  projectId: 'prj_a',
  scopes: new Set(scopes),
  internal,
});

describe('policy', () => {
  it('gives members their role’s permissions in their organization only', () => {
    const viewer = person([['org_a', MembershipRole.VIEWER]]);
    expect(can(viewer, 'org_a', 'org:read')).toBe(true);
    expect(can(viewer, 'org_a', 'project:write')).toBe(false);
    expect(can(viewer, 'org_b', 'org:read')).toBe(false);
    expect(canSee(viewer, 'org_b')).toBe(false);
  });

  it('keeps billing members to billing and reading', () => {
    const billing = person([['org_a', MembershipRole.BILLING]]);
    expect(can(billing, 'org_a', 'billing:read')).toBe(true);
    expect(can(billing, 'org_a', 'apikey:manage')).toBe(false);
  });

  it('limits keys to their scopes and organization, and never lets them manage keys or members', () => {
    const all = key(Object.values(ApiKeyScope));
    expect(can(all, 'org_a', 'project:write')).toBe(true);
    expect(can(all, 'org_a', 'apikey:manage')).toBe(false);
    expect(can(all, 'org_a', 'member:manage')).toBe(false);
    expect(can(all, 'org_b', 'org:read')).toBe(false);
    expect(can(key([ApiKeyScope.JOBS_WRITE]), 'org_a', 'org:read')).toBe(false);
    expect(canOnPlatform(all, 'platform:audit:read')).toBe(false);
  });

  it('lets platform staff see every organization with only their role’s permissions', () => {
    const operator = person([], [PlatformRole.OPERATOR]);
    const am = person([], [PlatformRole.ACCOUNT_MANAGER]);
    expect(visibleOrganizations(operator)).toBe('all');
    expect(can(operator, 'org_x', 'audit:read')).toBe(true);
    expect(can(operator, 'org_x', 'project:write')).toBe(false);
    expect(can(am, 'org_x', 'billing:read')).toBe(true);
    expect(canOnPlatform(am, 'platform:organizations:status')).toBe(false);
    expect(canOnPlatform(operator, 'platform:organizations:status')).toBe(true);
  });

  it('gives anonymous callers nothing', () => {
    expect(visibleOrganizations({ kind: 'anonymous' })).toEqual([]);
    expect(can({ kind: 'anonymous' }, 'org_a', 'org:read')).toBe(false);
  });

  it('lets only the capacity owner’s keys with USAGE_INGEST send usage, and nothing else on the platform', () => {
    expect(canOnPlatform(key([ApiKeyScope.USAGE_INGEST], true), 'platform:usage:ingest')).toBe(true);
    expect(canOnPlatform(key([ApiKeyScope.USAGE_INGEST], false), 'platform:usage:ingest')).toBe(false);
    expect(
      canOnPlatform(
        key(
          Object.values(ApiKeyScope).filter((s) => s !== ApiKeyScope.USAGE_INGEST),
          true,
        ),
        'platform:usage:ingest',
      ),
    ).toBe(false);
    expect(canOnPlatform(key(Object.values(ApiKeyScope), true), 'platform:billing:write')).toBe(false);
    expect(can(key([ApiKeyScope.USAGE_INGEST], true), 'org_a', 'usage:read')).toBe(false);
  });
});
