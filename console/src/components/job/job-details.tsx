import { Link } from 'wouter';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { DescriptionList } from '../ui/description-list';
import { Mono } from '../ui/mono';
import { StatGrid } from '../ui/stat-grid';
import { JobStatusBadge } from './job-status-badge';
import { formatDateTime } from '../../lib/format';
import { capacityClassLabel, describeActor, formatDuration, isEnded, jobShape, preemptedByPool } from '../../lib/jobs';
import { formatMicros } from '../../lib/money';
import { jobPath, poolPath } from '../../lib/paths';

export const JobDetails = graphql(`
  fragment JobDetails on Job {
    id
    name
    status
    reason
    statusMessage
    statusChangedAt
    capacityClass
    gpus
    gpusPerNode
    nodeCount
    vcpusPerNode
    memoryGibPerNode
    attempt
    maxDurationSeconds
    requeueOnPreemption
    createdAt
    admittedAt
    startedAt
    endedAt
    exitCode
    reclaimAt
    preemptedBy
    currency
    unitPrice
    spendHoldMicros
    nodeNames
    externalId
    submittedBy
    idempotencyKey
    image
    command
    script
    environmentNames
    gpuType {
      id
      code
    }
    region {
      id
      code
      name
    }
    cluster {
      id
      name
    }
    pool {
      id
      name
    }
    acceptableGpuTypes {
      id
      code
    }
    acceptableRegions {
      id
      code
    }
  }
`);

export type JobDetailsRef = FragmentType<typeof JobDetails>;

const WAITING = new Set(['PENDING', 'ADMITTED', 'PROVISIONING']);

/** Where the job stands and, while it waits or after it ended, why (the API's sentence). */
export function JobStatusSummary({ job: ref }: { job: JobDetailsRef }) {
  const job = getFragmentData(JobDetails, ref);
  const heading = WAITING.has(job.status) ? 'Why it waits' : isEnded(job.status) ? 'Why it ended' : 'Status';
  const byJob = job.preemptedBy && !preemptedByPool(job.preemptedBy) ? job.preemptedBy : null;
  return (
    <div className="job-status">
      <div className="job-status__head">
        <JobStatusBadge status={job.status} />
        <span className="muted">
          since <time dateTime={job.statusChangedAt}>{formatDateTime(job.statusChangedAt)}</time>
          {job.attempt > 1 && <> · attempt {job.attempt}</>}
        </span>
      </div>
      <p className="job-status__label">{heading}</p>
      <p className="job-status__message" data-testid="job-status-message">
        {job.statusMessage}
      </p>
      <p className="job-status__reason muted">
        Reason: <code className="code-tag">{job.reason}</code>
        {job.exitCode != null && <> · exit code {job.exitCode}</>}
      </p>
      {job.reclaimAt && !isEnded(job.status) && (
        <p className="job-status__notice" role="note">
          Reclaim notice: the owner needs these GPUs back. This job will be preempted at{' '}
          <time dateTime={job.reclaimAt}>{formatDateTime(job.reclaimAt)}</time>
          {job.requeueOnPreemption ? ' and then requeued.' : '.'}
        </p>
      )}
      {byJob && (
        <p className="muted">
          Preempted for <Link href={jobPath(byJob)}>{byJob}</Link>.
        </p>
      )}
    </div>
  );
}

/** Price per GPU-hour, what is held against the spend cap, and the limits it runs under. */
export function JobPriceStats({ job: ref }: { job: JobDetailsRef }) {
  const job = getFragmentData(JobDetails, ref);
  const currency = job.currency ?? 'USD';
  const priced = !!job.unitPrice;
  return (
    <StatGrid
      stats={[
        {
          label: 'Price',
          value: priced ? formatMicros(job.unitPrice, currency) : '—',
          hint: priced
            ? 'per GPU-hour, after discounts'
            : job.capacityClass === 'INTERNAL'
              ? 'Internal work is not priced'
              : 'Set when placed',
        },
        {
          label: 'Spend hold',
          value: formatMicros(job.spendHoldMicros, currency),
          hint: isEnded(job.status) ? 'Released: the job ended' : 'Price × GPUs × max duration, held against the spend cap',
        },
        {
          label: 'GPUs',
          value: String(job.gpus),
          hint: [
            jobShape(job.gpusPerNode, job.nodeCount),
            job.vcpusPerNode == null ? 'vCPUs: the pool’s share' : `${job.vcpusPerNode} vCPUs per node`,
            job.memoryGibPerNode == null ? 'memory: the pool’s share' : `${job.memoryGibPerNode} GiB per node`,
          ].join(' · '),
        },
        { label: 'Max duration', value: formatDuration(job.maxDurationSeconds), hint: 'Stopped when it runs longer' },
      ]}
    />
  );
}

