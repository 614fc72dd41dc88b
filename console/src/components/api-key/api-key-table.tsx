import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { Badge, type BadgeTone } from '../ui/badge';
import { Button } from '../ui/button';
import { formatDate, formatDateTime, humanize } from '../../lib/format';
import { API_KEY_SCOPES } from '../../lib/api-keys';

export const ApiKeyRow = graphql(`
  fragment ApiKeyRow on ApiKey {
    id
    name
    prefix
    scopes
    status
    expiresAt
    lastUsedAt
    createdAt
    revokedAt
  }
`);

export type ApiKeyRowRef = FragmentType<typeof ApiKeyRow>;

const STATUS_TONE: Record<string, BadgeTone> = { ACTIVE: 'success', EXPIRED: 'warning', REVOKED: 'neutral' };
const scopeLabel = (scope: string) => API_KEY_SCOPES.find((s) => s.scope === scope)?.label ?? humanize(scope);

export interface ApiKeyTableProps {
  keys: readonly ApiKeyRowRef[];
  /** Offered on keys that are not revoked, to people who may revoke; absent for a read-only list. */
  onRevoke?: ((key: { id: string; name: string; prefix: string }) => void) | undefined;
}

/** A project's keys: which is which (name, public prefix), what it may do, and whether it still works. */
export function ApiKeyTable({ keys, onRevoke }: ApiKeyTableProps) {
  const rows = getFragmentData(ApiKeyRow, keys);
  return (
    <div className="table-wrap">
      <table className="table table--stack" role="table">
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              Name
            </th>
            <th scope="col" role="columnheader">
              Scopes
            </th>
            <th scope="col" role="columnheader">
              Status
            </th>
            <th scope="col" role="columnheader">
              Last used
            </th>
            <th scope="col" role="columnheader">
              Created
            </th>
            {onRevoke && (
              <th scope="col" role="columnheader">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((key) => (
            <tr key={key.id} role="row">
              <td role="cell" data-label="Name">
                <div className="table__primary">{key.name}</div>
                <div className="table__secondary">
                  <code className="mono" title="The start of the key, to tell keys apart">
                    hrk_{key.prefix}.…
                  </code>
                </div>
              </td>
              <td role="cell" data-label="Scopes">
                <ul className="tag-list" aria-label={`Scopes of ${key.name}`}>
                  {key.scopes.map((scope) => (
                    <li key={scope}>
                      <Badge>{scopeLabel(scope)}</Badge>
                    </li>
                  ))}
                </ul>
              </td>
              <td role="cell" data-label="Status">
                <Badge tone={STATUS_TONE[key.status] ?? 'neutral'}>{humanize(key.status)}</Badge>
                <div className="table__secondary nowrap">
                  {key.status === 'REVOKED'
                    ? `Revoked ${formatDate(key.revokedAt)}`
                    : key.expiresAt
                      ? `${key.status === 'EXPIRED' ? 'Expired' : 'Expires'} ${formatDateTime(key.expiresAt)}`
                      : 'Never expires'}
                </div>
              </td>
              <td className="nowrap" role="cell" data-label="Last used">
                {key.lastUsedAt ? formatDateTime(key.lastUsedAt) : <span className="muted">Never</span>}
              </td>
              <td className="nowrap" role="cell" data-label="Created">
                {formatDateTime(key.createdAt)}
              </td>
              {onRevoke && (
                <td className="table__actions" role="cell" data-label="">
                  {key.status !== 'REVOKED' && (
                    <Button size="sm" onClick={() => onRevoke(key)} aria-label={`Revoke ${key.name}`}>
                      Revoke
                    </Button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
