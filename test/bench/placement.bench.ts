/**
 * Placement decisions per second over a simulated fleet of 5,000 nodes, with every admission
 * check on: candidate pools by GPU type, region and shape; data residency; list prices with
 * contract discounts; RESERVED commitments with room; organization and project GPU quotas; hard
 * monthly spend caps with holds; room by priority class; node choice (fragmentation-aware,
 * gangs all or nothing); SPOT preemption for higher classes.
 *
 *   npm run bench -- placement
 *
 * The fleet: 4 regions (EU, EU, US, APAC), 2 GPU types, 10 pools of 500 nodes × 8 GPUs; 40
 * organizations, half under contracts (EU-only residency for some, 10–20% discounts, quotas,
 * hard caps, commitments of 64–256 GPUs). Asks: 10% RESERVED, 50% ON_DEMAND, 40% SPOT; 1, 2, 4 or
 * 8 GPUs per node; 5% gangs of 2–4 nodes. The fleet is filled to ~75% first; then every decision
 * is followed by one departure while it stays above 75%, so it is measured in steady state.
 * Only `decide` is timed (one job against the live world, as the scheduler's pass does).
 */
import { bench, describe } from 'vitest';
import { startPass, type Decision } from '../../server/src/scheduler/schedule';
import { seededRandom } from '../../server/src/scheduler/node-placement';
import { CapacityClass, Jurisdiction, PricedClass } from '../../server/src/modules/inventory/inventory.enums';
import { DEFAULT_TERMS } from '../../server/src/modules/contracts/contract-terms';
import { NO_ALLOCATIONS } from '../../server/src/modules/inventory/capacity.math';
import { SpendCapMode } from '../../server/src/modules/contracts/contracts.enums';
import type { JobAsk, OrgPolicy, PoolState, World } from '../../server/src/scheduler/world';

const NODES_PER_POOL = 500;
const REGIONS = [
  { id: 'reg_eu1', code: 'eu-west', jurisdiction: Jurisdiction.EU },
  { id: 'reg_eu2', code: 'eu-north', jurisdiction: Jurisdiction.EU },
  { id: 'reg_us1', code: 'us-east', jurisdiction: Jurisdiction.US },
  { id: 'reg_ap1', code: 'ap-southeast', jurisdiction: Jurisdiction.APAC },
];
const TYPES = [
  { id: 'gpu_h100', code: 'H100-80GB' },
  { id: 'gpu_h200', code: 'H200-141GB' },
];
const MEASURED = 20_000;

function buildWorld(random: () => number): World {
  const pools: PoolState[] = [];
  for (let i = 0; i < 10; i++) {
    const region = REGIONS[i % REGIONS.length]!;
    const type = TYPES[i % TYPES.length]!;
    const id = `npl_${i}`;
    pools.push({
      id,
      label: `c${i}/p${i}`,
      clusterId: `cls_${i}`,
      driver: 'SIMULATED',
      regionId: region.id,
      regionCode: region.code,
      jurisdiction: region.jurisdiction,
      gpuTypeId: type.id,
      gpuTypeCode: type.code,
      gpusPerNode: 8,
      nodeCount: NODES_PER_POOL,
      availableGpus: NODES_PER_POOL * 8,
      internalFloorGpus: 256,
      internalDemandGpus: 0,
      committedGpus: 0,
      onDemandReclaimable: i % 2 === 0,
      reclaimNoticeSeconds: 600,
      blockedBecause: null,
      allocated: { ...NO_ALLOCATIONS },
      nodes: Array.from({ length: NODES_PER_POOL }, (_, n) => ({ id: `${id}_n${n}`, gpus: 8, freeGpus: 8 })),
    });
  }
  const orgs = new Map<string, OrgPolicy>();
  for (let o = 0; o < 40; o++) {
    const organizationId = `org_${o}`;
    const contracted = o % 2 === 0;
    const commitments = [];
    if (contracted) {
      const pool = pools[o % pools.length]!;
      const gpus = 64 * (1 + (o % 4));
      pool.committedGpus += gpus;
      commitments.push({
        id: `cmt_${o}`,
        poolId: pool.id,
        regionId: pool.regionId,
        gpuTypeId: pool.gpuTypeId,
        gpus,
        startsAt: new Date(0),
        endsAt: new Date(Date.parse('2030-01-01')),
        ratePerGpuHour: 1_800_000n,
      });
    }
    orgs.set(organizationId, {
      organizationId,
      internal: false,
      contract: contracted
        ? {
            currency: 'USD',
            terms: {
              ...DEFAULT_TERMS,
              allowedJurisdictions: o % 4 === 0 ? [Jurisdiction.EU] : [],
              gpuDiscounts: TYPES.map((t) => ({ gpuTypeId: t.id, priceClass: PricedClass.ON_DEMAND, percent: 10 + (o % 3) * 5 })),
              spendCap: { monthlyMicros: String(50_000_000_000_000n), mode: SpendCapMode.HARD },
            },
          }
        : null,
      commitments,
      quotas: [
        { id: `quo_${o}_org`, projectId: null, gpuTypeId: null, regionId: null, limit: 4_000 },
        { id: `quo_${o}_prj`, projectId: `prj_${o}_0`, gpuTypeId: TYPES[0]!.id, regionId: null, limit: 1_000 },
      ],
      spentThisMonthMicros: BigInt(Math.floor(random() * 1e9)) * 1_000n,
    });
  }
  const prices = { RESERVED: 2_000_000n, ON_DEMAND: 3_000_000n, SPOT: 1_100_000n };
  return {
    now: new Date('2026-11-26T12:00:00Z'),
    nodeNames: new Map(),
    pools,
    live: [],
    orgs,
    price: (_t, r, c) => (r === 'reg_ap1' && c === 'RESERVED' ? null : { pricePerGpuHour: prices[c], currency: 'USD' }),
  };
}

