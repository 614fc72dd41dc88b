import { Link } from 'wouter';
import { Alert } from '../ui/alert';
import type { CapacityRefusal } from '../../lib/capacity-refusal';
import { formatDateTime, gpus } from '../../lib/format';
import { poolPath } from '../../lib/paths';

/** A commitment that does not fit, as the server named it: which pool, from when, how many GPUs are missing. */
export function CapacityRefusalAlert({ refusal, title }: { refusal: CapacityRefusal; title: string }) {
  return (
    <Alert title={title}>
      <p>{refusal.message}</p>
      <ul className="plain-list">
        {refusal.poolId && (
          <li>
            Pool: <Link href={poolPath(refusal.poolId)}>{refusal.poolId}</Link>
          </li>
        )}
        {refusal.shortfallGpus !== undefined && (
          <li>
            Missing: <strong>{gpus(refusal.shortfallGpus)}</strong>
            {refusal.gpus !== undefined && ` of the ${gpus(refusal.gpus)} committed`}
            {refusal.at && ` from ${formatDateTime(refusal.at)}`}
          </li>
        )}
        {refusal.commitmentId && (
          <li>
            Commitment: <code className="mono">{refusal.commitmentId}</code>
          </li>
        )}
      </ul>
      {refusal.requestId && (
        <p>
          Request ID <code className="mono">{refusal.requestId}</code>
        </p>
      )}
    </Alert>
  );
}
