import { useState } from 'react';
import { useClient, useQuery } from 'urql';
import { useLocation, useSearch } from 'wouter';
import { graphql, type FragmentType } from '../gql';
import { useShell } from '../components/shell/shell-context';
import { useTermChoices } from '../components/contract/term-names';
import { GpuQuoteResult, type GpuQuoteDetails } from '../components/quote/gpu-quote-result';
import { QuoteForm } from '../components/quote/quote-form';
import { TokenQuoteResult, type TokenQuoteDetails } from '../components/quote/token-quote-result';
import { Alert } from '../components/ui/alert';
import { Card } from '../components/ui/card';
import { PageHeader } from '../components/ui/page-header';
import { Select } from '../components/ui/select';
import { EmptyState, LoadingState, OperationError } from '../components/ui/states';
import type { OperationErrorLike } from '../lib/errors';
import { quotePath } from '../lib/paths';
import { canEditContracts } from '../lib/permissions';
import { quoteGpuInput, quoteTokensInput, type QuoteFormValues } from '../lib/quote-form';
import { useDocumentTitle } from '../lib/use-document-title';

const QuoteOrganizationsQuery = graphql(`
  query QuoteOrganizations {
    organizations(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

const QuoteChoicesQuery = graphql(`
  query QuoteChoices($id: ID!, $staff: Boolean!) {
    organization(id: $id) {
      id
      name
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

const QuoteGpuQuery = graphql(`
  query QuoteGpu($input: QuoteGpuInput!) {
    quoteGpu(input: $input) {
      ...GpuQuoteDetails
    }
  }
`);

const QuoteTokensQuery = graphql(`
  query QuoteTokens($input: QuoteTokensInput!) {
    quoteTokens(input: $input) {
      ...TokenQuoteDetails
    }
  }
`);

type Answer =
  { kind: 'gpu'; quote: FragmentType<typeof GpuQuoteDetails> } | { kind: 'tokens'; quote: FragmentType<typeof TokenQuoteDetails> };

/** `/quote?org=…`: account managers price GPU work or tokens for an organization under its contract. */
export function QuotePage() {
  useDocumentTitle('Quote');
  const client = useClient();
  const [, navigate] = useLocation();
  const orgId = new URLSearchParams(useSearch()).get('org') ?? '';
  const { platformRoles } = useShell();
  const staff = canEditContracts(platformRoles);
  const [orgs] = useQuery({ query: QuoteOrganizationsQuery, pause: !staff });
  const [choicesResult, refetchChoices] = useQuery({ query: QuoteChoicesQuery, variables: { id: orgId, staff }, pause: !orgId || !staff });
  const choices = useTermChoices(choicesResult.data);
  const org = choicesResult.data?.organization.id === orgId ? choicesResult.data.organization : null;
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [asking, setAsking] = useState(false);

  async function ask(values: QuoteFormValues): Promise<OperationErrorLike | undefined> {
    setAsking(true);
    setAnswer(null);
    try {
      if (values.kind === 'gpu') {
        const r = await client.query(QuoteGpuQuery, { input: quoteGpuInput(values, orgId) }, { requestPolicy: 'network-only' }).toPromise();
        if (r.data) setAnswer({ kind: 'gpu', quote: r.data.quoteGpu });
        return r.error ?? (r.data ? undefined : { graphQLErrors: [] });
      }
      const r = await client
        .query(QuoteTokensQuery, { input: quoteTokensInput(values, orgId) }, { requestPolicy: 'network-only' })
        .toPromise();
      if (r.data) setAnswer({ kind: 'tokens', quote: r.data.quoteTokens });
      return r.error ?? (r.data ? undefined : { graphQLErrors: [] });
    } finally {
      setAsking(false);
    }
  }

  const header = (
    <PageHeader
      title="Quote"
      meta={
        <span className="muted">
          List price against what the organization would pay under its contract, and what would refuse the work.
        </span>
      }
    />
  );
  if (!staff) {
    return (
      <div className="page">
        {header}
        <Alert tone="info" title="Quotes are for account managers">
          Submitting a job shows you its price and whether it would be admitted.
        </Alert>
      </div>
    );
  }
  return (
    <div className="page page--wide">
      {header}
      <div className="toolbar">
        <Select
          label="Price for"
          value={orgId}
          onChange={(e) => {
            setAnswer(null);
            navigate(quotePath(e.target.value || undefined), { replace: true });
          }}
        >
          <option value="">Choose…</option>
          {(orgs.data?.organizations.nodes ?? []).map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </Select>
      </div>
      {!orgId ? (
        <EmptyState title="Choose an organization">
          Quotes apply its contract: discounts, commitments, residency, quotas and spend cap.
        </EmptyState>
      ) : choicesResult.error && !choicesResult.fetching ? (
        <OperationError error={choicesResult.error} onRetry={() => refetchChoices({ requestPolicy: 'network-only' })} />
      ) : !org ? (
        <LoadingState label="Loading…" />
      ) : (
        <div className="page-grid page-grid--even">
          <Card title={`What to price for ${org.name}`}>
            <QuoteForm
              key={org.id}
              projects={org.projects.nodes.map((p) => ({ id: p.id, label: p.name }))}
              gpuTypes={choices.gpuTypes.map((t) => ({ id: t.id, label: t.code }))}
              regions={choices.regions.map((r) => ({ id: r.id, label: `${r.code} · ${r.name}` }))}
              models={choices.models.map((m) => ({ id: m.id, label: m.key }))}
              ask={ask}
              asking={asking}
            />
          </Card>
          <Card title="Quote">
            <div aria-live="polite">
              {asking ? (
                <LoadingState label="Pricing…" compact />
              ) : answer?.kind === 'gpu' ? (
                <GpuQuoteResult quote={answer.quote} />
              ) : answer?.kind === 'tokens' ? (
                <TokenQuoteResult quote={answer.quote} />
              ) : (
                <p className="muted">Fill in the work and ask for a quote.</p>
              )}
            </div>
          </Card>
        </div>
      )}
    </div>
  );
}
