import { Link } from 'wouter';
import { useQuery } from 'urql';
import { graphql, getFragmentData } from '../gql';
import { CapacityBar, CapacityBarFigures, CapacityLegend } from '../components/capacity/capacity-bar';
import { CapacityTable } from '../components/capacity/capacity-table';
import { ForecastTable } from '../components/capacity/forecast-table';
import { HeadroomHeatMap } from '../components/capacity/headroom-heat-map';
import { ClusterHealthBadge } from '../components/fleet/cluster-health-badge';
import { Button } from '../components/ui/button';
import { Card } from '../components/ui/card';
import { PageHeader } from '../components/ui/page-header';
import { StatGrid } from '../components/ui/stat-grid';
import { EmptyState, PagePending } from '../components/ui/states';
import { poolBar } from '../lib/capacity';
import { formatDateTime, formatInteger, formatPercent } from '../lib/format';
import { FLEET_PATH, poolPath } from '../lib/paths';
import { useDocumentTitle } from '../lib/use-document-title';

const CapacityPageQuery = graphql(`
  query CapacityPage {
    capacityLedger(groupBy: POOL) {
      asOf
      totals {
        ...CapacityBarFigures
      }
      rows {
        key
        label
        pool {
          id
          name
        }
        cluster {
          id
          name
          health
        }
        region {
          id
          code
        }
        gpuType {
          id
          code
        }
        figures {
          totalGpus
          headroomGpus
          ...CapacityBarFigures
        }
      }
    }
    capacityForecast(days: 14) {
      label
      pool {
        id
        totalGpus
        internalFloorGpus
      }
      days {
        day
        committedGpus
        headroomGpus
      }
    }
  }
`);

/**
 * `/capacity`: the capacity ledger as a picture. A bar per pool (floor, committed, on-demand,
 * spot, headroom, unavailable), headroom by region × GPU type, and 14 days of forecast.
 */
export function CapacityPage() {
  useDocumentTitle('Capacity');
  const [{ data, fetching, error }, refetch] = useQuery({ query: CapacityPageQuery });
  const reload = () => refetch({ requestPolicy: 'network-only' });

  if (!data) {
    return (
      <PagePending
        error={error}
        fetching={fetching}
        onRetry={reload}
        backTo={{ href: '/', label: 'Go to your organizations' }}
        loading="Loading the capacity ledger…"
      />
    );
  }

  const { rows, totals, asOf } = data.capacityLedger;
  const t = getFragmentData(CapacityBarFigures, totals);
  const unavailable = poolBar(t).segments.find((s) => s.key === 'unavailable')?.gpus ?? 0;
  const label = (row: (typeof rows)[number]) => row.label;

  return (
    <div className="page">
      <PageHeader
        title="Capacity"
        meta={
          <span className="muted">
            What every pool holds back, has promised, runs and can still sell. As of <time dateTime={asOf}>{formatDateTime(asOf)}</time>.
          </span>
        }
        actions={
          <Button onClick={reload} loading={fetching}>
            Refresh
          </Button>
        }
      />
      {rows.length === 0 ? (
        <EmptyState
          title="No active pools"
          action={
            <Link href={FLEET_PATH} className="btn btn--secondary">
              Go to the fleet
            </Link>
          }
        >
          Capacity appears once a cluster has node pools.
        </EmptyState>
      ) : (
        <div className="stack">
          <StatGrid
            stats={[
              { label: 'Total GPUs', value: formatInteger(t.totalGpus), hint: `${rows.length} ${rows.length === 1 ? 'pool' : 'pools'}` },
              {
                label: 'Internal floor',
                value: formatInteger(t.internalFloorGpus),
                hint: `Internal demand ${formatInteger(t.internalDemandGpus)}`,
              },
              { label: 'Committed', value: formatInteger(t.committedGpus), hint: `Peak ahead ${formatInteger(t.peakCommittedGpus)}` },
              {
                label: 'Sold, running',
                value: formatInteger(t.allocated.onDemand + t.allocated.spot),
                hint: `${formatInteger(t.allocated.onDemand)} on-demand, ${formatInteger(t.allocated.spot)} spot`,
              },
              {
                label: 'Headroom',
                value: formatInteger(t.headroomGpus),
                hint: `${formatPercent(t.totalGpus ? t.headroomGpus / t.totalGpus : 0)} of the total is sellable now`,
                tone: 'positive',
              },
              {
                label: 'Unavailable',
                value: formatInteger(unavailable),
                hint: 'Down, drained or unreachable',
                tone: unavailable > 0 ? 'warning' : 'default',
              },
            ]}
          />

          <Card title="By pool" actions={<CapacityLegend />}>
            <div className="cap-list">
              {rows.map((row) => (
                <CapacityBar
                  key={row.key}
                  label={label(row)}
                  title={row.pool ? <Link href={poolPath(row.pool.id)}>{row.label}</Link> : row.label}
                  meta={
                    <>
                      {row.region && <code className="code-tag">{row.region.code}</code>}
                      {row.gpuType && <code className="code-tag">{row.gpuType.code}</code>}
                      {row.cluster && row.cluster.health !== 'HEALTHY' && <ClusterHealthBadge health={row.cluster.health} />}
                    </>
                  }
                  figures={row.figures}
                />
              ))}
            </div>
          </Card>

          <Card title="Figures by pool" flush>
            <CapacityTable
              rows={rows.map((row) => ({
                key: row.key,
                label: row.pool ? <Link href={poolPath(row.pool.id)}>{row.label}</Link> : row.label,
                figures: row.figures,
              }))}
              totals={totals}
            />
          </Card>

          <Card title="Headroom by region and GPU type">
            <p className="card__intro muted">
              Sellable GPUs summed over the pools of each region and GPU type, coloured by their share of the total.
            </p>
            <HeadroomHeatMap rows={rows} />
          </Card>

          <Card title="Forecast, next 14 days" flush={data.capacityForecast.length > 0}>
            {data.capacityForecast.length > 0 ? (
              <>
                <p className="card__intro card__intro--flush muted">
                  GPUs left to sell each day (UTC) after the floor and the day’s peak of commitments. Running work is not forecast.
                </p>
                <ForecastTable rows={data.capacityForecast} />
              </>
            ) : (
              <EmptyState title="Nothing to forecast" />
            )}
          </Card>
        </div>
      )}
    </div>
  );
}
