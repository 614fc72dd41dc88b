import { Link } from 'wouter';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { JobStatusBadge } from './job-status-badge';
import { formatDateTimeSeconds } from '../../lib/format';
import { jobPath } from '../../lib/paths';

export const JobFeedEvent = graphql(`
  fragment JobFeedEvent on JobEvent {
    id
    at
    fromStatus
    toStatus
    reason
    message
    job {
      id
      name
      organization {
        id
        name
      }
    }
  }
`);

export type JobFeedEventRef = FragmentType<typeof JobFeedEvent>;

/** Events of several jobs as they arrive, newest first: which job, what happened, when. */
export function JobEventFeed({ events, label }: { events: readonly JobFeedEventRef[]; label: string }) {
  const items = getFragmentData(JobFeedEvent, events);
  return (
    <ol className="timeline" aria-label={label}>
      {items.map((e) => (
        <li key={e.id} className="timeline__item">
          <div className="timeline__head">
            <span className="timeline__move">
              <Link href={jobPath(e.job.id)}>{e.job.name}</Link>
              <span className="muted">{e.job.organization.name}</span>
              {e.fromStatus !== e.toStatus ? <JobStatusBadge status={e.toStatus} /> : <code className="code-tag">{e.reason}</code>}
            </span>
            <time className="timeline__time muted" dateTime={e.at}>
              {formatDateTimeSeconds(e.at)}
            </time>
          </div>
          <p className="timeline__message">{e.message}</p>
        </li>
      ))}
    </ol>
  );
}