/** When it happened: submitted, admitted, started, ended. */
export function JobTimes({ job: ref }: { job: JobDetailsRef }) {
  const job = getFragmentData(JobDetails, ref);
  const at = (iso: string | null | undefined) =>
    iso ? <time dateTime={iso}>{formatDateTime(iso)}</time> : <span className="muted">—</span>;
  return (
    <DescriptionList
      items={[
        { term: 'Submitted', value: at(job.createdAt) },
        { term: 'Admitted', value: at(job.admittedAt) },
        { term: 'Started', value: at(job.startedAt) },
        { term: 'Ended', value: at(job.endedAt) },
        { term: 'Submitted by', value: describeActor(job.submittedBy) },
      ]}
    />
  );
}

/** Where it may run and where it runs: GPU types and regions asked for, the pool and nodes it got. */
export function JobPlacementFacts({ job: ref, linkPool = false }: { job: JobDetailsRef; linkPool?: boolean }) {
  const job = getFragmentData(JobDetails, ref);
  const pool = job.cluster && job.pool ? `${job.cluster.name}/${job.pool.name}` : null;
  return (
    <DescriptionList
      items={[
        { term: 'Class', value: capacityClassLabel(job.capacityClass) },
        {
          term: 'GPU types',
          value: (
            <ol className="tag-list" aria-label="Acceptable GPU types, most preferred first">
              {job.acceptableGpuTypes.map((t) => (
                <li key={t.id}>
                  <code className="code-tag">{t.code}</code>
                </li>
              ))}
            </ol>
          ),
        },
        {
          term: 'Regions',
          value: job.acceptableRegions.length ? (
            <ul className="tag-list" aria-label="Acceptable regions">
              {job.acceptableRegions.map((r) => (
                <li key={r.id}>
                  <code className="code-tag">{r.code}</code>
                </li>
              ))}
            </ul>
          ) : (
            <span className="muted">Any the contract allows</span>
          ),
        },
        {
          term: 'Placed in',
          value: job.region ? (
            <>
              {job.region.name} <code className="code-tag">{job.region.code}</code>
            </>
          ) : (
            <span className="muted">Not placed</span>
          ),
        },
        {
          term: 'Pool',
          value: pool ? linkPool && job.pool ? <Link href={poolPath(job.pool.id)}>{pool}</Link> : pool : <span className="muted">—</span>,
        },
        { term: 'GPU type', value: job.gpuType ? <code className="code-tag">{job.gpuType.code}</code> : <span className="muted">—</span> },
        {
          term: 'Nodes',
          value: job.nodeNames.length ? (
            <ul className="tag-list" aria-label="Nodes">
              {job.nodeNames.map((n) => (
                <li key={n}>
                  <code className="mono">{n}</code>
                </li>
              ))}
            </ul>
          ) : (
            <span className="muted">None yet</span>
          ),
        },
        ...(job.externalId ? [{ term: 'Engine ID', value: <Mono>{job.externalId}</Mono> }] : []),
      ]}
    />
  );
}

/** What it runs: the image and its arguments, or the script; environment variable names only. */
export function JobWorkload({ job: ref }: { job: JobDetailsRef }) {
  const job = getFragmentData(JobDetails, ref);
  return (
    <DescriptionList
      items={[
        job.image
          ? { term: 'Image', value: <code className="mono job-code">{job.image}</code> }
          : {
              term: 'Script',
              value:
                job.script != null ? (
                  <pre className="job-script">{job.script}</pre>
                ) : (
                  <span className="muted">A shell script (the API does not return its text)</span>
                ),
            },
        ...(job.image
          ? [
              {
                term: 'Command',
                value: job.command.length ? (
                  <code className="mono job-code">{job.command.join(' ')}</code>
                ) : (
                  <span className="muted">The image’s default</span>
                ),
              },
            ]
          : []),
        {
          term: 'Environment',
          value: job.environmentNames.length ? (
            <ul className="plain-list" aria-label="Environment variables">
              {job.environmentNames.map((name) => (
                <li key={name}>
                  <code className="mono">{name}</code> <span className="muted">= value hidden (write-only)</span>
                </li>
              ))}
            </ul>
          ) : (
            <span className="muted">None</span>
          ),
        },
        { term: 'On preemption', value: job.requeueOnPreemption ? 'Requeued as a new attempt' : 'Ends as preempted' },
        { term: 'Idempotency key', value: job.idempotencyKey ? <Mono>{job.idempotencyKey}</Mono> : <span className="muted">None</span> },
        { term: 'ID', value: <Mono>{job.id}</Mono> },
      ]}
    />
  );
}
