import { buildFleet, type Fleet } from '../../support/fleet';
import { makeContract } from '../../support/contracts';
import { ContractStatus } from '../../../server/src/modules/contracts/contracts.enums';
import { addCommitment } from '../../../server/src/modules/contracts/contract.service';
import { F, N, PLATFORM_STAFF, U, row, type Entry, type Fixtures } from './matrix';

let shared: Promise<Fleet> | undefined;
const fleet = (fx: Fixtures) => (shared ??= buildFleet(fx.em()));

/** Reading an organization's contract: owners, admins, billing, and platform staff; never keys. */
const READ_CONTRACT = row(U, F, F, 'OK', N, F, F, 'OK', 'OK');
/** Changing one: account managers and operators. */
const WRITE_CONTRACT = row(U, F, F, F, N, F, F, 'OK', 'OK');

const contractOf = (fx: Fixtures, status?: ContractStatus) => makeContract(fx.em(), fx.world.orgA.id, { status });

/** Contracts and commitments. */
export const contractEntries: Record<string, Entry> = {
  contracts: {
    request: (fx) => ({
      query: 'query($o: ID) { contracts(first: 5, organizationId: $o) { nodes { id } } }',
      variables: { o: fx.world.orgA.id },
    }),
    expect: READ_CONTRACT,
  },
  contract: {
    request: async (fx) => ({
      query: 'query($id: ID!) { contract(id: $id) { id terms { retentionDays } } }',
      variables: { id: (await contractOf(fx)).id },
    }),
    expect: READ_CONTRACT,
  },
  createContract: {
    request: (fx) => ({
      query: 'mutation($i: CreateContractInput!) { createContract(input: $i) { id } }',
      variables: { i: { organizationId: fx.world.orgA.id, name: 'New', startsAt: '2090-01-01T00:00:00Z', endsAt: '2091-01-01T00:00:00Z' } },
    }),
    expect: PLATFORM_STAFF,
  },
  updateDraftContract: {
    request: async (fx) => ({
      query: 'mutation($i: UpdateDraftContractInput!) { updateDraftContract(input: $i) { id } }',
      variables: { i: { id: (await contractOf(fx)).id, name: 'Renamed' } },
    }),
    expect: WRITE_CONTRACT,
  },
  amendContract: {
    request: async (fx) => {
      const contract = await contractOf(fx, ContractStatus.ACTIVE);
      const effectiveFrom = new Date(contract.startsAt.getTime() + 86_400_000).toISOString();
      return {
        query: 'mutation($i: AmendContractInput!) { amendContract(input: $i) { number } }',
        variables: { i: { id: contract.id, effectiveFrom, reason: 'matrix', terms: { retentionDays: 7 } } },
      };
    },
    expect: WRITE_CONTRACT,
  },
  addCommitment: {
    request: async (fx) => {
      const f = await fleet(fx);
      const contract = await contractOf(fx);
      return {
        query: 'mutation($i: AddCommitmentInput!) { addCommitment(input: $i) { id status } }',
        variables: {
          i: {
            contractId: contract.id,
            gpuTypeId: f.gpuType.id,
            regionId: f.region.id,
            gpus: 8,
            startsAt: contract.startsAt.toISOString(),
            endsAt: contract.endsAt.toISOString(),
            ratePerGpuHour: '2000000',
          },
        },
      };
    },
    expect: WRITE_CONTRACT,
  },
  removeCommitment: {
    request: async (fx) => {
      const f = await fleet(fx);
      const em = fx.em();
      const contract = await makeContract(em, fx.world.orgA.id);
      const commitment = await addCommitment(em, contract, {
        gpuType: f.gpuType,
        region: f.region,
        pool: null,
        gpus: 8,
        startsAt: contract.startsAt,
        endsAt: contract.endsAt,
        ratePerGpuHour: 1n,
        createdBy: null,
      });
      await em.flush();
      return { query: 'mutation($id: ID!) { removeCommitment(id: $id) }', variables: { id: commitment.id } };
    },
    expect: WRITE_CONTRACT,
  },
  activateContract: {
    request: async (fx) => ({
      query: 'mutation($id: ID!) { activateContract(id: $id) { status } }',
      variables: { id: (await contractOf(fx)).id },
    }),
    expect: WRITE_CONTRACT,
  },
  terminateContract: {
    request: async (fx) => ({
      query: 'mutation($id: ID!) { terminateContract(id: $id) { status } }',
      variables: { id: (await contractOf(fx, ContractStatus.ACTIVE)).id },
    }),
    expect: WRITE_CONTRACT,
  },
};
