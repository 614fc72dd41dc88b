import type { EntityManager } from '@mikro-orm/postgresql';
import type { SecretBox } from '../../lib/secret-box';
import { AppError, badInput } from '../../graphql/errors';
import { insertTogether } from '../../db/insert-together';
import type { Job } from './job.entity';
import {
  checkSubmission,
  lostIdempotencyRace,
  rowsOfNewJobs,
  submitJob,
  type SubmissionAudit,
  type SubmitJobRequest,
} from './job-submit.service';

/** Jobs one `submitJobs` call takes at most. */
export const MAX_BATCH = 100;

/**
 * Submits several jobs of one organization at once (a sweep): each is checked as `submitJob`
 * checks it — the QUEUED_JOBS quotas counting the batch's earlier jobs — and then all of them,
 * with their first events, one outbox row and an audit event each, are written in one statement:
 * all or none. An error names its input (`inputs.3.gpusPerNode`). Idempotency keys work per job,
 * as in `submitJob`; one key given twice in a batch is refused. If another submission takes one
 * of the batch's keys between the checks and the write, the jobs go one at a time instead, each
 * answered as `submitJob` would answer it.
 */
export async function submitJobs(
  em: EntityManager,
  secrets: SecretBox,
  requests: readonly SubmitJobRequest[],
  audit: SubmissionAudit,
): Promise<{ job: Job; created: boolean }[]> {
  if (!requests.length || requests.length > MAX_BATCH) throw badInput('inputs', `Give 1 to ${MAX_BATCH} jobs (${requests.length} given).`);
  if (new Set(requests.map((r) => r.organizationId)).size > 1)
    throw badInput('inputs', 'The jobs of one batch belong to one organization.');
  const keys = new Set<string>();
  const fresh: Job[] = [];
  const results: { job: Job; created: boolean }[] = [];
  for (const [i, r] of requests.entries()) {
    if (r.idempotencyKey && keys.has(r.idempotencyKey))
      throw badInput(`inputs.${i}.idempotencyKey`, `Idempotency key ${r.idempotencyKey} is given twice in this batch.`);
    if (r.idempotencyKey) keys.add(r.idempotencyKey);
    const checked = await atInput(i, () => checkSubmission(em, secrets, r, fresh));
    if (checked.isNew) fresh.push(checked.job);
    results.push({ job: checked.job, created: checked.isNew });
  }
  try {
    await insertTogether(em, [...rowsOfNewJobs(em, fresh), ...results.map((res) => audit(res.job, res.created))]);
    return results;
  } catch (error) {
    if (!lostIdempotencyRace(error, requests)) throw error;
  }
  const oneByOne: { job: Job; created: boolean }[] = [];
  for (const [i, r] of requests.entries()) oneByOne.push(await atInput(i, () => submitJob(em, secrets, r, audit)));
  return oneByOne;
}

/** Runs the check of input `i`, its errors naming `inputs.i…` instead of `input…`. */
async function atInput<T>(i: number, check: () => Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const field = error.extensions['field'];
    throw new AppError(error.code, error.message, {
      ...error.extensions,
      field: typeof field === 'string' ? field.replace(/^input(?=\.|$)/, `inputs.${i}`) : `inputs.${i}`,
    });
  }
}
