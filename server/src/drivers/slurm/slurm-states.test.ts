import { describe, expect, it } from 'vitest';
import { decodeWaitStatus, exitCodeOf, isUnavailable, mapJobState, mapNodeState } from './slurm-states';
import { isFinal } from '../driver';

describe('mapNodeState', () => {
  it.each([
    // v0.0.38: lower-case base state plus state_flags
    ['idle', [], 'IDLE'],
    ['mixed', [], 'MIXED'],
    ['allocated', [], 'ALLOCATED'],
    ['down', [], 'DOWN'],
    ['idle', ['DRAIN'], 'DRAINED'],
    ['mixed', ['DRAIN'], 'DRAINED'],
    ['idle', ['NOT_RESPONDING'], 'DOWN'],
    ['idle', ['DRAIN', 'NOT_RESPONDING'], 'DOWN'],
    ['allocated', ['FAIL'], 'DRAINED'],
    ['idle', ['MAINTENANCE'], 'DRAINED'],
    ['idle', ['RESERVED'], 'IDLE'],
    ['mixed', ['COMPLETING'], 'MIXED'],
    ['idle', ['POWERED_DOWN'], 'IDLE'],
    ['idle', ['PLANNED', 'CLOUD'], 'IDLE'],
    ['unknown', [], 'DOWN'],
    ['future', [], 'DOWN'],
    ['error', [], 'DOWN'],
    ['idle', ['REBOOT_ISSUED'], 'DOWN'],
    // scontrol / sinfo forms
    ['IDLE+DRAIN', [], 'DRAINED'],
    ['MIXED+DRAIN', [], 'DRAINED'],
    ['ALLOCATED+DRAIN+NOT_RESPONDING', [], 'DOWN'],
    ['DRAINED', [], 'DRAINED'],
    ['DRAINING', [], 'DRAINED'],
    ['drng', [], 'DRAINED'],
    ['DOWN+NOT_RESPONDING', [], 'DOWN'],
    ['IDLE+NOT_RESPONDING', [], 'DOWN'],
    ['idle*', [], 'DOWN'],
    ['idle~', [], 'IDLE'],
    ['mix', [], 'MIXED'],
    ['alloc', [], 'ALLOCATED'],
    ['MAINT', [], 'DRAINED'],
    ['something-new', [], 'DOWN'],
    ['', [], 'DOWN'],
  ] as const)('%s %j → %s', (state, flags, expected) => {
    expect(mapNodeState(state, flags)).toBe(expected);
  });

  it('counts only DOWN and DRAINED nodes as unavailable', () => {
    expect(['IDLE', 'MIXED', 'ALLOCATED', 'DRAINED', 'DOWN'].map((s) => isUnavailable(s as never))).toEqual([
      false,
      false,
      false,
      true,
      true,
    ]);
  });
});

describe('mapJobState', () => {
  it.each([
    ['PENDING', 'PENDING'],
    ['CONFIGURING', 'PENDING'],
    ['REQUEUED', 'PENDING'],
    ['REQUEUE_HOLD', 'PENDING'],
    ['REQUEUE_FED', 'PENDING'],
    ['SPECIAL_EXIT', 'PENDING'],
    ['RESV_DEL_HOLD', 'PENDING'],
    ['POWER_UP_NODE', 'PENDING'],
    ['RUNNING', 'RUNNING'],
    ['COMPLETING', 'RUNNING'],
    ['SIGNALING', 'RUNNING'],
    ['STAGE_OUT', 'RUNNING'],
    ['RESIZING', 'RUNNING'],
    ['SUSPENDED', 'RUNNING'],
    ['STOPPED', 'RUNNING'],
    ['COMPLETED', 'SUCCEEDED'],
    ['FAILED', 'FAILED'],
    ['NODE_FAIL', 'FAILED'],
    ['OUT_OF_MEMORY', 'FAILED'],
    ['TIMEOUT', 'FAILED'],
    ['BOOT_FAIL', 'FAILED'],
    ['DEADLINE', 'FAILED'],
    ['LAUNCH_FAILED', 'FAILED'],
    ['CANCELLED', 'CANCELLED'],
    ['REVOKED', 'CANCELLED'],
    ['PREEMPTED', 'PREEMPTED'],
    ['cancelled', 'CANCELLED'],
    ['?', 'UNKNOWN'],
    ['', 'UNKNOWN'],
  ] as const)('%s → %s', (slurm, expected) => {
    expect(mapJobState(slurm)).toBe(expected);
  });

  it('lets hiding flags win in combined and array forms (later API versions)', () => {
    expect(mapJobState('CANCELLED+COMPLETING')).toBe('RUNNING');
    expect(mapJobState(['FAILED', 'COMPLETING'])).toBe('RUNNING');
    expect(mapJobState(['PENDING', 'REQUEUED'])).toBe('PENDING');
    expect(mapJobState(['COMPLETED'])).toBe('SUCCEEDED');
    expect(mapJobState(['RUNNING', 'SOMETHING_NEW'])).toBe('RUNNING');
    expect(mapJobState([])).toBe('UNKNOWN');
  });

  it('knows which states are final', () => {
    expect(['PENDING', 'RUNNING', 'UNKNOWN'].map((s) => isFinal(s as never))).toEqual([false, false, false]);
    expect(['SUCCEEDED', 'FAILED', 'CANCELLED', 'PREEMPTED'].map((s) => isFinal(s as never))).toEqual([true, true, true, true]);
  });
});

describe('exit codes (raw wait status)', () => {
  it.each([
    [0, { exitStatus: 0, signal: null }, 0],
    [768, { exitStatus: 3, signal: null }, 3],
    [256, { exitStatus: 1, signal: null }, 1],
    [65280, { exitStatus: 255, signal: null }, 255],
    [15, { exitStatus: null, signal: 15 }, 143],
    [9, { exitStatus: null, signal: 9 }, 137],
    // core-dump bit set: SIGSEGV with core
    [139, { exitStatus: null, signal: 11 }, 139],
  ])('%i', (raw, decoded, code) => {
    expect(decodeWaitStatus(raw)).toEqual(decoded);
    expect(exitCodeOf(raw)).toBe(code);
  });

  it.each([null, undefined, -1, -2, 0xfffffffe, 0xffffffff, 1.5])('carries no status in %j', (raw) => {
    expect(decodeWaitStatus(raw)).toBeNull();
    expect(exitCodeOf(raw)).toBeNull();
  });
});
