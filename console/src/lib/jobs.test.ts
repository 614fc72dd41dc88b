import { describe, expect, it } from 'vitest';
import {
  describeActor,
  formatDuration,
  hasJobFilters,
  isEnded,
  jobFilterVariables,
  jobSearch,
  jobShape,
  jobStatusLabel,
  jobStatusTone,
  matchesJobFilters,
  mergeEvents,
  mergeLiveJobs,
  newerJob,
  NO_JOB_FILTERS,
  parseJobSearch,
  preemptedByPool,
  STATUS_FILTERS,
} from './jobs';

const job = (id: string, createdAt: string, updatedAt: string, status = 'PENDING', capacityClass = 'ON_DEMAND') => ({
  id,
  createdAt,
  updatedAt,
  status,
  capacityClass,
});

describe('statuses and classes', () => {
  it('names every status, colours it, and knows which ones end a job', () => {
    expect(jobStatusLabel('RUNNING')).toBe('Running');
    expect(jobStatusTone('RUNNING')).toBe('success');
    expect(jobStatusTone('FAILED')).toBe('danger');
    expect(jobStatusTone('PENDING')).toBe('warning');
    expect(jobStatusLabel('SOMETHING_NEW')).toBe('SOMETHING_NEW');
    expect(['SUCCEEDED', 'FAILED', 'PREEMPTED', 'CANCELLED', 'REJECTED'].every(isEnded)).toBe(true);
    expect(['PENDING', 'ADMITTED', 'PROVISIONING', 'RUNNING'].some(isEnded)).toBe(false);
  });

  it('says a job’s shape and a duration as people read them', () => {
    expect(jobShape(8, 1)).toBe('8 GPUs');
    expect(jobShape(1, 1)).toBe('1 GPU');
    expect(jobShape(8, 4)).toBe('4 nodes × 8 GPUs');
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(60)).toBe('1 min');
    expect(formatDuration(90)).toBe('1 min 30 s');
    expect(formatDuration(7200)).toBe('2 h');
    expect(formatDuration(5400)).toBe('1 h 30 min');
    expect(formatDuration(30 * 86_400)).toBe('30 d');
    expect(formatDuration(3 * 86_400 + 4 * 3600)).toBe('3 d 4 h');
    expect(formatDuration(-1)).toBe('—');
  });

  it('says who did it, and which pool preempted a job', () => {
    expect(describeActor('USER:usr_1')).toBe('User usr_1');
    expect(describeActor('API_KEY:key_1')).toBe('API key key_1');
    expect(describeActor('SYSTEM:scheduler')).toBe('Scheduler');
    expect(describeActor('odd')).toBe('odd');
    expect(preemptedByPool('pool:npl_1')).toBe('npl_1');
    expect(preemptedByPool('job_1')).toBeNull();
    expect(preemptedByPool(null)).toBeNull();
  });
});

describe('filters in the URL', () => {
  it('round-trips status and class, in a stable order', () => {
    const filters = { status: 'RUNNING', capacityClass: 'SPOT' };
    expect(jobSearch(filters)).toBe('?status=RUNNING&class=SPOT');
    expect(parseJobSearch(jobSearch(filters))).toEqual(filters);
    expect(jobSearch(NO_JOB_FILTERS)).toBe('');
    expect(hasJobFilters(NO_JOB_FILTERS)).toBe(false);
  });

  it('ignores values it does not know (an edited or old link)', () => {
    expect(parseJobSearch('?status=EXPLODED&class=FREE')).toEqual(NO_JOB_FILTERS);
  });

  it('turns a group into the statuses the API filters by', () => {
    expect(jobFilterVariables({ status: 'active', capacityClass: '' })).toEqual({
      status: ['PENDING', 'ADMITTED', 'PROVISIONING', 'RUNNING'],
      capacityClass: null,
    });
    expect(jobFilterVariables({ status: 'ended', capacityClass: 'SPOT' }).status).toHaveLength(5);
    expect(jobFilterVariables({ status: 'PREEMPTED', capacityClass: 'SPOT' })).toEqual({ status: ['PREEMPTED'], capacityClass: 'SPOT' });
    expect(jobFilterVariables(NO_JOB_FILTERS)).toEqual({ status: null, capacityClass: null });
    // Every status is offered on its own, after the groups.
    expect(STATUS_FILTERS.map((f) => f.value).slice(0, 3)).toEqual(['', 'active', 'ended']);
    expect(STATUS_FILTERS).toHaveLength(3 + 9);
  });

  it('matches a job against the filters as the API would', () => {
    const running = job('job_1', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'RUNNING', 'SPOT');
    expect(matchesJobFilters(running, NO_JOB_FILTERS)).toBe(true);
    expect(matchesJobFilters(running, { status: 'active', capacityClass: 'SPOT' })).toBe(true);
    expect(matchesJobFilters(running, { status: 'ended', capacityClass: '' })).toBe(false);
    expect(matchesJobFilters(running, { status: '', capacityClass: 'ON_DEMAND' })).toBe(false);
  });
});

