import { Link } from 'wouter';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { usePageOrganization, useShell } from '../components/shell/shell-context';
import { AddCommitmentForm } from '../components/contract/add-commitment-form';
import { CommitmentTable } from '../components/contract/commitment-table';
import { ContractHistory } from '../components/contract/contract-history';
import { ContractLifecycle } from '../components/contract/contract-lifecycle';
import { ContractStatusBadge } from '../components/contract/contract-status-badge';
import { ContractTermsList } from '../components/contract/contract-terms-card';
import { useTermChoices } from '../components/contract/term-names';
import { Alert } from '../components/ui/alert';
import { Card } from '../components/ui/card';
import { DescriptionList } from '../components/ui/description-list';
import { Mono } from '../components/ui/mono';
import { PageHeader } from '../components/ui/page-header';
import { EmptyState, PagePending } from '../components/ui/states';
import { hasErrorCode } from '../lib/errors';
import { formatDate, formatDateTime } from '../lib/format';
import { ORGANIZATIONS_PATH, organizationContractsPath, organizationPath } from '../lib/paths';
import { canEditContracts } from '../lib/permissions';
import { useDocumentTitle } from '../lib/use-document-title';
import { UTC_DAY } from '../lib/utc-dates';

const ContractPageQuery = graphql(`
  query ContractPage($id: ID!, $staff: Boolean!) {
    contract(id: $id) {
      id
      name
      status
      currency
      startsAt
      endsAt
      activatedAt
      terminatedAt
      currentVersion
      createdAt
      organization {
        id
        name
      }
      accountManager {
        id
        name
        email
      }
      terms {
        ...ContractTermsDetails
      }
      commitments(first: 100) {
        nodes {
          id
          ...CommitmentRow
        }
        pageInfo {
          hasNextPage
        }
      }
      versions(first: 100) {
        nodes {
          id
          number
          effectiveFrom
          ...ContractHistoryVersion
        }
        pageInfo {
          hasNextPage
        }
      }
    }
    ...ContractTermChoices
  }
`);

/**
 * `/contracts/:contractId`: a contract's status, period, terms in force, commitments and history.
 * Account managers act on it here (commitments, activation, amendment, termination); customers
 * who may read it see the same, read-only.
 */
export function ContractPage({ contractId }: { contractId: string }) {
  const { platformRoles } = useShell();
  const staff = canEditContracts(platformRoles);
  const [{ data, fetching, error }, refetch] = useQuery({ query: ContractPageQuery, variables: { id: contractId, staff } });
  const contract = data?.contract.id === contractId ? data.contract : null;
  usePageOrganization(contract?.organization.id);
  useDocumentTitle(contract ? `${contract.name} · contract` : null);
  const choices = useTermChoices(data);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  if (!contract) {
    if (error && !fetching && hasErrorCode(error, 'FORBIDDEN')) {
      return (
        <div className="page">
          <PageHeader title="Contract" />
          <Alert tone="info" title="Commercial terms are not shown to you">
            Owners, admins and billing members of the organization read its contract; ask one of them.
          </Alert>
        </div>
      );
    }
    return (
      <PagePending
        error={error}
        fetching={fetching}
        onRetry={reload}
        backTo={{ href: staff ? ORGANIZATIONS_PATH : '/', label: staff ? 'Back to organizations' : 'Go to your organizations' }}
        loading="Loading contract…"
      />
    );
  }

  const open = contract.status === 'DRAFT' || contract.status === 'ACTIVE';
  // The API's terms are the latest version's; an amendment may take effect later.
  const latest = contract.versions.nodes[0];
  const upcoming = latest && latest.number > 1 && new Date(latest.effectiveFrom).getTime() > Date.now() ? latest : null;
  const commitments = contract.commitments.nodes;
  const contractsHref = organizationContractsPath(contract.organization.id);
  return (
    <div className="page">
      <PageHeader
        crumbs={[
          ...(staff ? [{ label: 'Organizations', href: ORGANIZATIONS_PATH }] : []),
          { label: contract.organization.name, href: organizationPath(contract.organization.id) },
          { label: 'Contracts', href: contractsHref },
        ]}
        title={contract.name}
        meta={
          <>
            <ContractStatusBadge status={contract.status} />
            <code className="code-tag">{contract.currency}</code>
            <span className="muted">
              {formatDate(contract.startsAt, UTC_DAY)} – {formatDate(contract.endsAt, UTC_DAY)} (UTC) · version {contract.currentVersion}
            </span>
          </>
        }
      />
      <div className="page-grid">
        <div className="stack">
          <Card title={contract.status === 'DRAFT' ? 'Terms (draft)' : 'Terms'}>
            {upcoming && (
              <p className="card__intro">
                Version {upcoming.number}, shown here, takes effect {formatDate(upcoming.effectiveFrom, UTC_DAY)} (UTC); the previous
                version applies until then.
              </p>
            )}
            <ContractTermsList terms={contract.terms} names={choices.names} currency={contract.currency} />
          </Card>
          <Card title="Commitments" flush={commitments.length > 0}>
            {commitments.length > 0 ? (
              <CommitmentTable
                commitments={commitments}
                currency={contract.currency}
                onRemoved={staff && contract.status === 'DRAFT' ? reload : undefined}
              />
            ) : (
              <EmptyState title="No commitments">
                {staff && open
                  ? 'Commit GPUs of a type in a region, for a period, at a rate.'
                  : 'Work runs on demand or spot, at the contract’s prices.'}
              </EmptyState>
            )}
            {contract.commitments.pageInfo.hasNextPage && <p className="card__note">Showing the first {commitments.length} commitments.</p>}
          </Card>
          {staff && open && (
            <Card title="Add a commitment">
              <AddCommitmentForm contract={contract} gpuTypes={choices.gpuTypes} regions={choices.regions} onAdded={reload} />
            </Card>
          )}
          <Card title="History" flush>
            <ContractHistory versions={contract.versions.nodes} names={choices.names} currency={contract.currency} />
          </Card>
        </div>
        <div className="stack">
          {staff && (
            <Card title={contract.status === 'DRAFT' ? 'Activate' : 'Change'}>
              <ContractLifecycle contract={contract} onChanged={reload} />
            </Card>
          )}
          <Card title="Details">
            <DescriptionList
              items={[
                { term: 'Organization', value: <Link href={contractsHref}>{contract.organization.name}</Link> },
                { term: 'Period (UTC)', value: `${formatDate(contract.startsAt, UTC_DAY)} – ${formatDate(contract.endsAt, UTC_DAY)}` },
                { term: 'Currency', value: contract.currency },
                {
                  term: 'Account manager',
                  value: contract.accountManager ? `${contract.accountManager.name} (${contract.accountManager.email})` : '—',
                },
                { term: 'Created', value: formatDateTime(contract.createdAt) },
                { term: 'Activated', value: formatDateTime(contract.activatedAt) },
                ...(contract.terminatedAt ? [{ term: 'Terminated', value: formatDateTime(contract.terminatedAt) }] : []),
                { term: 'ID', value: <Mono>{contract.id}</Mono> },
              ]}
            />
          </Card>
        </div>
      </div>
    </div>
  );
}
