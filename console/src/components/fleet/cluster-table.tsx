import { Link } from 'wouter';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { ClusterHealthBadge } from './cluster-health-badge';
import { formatDateTime, gpus, humanize } from '../../lib/format';
import { clusterPath, poolPath } from '../../lib/paths';

export const ClusterSummary = graphql(`
  fragment ClusterSummary on Cluster {
    id
    name
    driver
    status
    health
    healthMessage
    lastHeartbeatAt
    region {
      id
      code
    }
    nodePools(first: 20) {
      nodes {
        id
        name
        status
        totalGpus
        internalFloorGpus
        gpuType {
          id
          code
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

/** Every cluster with its health and its pools (GPU type, size, floor). */
export function ClusterTable({ clusters }: { clusters: readonly FragmentType<typeof ClusterSummary>[] }) {
  const rows = getFragmentData(ClusterSummary, clusters);
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Cluster</th>
            <th scope="col">Region</th>
            <th scope="col">Health</th>
            <th scope="col" className="hide-narrow">
              Last heartbeat
            </th>
            <th scope="col">Pools</th>
            <th scope="col" className="num hide-narrow">
              GPUs
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => {
            const pools = c.nodePools.nodes;
            const total = pools.filter((p) => p.status === 'ACTIVE').reduce((sum, p) => sum + p.totalGpus, 0);
            return (
              <tr key={c.id}>
                <td>
                  <Link href={clusterPath(c.id)} className="table__primary">
                    {c.name}
                  </Link>
                  <div className="table__secondary">
                    {humanize(c.driver)}
                    {c.status === 'RETIRED' && ' · retired'}
                  </div>
                </td>
                <td>
                  <code className="code-tag">{c.region.code}</code>
                </td>
                <td>
                  <ClusterHealthBadge health={c.health} />
                  {c.healthMessage && c.health !== 'HEALTHY' && <div className="table__secondary clamp">{c.healthMessage}</div>}
                </td>
                <td className="hide-narrow nowrap">
                  {c.lastHeartbeatAt ? formatDateTime(c.lastHeartbeatAt) : <span className="muted">Never</span>}
                </td>
                <td>
                  {pools.length === 0 ? (
                    <span className="muted">No pools</span>
                  ) : (
                    <ul className="pool-list">
                      {pools.map((p) => (
                        <li key={p.id}>
                          <Link href={poolPath(p.id)}>{p.name}</Link> <code className="code-tag">{p.gpuType.code}</code>{' '}
                          <span className="muted nowrap">
                            {gpus(p.totalGpus)}, floor {p.internalFloorGpus}
                            {p.status === 'RETIRED' && ', retired'}
                          </span>
                        </li>
                      ))}
                      {c.nodePools.pageInfo.hasNextPage && <li className="muted">More on the cluster’s page</li>}
                    </ul>
                  )}
                </td>
                <td className="num hide-narrow nowrap">{total.toLocaleString('en-US')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
