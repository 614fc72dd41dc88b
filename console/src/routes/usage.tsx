import { useLocation, useSearch } from 'wouter';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { usePageOrganization } from '../components/shell/shell-context';
import { Card } from '../components/ui/card';
import { PageHeader } from '../components/ui/page-header';
import { Select } from '../components/ui/select';
import { StatGrid } from '../components/ui/stat-grid';
import { EmptyState, PagePending } from '../components/ui/states';
import { ClassLegend } from '../components/usage/class-legend';
import { GpuUsageBars } from '../components/usage/gpu-usage-bars';
import { DailyUsageColumns } from '../components/usage/daily-usage-columns';
import { SpendNotice } from '../components/billing/spend-notice';
import { formatInteger } from '../lib/format';
import { organizationPath, usagePath } from '../lib/paths';
import { dailyGpuUsage, gpuHours, gpuUsageByTypeAndClass, monthRange, tokensByModel } from '../lib/usage';
import { canReadBilling } from '../lib/permissions';
import { useShell } from '../components/shell/shell-context';
import { useDocumentTitle } from '../lib/use-document-title';

const UsagePageQuery = graphql(`
  query UsagePage($org: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
    organization(id: $org) {
      id
      name
      viewerRole
    }
    usage(organizationId: $org, from: $from, to: $to, granularity: DAY) {
      csvUrl
      rows {
        periodStart
        kind
        sku
        gpuTypeId
        capacityClass
        modelId
        quantity
      }
    }
    gpuTypes(first: 100) {
      nodes {
        id
        code
      }
    }
    models(first: 100) {
      nodes {
        id
        key
      }
    }
  }
`);

const MONTHS_BACK = 12;

/** `/orgs/:orgId/usage?month=2026-11`: a month's GPU-hours by GPU type and class, per day, and tokens by model. */
export function UsagePage({ orgId }: { orgId: string }) {
  usePageOrganization(orgId);
  const { platformRoles } = useShell();
  const [, navigate] = useLocation();
  const now = new Date();
  const months = Array.from({ length: MONTHS_BACK }, (_, i) => monthRange(now, -i));
  const wanted = new URLSearchParams(useSearch()).get('month');
  const month = months.find((m) => m.key === wanted) ?? months[0]!;
  const [{ data, fetching, error }, refetch] = useQuery({
    query: UsagePageQuery,
    variables: { org: orgId, from: month.from.toISOString(), to: month.to.toISOString() },
  });
  const org = data?.organization.id === orgId ? data.organization : null;
  useDocumentTitle(org ? `Usage · ${org.name}` : null);

  if (!org || !data) {
    return (
      <PagePending
        error={error}
        fetching={fetching}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        backTo={{ href: organizationPath(orgId), label: 'Back to the organization' }}
        loading="Loading usage…"
      />
    );
  }

  const rows = data.usage.rows;
  const gpuNames = new Map(data.gpuTypes.nodes.map((g) => [g.id, g.code]));
  const modelNames = new Map(data.models.nodes.map((m) => [m.id, m.key]));
  const bars = gpuUsageByTypeAndClass(rows);
  const days = dailyGpuUsage(rows, month.from, month.to);
  const tokens = tokensByModel(rows);
  const totalSeconds = bars.reduce((s, b) => s + b.total, 0n);
  const totalTokens = tokens.reduce((s, t) => s + t.input + t.output, 0n);

  return (
    <div className="page">
      <PageHeader
        title="Usage"
        crumbs={[{ href: organizationPath(org.id), label: org.name }]}
        actions={
          <>
            <Select label="Month" hideLabel value={month.key} onChange={(e) => navigate(usagePath(org.id, `?month=${e.target.value}`))}>
              {months.map((m) => (
                <option key={m.key} value={m.key}>
                  {m.label}
                </option>
              ))}
            </Select>
            <a className="btn btn--secondary" href={data.usage.csvUrl} download>
              Download CSV
            </a>
          </>
        }
      />
      {canReadBilling(org.viewerRole, platformRoles) && <SpendNotice organizationId={org.id} />}
      <StatGrid
        stats={[
          { label: 'GPU-hours', value: gpuHours(totalSeconds), hint: month.label },
          { label: 'Tokens', value: totalTokens.toLocaleString('en-US'), hint: `${formatInteger(tokens.length)} models` },
          { label: 'GPU types used', value: formatInteger(bars.length) },
        ]}
      />
      {rows.length === 0 ? (
        <Card title={`Nothing used in ${month.label}`}>
          <EmptyState title="No usage yet">GPU time and tokens appear here within seconds of being recorded.</EmptyState>
        </Card>
      ) : (
        <div className="page-grid">
          <Card title="GPU-hours by GPU type and class" actions={<ClassLegend />}>
            {bars.length ? (
              <GpuUsageBars bars={bars} gpuName={(id) => gpuNames.get(id) ?? id} />
            ) : (
              <EmptyState title="No GPU time this month" />
            )}
          </Card>
          <Card title="GPU-hours per day" actions={<ClassLegend />}>
            <DailyUsageColumns days={days} />
          </Card>
          <Card title="Tokens by model" flush={tokens.length > 0}>
            {tokens.length ? (
              <div className="table-wrap">
                <table className="table table--numbers">
                  <caption className="visually-hidden">Tokens by model in {month.label}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Model</th>
                      <th scope="col">Input tokens</th>
                      <th scope="col">Output tokens</th>
                    </tr>
                  </thead>
                  <tbody>
                    {tokens.map((t) => (
                      <tr key={t.modelId}>
                        <th scope="row">{modelNames.get(t.modelId) ?? t.modelId}</th>
                        <td>{t.input.toLocaleString('en-US')}</td>
                        <td>{t.output.toLocaleString('en-US')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <EmptyState title="No tokens this month" />
            )}
          </Card>
        </div>
      )}
    </div>
  );
}
