import { Link } from 'wouter';
import { useQuery } from 'urql';
import { graphql, getFragmentData } from '../gql';
import { ClusterSummary, ClusterTable } from '../components/fleet/cluster-table';
import { Badge } from '../components/ui/badge';
import { Card } from '../components/ui/card';
import { PageHeader } from '../components/ui/page-header';
import { StatGrid } from '../components/ui/stat-grid';
import { EmptyState, PagePending } from '../components/ui/states';
import { formatInteger, humanize } from '../lib/format';
import { CAPACITY_PATH } from '../lib/paths';
import { useDocumentTitle } from '../lib/use-document-title';

// Literal page sizes: the server prices a query by them (a variable counts as 100), and
// 40 clusters × 20 pools stays under its cost limit (about 15,500 of 20,000).
const FleetPageQuery = graphql(`
  query FleetPage {
    regions(first: 100) {
      nodes {
        id
        code
        name
        jurisdiction
        status
      }
    }
    gpuTypes(first: 100) {
      nodes {
        id
        code
        vendor
        memoryGb
        interconnect
        status
      }
    }
    clusters(first: 40) {
      nodes {
        id
        ...ClusterSummary
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

const INTERCONNECT: Record<string, string> = { NVLINK: 'NVLink', INFINITY_FABRIC: 'Infinity Fabric', PCIE: 'PCIe' };

function Retired() {
  return (
    <>
      {' '}
      <Badge>Retired</Badge>
    </>
  );
}

/** `/fleet`: regions, GPU types and clusters with their health and pools (operators and account managers). */
export function FleetPage() {
  useDocumentTitle('Fleet');
  const [{ data, fetching, error }, refetch] = useQuery({ query: FleetPageQuery });

  if (!data) {
    return (
      <PagePending
        error={error}
        fetching={fetching}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        backTo={{ href: '/', label: 'Go to your organizations' }}
        loading="Loading the fleet…"
      />
    );
  }

  const clusters = getFragmentData(ClusterSummary, data.clusters.nodes);
  const active = clusters.filter((c) => c.status === 'ACTIVE');
  const pools = active.flatMap((c) => c.nodePools.nodes.filter((p) => p.status === 'ACTIVE'));
  const unhealthy = active.filter((c) => c.health !== 'HEALTHY');

  return (
    <div className="page">
      <PageHeader
        title="Fleet"
        meta={<span className="muted">Where Headroom’s GPUs are, and whether Headroom can reach them.</span>}
        actions={
          <Link href={CAPACITY_PATH} className="btn btn--secondary">
            View capacity
          </Link>
        }
      />
      <div className="stack">
        <StatGrid
          stats={[
            {
              label: 'Clusters',
              value: formatInteger(active.length),
              hint: `${data.regions.nodes.filter((r) => r.status === 'ACTIVE').length} active regions`,
            },
            {
              label: 'Needing attention',
              value: formatInteger(unhealthy.length),
              hint: unhealthy.length ? unhealthy.map((c) => c.name).join(', ') : 'All clusters healthy',
              tone: unhealthy.length ? 'warning' : 'positive',
            },
            {
              label: 'Node pools',
              value: formatInteger(pools.length),
              hint: `${data.gpuTypes.nodes.filter((g) => g.status === 'ACTIVE').length} GPU types`,
            },
            { label: 'GPUs', value: formatInteger(pools.reduce((s, p) => s + p.totalGpus, 0)), hint: 'In active pools' },
          ]}
        />
        <Card
          title="Clusters"
          actions={<Badge>{data.clusters.pageInfo.hasNextPage ? `${clusters.length}+` : clusters.length}</Badge>}
          flush={clusters.length > 0}
        >
          {clusters.length > 0 ? (
            <ClusterTable clusters={data.clusters.nodes} />
          ) : (
            <EmptyState title="No clusters yet">Register a cluster (simulated or Slurm) through the API; its pools appear here.</EmptyState>
          )}
          {data.clusters.pageInfo.hasNextPage && <p className="card__note">Showing the newest {clusters.length} clusters.</p>}
        </Card>
        <div className="page-grid page-grid--even">
          <Card title="Regions" flush={data.regions.nodes.length > 0}>
            {data.regions.nodes.length > 0 ? (
              <div className="table-wrap">
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">Code</th>
                      <th scope="col">Name</th>
                      <th scope="col">Jurisdiction</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.regions.nodes.map((r) => (
                      <tr key={r.id}>
                        <td>
                          <code className="code-tag">{r.code}</code>
                          {r.status === 'RETIRED' && <Retired />}
                        </td>
                        <td>{r.name}</td>
                        <td>{r.jurisdiction}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <EmptyState title="No regions yet" />
            )}
          </Card>
          <Card title="GPU types" flush={data.gpuTypes.nodes.length > 0}>
            {data.gpuTypes.nodes.length > 0 ? (
              <div className="table-wrap">
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">Code</th>
                      <th scope="col">Vendor</th>
                      <th scope="col" className="num">
                        Memory
                      </th>
                      <th scope="col">Interconnect</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.gpuTypes.nodes.map((g) => (
                      <tr key={g.id}>
                        <td className="nowrap">
                          <code className="code-tag">{g.code}</code>
                          {g.status === 'RETIRED' && <Retired />}
                        </td>
                        <td>{g.vendor}</td>
                        <td className="num nowrap">{g.memoryGb} GB</td>
                        <td className="nowrap">{INTERCONNECT[g.interconnect] ?? humanize(g.interconnect)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <EmptyState title="No GPU types yet" />
            )}
          </Card>
        </div>
      </div>
    </div>
  );
}
