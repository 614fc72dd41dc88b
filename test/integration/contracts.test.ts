import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { buildWorld, type World } from '../support/world';
import { buildFleet, makePool, type Fleet } from '../support/fleet';
import { makeContract } from '../support/contracts';
import { ContractStatus, SlaService, SlaWindow } from '../../server/src/modules/contracts/contracts.enums';
import { SlaPolicy } from '../../server/src/modules/contracts/sla-policy.entity';
import { DEFAULT_TERMS } from '../../server/src/modules/contracts/contract-terms';
import { newId } from '../../server/src/lib/ids';
import { activateContract, addCommitment, expireContracts } from '../../server/src/modules/contracts/contract.service';
import { termsInForce } from '../../server/src/modules/contracts/terms-in-force';
import { Contract } from '../../server/src/modules/contracts/contract.entity';
import { NodePool } from '../../server/src/modules/inventory/node-pool.entity';
import { poolLedger } from '../../server/src/modules/inventory/capacity.service';
import { createRegion } from '../../server/src/modules/inventory/inventory.service';
import { createOrganization } from '../../server/src/modules/tenancy/organization.service';
import { Jurisdiction } from '../../server/src/modules/inventory/inventory.enums';

let app: TestApp;
let world: World;
let fleet: Fleet;
const am = () => ({ bearer: world.tokens.accountManager });
const year = (y: number) => new Date(Date.UTC(y, 0, 1)).toISOString();

const CREATE =
  'mutation($i: CreateContractInput!) { createContract(input: $i) { id status currentVersion terms { gpuDiscounts { gpuTypeId priceClass percent } tokenDiscounts { modelId percent } spendCap { monthly mode } allowedJurisdictions retentionDays noTraining onDemandReclaimable } } }';
const ADD = 'mutation($i: AddCommitmentInput!) { addCommitment(input: $i) { id status gpus } }';

async function committedIn(poolId: string): Promise<number> {
  const rows = await poolLedger(app.orm.em.fork(), { clusterId: fleet.cluster.id }, new Date(Date.UTC(2031, 5, 1)));
  return rows.find((r) => r.pool.id === poolId)!.figures.committedGpus;
}

beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app.orm);
  fleet = await buildFleet(app.orm.em.fork()); // pool: 32 GPUs, floor 8
});
afterAll(() => app.close());