function makeAsk(random: () => number, n: number): JobAsk {
  const o = Math.floor(random() * 40);
  const roll = random();
  const capacityClass = roll < 0.1 && o % 2 === 0 ? CapacityClass.RESERVED : roll < 0.6 ? CapacityClass.ON_DEMAND : CapacityClass.SPOT;
  const gang = random() < 0.05;
  return {
    id: `job_${String(n).padStart(8, '0')}`,
    organizationId: `org_${o}`,
    projectId: `prj_${o}_${Math.floor(random() * 3)}`,
    capacityClass,
    gpuTypeIds: random() < 0.3 ? [TYPES[0]!.id, TYPES[1]!.id] : [TYPES[Math.floor(random() * 2)]!.id],
    regionIds: random() < 0.2 ? [REGIONS[Math.floor(random() * REGIONS.length)]!.id] : [],
    gpusPerNode: gang ? 8 : [1, 2, 4, 8][Math.floor(random() * 4)]!,
    nodeCount: gang ? 2 + Math.floor(random() * 3) : 1,
    maxDurationSeconds: 3_600 * (1 + Math.floor(random() * 24)),
  };
}

const allocatedShare = (world: World) => {
  const total = world.pools.reduce((s, p) => s + p.availableGpus, 0);
  const used = world.pools.reduce((s, p) => s + p.allocated.INTERNAL + p.allocated.RESERVED + p.allocated.ON_DEMAND + p.allocated.SPOT, 0);
  return used / total;
};

function run() {
  const random = seededRandom(7);
  const world = buildWorld(random);
  const pass = startPass(world);
  let n = 0;
  // Fill to 75%.
  while (allocatedShare(world) < 0.75) pass.decide(makeAsk(random, n++));
  const times: number[] = [];
  const outcomes: Record<Decision['kind'], number> = { place: 0, wait: 0, reject: 0, preempt: 0, notice: 0 };
  let total = 0;
  for (let i = 0; i < MEASURED; i++) {
    const ask = makeAsk(random, n++);
    const start = process.hrtime.bigint();
    const decisions = pass.decide(ask);
    const ns = Number(process.hrtime.bigint() - start);
    total += ns;
    times.push(ns / 1e6);
    for (const d of decisions) outcomes[d.kind]++;
    while (allocatedShare(world) > 0.75 && world.live.length) pass.end(world.live[Math.floor(random() * world.live.length)]!.id);
  }
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;
  const nodes = world.pools.reduce((s, p) => s + (p.nodes?.length ?? 0), 0);
  console.log(
    [
      '',
      `Placement with every admission check on — ${nodes} nodes in ${world.pools.length} pools, ${world.orgs.size} organizations, ${world.live.length} live jobs, fleet ${(allocatedShare(world) * 100).toFixed(1)}% allocated`,
      `  decisions: ${MEASURED}   throughput: ${Math.round(MEASURED / (total / 1e9)).toLocaleString('en-US')} decisions/s (one core)`,
      `  latency per decision: p50 ${pct(50).toFixed(3)} ms   p99 ${pct(99).toFixed(3)} ms   max ${times.at(-1)!.toFixed(3)} ms`,
      `  outcomes: ${Object.entries(outcomes)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
      '  floor: 1,000 decisions/s, p99 < 5 ms',
      '',
    ].join('\n'),
  );
}

run();

describe('placement decision', () => {
  const random = seededRandom(11);
  const world = buildWorld(random);
  const pass = startPass(world);
  let n = 0;
  while (allocatedShare(world) < 0.75) pass.decide(makeAsk(random, n++));
  bench('decide one job (fleet ~75% allocated, with departures)', () => {
    pass.decide(makeAsk(random, n++));
    while (allocatedShare(world) > 0.75 && world.live.length) pass.end(world.live[Math.floor(random() * world.live.length)]!.id);
  });
});
