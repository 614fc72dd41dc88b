import { Link } from 'wouter';
import { useQuery } from 'urql';
import { graphql, getFragmentData } from '../gql';
import { useShell } from '../components/shell/shell-context';
import { CapacityBar, CapacityBarFigures, CapacityLegend } from '../components/capacity/capacity-bar';
import { ClusterHealthBadge } from '../components/fleet/cluster-health-badge';
import { FloorForm } from '../components/fleet/floor-form';
import { NodeSizeForm } from '../components/fleet/node-size-form';
import { InternalDemandForm } from '../components/fleet/internal-demand-form';
import { JobEventFeed } from '../components/job/job-event-feed';
import { JobTable } from '../components/job/job-table';
import { LiveIndicator } from '../components/ui/live-indicator';
import { Badge, type BadgeTone } from '../components/ui/badge';
import { Card } from '../components/ui/card';
import { DescriptionList } from '../components/ui/description-list';
import { Mono } from '../components/ui/mono';
import { PageHeader } from '../components/ui/page-header';
import { StatGrid } from '../components/ui/stat-grid';
import { EmptyState, LoadingState, OperationError, PagePending } from '../components/ui/states';
import { formatInteger, humanize } from '../lib/format';
import { mergeLiveJobs, preemptedByPool } from '../lib/jobs';
import { allJobsPath, clusterPath, FLEET_PATH } from '../lib/paths';
import { canOperateFleet, isPlatformStaff } from '../lib/permissions';
import { useDebouncedCallback } from '../lib/use-debounced';
import { useDocumentTitle } from '../lib/use-document-title';
import { useLiveEvents } from '../lib/use-live-events';

const PoolPageQuery = graphql(`
  query PoolPage($id: ID!) {
    nodePool(id: $id) {
      id
      name
      status
      totalGpus
      nodeCount
      gpusPerNode
      vcpusPerNode
      memoryGibPerNode
      internalFloorGpus
      internalDemandGpus
      onDemandReclaimable
      reclaimNoticeSeconds
      cluster {
        id
        name
        health
        region {
          id
          code
        }
      }
      gpuType {
        id
        code
      }
      capacity {
        ...CapacityBarFigures
      }
      nodes(first: 100) {
        nodes {
          id
          name
          gpus
          allocatedGpus
          vcpus
          allocatedVcpus
          memoryGib
          allocatedMemoryGib
          state
        }
        pageInfo {
          hasNextPage
        }
      }
    }
  }
`);

// Jobs are listed by region: the ones this pool preempted are picked from its region's PREEMPTED jobs.
const PoolPreemptionsQuery = graphql(`
  query PoolPreemptions($regionId: ID!) {
    jobs(first: 100, regionId: $regionId, status: [PREEMPTED]) {
      nodes {
        id
        createdAt
        updatedAt
        status
        capacityClass
        preemptedBy
        pool {
          id
        }
        ...JobRow
      }
    }
  }
`);

// Operators see every tenant's events; the page keeps those about this pool.
const PoolJobEvents = graphql(`
  subscription PoolJobEvents {
    jobEvents {
      id
      at
      reason
      toStatus
      details
      ...JobFeedEvent
      job {
        id
        createdAt
        updatedAt
        status
        capacityClass
        preemptedBy
        pool {
          id
        }
        ...JobRow
      }
    }
  }
`);

/** Whether a job (or an event about it) concerns this pool: placed in it, or preempted for its internal demand. */
const inPool = (poolId: string, job: { preemptedBy?: string | null; pool?: { id: string } | null }, details?: unknown) =>
  job.pool?.id === poolId ||
  preemptedByPool(job.preemptedBy) === poolId ||
  (!!details && typeof details === 'object' && (details as Record<string, unknown>)['causedBy'] === `pool:${poolId}`);

const NO_FILTERS_PREEMPTED = { status: 'PREEMPTED', capacityClass: '' };

const NODE_TONE: Record<string, BadgeTone> = { IDLE: 'success', MIXED: 'info', ALLOCATED: 'info', DRAINED: 'warning', DOWN: 'danger' };

const duration = (seconds: number) =>
  seconds % 3600 === 0 ? `${seconds / 3600} h` : seconds % 60 === 0 ? `${seconds / 60} min` : `${formatInteger(seconds)} s`;

