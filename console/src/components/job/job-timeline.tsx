import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { JobStatusBadge } from './job-status-badge';
import { formatDateTimeSeconds } from '../../lib/format';
import { describeActor } from '../../lib/jobs';

export const JobTimelineEvent = graphql(`
  fragment JobTimelineEvent on JobEvent {
    id
    at
    fromStatus
    toStatus
    reason
    message
    actor
  }
`);

export type JobTimelineEventRef = FragmentType<typeof JobTimelineEvent>;

/**
 * A job's history, newest first: each transition (from → to), why, who did it and when. Events
 * that change nothing (a reclaim notice) show only their reason.
 */
export function JobTimeline({ events }: { events: readonly JobTimelineEventRef[] }) {
  const items = getFragmentData(JobTimelineEvent, events);
  return (
    <ol className="timeline" aria-label="Job events, newest first">
      {items.map((e) => {
        const moved = e.fromStatus !== e.toStatus;
        return (
          <li key={e.id} className="timeline__item">
            <div className="timeline__head">
              {moved ? (
                <span className="timeline__move">
                  {e.fromStatus && (
                    <>
                      <JobStatusBadge status={e.fromStatus} />
                      <span aria-label="to"> → </span>
                    </>
                  )}
                  <JobStatusBadge status={e.toStatus} />
                </span>
              ) : (
                <code className="code-tag">{e.reason}</code>
              )}
              <time className="timeline__time muted" dateTime={e.at}>
                {formatDateTimeSeconds(e.at)}
              </time>
            </div>
            <p className="timeline__message">{e.message}</p>
            <p className="timeline__meta muted">
              {moved && (
                <>
                  <code className="code-tag">{e.reason}</code> ·{' '}
                </>
              )}
              {describeActor(e.actor)}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
