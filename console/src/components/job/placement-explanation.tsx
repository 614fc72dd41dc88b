import { Link } from 'wouter';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { Badge, type BadgeTone } from '../ui/badge';
import { EmptyState } from '../ui/states';
import { formatDateTime } from '../../lib/format';
import { formatMicros } from '../../lib/money';
import { jobPath, poolPath } from '../../lib/paths';

export const PlacementExplanation = graphql(`
  fragment PlacementExplanation on PlacementExplanationView {
    jobId
    verdict
    reason
    message
    evaluatedAt
    preempted
    candidates {
      poolId
      pool
      region
      gpuType
      outcome
      reason
      message
      unitPrice
    }
  }
`);

export type PlacementExplanationRef = FragmentType<typeof PlacementExplanation>;

const OUTCOME: Record<string, { label: string; tone: BadgeTone }> = {
  CHOSEN: { label: 'Chosen', tone: 'success' },
  REFUSED: { label: 'Refused', tone: 'danger' },
  NOT_TRIED: { label: 'Not tried', tone: 'neutral' },
};

const VERDICT: Record<string, string> = {
  QUEUED: 'Not looked at yet',
  PLACED: 'Placed',
  WAITING: 'Waiting',
  REJECTED: 'Rejected',
};

/**
 * Why the job runs where it does, or waits, or was refused: the scheduler's last look at it, with
 * every pool it considered, what it concluded there and at what price.
 */
export function PlacementExplanationTable({
  explanation: ref,
  currency,
  linkPools = false,
}: {
  explanation: PlacementExplanationRef;
  currency: string;
  /** Platform staff open the pools; customers see their names only. */
  linkPools?: boolean;
}) {
  const e = getFragmentData(PlacementExplanation, ref);
  return (
    <>
      <div className="card__intro--flush placement__summary">
        <p>
          <strong>{VERDICT[e.verdict] ?? e.verdict}</strong>: {e.message}
        </p>
        <p className="muted">
          {e.evaluatedAt ? (
            <>
              Scheduler’s last look: <time dateTime={e.evaluatedAt}>{formatDateTime(e.evaluatedAt)}</time>
            </>
          ) : (
            'The scheduler has not looked at this job yet.'
          )}
        </p>
        {e.preempted.length > 0 && (
          <p>
            To make room it preempted{' '}
            {e.preempted.map((id, i) => (
              <span key={id}>
                {i > 0 && ', '}
                <Link href={jobPath(id)}>
                  <code className="mono">{id}</code>
                </Link>
              </span>
            ))}
            .
          </p>
        )}
      </div>
      {e.candidates.length === 0 ? (
        <EmptyState title="No pools considered yet">
          Every pool that could take the job will be listed with the scheduler’s verdict.
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table table--stack" aria-label="Pools the scheduler considered">
            <thead>
              <tr>
                <th scope="col">Pool</th>
                <th scope="col">Region</th>
                <th scope="col">GPU type</th>
                <th scope="col">Outcome</th>
                <th scope="col" className="num">
                  Price / GPU-hour
                </th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {e.candidates.map((c) => {
                const outcome = OUTCOME[c.outcome] ?? { label: c.outcome, tone: 'neutral' as const };
                return (
                  <tr key={`${c.poolId}-${c.gpuType}`} className={c.outcome === 'CHOSEN' ? 'table__row--current' : undefined}>
                    <td data-label="Pool">
                      {linkPools ? <Link href={poolPath(c.poolId)}>{c.pool}</Link> : <span className="table__primary">{c.pool}</span>}
                    </td>
                    <td data-label="Region">
                      <code className="code-tag">{c.region}</code>
                    </td>
                    <td data-label="GPU type">
                      <code className="code-tag">{c.gpuType}</code>
                    </td>
                    <td data-label="Outcome">
                      <Badge tone={outcome.tone}>{outcome.label}</Badge>
                    </td>
                    <td data-label="Price / GPU-hour" className="num">
                      {c.unitPrice ? formatMicros(c.unitPrice, currency) : '—'}
                    </td>
                    <td data-label="Why">
                      {c.message} <code className="code-tag">{c.reason}</code>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
