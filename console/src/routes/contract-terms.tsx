import { useMemo } from 'react';
import { useLocation } from 'wouter';
import { useMutation, useQuery } from 'urql';
import { graphql, getFragmentData } from '../gql';
import { usePageOrganization, useShell } from '../components/shell/shell-context';
import { ContractForm } from '../components/contract/contract-form';
import { ContractTermsDetails } from '../components/contract/contract-terms-card';
import { useTermChoices } from '../components/contract/term-names';
import { Alert } from '../components/ui/alert';
import { Card } from '../components/ui/card';
import { PageHeader } from '../components/ui/page-header';
import { PagePending } from '../components/ui/states';
import { amendContractInput, updateDraftInput, type ContractFormValues } from '../lib/contract-form';
import { termsFormFrom } from '../lib/contract-terms-form';
import { contractPath, ORGANIZATIONS_PATH, organizationContractsPath } from '../lib/paths';
import { canEditContracts } from '../lib/permissions';
import { useDocumentTitle } from '../lib/use-document-title';
import { isoToUtcDate, utcDateAfter } from '../lib/utc-dates';

const ContractTermsPageQuery = graphql(`
  query ContractTermsPage($id: ID!, $staff: Boolean!) {
    contract(id: $id) {
      id
      name
      status
      currency
      startsAt
      endsAt
      organization {
        id
        name
      }
      terms {
        ...ContractTermsDetails
      }
      versions(first: 1) {
        nodes {
          id
          effectiveFrom
        }
      }
    }
    ...ContractTermChoices
  }
`);

const UpdateDraftContractMutation = graphql(`
  mutation UpdateDraftContract($input: UpdateDraftContractInput!) {
    updateDraftContract(input: $input) {
      id
    }
  }
`);

const AmendContractMutation = graphql(`
  mutation AmendContract($input: AmendContractInput!) {
    amendContract(input: $input) {
      id
      number
    }
  }
`);

/**
 * `/contracts/:contractId/terms`: a DRAFT's name, period and terms to edit, or an ACTIVE
 * contract's amendment (a new version from a date, with the reason and the complete new terms).
 */
export function ContractTermsPage({ contractId }: { contractId: string }) {
  const [, navigate] = useLocation();
  const { platformRoles } = useShell();
  const staff = canEditContracts(platformRoles);
  const [{ data, fetching, error }, refetch] = useQuery({ query: ContractTermsPageQuery, variables: { id: contractId, staff } });
  const [draftSave, saveDraft] = useMutation(UpdateDraftContractMutation);
  const [amendment, amend] = useMutation(AmendContractMutation);
  const choices = useTermChoices(data);
  const contract = data?.contract.id === contractId ? data.contract : null;
  usePageOrganization(contract?.organization.id);
  useDocumentTitle(contract ? `${contract.status === 'DRAFT' ? 'Edit' : 'Amend'} ${contract.name}` : null);

  const initial = useMemo<ContractFormValues | null>(() => {
    if (!contract) return null;
    return {
      name: contract.name,
      currency: contract.currency,
      startsOn: isoToUtcDate(contract.startsAt),
      endsOn: isoToUtcDate(contract.endsAt),
      // Tomorrow: the earliest day an amendment can start when the current version began today.
      effectiveOn: utcDateAfter(1),
      reason: '',
      terms: termsFormFrom(getFragmentData(ContractTermsDetails, contract.terms)),
    };
  }, [contract]);

  if (!contract || !initial) {
    return (
      <PagePending
        error={error}
        fetching={fetching}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        backTo={{ href: contractPath(contractId), label: 'Back to the contract' }}
        loading="Loading the contract…"
      />
    );
  }

  const back = contractPath(contract.id);
  const draft = contract.status === 'DRAFT';
  const done = (result: { error?: unknown; data?: unknown }) => {
    if (result.data) navigate(back);
  };
  return (
    <div className="page">
      <PageHeader
        crumbs={[
          { label: 'Organizations', href: ORGANIZATIONS_PATH },
          { label: contract.organization.name, href: organizationContractsPath(contract.organization.id) },
          { label: contract.name, href: back },
        ]}
        title={draft ? `Edit ${contract.name}` : `Amend ${contract.name}`}
        meta={
          <span className="muted">
            {draft
              ? 'A draft changes in place until it is activated.'
              : 'The new terms replace the current ones from the day chosen; the history keeps both.'}
          </span>
        }
      />
      {!staff ? (
        <Alert tone="info" title="Account managers change contracts">
          Your account manager amends your contract.
        </Alert>
      ) : contract.status !== 'DRAFT' && contract.status !== 'ACTIVE' ? (
        <Alert tone="info" title="This contract has ended">
          An {contract.status.toLowerCase()} contract no longer changes.
        </Alert>
      ) : (
        <Card>
          <ContractForm
            key={`${contract.id}-${contract.status}`}
            mode={draft ? 'draft' : 'amend'}
            initial={initial}
            choices={choices}
            period={{ currentVersionFrom: contract.versions.nodes[0]?.effectiveFrom ?? contract.startsAt, endsAt: contract.endsAt }}
            saving={draftSave.fetching || amendment.fetching}
            cancelHref={back}
            save={async (values) => {
              const result = draft
                ? await saveDraft({ input: updateDraftInput(values, contract.id) })
                : await amend({ input: amendContractInput(values, contract.id) });
              done(result);
              return { error: result.error ?? (result.data ? undefined : { graphQLErrors: [] }) };
            }}
          />
        </Card>
      )}
    </div>
  );
}
