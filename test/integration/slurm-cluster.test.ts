import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { buildWorld, type World } from '../support/world';
import { buildFleet, type Fleet } from '../support/fleet';
import { localSlurm } from '../support/slurm';
import { checkAllClusters } from '../../server/src/modules/inventory/cluster-sync.service';
import { driverFor } from '../../server/src/drivers/driver-for';

let app: TestApp;
let world: World;
let fleet: Fleet;
const servers: Server[] = [];
const op = () => ({ bearer: world.tokens.operator });

const REGISTER = `mutation($i: CreateClusterInput!) {
  createCluster(input: $i) {
    id health healthMessage lastHeartbeatAt lastSyncedAt
    nodePools(first: 10) { nodes { id name gpusPerNode nodeCount totalGpus gpuType { code } nodes(first: 10) { nodes { name gpus allocatedGpus state } } } }
  }
}`;

interface Registered {
  id: string;
  health: string;
  healthMessage: string;
  lastSyncedAt: string | null;
  nodePools: {
    nodes: {
      id: string;
      name: string;
      totalGpus: number;
      gpusPerNode: number;
      nodeCount: number;
      gpuType: { code: string };
      nodes: { nodes: { state: string; gpus: number }[] };
    }[];
  };
}

/** A local HTTP server that answers every request with `handler`. */
async function fakeEngine(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address() as { port: number };
  return `http://127.0.0.1:${address.port}`;
}

beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app.orm);
  fleet = await buildFleet(app.orm.em.fork());
});
afterAll(async () => {
  for (const s of servers) s.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((done) => s.close(done))));
  await app.close();
});

describe('registering a real Slurm cluster', () => {
  it('fills its pools from the partitions and GPU gres, with node states', async () => {
    const slurm = localSlurm();
    const res = await app.gql<{ createCluster: Registered }>(
      REGISTER,
      {
        i: {
          regionId: fleet.region.id,
          name: `slurm-${world.tag}`,
          driver: 'SLURM',
          connection: {
            endpoint: slurm.url,
            user: slurm.user,
            token: slurm.token,
            gpuTypeMap: [{ engineType: slurm.gpuType, gpuTypeCode: fleet.gpuType.code }],
          },
        },
      },
      op(),
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const cluster = res.data!.createCluster;
    expect(cluster.health, cluster.healthMessage).toBe('HEALTHY');
    expect(cluster.lastSyncedAt).not.toBeNull();
    const pool = cluster.nodePools.nodes.find((p) => p.name.startsWith(slurm.partition));
    expect(pool, JSON.stringify(cluster.nodePools)).toBeDefined();
    expect(pool!.gpuType.code).toBe(fleet.gpuType.code);
    expect(pool!.totalGpus).toBe(slurm.gpuCount);
    expect(pool!.nodes.nodes).toHaveLength(1);
    expect(['IDLE', 'MIXED', 'ALLOCATED']).toContain(pool!.nodes.nodes[0]!.state);

    // Its capacity is in the ledger, and the repeating health job keeps it synchronised.
    const ledger = await app.gql<{ capacityLedger: { totals: { totalGpus: number } } }>(
      'query($c: ID) { capacityLedger(groupBy: CLUSTER, clusterId: $c) { totals { totalGpus } } }',
      { c: cluster.id },
      op(),
    );
    expect(ledger.data?.capacityLedger.totals.totalGpus).toBe(slurm.gpuCount);
    const results = await checkAllClusters(app.orm.em.fork(), (em, c) => driverFor(em, c, app.deps.secrets));
    expect(results.find((r) => r.cluster === `slurm-${world.tag}`)?.health).toBe('HEALTHY');
  });

  it('marks a cluster whose GPU type nobody mapped DEGRADED, saying which', async () => {
    const slurm = localSlurm();
    const res = await app.gql<{ createCluster: Registered }>(
      REGISTER,
      {
        i: {
          regionId: fleet.region.id,
          name: `slurm-unmapped-${world.tag}`,
          driver: 'SLURM',
          connection: { endpoint: slurm.url, user: slurm.user, token: slurm.token },
        },
      },
      op(),
    );
    const cluster = res.data!.createCluster;
    expect(cluster.health).toBe('DEGRADED');
    expect(cluster.healthMessage).toContain(`"${slurm.gpuType}" matches no Headroom GPU type`);
    expect(cluster.nodePools.nodes).toHaveLength(0);
  });
});

describe('a Slurm endpoint that misbehaves', () => {
  async function register(name: string, endpoint: string) {
    const started = Date.now();
    const res = await app.gql<{ createCluster: Registered }>(
      REGISTER,
      {
        i: {
          regionId: fleet.region.id,
          name: `${name}-${world.tag}`,
          driver: 'SLURM',
          connection: { endpoint, user: 'root', token: 'x', timeoutMs: 300 },
        },
      },
      op(),
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return { cluster: res.data!.createCluster, ms: Date.now() - started };
  }

  it('is saved UNREACHABLE, whole and with no pools, when it answers garbage', async () => {
    const url = await fakeEngine((_req, res) => res.end('<html>this is not slurm</html>'));
    const { cluster } = await register('garbage', url);
    expect(cluster.health).toBe('UNREACHABLE');
    expect(cluster.healthMessage.length).toBeGreaterThan(0);
    expect(cluster.nodePools.nodes).toHaveLength(0);
  });

  it('does not hang when it never answers', async () => {
    const url = await fakeEngine(() => {
      /* never answers */
    });
    const { cluster, ms } = await register('silent', url);
    expect(cluster.health).toBe('UNREACHABLE');
    expect(ms).toBeLessThan(10_000);
  });

  it('is UNREACHABLE when it refuses the token', async () => {
    const url = await fakeEngine((_req, res) => {
      res.statusCode = 401;
      res.end('Authentication failure');
    });
    const { cluster } = await register('refusing', url);
    expect(cluster.health).toBe('UNREACHABLE');
  });
});
