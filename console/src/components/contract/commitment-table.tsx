import { Link } from 'wouter';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { ErrorAlert } from '../ui/error-alert';
import { useRemoval } from '../../lib/use-removal';
import { formatDate, formatInteger, humanize } from '../../lib/format';
import { formatMicros } from '../../lib/money';
import { poolPath } from '../../lib/paths';
import { UTC_DAY } from '../../lib/utc-dates';

export const CommitmentRow = graphql(`
  fragment CommitmentRow on Commitment {
    id
    gpus
    startsAt
    endsAt
    ratePerGpuHour
    status
    addedInVersion
    gpuType {
      id
      code
    }
    region {
      id
      code
    }
    pool {
      id
      name
    }
  }
`);

const RemoveCommitmentMutation = graphql(`
  mutation RemoveCommitment($id: ID!) {
    removeCommitment(id: $id)
  }
`);

const TONE = { PENDING: 'info', ACTIVE: 'success', RELEASED: 'neutral' } as const;

export interface CommitmentTableProps {
  commitments: readonly FragmentType<typeof CommitmentRow>[];
  currency: string;
  /** A DRAFT's commitments can be removed (by account managers); then the page reloads. */
  onRemoved?: () => void;
}

/** GPUs committed per type and region, their period, rate and where they are reserved. */
export function CommitmentTable({ commitments, currency, onRemoved }: CommitmentTableProps) {
  const rows = commitments.map((c) => getFragmentData(CommitmentRow, c));
  const { removeOne, isRemoving, error } = useRemoval(RemoveCommitmentMutation, onRemoved);

  return (
    <>
      {error && <ErrorAlert error={error} title="The commitment was not removed" />}
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Commitments</caption>
          <thead>
            <tr>
              <th scope="col">GPUs</th>
              <th scope="col">Region</th>
              <th scope="col">Period (UTC)</th>
              <th scope="col" className="num">
                Rate per GPU-hour
              </th>
              <th scope="col">Status</th>
              {onRemoved && (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.id}>
                <td className="nowrap">
                  <span className="table__primary">{formatInteger(c.gpus)}</span> <code className="code-tag">{c.gpuType.code}</code>
                </td>
                <td>
                  <code className="code-tag">{c.region.code}</code>
                  {c.pool && (
                    <>
                      {' '}
                      <Link href={poolPath(c.pool.id)}>{c.pool.name}</Link>
                    </>
                  )}
                </td>
                <td className="nowrap">
                  {formatDate(c.startsAt, UTC_DAY)} – {formatDate(c.endsAt, UTC_DAY)}
                </td>
                <td className="num money">{formatMicros(c.ratePerGpuHour, currency)}</td>
                <td>
                  <Badge tone={TONE[c.status]}>{humanize(c.status)}</Badge>
                  {c.addedInVersion > 1 && <span className="muted"> v{c.addedInVersion}</span>}
                </td>
                {onRemoved && (
                  <td className="table__actions">
                    <Button
                      size="sm"
                      variant="ghost"
                      loading={isRemoving(c.id)}
                      onClick={() => removeOne(c.id)}
                      aria-label={`Remove the commitment of ${c.gpus} ${c.gpuType.code} in ${c.region.code}`}
                    >
                      Remove
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
