import { useState } from 'react';
import { useLocation } from 'wouter';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { usePageOrganization, useShell } from '../components/shell/shell-context';
import { ContractForm } from '../components/contract/contract-form';
import { useTermChoices } from '../components/contract/term-names';
import { Alert } from '../components/ui/alert';
import { Card } from '../components/ui/card';
import { PageHeader } from '../components/ui/page-header';
import { PagePending } from '../components/ui/states';
import { createContractInput, type ContractFormValues } from '../lib/contract-form';
import { defaultTermsForm } from '../lib/contract-terms-form';
import { contractPath, ORGANIZATIONS_PATH, organizationContractsPath } from '../lib/paths';
import { canEditContracts } from '../lib/permissions';
import { useDocumentTitle } from '../lib/use-document-title';
import { utcDateAfter } from '../lib/utc-dates';

const NewContractPageQuery = graphql(`
  query NewContractPage($id: ID!, $staff: Boolean!) {
    organization(id: $id) {
      id
      name
    }
    ...ContractTermChoices
  }
`);

const CreateContractMutation = graphql(`
  mutation CreateContract($input: CreateContractInput!) {
    createContract(input: $input) {
      id
    }
  }
`);

/** `/orgs/:orgId/contracts/new`: an account manager drafts a contract (commitments come next, on its page). */
export function NewContractPage({ orgId }: { orgId: string }) {
  usePageOrganization(orgId);
  const [, navigate] = useLocation();
  const { platformRoles } = useShell();
  const staff = canEditContracts(platformRoles);
  const [{ data, fetching, error }, refetch] = useQuery({ query: NewContractPageQuery, variables: { id: orgId, staff } });
  const [creation, create] = useMutation(CreateContractMutation);
  const choices = useTermChoices(data);
  const org = data?.organization.id === orgId ? data.organization : null;
  const [initial] = useState<ContractFormValues>(() => ({
    name: '',
    currency: 'USD',
    startsOn: utcDateAfter(0),
    endsOn: utcDateAfter(365),
    effectiveOn: '',
    reason: '',
    terms: defaultTermsForm(),
  }));
  useDocumentTitle(org ? `New contract · ${org.name}` : null);

  if (!org) {
    return (
      <PagePending
        error={error}
        fetching={fetching}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        backTo={{ href: ORGANIZATIONS_PATH, label: 'Back to organizations' }}
        loading="Loading the form…"
      />
    );
  }
  const back = organizationContractsPath(org.id);
  return (
    <div className="page">
      <PageHeader
        crumbs={[
          { label: 'Organizations', href: ORGANIZATIONS_PATH },
          { label: org.name, href: back },
        ]}
        title="New contract"
        meta={<span className="muted">A draft for {org.name}: add its commitments next, then activate it.</span>}
      />
      {staff ? (
        <Card>
          <ContractForm
            mode="create"
            initial={initial}
            choices={choices}
            saving={creation.fetching}
            cancelHref={back}
            save={async (values) => {
              const result = await create({ input: createContractInput(values, org.id) });
              if (result.data) navigate(contractPath(result.data.createContract.id));
              return { error: result.error ?? (result.data ? undefined : { graphQLErrors: [] }) };
            }}
          />
        </Card>
      ) : (
        <Alert tone="info" title="Account managers draft contracts">
          Your account manager prepares and changes your contract.
        </Alert>
      )}
    </div>
  );
}
