import { ApiKeyScope } from '../../../server/src/modules/tenancy/tenancy.enums';
import { TEST_PASSWORD } from '../../support/world';
import { EVERYONE, F, N, PEOPLE, U, row, type Entry } from './matrix';

// Read in organization A: members of A and platform staff; keys need READ.
const READ_IN_A = row(U, 'OK', 'OK', 'OK', N, 'OK', F, 'OK', 'OK');
// Admin-only change in A: keys have no scope for it, platform staff do not administer customers.
const ADMIN_IN_A = row(U, F, F, 'OK', N, F, F, F, F);
// Project changes in A: admins, and keys with PROJECTS_WRITE.
const PROJECT_WRITE_IN_A = row(U, F, F, 'OK', N, 'OK', F, F, F);
// Key management in A: members and admins; never a key.
const KEY_MANAGE_IN_A = row(U, F, 'OK', 'OK', N, F, F, F, F);

/** Tenancy, identity, API keys and audit. */
export const tenancyEntries: Record<string, Entry> = {
  // ---- queries
  viewer: { request: () => ({ query: '{ viewer { platformRoles } }' }), expect: EVERYONE },
  organizations: {
    request: () => ({ query: '{ organizations(first: 10) { nodes { id } } }' }),
    scope: ApiKeyScope.READ,
    expect: row(U, 'OK', 'OK', 'OK', 'OK', 'OK', F, 'OK', 'OK'),
  },
  organization: {
    request: ({ world }) => ({ query: 'query($id: ID!) { organization(id: $id) { id name } }', variables: { id: world.orgA.id } }),
    scope: ApiKeyScope.READ,
    expect: READ_IN_A,
  },
  project: {
    request: ({ world }) => ({ query: 'query($id: ID!) { project(id: $id) { id name } }', variables: { id: world.projectA.id } }),
    scope: ApiKeyScope.READ,
    expect: READ_IN_A,
  },
  node: {
    request: ({ world }) => ({ query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id: world.projectA.id } }),
    scope: ApiKeyScope.READ,
    expect: READ_IN_A,
  },
  auditEvents: {
    request: ({ world }) => ({
      query: 'query($org: ID!) { auditEvents(first: 5, organizationId: $org) { nodes { id action } } }',
      variables: { org: world.orgA.id },
    }),
    scope: ApiKeyScope.AUDIT_READ,
    expect: row(U, F, F, 'OK', N, 'OK', F, 'OK', F),
  },
  // ---- mutations
  signIn: {
    request: ({ world }) => ({
      query: 'mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { token } }',
      variables: { e: world.users.member.email, p: TEST_PASSWORD },
    }),
    expect: EVERYONE,
  },
  signUp: {
    request: ({ unique }) => {
      const tag = unique();
      return {
        query: 'mutation($i: SignUpInput!) { signUp(input: $i) { user { id } } }',
        variables: {
          i: {
            email: `new-${tag}@test.example`,
            name: 'New',
            password: 'Fresh-Password-93',
            organizationName: `New ${tag}`,
            organizationSlug: `new-${tag}`,
          },
        },
      };
    },
    expect: EVERYONE,
  },
  signOut: { request: () => ({ query: 'mutation { signOut }' }), endsSession: true, expect: PEOPLE },
  changePassword: {
    request: () => ({
      query: 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) }',
      variables: { i: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD } },
    }),
    expect: PEOPLE,
  },
  createOrganization: {
    request: ({ unique }) => ({
      query: 'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }',
      variables: { i: { name: 'Created', slug: `created-${unique()}` } },
    }),
    expect: row(U, F, F, F, F, F, F, 'OK', 'OK'),
  },
  updateOrganization: {
    request: ({ world }) => ({
      query: 'mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { id } }',
      variables: { i: { id: world.orgA.id, name: world.orgA.name } },
    }),
    expect: ADMIN_IN_A,
  },
  setOrganizationStatus: {
    request: ({ world }) => ({
      query: 'mutation($i: SetOrganizationStatusInput!) { setOrganizationStatus(input: $i) { id status } }',
      variables: { i: { id: world.orgA.id, status: 'ACTIVE' } },
    }),
    expect: row(U, F, F, F, N, F, F, 'OK', F),
  },
  createProject: {
    request: ({ world, unique }) => ({
      query: 'mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }',
      variables: { i: { organizationId: world.orgA.id, name: 'P', slug: `p-${unique()}` } },
    }),
    scope: ApiKeyScope.PROJECTS_WRITE,
    expect: PROJECT_WRITE_IN_A,
  },
  updateProject: {
    request: ({ world }) => ({
      query: 'mutation($i: UpdateProjectInput!) { updateProject(input: $i) { id } }',
      variables: { i: { id: world.projectA.id, description: 'changed' } },
    }),
    scope: ApiKeyScope.PROJECTS_WRITE,
    expect: PROJECT_WRITE_IN_A,
  },
  addMember: {
    request: async ({ world, newUser }) => ({
      query: 'mutation($i: AddMemberInput!) { addMember(input: $i) { id } }',
      variables: { i: { organizationId: world.orgA.id, email: (await newUser()).email, role: 'MEMBER' } },
    }),
    expect: ADMIN_IN_A,
  },
  changeMemberRole: {
    request: async ({ newMembership }) => ({
      query: 'mutation($i: ChangeMemberRoleInput!) { changeMemberRole(input: $i) { id role } }',
      variables: { i: { membershipId: await newMembership(), role: 'VIEWER' } },
    }),
    expect: ADMIN_IN_A,
  },
  removeMember: {
    request: async ({ newMembership }) => ({
      query: 'mutation($id: ID!) { removeMember(id: $id) }',
      variables: { id: await newMembership() },
    }),
    expect: ADMIN_IN_A,
  },
  createApiKey: {
    request: ({ world }) => ({
      query: 'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }',
      variables: { i: { projectId: world.projectA.id, name: 'k', scopes: ['READ'] } },
    }),
    expect: KEY_MANAGE_IN_A,
  },
  revokeApiKey: {
    request: async ({ newApiKey }) => ({
      query: 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }',
      variables: { id: await newApiKey() },
    }),
    expect: KEY_MANAGE_IN_A,
  },
};
