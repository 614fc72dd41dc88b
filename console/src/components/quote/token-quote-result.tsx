import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { Badge } from '../ui/badge';
import { StatGrid } from '../ui/stat-grid';
import { QuoteChecks } from './quote-checks';
import { priceBasisText } from './price-basis';
import { formatDateTime, formatInteger } from '../../lib/format';
import { formatMicros } from '../../lib/money';

export const TokenQuoteDetails = graphql(`
  fragment TokenQuoteDetails on TokenQuote {
    allowed
    amount
    listAmount
    discountPercent
    priceBasis
    currency
    inputTokens
    outputTokens
    inputPerMillion
    outputPerMillion
    listInputPerMillion
    listOutputPerMillion
    asOf
    model {
      id
      key
    }
    servedIn {
      id
      code
    }
    refusals {
      ...QuoteRefusalItem
    }
    warnings
    quotas {
      ...QuotaCheckItem
    }
    spendCap {
      ...SpendCapCheckItem
    }
  }
`);

/** A token quote: list against discounted price per million tokens, where it may be served, what would refuse it. */
export function TokenQuoteResult({ quote }: { quote: FragmentType<typeof TokenQuoteDetails> }) {
  const q = getFragmentData(TokenQuoteDetails, quote);
  const currency = q.currency ?? 'USD';
  const money = (micros: string | null | undefined) => (micros ? formatMicros(micros, currency) : '—');
  return (
    <section className="quote" aria-label="Token quote">
      <header className="quote__head">
        <h3 className="quote__title">
          <code className="code-tag">{q.model.key}</code>: {formatInteger(q.inputTokens)} in, {formatInteger(q.outputTokens)} out
        </h3>
        <Badge tone={q.allowed ? 'success' : 'danger'}>{q.allowed ? 'Would be served' : 'Would be refused'}</Badge>
      </header>
      <StatGrid
        stats={[
          {
            label: 'List price',
            value: money(q.listAmount),
            hint: `${money(q.listInputPerMillion)} in / ${money(q.listOutputPerMillion)} out per million`,
          },
          {
            label: 'Customer pays',
            value: money(q.amount),
            hint: `${money(q.inputPerMillion)} in / ${money(q.outputPerMillion)} out per million`,
            tone: 'positive',
          },
          {
            label: 'Discount',
            value: q.discountPercent === null || q.discountPercent === undefined ? '—' : `${q.discountPercent}%`,
            hint: priceBasisText(q.priceBasis),
          },
        ]}
      />
      <p className="quote__region">
        {q.servedIn.length ? (
          <>Served where the contract allows: {q.servedIn.map((r) => r.code).join(', ')}</>
        ) : (
          'Not served anywhere the contract allows.'
        )}
      </p>
      <QuoteChecks refusals={q.refusals} warnings={q.warnings} quotas={q.quotas} spendCap={q.spendCap} currency={currency} />
      <p className="muted">Priced at {formatDateTime(q.asOf)}.</p>
    </section>
  );
}
