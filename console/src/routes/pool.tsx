import { Link } from 'wouter';
import { useQuery } from 'urql';
import { graphql, getFragmentData } from '../gql';
import { useShell } from '../components/shell/shell-context';
import { CapacityBar, CapacityBarFigures, CapacityLegend } from '../components/capacity/capacity-bar';
import { ClusterHealthBadge } from '../components/fleet/cluster-health-badge';
import { FloorForm } from '../components/fleet/floor-form';
import { Badge, type BadgeTone } from '../components/ui/badge';
import { Card } from '../components/ui/card';
import { DescriptionList } from '../components/ui/description-list';
import { Mono } from '../components/ui/mono';
import { PageHeader } from '../components/ui/page-header';
import { StatGrid } from '../components/ui/stat-grid';
import { EmptyState, PagePending } from '../components/ui/states';
import { formatInteger, humanize } from '../lib/format';
import { clusterPath, FLEET_PATH } from '../lib/paths';
import { canOperateFleet } from '../lib/permissions';
import { useDocumentTitle } from '../lib/use-document-title';

const PoolPageQuery = graphql(`
  query PoolPage($id: ID!) {
    nodePool(id: $id) {
      id
      name
      status
      totalGpus
      nodeCount
      gpusPerNode
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
          state
        }
        pageInfo {
          hasNextPage
        }
      }
    }
  }
`);

const NODE_TONE: Record<string, BadgeTone> = { IDLE: 'success', MIXED: 'info', ALLOCATED: 'info', DRAINED: 'warning', DOWN: 'danger' };

const duration = (seconds: number) =>
  seconds % 3600 === 0 ? `${seconds / 3600} h` : seconds % 60 === 0 ? `${seconds / 60} min` : `${formatInteger(seconds)} s`;

/** `/pools/:poolId`: a pool's capacity figures, its nodes, and its internal floor (operators change it). */
export function PoolPage({ poolId }: { poolId: string }) {
  const { platformRoles } = useShell();
  const [{ data, fetching, error }, refetch] = useQuery({ query: PoolPageQuery, variables: { id: poolId } });
  const pool = data?.nodePool.id === poolId ? data.nodePool : null;
  useDocumentTitle(pool ? `Pool ${pool.cluster.name}/${pool.name}` : null);

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
  const nodes = [...pool.nodes.nodes].sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
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
              <Card title="Internal floor">
                <FloorForm
                  poolId={pool.id}
                  floor={pool.internalFloorGpus}
                  totalGpus={pool.totalGpus}
                  peakCommittedGpus={f?.peakCommittedGpus ?? 0}
                />
              </Card>
            )}
            <Card title="Details">
              <DescriptionList
                items={[
                  { term: 'Cluster', value: <Link href={clusterPath(pool.cluster.id)}>{pool.cluster.name}</Link> },
                  { term: 'GPU type', value: pool.gpuType.code },
                  { term: 'Internal floor', value: `${formatInteger(pool.internalFloorGpus)} GPUs` },
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
