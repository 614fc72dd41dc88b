import { useState } from 'react';
import { Link } from 'wouter';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { useShell } from '../components/shell/shell-context';
import { ClusterHealthBadge } from '../components/fleet/cluster-health-badge';
import { Alert } from '../components/ui/alert';
import { Badge } from '../components/ui/badge';
import { Button } from '../components/ui/button';
import { Card } from '../components/ui/card';
import { DescriptionList } from '../components/ui/description-list';
import { ErrorAlert } from '../components/ui/error-alert';
import { Mono } from '../components/ui/mono';
import { PageHeader } from '../components/ui/page-header';
import { EmptyState, PagePending } from '../components/ui/states';
import { describeError, type ErrorInfo } from '../lib/errors';
import { formatDateTime, formatInteger, humanize } from '../lib/format';
import { FLEET_PATH, poolPath } from '../lib/paths';
import { canOperateFleet } from '../lib/permissions';
import { useDocumentTitle } from '../lib/use-document-title';

const ClusterPageQuery = graphql(`
  query ClusterPage($id: ID!) {
    cluster(id: $id) {
      id
      name
      driver
      status
      health
      healthMessage
      lastHeartbeatAt
      lastCheckedAt
      lastSyncedAt
      createdAt
      region {
        id
        code
        name
      }
      connection {
        endpoint
        user
        partitions
        hasToken
      }
      nodePools(first: 100) {
        nodes {
          id
          name
          status
          totalGpus
          nodeCount
          gpusPerNode
          internalFloorGpus
          onDemandReclaimable
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
  }
`);

const CheckClusterMutation = graphql(`
  mutation CheckCluster($id: ID!) {
    checkCluster(id: $id) {
      id
      health
      healthMessage
      lastHeartbeatAt
      lastCheckedAt
      lastSyncedAt
    }
  }
`);

/** `/clusters/:clusterId`: a cluster's health and connection, its pools, and "Check now" for operators. */
export function ClusterPage({ clusterId }: { clusterId: string }) {
  const { platformRoles } = useShell();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ClusterPageQuery, variables: { id: clusterId } });
  const [checkState, check] = useMutation(CheckClusterMutation);
  const [checkError, setCheckError] = useState<ErrorInfo | null>(null);
  const [checked, setChecked] = useState<string | null>(null);
  const cluster = data?.cluster.id === clusterId ? data.cluster : null;
  useDocumentTitle(cluster ? `Cluster ${cluster.name}` : null);

  if (!cluster) {
    return (
      <PagePending
        error={error}
        fetching={fetching}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        backTo={{ href: FLEET_PATH, label: 'Back to the fleet' }}
        loading="Loading cluster…"
      />
    );
  }

  async function checkNow() {
    setCheckError(null);
    setChecked(null);
    const result = await check({ id: clusterId });
    if (result.error || !result.data) {
      setCheckError(describeError(result.error ?? { graphQLErrors: [] }));
      return;
    }
    const c = result.data.checkCluster;
    setChecked(
      `Checked at ${formatDateTime(c.lastCheckedAt)}: ${humanize(c.health).toLowerCase()}${c.healthMessage ? ` (${c.healthMessage})` : ''}.`,
    );
  }

  const pools = cluster.nodePools.nodes;
  const canCheck = canOperateFleet(platformRoles) && cluster.status === 'ACTIVE';
  return (
    <div className="page">
      <PageHeader
        crumbs={[{ label: 'Fleet', href: FLEET_PATH }, { label: 'Clusters' }]}
        title={cluster.name}
        meta={
          <>
            <ClusterHealthBadge health={cluster.health} />
            <Badge>{humanize(cluster.driver)}</Badge>
            <code className="code-tag">{cluster.region.code}</code>
            {cluster.status === 'RETIRED' && <Badge>Retired</Badge>}
          </>
        }
        actions={
          canCheck && (
            <Button variant="primary" onClick={checkNow} loading={checkState.fetching}>
              {checkState.fetching ? 'Checking…' : 'Check now'}
            </Button>
          )
        }
      />
      <div className="stack">
        {checkError && <ErrorAlert error={checkError} title="The check could not run" />}
        {checked && <Alert tone="success">{checked}</Alert>}
        {cluster.health !== 'HEALTHY' && cluster.healthMessage && (
          <Alert
            tone={cluster.health === 'UNREACHABLE' ? 'danger' : 'warning'}
            title={`The cluster is ${humanize(cluster.health).toLowerCase()}`}
          >
            {cluster.healthMessage}
            {cluster.health === 'UNREACHABLE' && ' Its capacity is not sold until it answers again.'}
          </Alert>
        )}
        <div className="page-grid">
          <Card title="Node pools" flush={pools.length > 0}>
            {pools.length > 0 ? (
              <div className="table-wrap">
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">Pool</th>
                      <th scope="col">GPU type</th>
                      <th scope="col" className="num">
                        Nodes
                      </th>
                      <th scope="col" className="num">
                        GPUs
                      </th>
                      <th scope="col" className="num">
                        Floor
                      </th>
                      <th scope="col" className="hide-narrow">
                        On-demand
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {pools.map((p) => (
                      <tr key={p.id}>
                        <td>
                          <Link href={poolPath(p.id)} className="table__primary">
                            {p.name}
                          </Link>
                          {p.status === 'RETIRED' && <div className="table__secondary">Retired</div>}
                        </td>
                        <td>
                          <code className="code-tag">{p.gpuType.code}</code>
                        </td>
                        <td className="num">
                          {formatInteger(p.nodeCount)} <span className="muted">× {p.gpusPerNode}</span>
                        </td>
                        <td className="num">{formatInteger(p.totalGpus)}</td>
                        <td className="num">{formatInteger(p.internalFloorGpus)}</td>
                        <td className="hide-narrow">{p.onDemandReclaimable ? 'Reclaimable' : 'Not reclaimed'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <EmptyState title="No pools">
                {cluster.driver === 'SLURM'
                  ? 'Pools come from the cluster’s partitions: check it to synchronise.'
                  : 'Create a pool for this cluster through the API.'}
              </EmptyState>
            )}
          </Card>
          <Card title="Health and connection">
            <DescriptionList
              items={[
                { term: 'Health', value: <ClusterHealthBadge health={cluster.health} /> },
                { term: 'Last heartbeat', value: cluster.lastHeartbeatAt ? formatDateTime(cluster.lastHeartbeatAt) : 'Never' },
                { term: 'Last checked', value: cluster.lastCheckedAt ? formatDateTime(cluster.lastCheckedAt) : 'Never' },
                ...(cluster.driver === 'SLURM'
                  ? [
                      { term: 'Last synced', value: cluster.lastSyncedAt ? formatDateTime(cluster.lastSyncedAt) : 'Never' },
                      { term: 'Endpoint', value: cluster.connection.endpoint ? <Mono>{cluster.connection.endpoint}</Mono> : '—' },
                      { term: 'User', value: cluster.connection.user ?? '—' },
                      { term: 'Token', value: cluster.connection.hasToken ? 'Stored (encrypted)' : 'None' },
                      {
                        term: 'Partitions',
                        value: cluster.connection.partitions.length ? cluster.connection.partitions.join(', ') : 'All',
                      },
                    ]
                  : []),
                { term: 'Region', value: `${cluster.region.code} — ${cluster.region.name}` },
                { term: 'ID', value: <Mono>{cluster.id}</Mono> },
                { term: 'Registered', value: formatDateTime(cluster.createdAt) },
              ]}
            />
          </Card>
        </div>
      </div>
    </div>
  );
}
