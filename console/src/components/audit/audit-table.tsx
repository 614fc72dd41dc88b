import { Link } from 'wouter';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { Badge, type BadgeTone } from '../ui/badge';
import { formatDateTimeSeconds, humanize } from '../../lib/format';
import { organizationPath, projectPath } from '../../lib/paths';

export const AuditEventRow = graphql(`
  fragment AuditEventRow on AuditEvent {
    id
    at
    actorType
    actorId
    action
    targetType
    targetId
    outcome
    errorCode
    requestId
  }
`);

export type AuditEventRowRef = FragmentType<typeof AuditEventRow>;

const OUTCOME_TONE: Record<string, BadgeTone> = { ALLOWED: 'success', DENIED: 'warning', FAILED: 'danger' };
const ACTOR_LABEL: Record<string, string> = { USER: 'User', API_KEY: 'API key', SYSTEM: 'System', ANONYMOUS: 'Anonymous' };

/** A link for targets that have a page in the console; other targets show their ID. */
function targetHref(type: string | null | undefined, id: string | null | undefined): string | null {
  if (!id) return null;
  if (type === 'Project') return projectPath(id);
  if (type === 'Organization') return organizationPath(id);
  return null;
}

export interface AuditTableProps {
  events: readonly AuditEventRowRef[];
  /** Narrows the log to one actor (a click on their ID). */
  onActor?: (actorId: string) => void;
}

/** Who did what to what, when, whether it was allowed, and the request to look up in the logs. */
export function AuditTable({ events, onActor }: AuditTableProps) {
  const rows = getFragmentData(AuditEventRow, events);
  return (
    <div className="table-wrap">
      <table className="table table--dense table--stack" role="table">
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              Time
            </th>
            <th scope="col" role="columnheader">
              Actor
            </th>
            <th scope="col" role="columnheader">
              Action
            </th>
            <th scope="col" role="columnheader">
              Target
            </th>
            <th scope="col" role="columnheader">
              Outcome
            </th>
            <th scope="col" role="columnheader">
              Request ID
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((e) => {
            const href = targetHref(e.targetType, e.targetId);
            return (
              <tr key={e.id} role="row">
                <td className="nowrap" role="cell" data-label="Time">
                  <time dateTime={e.at}>{formatDateTimeSeconds(e.at)}</time>
                </td>
                <td role="cell" data-label="Actor">
                  <div>{ACTOR_LABEL[e.actorType] ?? humanize(e.actorType)}</div>
                  {e.actorId && (
                    <div className="table__secondary">
                      {onActor ? (
                        <button type="button" className="link-button mono" onClick={() => onActor(e.actorId!)} title="Show only this actor">
                          {e.actorId}
                        </button>
                      ) : (
                        <code className="mono">{e.actorId}</code>
                      )}
                    </div>
                  )}
                </td>
                <td role="cell" data-label="Action">
                  <code className="code-tag">{e.action}</code>
                </td>
                <td role="cell" data-label="Target">
                  {e.targetType || e.targetId ? (
                    <>
                      <div>{e.targetType ?? '—'}</div>
                      {e.targetId && (
                        <div className="table__secondary">
                          {href ? (
                            <Link href={href} className="mono">
                              {e.targetId}
                            </Link>
                          ) : (
                            <code className="mono">{e.targetId}</code>
                          )}
                        </div>
                      )}
                    </>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td role="cell" data-label="Outcome">
                  <Badge tone={OUTCOME_TONE[e.outcome] ?? 'neutral'}>{humanize(e.outcome)}</Badge>
                  {e.errorCode && (
                    <div className="table__secondary">
                      <code className="mono">{e.errorCode}</code>
                    </div>
                  )}
                </td>
                <td role="cell" data-label="Request ID">
                  <code className="mono mono--select">{e.requestId}</code>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
