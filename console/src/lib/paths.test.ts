import { describe, expect, it } from 'vitest';
import {
  allJobsPath,
  apiKeysPath,
  jobPath,
  organizationJobsPath,
  projectJobsPath,
  submitJobPath,
  auditLogPath,
  clusterPath,
  modelPath,
  nextFromSearch,
  organizationPath,
  poolPath,
  projectPath,
  safeNext,
  signInPath,
} from './paths';

describe('safeNext', () => {
  it('keeps a path on this site, with its query and hash', () => {
    expect(safeNext('/projects/prj_1?tab=keys#top')).toBe('/projects/prj_1?tab=keys#top');
  });

  it('refuses anything that could leave the site', () => {
    for (const target of [
      'https://evil.example',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
      'orgs/org_1',
      '/\u0000//evil',
    ]) {
      expect(safeNext(target), target).toBe('/');
    }
  });

  it('never returns to the sign-in page itself', () => {
    expect(safeNext('/sign-in')).toBe('/');
    expect(safeNext('/sign-in?next=/x')).toBe('/');
    expect(safeNext('/sign-inside')).toBe('/sign-inside');
  });

  it('is / when there is nothing', () => {
    expect(safeNext(null)).toBe('/');
    expect(safeNext('')).toBe('/');
  });
});

describe('signInPath and nextFromSearch', () => {
  it('round-trip where the user was going', () => {
    const path = signInPath('/projects/prj_1?x=1&y=2');
    expect(path).toBe('/sign-in?next=%2Fprojects%2Fprj_1%3Fx%3D1%26y%3D2');
    expect(nextFromSearch(path.split('?')[1]!)).toBe('/projects/prj_1?x=1&y=2');
  });

  it('leave next out when it would be /', () => {
    expect(signInPath('/')).toBe('/sign-in');
    expect(signInPath()).toBe('/sign-in');
    expect(signInPath('https://evil.example')).toBe('/sign-in');
  });

  it('reads next from a search string with or without ?', () => {
    expect(nextFromSearch('?next=%2Forgs%2Forg_1')).toBe('/orgs/org_1');
    expect(nextFromSearch('next=%2F%2Fevil.example')).toBe('/');
  });
});

describe('object paths', () => {
  it('use the opaque IDs', () => {
    expect(organizationPath('org_abc')).toBe('/orgs/org_abc');
    expect(projectPath('prj_abc')).toBe('/projects/prj_abc');
  });
});

describe('page paths', () => {
  it('builds deep links from opaque IDs, encoded', () => {
    expect(apiKeysPath('prj_1')).toBe('/projects/prj_1/keys');
    expect(auditLogPath('org_1')).toBe('/orgs/org_1/audit');
    expect(auditLogPath('org_1', '?action=signIn')).toBe('/orgs/org_1/audit?action=signIn');
    expect(modelPath('mdl_1')).toBe('/models/mdl_1');
    expect(clusterPath('cls/1')).toBe('/clusters/cls%2F1');
    expect(poolPath('npl_1')).toBe('/pools/npl_1');
  });

  it('builds the jobs pages: a project’s, an organization’s, everyone’s, the form and one job', () => {
    expect(projectJobsPath('prj_1')).toBe('/projects/prj_1/jobs');
    expect(projectJobsPath('prj_1', '?status=RUNNING')).toBe('/projects/prj_1/jobs?status=RUNNING');
    expect(organizationJobsPath('org_1', '?class=SPOT')).toBe('/orgs/org_1/jobs?class=SPOT');
    expect(allJobsPath()).toBe('/jobs');
    expect(submitJobPath('prj_1')).toBe('/projects/prj_1/jobs/new');
    expect(jobPath('job_01')).toBe('/jobs/job_01');
    expect(jobPath('job/../x')).toBe('/jobs/job%2F..%2Fx');
  });
});