/** `/pools/:poolId`: a pool's capacity figures, its nodes, and its internal floor (operators change it). */
export function PoolPage({ poolId }: { poolId: string }) {
  const { platformRoles } = useShell();
  const [{ data, fetching, error }, refetch] = useQuery({ query: PoolPageQuery, variables: { id: poolId } });
  const pool = data?.nodePool.id === poolId ? data.nodePool : null;
  useDocumentTitle(pool ? `Pool ${pool.cluster.name}/${pool.name}` : null);

  // Preemptions: the jobs this pool preempted (re-read after each event about the pool), and its events live.
  const staff = isPlatformStaff(platformRoles);
  const regionId = pool?.cluster.region.id ?? '';
  const [preemptions, refetchPreemptions] = useQuery({
    query: PoolPreemptionsQuery,
    variables: { regionId },
    pause: !staff || !regionId,
  });
  const reloadAll = () => {
    refetch({ requestPolicy: 'network-only' });
    if (regionId) refetchPreemptions({ requestPolicy: 'network-only' });
  };
  const reloadSoon = useDebouncedCallback(reloadAll, 300);
  const live = useLiveEvents(PoolJobEvents, {}, (d) => d.jobEvents, {
    pause: !staff,
    onEvent: (e) => {
      if (inPool(poolId, e.job, e.details)) reloadSoon();
    },
    onResync: reloadAll,
  });
  const poolEvents = live.events.filter((e) => inPool(poolId, e.job, e.details));

  if (!pool) {
    return (
      <PagePending
        error={error}
        fetching={fetching}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        backTo={{ href: FLEET_PATH, label: 'Back to the fleet' }}
        loading="Loading pool…"
      />
    );
  }

  const f = getFragmentData(CapacityBarFigures, pool.capacity);
  const loadedPreempted =
    preemptions.data && preemptions.operation?.variables.regionId === regionId
      ? preemptions.data.jobs.nodes.filter((j) => inPool(poolId, j))
      : null;
  const livePreempted = poolEvents.map((e) => e.job).filter((j) => inPool(poolId, j));
  const preempted = loadedPreempted ? mergeLiveJobs(loadedPreempted, livePreempted, NO_FILTERS_PREEMPTED, true) : null;
  const nodes = [...pool.nodes.nodes].sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  const countsResources = nodes.some((n) => n.vcpus != null || n.memoryGib != null);
  const label = `${pool.cluster.name}/${pool.name}`;
  return (
    <div className="page">
      <PageHeader
        crumbs={[
          { label: 'Fleet', href: FLEET_PATH },
          { label: pool.cluster.name, href: clusterPath(pool.cluster.id) },
          { label: 'Pools' },
        ]}
        title={label}
        meta={
          <>
            <code className="code-tag">{pool.gpuType.code}</code>
            <code className="code-tag">{pool.cluster.region.code}</code>
            {pool.cluster.health !== 'HEALTHY' && <ClusterHealthBadge health={pool.cluster.health} />}
            {pool.status === 'RETIRED' && <Badge>Retired</Badge>}
          </>
        }
      />
      <div className="stack">
        {f ? (
          <>
            <StatGrid
              stats={[
                {
                  label: 'Total',
                  value: formatInteger(f.totalGpus),
                  hint: `${formatInteger(pool.nodeCount)} nodes × ${pool.gpusPerNode} GPUs`,
                },
                { label: 'Available', value: formatInteger(f.availableGpus), hint: 'On nodes that can take work' },
                {
                  label: 'Internal floor',
                  value: formatInteger(f.internalFloorGpus),
                  hint: `Internal demand ${formatInteger(f.internalDemandGpus)}`,
                },
                { label: 'Committed', value: formatInteger(f.committedGpus), hint: `Peak ahead ${formatInteger(f.peakCommittedGpus)}` },
                {
                  label: 'Running',
                  value: formatInteger(f.allocated.internal + f.allocated.reserved + f.allocated.onDemand + f.allocated.spot),
                  hint: `Internal ${f.allocated.internal} · reserved ${f.allocated.reserved} · on-demand ${f.allocated.onDemand} · spot ${f.allocated.spot}`,
                },
                { label: 'Headroom', value: formatInteger(f.headroomGpus), hint: 'Sellable now', tone: 'positive' },
              ]}
            />
            <Card title="Capacity now" actions={<CapacityLegend />}>
              <CapacityBar title={<span className="table__primary">{label}</span>} label={label} figures={pool.capacity!} />
            </Card>
          </>
        ) : (
          <Card title="Capacity now">
            <p className="card__note">This pool is retired: it is no longer in the capacity ledger.</p>
          </Card>
        )}
        {staff && (
          <Card
            title="Preemptions"
            actions={<LiveIndicator state={live.state} failed={!!live.error} onRetry={live.retry} />}
            flush={preempted !== null && preempted.length > 0}
          >
            {preemptions.error && !preemptions.fetching && !preemptions.data ? (
              <OperationError error={preemptions.error} onRetry={() => refetchPreemptions({ requestPolicy: 'network-only' })} />
            ) : preempted === null ? (
              <LoadingState label="Loading preemptions…" compact />
            ) : preempted.length === 0 ? (
              <EmptyState title="No preempted jobs">
                Work this pool stops to give GPUs back to the owner, or to make room for reserved work, is listed here as it happens.
              </EmptyState>
            ) : (
              <JobTable jobs={preempted} showOrganization showProject label="Jobs preempted in this pool" />
            )}
            {preempted !== null && (
              <div className="card__footer">
                <span className="muted">
                  Preempted jobs that were requeued are back in the queue: see <Link href={allJobsPath()}>all jobs</Link>.
                </span>
              </div>
            )}
          </Card>
        )}
        {staff && poolEvents.length > 0 && (
          <Card title="Job events in this pool, live" flush>
            <JobEventFeed events={poolEvents} label="Job events in this pool since the page opened, newest first" />
          </Card>
        )}
        <div className="page-grid">
          <Card title="Nodes" flush={nodes.length > 0}>
            {nodes.length > 0 ? (
              <div className="table-wrap">
                <table className="table table--dense">
                  <thead>
                    <tr>
                      <th scope="col">Node</th>
                      <th scope="col">State</th>
                      <th scope="col" className="num">
                        GPUs
                      </th>
                      <th scope="col" className="num">
                        In use
                      </th>
                      {countsResources && (
                        <>
                          <th scope="col" className="num">
                            vCPUs in use
                          </th>
                          <th scope="col" className="num">
                            Memory in use
                          </th>
                        </>
                      )}
                    </tr>
                  </thead>
                  <tbody>
                    {nodes.map((n) => (
                      <tr key={n.id}>
                        <td>
                          <code className="mono">{n.name}</code>
                        </td>
                        <td>
                          <Badge tone={NODE_TONE[n.state] ?? 'neutral'}>{humanize(n.state)}</Badge>
                        </td>
                        <td className="num">{n.gpus}</td>
                        <td className="num">{n.allocatedGpus}</td>
                        {countsResources && (
                          <>
                            <td className="num">{n.vcpus == null ? '—' : `${n.allocatedVcpus} of ${n.vcpus}`}</td>
                            <td className="num">{n.memoryGib == null ? '—' : `${n.allocatedMemoryGib} of ${n.memoryGib} GiB`}</td>
                          </>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <EmptyState title="No nodes listed">The engine has not reported nodes for this pool yet.</EmptyState>
            )}
            {pool.nodes.pageInfo.hasNextPage && <p className="card__note">Showing the first {nodes.length} nodes.</p>}
          </Card>
          <div className="stack">
            {canOperateFleet(platformRoles) && pool.status === 'ACTIVE' && (
              <Card title="Internal demand">
                <InternalDemandForm
                  poolId={pool.id}
                  demand={pool.internalDemandGpus}
                  totalGpus={pool.totalGpus}
                  floor={pool.internalFloorGpus}
                  onDemandReclaimable={pool.onDemandReclaimable}
                />
              </Card>
            )}
            {canOperateFleet(platformRoles) && pool.status === 'ACTIVE' && (
              <Card title="Internal floor">
                <FloorForm
                  poolId={pool.id}
                  floor={pool.internalFloorGpus}
                  totalGpus={pool.totalGpus}
                  peakCommittedGpus={f?.peakCommittedGpus ?? 0}
                />
              </Card>
            )}
            {canOperateFleet(platformRoles) && pool.status === 'ACTIVE' && (
              <Card title="Node size">
                <NodeSizeForm
                  poolId={pool.id}
                  gpusPerNode={pool.gpusPerNode}
                  vcpusPerNode={pool.vcpusPerNode ?? null}
                  memoryGibPerNode={pool.memoryGibPerNode ?? null}
                />
              </Card>
            )}
            <Card title="Details">
              <DescriptionList
                items={[
                  { term: 'Cluster', value: <Link href={clusterPath(pool.cluster.id)}>{pool.cluster.name}</Link> },
                  { term: 'GPU type', value: pool.gpuType.code },
                  {
                    term: 'Each node',
                    value: [
                      `${pool.gpusPerNode} GPUs`,
                      pool.vcpusPerNode == null ? 'vCPUs not counted' : `${pool.vcpusPerNode} vCPUs`,
                      pool.memoryGibPerNode == null ? 'memory not counted' : `${pool.memoryGibPerNode} GiB`,
                    ].join(' · '),
                  },
                  { term: 'Internal floor', value: `${formatInteger(pool.internalFloorGpus)} GPUs` },
                  { term: 'Internal demand', value: `${formatInteger(pool.internalDemandGpus)} GPUs` },
                  {
                    term: 'On-demand',
                    value: pool.onDemandReclaimable ? `Reclaimable, ${duration(pool.reclaimNoticeSeconds)} notice` : 'Never reclaimed',
                  },
                  { term: 'Status', value: humanize(pool.status) },
                  { term: 'ID', value: <Mono>{pool.id}</Mono> },
                ]}
              />
            </Card>
          </div>
        </div>
      </div>
    </div>
  );
}
