/**
 * Slurm node and job states, and exit codes, mapped to the driver's vocabulary. Pure functions:
 * no I/O, unit-tested without a Slurm.
 */
import type { DriverJobState, DriverNodeState } from '../driver';

// Node flags under which the node takes no new work but is not broken.
const DRAIN_WORDS = new Set(['DRAIN', 'DRAINED', 'DRAINING', 'DRNG', 'FAIL', 'FAILING', 'MAINT', 'MAINTENANCE']);
// Words meaning the node cannot run anything now. FUTURE and UNKNOWN are nodes that are configured
// but not (yet) registered; counting them as capacity would sell GPUs nobody can reach.
const DOWN_WORDS = new Set([
  'DOWN',
  'NOT_RESPONDING',
  'NO_RESPOND',
  'ERROR',
  'FUTURE',
  'UNKNOWN',
  'REBOOT_ISSUED',
  'POWERING_DOWN',
  'INVALID_REG',
  'INVAL',
]);
// Other flags (RESERVED, COMPLETING, PLANNED, CLOUD, POWERED_DOWN, POWERING_UP, REBOOT_REQUESTED)
// leave the base state in charge: Slurm still schedules onto such nodes, powering them up if needed.
const BASE_STATES: Record<string, DriverNodeState> = {
  IDLE: 'IDLE',
  MIXED: 'MIXED',
  MIX: 'MIXED',
  ALLOCATED: 'ALLOCATED',
  ALLOC: 'ALLOCATED',
};

/**
 * Maps a Slurm node state to {@link DriverNodeState}. Accepts v0.0.38's lower-case base state
 * with its `state_flags` (`"idle"`, `["DRAIN"]`), scontrol/sinfo forms (`IDLE+DRAIN`, `drained`,
 * `idle*`) or both. DOWN wins over DRAINED, which wins over the base state; anything unknown is
 * DOWN, so that no capacity is sold on a node whose state is not understood.
 */
export function mapNodeState(state: string, flags: readonly string[] = []): DriverNodeState {
  // sinfo appends a marker to the state (`idle*` = not responding, `~` = powered down, …).
  const notResponding = /\*$/.test(state.trim());
  const words = [...state.split('+'), ...flags].map((w) =>
    w
      .trim()
      .replace(/[*~#!%$@^-]+$/, '')
      .toUpperCase(),
  );
  if (notResponding || words.some((w) => DOWN_WORDS.has(w))) return 'DOWN';
  if (words.some((w) => DRAIN_WORDS.has(w))) return 'DRAINED';
  for (const word of words) {
    const base = BASE_STATES[word];
    if (base) return base;
  }
  return 'DOWN';
}

/** Whether Slurm will run no more work on a node in this state: what health() reports. */
export function isUnavailable(state: DriverNodeState): boolean {
  return state === 'DOWN' || state === 'DRAINED';
}

const JOB_STATES: Record<string, DriverJobState> = {
  PENDING: 'PENDING',
  // Allocated but nodes still booting: the user's script has not started, and Slurm itself
  // resets start_time when configuring ends.
  CONFIGURING: 'PENDING',
  POWER_UP_NODE: 'PENDING',
  REQUEUED: 'PENDING',
  REQUEUE_FED: 'PENDING',
  REQUEUE_HOLD: 'PENDING',
  SPECIAL_EXIT: 'PENDING',
  RESV_DEL_HOLD: 'PENDING',
  RUNNING: 'RUNNING',
  // Slurm names these flags instead of the base state (job_state_string checks flags first), so a
  // finished job shows COMPLETING until its epilog ends: still holding its GPUs, not yet final.
  COMPLETING: 'RUNNING',
  SIGNALING: 'RUNNING',
  STAGE_OUT: 'RUNNING',
  RESIZING: 'RUNNING',
  // Suspended or stopped jobs keep their allocation and resume.
  SUSPENDED: 'RUNNING',
  STOPPED: 'RUNNING',
  COMPLETED: 'SUCCEEDED',
  COMPLETE: 'SUCCEEDED',
  FAILED: 'FAILED',
  NODE_FAIL: 'FAILED',
  OUT_OF_MEMORY: 'FAILED',
  TIMEOUT: 'FAILED',
  BOOT_FAIL: 'FAILED',
  DEADLINE: 'FAILED',
  LAUNCH_FAILED: 'FAILED',
  RECONFIG_FAIL: 'FAILED',
  CANCELLED: 'CANCELLED',
  // A federated sibling that another cluster started: this copy was withdrawn.
  REVOKED: 'CANCELLED',
  PREEMPTED: 'PREEMPTED',
};

/**
 * Maps a Slurm `job_state` (a string in v0.0.38; an array of state and flags in later API
 * versions, where the first known word decides) to {@link DriverJobState}; unknown → UNKNOWN.
 */
export function mapJobState(jobState: string | readonly string[]): DriverJobState {
  const words = (typeof jobState === 'string' ? jobState.split('+') : jobState).map((w) => w.trim().toUpperCase());
  // Flags that hide the real state go first, as in Slurm's own job_state_string().
  for (const flag of ['COMPLETING', 'CONFIGURING', 'REQUEUED', 'REQUEUE_HOLD', 'SPECIAL_EXIT', 'STOPPED', 'SIGNALING']) {
    if (words.includes(flag)) return JOB_STATES[flag] ?? 'UNKNOWN';
  }
  for (const word of words) {
    const state = JOB_STATES[word];
    if (state) return state;
  }
  return 'UNKNOWN';
}

export interface WaitStatus {
  /** The process's exit status (`exit 3` → 3); null when a signal ended it. */
  exitStatus: number | null;
  /** The signal that ended it (15 = SIGTERM); null when it exited. */
  signal: number | null;
}

// Slurm's NO_VAL and friends: "no exit code recorded".
const NO_VALUE = 0xfffffffe;

/**
 * Decodes Slurm's `exit_code`, a raw wait(2) status: the exit status is `raw >> 8`, the killing
 * signal `raw & 0x7f`. Null for values that carry no status (negative, NO_VAL, not integers).
 */
export function decodeWaitStatus(raw: number | null | undefined): WaitStatus | null {
  if (raw === null || raw === undefined || !Number.isInteger(raw) || raw < 0 || raw >= NO_VALUE) return null;
  const signal = raw & 0x7f;
  if (signal !== 0) return { exitStatus: null, signal };
  return { exitStatus: (raw >> 8) & 0xff, signal: null };
}

/**
 * One number for `DriverJobStatus.exitCode`, as a shell reports it: the exit status, or
 * 128 + signal when a signal ended the process (SIGKILL → 137).
 */
export function exitCodeOf(raw: number | null | undefined): number | null {
  const status = decodeWaitStatus(raw);
  if (!status) return null;
  return status.signal !== null ? 128 + status.signal : status.exitStatus;
}
