import { Link } from 'wouter';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { JobStatusBadge } from './job-status-badge';
import { formatDateTime } from '../../lib/format';
import { capacityClassLabel, isEnded, jobShape } from '../../lib/jobs';
import { jobPath } from '../../lib/paths';

export const JobRow = graphql(`
  fragment JobRow on Job {
    id
    name
    status
    reason
    statusMessage
    capacityClass
    gpusPerNode
    nodeCount
    attempt
    createdAt
    project {
      id
      name
    }
    organization {
      id
      name
    }
    gpuType {
      id
      code
    }
    acceptableGpuTypes {
      id
      code
    }
    region {
      id
      code
    }
  }
`);

export type JobRowRef = FragmentType<typeof JobRow>;

export interface JobTableProps {
  jobs: readonly JobRowRef[];
  /** A column for the project (an organization's or every tenant's jobs). */
  showProject?: boolean;
  /** A column for the organization (every tenant's jobs). */
  showOrganization?: boolean;
  /** The table's accessible name. */
  label: string;
}

// Waiting and refused work says why in the list; running and finished work does not need to.
const SAYS_WHY = new Set(['PENDING', 'REJECTED', 'FAILED', 'PREEMPTED']);

/** Jobs, newest first: what each is, where it stands and why, and where it runs. */
export function JobTable({ jobs, showProject = false, showOrganization = false, label }: JobTableProps) {
  const rows = getFragmentData(JobRow, jobs);
  return (
    <div className="table-wrap">
      <table className="table table--stack" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">Job</th>
            <th scope="col">Status</th>
            <th scope="col">Class</th>
            <th scope="col">GPUs</th>
            <th scope="col">Region</th>
            {showOrganization && <th scope="col">Organization</th>}
            {showProject && <th scope="col">Project</th>}
            <th scope="col">Submitted</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((job) => {
            const types = job.gpuType ? [job.gpuType] : job.acceptableGpuTypes;
            return (
              <tr key={job.id} data-job-id={job.id}>
                <td data-label="Job">
                  <div className="table__primary">
                    <Link href={jobPath(job.id)}>{job.name}</Link>
                  </div>
                  <div className="table__secondary">
                    <code className="mono">{job.id}</code>
                    {job.attempt > 1 && <span className="muted"> · attempt {job.attempt}</span>}
                  </div>
                </td>
                <td data-label="Status">
                  <div className="status-cell">
                    <JobStatusBadge status={job.status} />
                    {SAYS_WHY.has(job.status) && job.statusMessage && (
                      <span className={isEnded(job.status) ? 'job-why job-why--ended' : 'job-why'}>{job.statusMessage}</span>
                    )}
                  </div>
                </td>
                <td data-label="Class">{capacityClassLabel(job.capacityClass)}</td>
                <td data-label="GPUs">
                  <span className="nowrap">{jobShape(job.gpusPerNode, job.nodeCount)}</span>
                  <div className="table__secondary">{types.map((t) => t.code).join(' or ')}</div>
                </td>
                <td data-label="Region">
                  {job.region ? <code className="code-tag">{job.region.code}</code> : <span className="muted">—</span>}
                </td>
                {showOrganization && <td data-label="Organization">{job.organization.name}</td>}
                {showProject && <td data-label="Project">{job.project.name}</td>}
                <td data-label="Submitted">
                  <time dateTime={job.createdAt} className="nowrap">
                    {formatDateTime(job.createdAt)}
                  </time>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
