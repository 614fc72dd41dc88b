import { ApiKeyScope } from '../../../server/src/modules/tenancy/tenancy.enums';
import { newId } from '../../../server/src/lib/ids';
import { SlaPolicy } from '../../../server/src/modules/contracts/sla-policy.entity';
import { Quota } from '../../../server/src/modules/contracts/quota.entity';
import { QuotaKind, SlaService, SlaWindow } from '../../../server/src/modules/contracts/contracts.enums';
import { F, N, PLATFORM_STAFF, U, row, type Entry, type Fixtures } from './matrix';

// Quotas of organization A are read like the organization: its members and platform staff; keys need READ.
const READ_IN_A = row(U, 'OK', 'OK', 'OK', N, 'OK', F, 'OK', 'OK');
// Setting them is for platform staff; an outsider does not learn organization A exists.
const CONTRACTS_WRITE_IN_A = row(U, F, F, F, N, F, F, 'OK', 'OK');

const TIERS = [
  { belowPercent: 99.9, creditPercent: 10 },
  { belowPercent: 99, creditPercent: 25 },
];

/** An SLA policy of its own. */
async function aPolicy({ em, unique }: Fixtures): Promise<string> {
  const fork = em();
  const policy = fork.create(SlaPolicy, {
    id: newId('slaPolicy'),
    name: `Matrix ${unique()}`,
    targets: [{ service: SlaService.GPU_COMPUTE, availabilityPercent: 99.9, window: SlaWindow.CALENDAR_MONTH, creditTiers: TIERS }],
  });
  await fork.persist(policy).flush();
  return policy.id;
}

/** A quota in organization A, for an operation that consumes it. */
async function aQuota({ em, world }: Fixtures): Promise<string> {
  const fork = em();
  const quota = fork.create(Quota, { id: newId('quota'), organization: world.orgA.id, kind: QuotaKind.CONCURRENT_GPUS, limit: 10_000 });
  await fork.persist(quota).flush();
  return quota.id;
}

/** SLA policies (platform staff only) and quotas (read in the organization, set by platform staff). */
export const slaQuotaEntries: Record<string, Entry> = {
  // ---- queries
  slaPolicies: {
    request: () => ({ query: '{ slaPolicies(first: 5) { nodes { id name targets { service creditTiers { creditPercent } } } } }' }),
    expect: PLATFORM_STAFF,
  },
  slaPolicy: {
    request: async (fx) => ({
      query: 'query($id: ID!) { slaPolicy(id: $id) { id name targets { availabilityPercent } } }',
      variables: { id: await aPolicy(fx) },
    }),
    expect: PLATFORM_STAFF,
  },
  quotas: {
    request: ({ world }) => ({
      query: 'query($org: ID!) { quotas(organizationId: $org, first: 5) { nodes { id kind limit project { name } } } }',
      variables: { org: world.orgA.id },
    }),
    scope: ApiKeyScope.READ,
    expect: READ_IN_A,
  },
  // ---- mutations
  createSlaPolicy: {
    request: ({ unique }) => ({
      query: 'mutation($i: CreateSlaPolicyInput!) { createSlaPolicy(input: $i) { id } }',
      variables: {
        i: {
          name: `Created ${unique()}`,
          targets: [{ service: 'MODEL_API', availabilityPercent: 99.5, window: 'CALENDAR_MONTH', creditTiers: TIERS.slice(1) }],
        },
      },
    }),
    expect: PLATFORM_STAFF,
  },
  updateSlaPolicy: {
    request: async (fx) => ({
      query: 'mutation($i: UpdateSlaPolicyInput!) { updateSlaPolicy(input: $i) { id name } }',
      variables: { i: { id: await aPolicy(fx), name: `Renamed ${fx.unique()}` } },
    }),
    expect: PLATFORM_STAFF,
  },
  setQuota: {
    request: ({ world }) => ({
      query: 'mutation($i: SetQuotaInput!) { setQuota(input: $i) { id limit } }',
      variables: { i: { organizationId: world.orgA.id, projectId: world.projectA.id, kind: 'QUEUED_JOBS', limit: 1_000 } },
    }),
    expect: CONTRACTS_WRITE_IN_A,
  },
  removeQuota: {
    request: async (fx) => ({ query: 'mutation($id: ID!) { removeQuota(id: $id) }', variables: { id: await aQuota(fx) } }),
    expect: CONTRACTS_WRITE_IN_A,
  },
};
