/** Every deep link in the console, in one place. IDs are the API's opaque IDs (org_…, prj_…). */

export const SIGN_IN_PATH = '/sign-in';

export const organizationPath = (id: string) => `/orgs/${encodeURIComponent(id)}`;
export const projectPath = (id: string) => `/projects/${encodeURIComponent(id)}`;
export const apiKeysPath = (projectId: string) => `${projectPath(projectId)}/keys`;
export const auditLogPath = (organizationId: string, search = '') => `${organizationPath(organizationId)}/audit${search}`;
export const usagePath = (organizationId: string, search = '') => `${organizationPath(organizationId)}/usage${search}`;
export const invoicesPath = (organizationId: string) => `${organizationPath(organizationId)}/invoices`;
export const invoicePath = (id: string) => `/invoices/${encodeURIComponent(id)}`;

export const MODELS_PATH = '/models';
export const modelPath = (id: string) => `${MODELS_PATH}/${encodeURIComponent(id)}`;
export const GPU_PRICES_PATH = '/prices';

export const FLEET_PATH = '/fleet';
export const CAPACITY_PATH = '/capacity';
export const clusterPath = (id: string) => `/clusters/${encodeURIComponent(id)}`;
export const poolPath = (id: string) => `/pools/${encodeURIComponent(id)}`;

/** Every tenant's jobs (operators) or every job of the person's organizations. */
export const ALL_JOBS_PATH = '/jobs';
export const jobPath = (id: string) => `${ALL_JOBS_PATH}/${encodeURIComponent(id)}`;
export const projectJobsPath = (projectId: string, search = '') => `${projectPath(projectId)}/jobs${search}`;
export const organizationJobsPath = (organizationId: string, search = '') => `${organizationPath(organizationId)}/jobs${search}`;
export const allJobsPath = (search = '') => `${ALL_JOBS_PATH}${search}`;
export const submitJobPath = (projectId: string) => `${projectPath(projectId)}/jobs/new`;

/**
 * A `next` target that is safe to navigate to after signing in: a path on this site only (no
 * `//evil.example`, no `https:`), never the sign-in page itself. Anything else is `/`.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  // Control characters could smuggle a different target past the checks above.
  for (const char of next) {
    const code = char.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) return '/';
  }
  const path = next.split(/[?#]/)[0] ?? '';
  if (path === SIGN_IN_PATH || path.startsWith(`${SIGN_IN_PATH}/`)) return '/';
  return next;
}

/** The sign-in page, remembering where the user was going. */
export function signInPath(next?: string): string {
  const target = safeNext(next);
  return target === '/' ? SIGN_IN_PATH : `${SIGN_IN_PATH}?next=${encodeURIComponent(target)}`;
}

/** `next` from a search string (`?next=…` or `next=…`). */
export function nextFromSearch(search: string): string {
  return safeNext(new URLSearchParams(search).get('next'));
}

/** Every organization, for platform staff: where account managers start. */
export const ORGANIZATIONS_PATH = '/organizations';
export const organizationContractsPath = (organizationId: string) => `${organizationPath(organizationId)}/contracts`;
export const newContractPath = (organizationId: string) => `${organizationContractsPath(organizationId)}/new`;
export const contractPath = (id: string) => `/contracts/${encodeURIComponent(id)}`;
/** A DRAFT's terms to edit, or an ACTIVE contract's to amend. */
export const contractTermsPath = (id: string) => `${contractPath(id)}/terms`;
/** The quote tool: `?org=<id>` chooses the organization. */
export const QUOTE_PATH = '/quote';
export const quotePath = (organizationId?: string) =>
  organizationId ? `${QUOTE_PATH}?org=${encodeURIComponent(organizationId)}` : QUOTE_PATH;