describe('mergeLiveJobs', () => {
  const a = job('job_a', '2026-01-01T10:00:00Z', '2026-01-01T10:00:00Z');
  const b = job('job_b', '2026-01-01T09:00:00Z', '2026-01-01T09:00:00Z');

  it('replaces a listed job with the newer version an event carried', () => {
    const running = { ...a, status: 'RUNNING', updatedAt: '2026-01-01T10:00:05Z' };
    expect(mergeLiveJobs([a, b], [running], NO_JOB_FILTERS, true)).toEqual([running, b]);
  });

  it('keeps the query’s version when it is newer than the event (an event that arrived late)', () => {
    const fresh = { ...a, status: 'RUNNING', updatedAt: '2026-01-01T10:00:09Z' };
    const stale = { ...a, status: 'PROVISIONING', updatedAt: '2026-01-01T10:00:03Z' };
    expect(mergeLiveJobs([fresh, b], [stale], NO_JOB_FILTERS, true)[0]).toBe(fresh);
  });

  it('uses the newest of several events about one job, whatever their order', () => {
    const first = { ...a, status: 'PROVISIONING', updatedAt: '2026-01-01T10:00:01Z' };
    const second = { ...a, status: 'RUNNING', updatedAt: '2026-01-01T10:00:02Z' };
    expect(mergeLiveJobs([a], [first, second], NO_JOB_FILTERS, true)[0]!.status).toBe('RUNNING');
    expect(mergeLiveJobs([a], [second, first], NO_JOB_FILTERS, true)[0]!.status).toBe('RUNNING');
  });

  it('adds a new job on top when it matches the filters', () => {
    const c = job('job_c', '2026-01-01T11:00:00Z', '2026-01-01T11:00:00Z', 'PENDING', 'SPOT');
    expect(mergeLiveJobs([a, b], [c], NO_JOB_FILTERS, false).map((j) => j.id)).toEqual(['job_c', 'job_a', 'job_b']);
    expect(mergeLiveJobs([a, b], [c], { status: '', capacityClass: 'ON_DEMAND' }, false).map((j) => j.id)).toEqual(['job_a', 'job_b']);
    expect(mergeLiveJobs([], [c], NO_JOB_FILTERS, true).map((j) => j.id)).toEqual(['job_c']);
  });

  it('leaves out an older job beyond the loaded pages, but takes it when every page is loaded', () => {
    const old = job('job_0', '2026-01-01T08:00:00Z', '2026-01-01T12:00:00Z', 'RUNNING');
    expect(mergeLiveJobs([a, b], [old], NO_JOB_FILTERS, false).map((j) => j.id)).toEqual(['job_a', 'job_b']);
    expect(mergeLiveJobs([a, b], [old], NO_JOB_FILTERS, true).map((j) => j.id)).toEqual(['job_a', 'job_b', 'job_0']);
  });

  it('keeps a listed job whose new status no longer matches, so rows do not vanish under the reader', () => {
    const ended = { ...a, status: 'CANCELLED', updatedAt: '2026-01-01T10:01:00Z' };
    expect(mergeLiveJobs([a], [ended], { status: 'active', capacityClass: '' }, true)).toEqual([ended]);
  });
});

describe('a job’s timeline and its newest version', () => {
  it('merges loaded and live events, each once, newest first', () => {
    const e1 = { id: 'jev_1', at: '2026-01-01T10:00:00Z' };
    const e2 = { id: 'jev_2', at: '2026-01-01T10:00:01Z' };
    const e3 = { id: 'jev_3', at: '2026-01-01T10:00:02Z' };
    expect(mergeEvents([e2, e1], [e3, e2]).map((e) => e.id)).toEqual(['jev_3', 'jev_2', 'jev_1']);
    // Same instant: the later ID (IDs are time-ordered) first.
    const e4 = { id: 'jev_4', at: e3.at };
    expect(mergeEvents([e3], [e4]).map((e) => e.id)).toEqual(['jev_4', 'jev_3']);
  });

  it('prefers the event’s job on a tie, the query’s when it is newer', () => {
    const q = { updatedAt: '2026-01-01T10:00:00Z', v: 'query' };
    expect(newerJob(q, { updatedAt: q.updatedAt, v: 'event' }).v).toBe('event');
    expect(newerJob(q, { updatedAt: '2026-01-01T09:59:59Z', v: 'event' }).v).toBe('query');
    expect(newerJob(q, undefined).v).toBe('query');
  });
});
