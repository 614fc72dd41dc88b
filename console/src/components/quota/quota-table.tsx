import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { Button } from '../ui/button';
import { ErrorAlert } from '../ui/error-alert';
import { useRemoval } from '../../lib/use-removal';
import { QUOTA_KINDS, quotaDimensions, quotaLimitText } from '../../lib/quota-form';

export const QuotaRow = graphql(`
  fragment QuotaRow on Quota {
    id
    kind
    limit
    project {
      id
      name
    }
    gpuType {
      id
      code
    }
    region {
      id
      code
    }
    model {
      id
      key
    }
  }
`);

const RemoveQuotaMutation = graphql(`
  mutation RemoveQuota($id: ID!) {
    removeQuota(id: $id)
  }
`);

export interface QuotaTableProps {
  quotas: readonly FragmentType<typeof QuotaRow>[];
  /** Platform staff remove quotas; then the page reloads. */
  onRemoved?: () => void;
}

/** An organization's limits: what each counts, for which scope, up to how much. */
export function QuotaTable({ quotas, onRemoved }: QuotaTableProps) {
  const rows = quotas.map((q) => getFragmentData(QuotaRow, q));
  const { removeOne, isRemoving, error } = useRemoval(RemoveQuotaMutation, onRemoved);

  return (
    <>
      {error && <ErrorAlert error={error} title="The quota was not removed" />}
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Quotas</caption>
          <thead>
            <tr>
              <th scope="col">Quota</th>
              <th scope="col">Counts</th>
              <th scope="col">Scope</th>
              <th scope="col" className="num">
                Limit
              </th>
              {onRemoved && (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((q) => (
              <tr key={q.id}>
                <td className="table__primary">{QUOTA_KINDS.find((k) => k.value === q.kind)?.label ?? q.kind}</td>
                <td>{quotaDimensions(q)}</td>
                <td>{q.project ? `Project ${q.project.name}` : 'Whole organization'}</td>
                <td className="num">{quotaLimitText(q)}</td>
                {onRemoved && (
                  <td className="table__actions">
                    <Button
                      size="sm"
                      variant="ghost"
                      loading={isRemoving(q.id)}
                      onClick={() => removeOne(q.id)}
                      aria-label={`Remove the quota of ${quotaLimitText(q)} on ${quotaDimensions(q)}`}
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
