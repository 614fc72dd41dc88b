import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { formatInteger, humanize } from '../../lib/format';
import { formatMicros } from '../../lib/money';

/** What GPU and token quotes share (each quote's fragment spreads these): refusals, quotas, the spend cap. */
export const QuoteRefusalItem = graphql(`
  fragment QuoteRefusalItem on QuoteRefusal {
    reason
    field
    message
  }
`);

export const QuotaCheckItem = graphql(`
  fragment QuotaCheckItem on QuotaCheck {
    quotaId
    kind
    scope
    limit
    inUse
    requested
    exceeded
    usageTracked
    message
  }
`);

export const SpendCapCheckItem = graphql(`
  fragment SpendCapCheckItem on SpendCapCheck {
    mode
    monthlyCap
    spentSoFar
    remaining
    wouldExceed
    spendSoFarKnown
  }
`);

export interface QuoteChecksProps {
  refusals: readonly FragmentType<typeof QuoteRefusalItem>[];
  warnings: readonly string[];
  quotas: readonly FragmentType<typeof QuotaCheckItem>[];
  spendCap: FragmentType<typeof SpendCapCheckItem> | null | undefined;
  currency: string;
}

/** Why the work would be refused, what to know, the quotas that apply and the spend cap against it. */
export function QuoteChecks(props: QuoteChecksProps) {
  const { warnings, currency } = props;
  const refusals = props.refusals.map((r) => getFragmentData(QuoteRefusalItem, r));
  const quotas = props.quotas.map((q) => getFragmentData(QuotaCheckItem, q));
  const spendCap = props.spendCap ? getFragmentData(SpendCapCheckItem, props.spendCap) : null;
  return (
    <>
      {refusals.length > 0 && (
        <ul className="quote__list quote__list--refusals" aria-label="Why it would be refused">
          {refusals.map((r, i) => (
            <li key={`${r.reason}-${i}`}>
              <code className="code-tag">{r.reason}</code> {r.message}
            </li>
          ))}
        </ul>
      )}
      {warnings.length > 0 && (
        <ul className="quote__list quote__list--warnings" aria-label="Warnings">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {quotas.length > 0 && (
        <div className="table-wrap">
          <table className="table table--dense">
            <caption className="visually-hidden">Quotas that apply</caption>
            <thead>
              <tr>
                <th scope="col">Quota</th>
                <th scope="col" className="num">
                  In use + asked
                </th>
                <th scope="col" className="num">
                  Limit
                </th>
              </tr>
            </thead>
            <tbody>
              {quotas.map((q) => (
                <tr key={q.quotaId}>
                  <td>
                    {humanize(q.kind)} ({humanize(q.scope).toLowerCase()}){q.exceeded && <span className="field__error"> exceeded</span>}
                    <div className="muted">{q.message}</div>
                  </td>
                  <td className="num">
                    {q.usageTracked ? formatInteger(q.inUse) : '—'} + {formatInteger(q.requested)}
                  </td>
                  <td className="num">{formatInteger(q.limit)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {spendCap && (
        <p className={spendCap.wouldExceed ? 'quote__error' : 'muted'}>
          Spend cap ({humanize(spendCap.mode).toLowerCase()}): {formatMicros(spendCap.remaining, currency)} left of{' '}
          {formatMicros(spendCap.monthlyCap, currency)} this month
          {spendCap.spendSoFarKnown ? '' : ' (month-to-date spend not known yet: checked against this quote alone)'}
          {spendCap.wouldExceed ? ' — this would pass it.' : '.'}
        </p>
      )}
    </>
  );
}