describe('contracts', () => {
  it('creates a DRAFT with typed terms, readable by admins and billing but not by other members', async () => {
    const res = await app.gql<{ createContract: { id: string; status: string; terms: Record<string, unknown> } }>(
      CREATE,
      {
        i: {
          organizationId: world.orgA.id,
          name: 'Enterprise',
          startsAt: year(2031),
          endsAt: year(2032),
          terms: {
            gpuDiscounts: [{ gpuTypeId: fleet.gpuType.id, priceClass: 'ON_DEMAND', percent: 15 }],
            tokenDiscounts: [{ modelId: null, percent: 10 }],
            spendCap: { monthly: '50000000000', mode: 'HARD' },
            allowedJurisdictions: ['EU'],
            retentionDays: 0,
            noTraining: true,
          },
        },
      },
      am(),
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data!.createContract).toMatchObject({
      status: 'DRAFT',
      terms: {
        gpuDiscounts: [{ gpuTypeId: fleet.gpuType.id, priceClass: 'ON_DEMAND', percent: 15 }],
        tokenDiscounts: [{ modelId: null, percent: 10 }],
        spendCap: { monthly: '50000000000', mode: 'HARD' },
        allowedJurisdictions: ['EU'],
        retentionDays: 0,
        noTraining: true,
        onDemandReclaimable: true,
      },
    });
    const id = res.data!.createContract.id;
    const read =
      'query($id: ID!) { contract(id: $id) { id terms { retentionDays slaPolicy { name targets { service availabilityPercent } } } } }';
    expect((await app.gql(read, { id }, { bearer: world.tokens.admin })).errors).toBeUndefined();
    expect((await app.gql(read, { id }, { bearer: world.tokens.billing })).errors).toBeUndefined();
    expect((await app.gql(read, { id }, { bearer: world.tokens.member })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await app.gql(read, { id }, { bearer: world.tokens.outsider })).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('shows the contract’s SLA policy and its targets to those who may read the contract', async () => {
    const em = app.orm.em.fork();
    const policy = em.create(SlaPolicy, {
      id: newId('slaPolicy'),
      name: `SLA ${world.tag}`,
      targets: [
        {
          service: SlaService.GPU_COMPUTE,
          availabilityPercent: 99.9,
          window: SlaWindow.CALENDAR_MONTH,
          creditTiers: [{ belowPercent: 99.9, creditPercent: 10 }],
        },
      ],
    });
    await em.flush();
    const contract = await makeContract(em, world.orgA.id, { terms: { ...DEFAULT_TERMS, slaPolicyId: policy.id } });
    const res = await app.gql<{
      contract: { terms: { slaPolicy: { name: string; targets: { service: string; availabilityPercent: number }[] } } };
    }>(
      'query($id: ID!) { contract(id: $id) { terms { slaPolicy { name targets { service availabilityPercent } } } } }',
      { id: contract.id },
      { bearer: world.tokens.admin },
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data!.contract.terms.slaPolicy).toEqual({
      name: `SLA ${world.tag}`,
      targets: [{ service: 'GPU_COMPUTE', availabilityPercent: 99.9 }],
    });
  });

  it('refuses bad terms, naming the field and the numbers', async () => {
    const base = { organizationId: world.orgA.id, name: 'Bad', startsAt: year(2033), endsAt: year(2034) };
    const backwards = await app.gql(CREATE, { i: { ...base, endsAt: year(2032) } }, am());
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endsAt' });
    const discount = await app.gql(
      CREATE,
      { i: { ...base, terms: { gpuDiscounts: [{ gpuTypeId: fleet.gpuType.id, priceClass: 'SPOT', percent: 101 }] } } },
      am(),
    );
    expect(discount.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.terms.gpuDiscounts.0.percent' });
    const precise = await app.gql(CREATE, { i: { ...base, terms: { tokenDiscounts: [{ modelId: null, percent: 12.345 }] } } }, am());
    expect(precise.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.terms.tokenDiscounts.0.percent' });
    const unknown = await app.gql(
      CREATE,
      { i: { ...base, terms: { gpuDiscounts: [{ gpuTypeId: 'gpu_00000000000000000000000000', priceClass: 'SPOT', percent: 5 }] } } },
      am(),
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.terms.gpuDiscounts.0.gpuTypeId' });
    const count = await app.orm.em.fork().count(Contract, { name: 'Bad' });
    expect(count).toBe(0);
  });

  it('refuses a commitment in a region the residency forbids, or outside the contract', async () => {
    const em = app.orm.em.fork();
    const usRegion = await createRegion(em, { code: `us-${world.tag}`, name: 'US', jurisdiction: Jurisdiction.US });
    await em.flush();
    const created = await app.gql<{ createContract: { id: string } }>(
      CREATE,
      {
        i: {
          organizationId: world.orgA.id,
          name: 'EU only',
          startsAt: year(2035),
          endsAt: year(2036),
          terms: { allowedJurisdictions: ['EU'] },
        },
      },
      am(),
    );
    const contractId = created.data!.createContract.id;
    const commitment = {
      contractId,
      gpuTypeId: fleet.gpuType.id,
      gpus: 8,
      startsAt: year(2035),
      endsAt: year(2036),
      ratePerGpuHour: '2000000',
    };
    const us = await app.gql(ADD, { i: { ...commitment, regionId: usRegion.id } }, am());
    expect(us.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.regionId' });
    expect(us.errors?.[0]?.message).toMatch(/residency allows EU/);
    const outside = await app.gql(ADD, { i: { ...commitment, regionId: fleet.region.id, endsAt: year(2037) } }, am());
    expect(outside.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.startsAt' });
  });

  it('activates by reserving every commitment in the ledger, or refuses naming the shortfall and reserves nothing', async () => {
    const em = app.orm.em.fork();
    const pool = await makePool(em, fleet.cluster, fleet.gpuType, { nodes: 4, floor: 8 }); // 32 GPUs, 24 sellable
    await em.flush();
    const tooBig = await makeContract(em, world.orgA.id, { startsAt: new Date(year(2031)), endsAt: new Date(year(2032)) });
    for (const gpus of [16, 16]) {
      await addCommitment(em, tooBig, {
        gpuType: fleet.gpuType,
        region: fleet.region,
        pool,
        gpus,
        startsAt: tooBig.startsAt,
        endsAt: tooBig.endsAt,
        ratePerGpuHour: 1n,
        createdBy: null,
      });
    }
    await em.flush();
    const refused = await app.gql('mutation($id: ID!) { activateContract(id: $id) { status } }', { id: tooBig.id }, am());
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CAPACITY_UNAVAILABLE', poolId: pool.id, shortfallGpus: 8 });
    expect(refused.errors?.[0]?.message).toMatch(/8 GPUs missing/);
    expect(await committedIn(pool.id)).toBe(0);
    expect((await app.orm.em.fork().findOneOrFail(Contract, tooBig.id)).status).toBe('DRAFT');

    const fits = await makeContract(em, world.orgA.id, { startsAt: new Date(year(2031)), endsAt: new Date(year(2032)) });
    await addCommitment(em, fits, {
      gpuType: fleet.gpuType,
      region: fleet.region,
      pool,
      gpus: 24,
      startsAt: fits.startsAt,
      endsAt: fits.endsAt,
      ratePerGpuHour: 1n,
      createdBy: null,
    });
    await em.flush();
    const ok = await app.gql<{ activateContract: { status: string } }>(
      'mutation($id: ID!) { activateContract(id: $id) { status } }',
      { id: fits.id },
      am(),
    );
    expect(ok.data?.activateContract.status).toBe('ACTIVE');
    expect(await committedIn(pool.id)).toBe(24);

    const terminated = await app.gql<{ terminateContract: { status: string } }>(
      'mutation($id: ID!) { terminateContract(id: $id) { status } }',
      { id: fits.id },
      am(),
    );
    expect(terminated.data?.terminateContract.status).toBe('TERMINATED');
    expect(await committedIn(pool.id)).toBe(0);
  });

  it('never oversells a pool when activations race', async () => {
    const em = app.orm.em.fork();
    const pool = await makePool(em, fleet.cluster, fleet.gpuType, { nodes: 4, floor: 0 }); // 32 GPUs
    await em.flush();
    const orgs = [];
    for (let i = 0; i < 4; i++) orgs.push(await createOrganization(em, { name: `Racer ${i}`, slug: `racer-${i}-${world.tag}` }));
    await em.flush();
    const contracts = [];
    // Four organizations (one contract each): only capacity can refuse an activation here.
    for (const org of orgs) {
      const c = await makeContract(em, org.id, { startsAt: new Date(year(2040)), endsAt: new Date(year(2050)) });
      await addCommitment(em, c, {
        gpuType: fleet.gpuType,
        region: fleet.region,
        pool,
        gpus: 12,
        startsAt: new Date(year(2045)),
        endsAt: new Date(year(2046)),
        ratePerGpuHour: 1n,
        createdBy: null,
      });
      contracts.push(c);
    }
    await em.flush();
    const results = await Promise.allSettled(
      contracts.map((c) => app.orm.em.fork().transactional(async (tx) => activateContract(tx, await tx.findOneOrFail(Contract, c.id)))),
    );
    const activated = results.filter((r) => r.status === 'fulfilled').length;
    expect(activated).toBe(2); // 2 × 12 ≤ 32 < 3 × 12
    for (const r of results) if (r.status === 'rejected') expect((r.reason as { code?: string }).code).toBe('CAPACITY_UNAVAILABLE');
    const [sum] = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ n: string }[]>('select coalesce(sum(gpus), 0) as n from capacity_reservations where pool_id = ? and released_at is null', [
        pool.id,
      ]);
    expect(Number(sum!.n)).toBe(24);
    expect((await app.orm.em.fork().findOneOrFail(NodePool, pool.id)).totalGpus).toBe(32);
  });

  it('changes an ACTIVE contract only by amendment, keeping every version and what changed', async () => {
    const em = app.orm.em.fork();
    const contract = await makeContract(em, world.orgA.id, { status: ContractStatus.ACTIVE });
    const edit = await app.gql(
      'mutation($i: UpdateDraftContractInput!) { updateDraftContract(input: $i) { id } }',
      { i: { id: contract.id, name: 'x' } },
      am(),
    );
    expect(edit.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(edit.errors?.[0]?.message).toMatch(/amendment/);

    const amend =
      'mutation($i: AmendContractInput!) { amendContract(input: $i) { number effectiveFrom reason changes { path from to } createdBy { id } } }';
    const mid = new Date(contract.startsAt.getTime() + 100 * 86_400_000);
    const amended = await app.gql<{ amendContract: { number: number; changes: unknown[]; createdBy: { id: string } } }>(
      amend,
      { i: { id: contract.id, effectiveFrom: mid.toISOString(), reason: 'zero retention', terms: { retentionDays: 0, noTraining: true } } },
      am(),
    );
    expect(amended.errors, JSON.stringify(amended.errors)).toBeUndefined();
    expect(amended.data!.amendContract).toMatchObject({
      number: 2,
      changes: [
        { path: 'retentionDays', from: 30, to: 0 },
        { path: 'noTraining', from: false, to: true },
      ],
      createdBy: { id: world.users.accountManager.id },
    });
    const overlapping = await app.gql(
      amend,
      { i: { id: contract.id, effectiveFrom: contract.startsAt.toISOString(), reason: 'back in time', terms: {} } },
      am(),
    );
    expect(overlapping.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.effectiveFrom' });

    const history = await app.gql<{
      contract: { currentVersion: number; versions: { nodes: { number: number; effectiveTo: string | null }[] } };
    }>(
      'query($id: ID!) { contract(id: $id) { currentVersion versions(first: 10) { nodes { number effectiveTo } } } }',
      { id: contract.id },
      { bearer: world.tokens.admin },
    );
    expect(history.data!.contract.currentVersion).toBe(2);
    expect(history.data!.contract.versions.nodes).toEqual([
      { number: 2, effectiveTo: null },
      { number: 1, effectiveTo: mid.toISOString() },
    ]);
    // The terms in force follow the dates.
    expect((await termsInForce(app.orm.em.fork(), world.orgA.id, new Date(mid.getTime() - 1)))?.terms.retentionDays).toBe(30);
    expect((await termsInForce(app.orm.em.fork(), world.orgA.id, mid))?.terms.retentionDays).toBe(0);
  });

  it('expires contracts past their end and releases their capacity', async () => {
    const em = app.orm.em.fork();
    const pool = await makePool(em, fleet.cluster, fleet.gpuType, { nodes: 1, floor: 0 });
    await em.flush();
    const contract = await makeContract(em, world.orgB.id, {
      startsAt: new Date(Date.now() - 2 * 86_400_000),
      endsAt: new Date(Date.now() + 60_000),
    });
    await addCommitment(em, contract, {
      gpuType: fleet.gpuType,
      region: fleet.region,
      pool,
      gpus: 8,
      startsAt: contract.startsAt,
      endsAt: contract.endsAt,
      ratePerGpuHour: 1n,
      createdBy: null,
    });
    await em.flush();
    await em.transactional(async (tx) => activateContract(tx, await tx.findOneOrFail(Contract, contract.id)));
    expect(await expireContracts(app.orm.em.fork(), new Date(Date.now() + 120_000))).toBeGreaterThanOrEqual(1);
    expect((await app.orm.em.fork().findOneOrFail(Contract, contract.id)).status).toBe('EXPIRED');
    const [sum] = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ n: string }[]>('select count(*) as n from capacity_reservations where pool_id = ? and released_at is null', [pool.id]);
    expect(Number(sum!.n)).toBe(0);
  });
});
