import { Link } from 'wouter';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { usePageOrganization, useShell } from '../components/shell/shell-context';
import { ContractTable } from '../components/contract/contract-table';
import { useTermChoices } from '../components/contract/term-names';
import { QuotaTable } from '../components/quota/quota-table';
import { SetQuotaForm } from '../components/quota/set-quota-form';
import { Alert } from '../components/ui/alert';
import { Card } from '../components/ui/card';
import { PageHeader } from '../components/ui/page-header';
import { EmptyState, LoadingState, OperationError, PagePending } from '../components/ui/states';
import { hasErrorCode } from '../lib/errors';
import { newContractPath, ORGANIZATIONS_PATH, organizationPath, quotePath } from '../lib/paths';
import { canEditContracts, canReadContracts } from '../lib/permissions';
import { useDocumentTitle } from '../lib/use-document-title';

const OrganizationContractsPageQuery = graphql(`
  query OrganizationContractsPage($id: ID!, $staff: Boolean!) {
    organization(id: $id) {
      id
      name
      viewerRole
      projects(first: 100) {
        nodes {
          id
          name
        }
      }
    }
    ...ContractTermChoices
  }
`);

const OrganizationContractsQuery = graphql(`
  query OrganizationContracts($id: ID!) {
    contracts(organizationId: $id, first: 100) {
      nodes {
        id
        ...ContractRow
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

const OrganizationQuotasQuery = graphql(`
  query OrganizationQuotas($id: ID!) {
    quotas(organizationId: $id, first: 100) {
      nodes {
        id
        ...QuotaRow
      }
    }
  }
`);

/**
 * `/orgs/:orgId/contracts`: an organization's contracts and quotas. Account managers create
 * contracts and set quotas; owners, admins and billing members read their contracts; other
 * members see the quotas only (the server keeps commercial terms from them).
 */
export function OrganizationContractsPage({ orgId }: { orgId: string }) {
  usePageOrganization(orgId);
  const { platformRoles } = useShell();
  const staff = canEditContracts(platformRoles);
  const [page, refetchPage] = useQuery({ query: OrganizationContractsPageQuery, variables: { id: orgId, staff } });
  const org = page.data?.organization.id === orgId ? page.data.organization : null;
  const readsContracts = !!org && canReadContracts(org.viewerRole, platformRoles);
  const [contracts, refetchContracts] = useQuery({ query: OrganizationContractsQuery, variables: { id: orgId }, pause: !readsContracts });
  const [quotas, refetchQuotas] = useQuery({ query: OrganizationQuotasQuery, variables: { id: orgId }, pause: !org });
  const choices = useTermChoices(page.data);
  useDocumentTitle(org ? `Contracts · ${org.name}` : null);

  if (!org) {
    return (
      <PagePending
        error={page.error}
        fetching={page.fetching}
        onRetry={() => refetchPage({ requestPolicy: 'network-only' })}
        backTo={{ href: staff ? ORGANIZATIONS_PATH : '/', label: 'Back to organizations' }}
        loading="Loading organization…"
      />
    );
  }

  const contractList = contracts.data?.contracts.nodes ?? null;
  const quotaList = quotas.data?.quotas.nodes ?? null;
  const reloadQuotas = () => refetchQuotas({ requestPolicy: 'network-only' });
  const forbidden = !readsContracts || hasErrorCode(contracts.error, 'FORBIDDEN');
  return (
    <div className="page">
      <PageHeader
        crumbs={[
          ...(staff ? [{ label: 'Organizations', href: ORGANIZATIONS_PATH }] : []),
          { label: org.name, href: organizationPath(org.id) },
        ]}
        title="Contracts and quotas"
        actions={
          staff && (
            <>
              <Link href={quotePath(org.id)} className="btn btn--secondary">
                Quote
              </Link>
              <Link href={newContractPath(org.id)} className="btn btn--primary">
                New contract
              </Link>
            </>
          )
        }
      />
      <div className="stack">
        <Card title="Contracts" flush={!!contractList?.length && !forbidden}>
          {forbidden ? (
            <Alert tone="info" title="Commercial terms are not shown to you">
              Owners, admins and billing members of {org.name} read its contract; ask one of them.
            </Alert>
          ) : contracts.error && !contracts.fetching ? (
            <OperationError error={contracts.error} onRetry={() => refetchContracts({ requestPolicy: 'network-only' })} />
          ) : !contractList ? (
            <LoadingState label="Loading contracts…" compact />
          ) : contractList.length === 0 ? (
            <EmptyState title="No contract">
              {org.name} pays as it goes, at list prices.{staff ? ' Draft a contract to agree commitments, discounts and terms.' : ''}
            </EmptyState>
          ) : (
            <ContractTable contracts={contractList} />
          )}
        </Card>
        <div className="page-grid">
          <Card title="Quotas" flush={!!quotaList?.length}>
            {quotas.error && !quotas.fetching ? (
              <OperationError error={quotas.error} onRetry={reloadQuotas} />
            ) : !quotaList ? (
              <LoadingState label="Loading quotas…" compact />
            ) : quotaList.length === 0 ? (
              <EmptyState title="No quotas">Nothing limits {org.name} beyond its contract and the capacity on sale.</EmptyState>
            ) : (
              <QuotaTable quotas={quotaList} onRemoved={staff ? reloadQuotas : undefined} />
            )}
          </Card>
          {staff && (
            <Card title="Set a quota">
              <SetQuotaForm
                organizationId={org.id}
                projects={org.projects.nodes.map((p) => ({ id: p.id, label: p.name }))}
                gpuTypes={choices.gpuTypes.map((t) => ({ id: t.id, label: t.code }))}
                regions={choices.regions.map((r) => ({ id: r.id, label: `${r.code} · ${r.name}` }))}
                models={choices.models.map((m) => ({ id: m.id, label: m.key }))}
                onSaved={reloadQuotas}
              />
            </Card>
          )}
        </div>
      </div>
    </div>
  );
}
