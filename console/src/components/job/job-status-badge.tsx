import { Badge } from '../ui/badge';
import { jobStatusLabel, jobStatusTone } from '../../lib/jobs';

/** A job's status as a coloured word; a dot marks work that holds GPUs now. */
export function JobStatusBadge({ status }: { status: string }) {
  const holding = status === 'RUNNING' || status === 'PROVISIONING' || status === 'ADMITTED';
  return (
    <Badge tone={jobStatusTone(status)}>
      {holding && <span className="dot" aria-hidden="true" />}
      {jobStatusLabel(status)}
    </Badge>
  );
}
