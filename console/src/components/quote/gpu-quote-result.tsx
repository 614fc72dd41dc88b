import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { Badge } from '../ui/badge';
import { StatGrid } from '../ui/stat-grid';
import { QuoteChecks } from './quote-checks';
import { priceBasisText } from './price-basis';
import { formatDateTime, formatInteger, humanize } from '../../lib/format';
import { formatDuration } from '../../lib/jobs';
import { formatMicros } from '../../lib/money';

export const GpuQuoteDetails = graphql(`
  fragment GpuQuoteDetails on GpuQuote {
    allowed
    amount
    listAmount
    unitPrice
    listUnitPrice
    discountPercent
    priceBasis
    currency
    gpus
    hours
    priceClass
    asOf
    gpuType {
      id
      code
    }
    region {
      id
      code
      name
    }
    coveredBy {
      id
      gpus
      ratePerGpuHour
      region {
        code
      }
    }
    candidates {
      chosen
      amount
      listAmount
      unitPrice
      region {
        id
        code
        name
      }
      exclusions {
        reason
        message
      }
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

/** A GPU quote in full: list against discounted or committed price, every candidate region and why, what would refuse it. */
export function GpuQuoteResult({ quote }: { quote: FragmentType<typeof GpuQuoteDetails> }) {
  const q = getFragmentData(GpuQuoteDetails, quote);
  const currency = q.currency ?? 'USD';
  const money = (micros: string | null | undefined) => (micros ? formatMicros(micros, currency) : '—');
  return (
    <section className="quote" aria-label="GPU quote">
      <header className="quote__head">
        <h3 className="quote__title">
          {formatInteger(q.gpus)} × <code className="code-tag">{q.gpuType.code}</code> {humanize(q.priceClass).toLowerCase()} for{' '}
          {formatDuration(Math.round(q.hours * 3600))}
        </h3>
        <Badge tone={q.allowed ? 'success' : 'danger'}>{q.allowed ? 'Would be admitted' : 'Would be refused'}</Badge>
      </header>
      <StatGrid
        stats={[
          { label: 'List price', value: money(q.listAmount), hint: `${money(q.listUnitPrice)} per GPU-hour` },
          { label: 'Customer pays', value: money(q.amount), hint: `${money(q.unitPrice)} per GPU-hour`, tone: 'positive' },
          {
            label: 'Discount',
            value: q.discountPercent === null || q.discountPercent === undefined ? '—' : `${q.discountPercent}%`,
            hint: priceBasisText(q.priceBasis),
          },
        ]}
      />
      <p className="quote__region">
        {q.region ? (
          <>
            Would run in {q.region.name} <code className="code-tag">{q.region.code}</code>
          </>
        ) : (
          'No region would take it.'
        )}
        {q.coveredBy && (
          <>
            {' '}
            · inside the commitment of {formatInteger(q.coveredBy.gpus)} GPUs in {q.coveredBy.region.code} at{' '}
            {money(q.coveredBy.ratePerGpuHour)} per GPU-hour
          </>
        )}
      </p>
      <QuoteChecks refusals={q.refusals} warnings={q.warnings} quotas={q.quotas} spendCap={q.spendCap} currency={currency} />
      <h4 className="job-form__heading">Candidate regions</h4>
      <ul className="plain-list" aria-label="Candidate regions">
        {q.candidates.map((c) => (
          <li key={c.region.id}>
            <code className="code-tag">{c.region.code}</code>{' '}
            {c.exclusions.length ? (
              <span className="muted">Left out: {c.exclusions.map((x) => x.message).join('; ')}</span>
            ) : (
              <>
                {money(c.unitPrice)} per GPU-hour, {money(c.amount)} in all (list {money(c.listAmount)}) ·{' '}
                <span className={c.chosen ? 'strong' : 'muted'}>
                  {c.chosen ? 'chosen: the cheapest region nothing refuses' : 'eligible, not the cheapest'}
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
      <p className="muted">Priced at {formatDateTime(q.asOf)}.</p>
    </section>
  );
}
