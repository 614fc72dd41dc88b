import { Link, useLocation } from 'wouter';
import {
  ALL_JOBS_PATH,
  auditLogPath,
  CAPACITY_PATH,
  FLEET_PATH,
  GPU_PRICES_PATH,
  MODELS_PATH,
  organizationContractsPath,
  organizationJobsPath,
  invoicesPath,
  organizationPath,
  usagePath,
  ORGANIZATIONS_PATH,
  QUOTE_PATH,
} from '../../lib/paths';
import { canReadAuditLog, canReadBilling, canReadContracts, isPlatformStaff } from '../../lib/permissions';

interface Item {
  label: string;
  href: string;
  /** Whether the current path belongs to this section. */
  active(path: string): boolean;
}

export interface PrimaryNavProps {
  /** The organization in the switcher, if any. */
  organizationId: string | null;
  /** The viewer's role there, if a member. */
  role: string | null;
  platformRoles: readonly string[];
}

const startsWith =
  (...prefixes: string[]) =>
  (path: string) =>
    prefixes.some((p) => path === p || path.startsWith(`${p}/`));

/**
 * The sections of the console: the organization's own pages, the catalog everyone may read, and
 * the fleet for platform staff. Entries a person cannot use are not shown (the API refuses anyway).
 */
export function PrimaryNav({ organizationId, role, platformRoles }: PrimaryNavProps) {
  const [path] = useLocation();
  const groups: Item[][] = [];
  if (organizationId) {
    const org = organizationPath(organizationId);
    const audit = auditLogPath(organizationId);
    const jobs = organizationJobsPath(organizationId);
    // A project's jobs, the job form and a job's page belong to Jobs; the rest of a project to Overview.
    const jobPage = (p: string) => p === jobs || /^\/projects\/[^/]+\/jobs(\/|$)/.test(p) || p.startsWith(`${ALL_JOBS_PATH}/`);
    const items: Item[] = [
      { label: 'Overview', href: org, active: (p) => (p === org || p.startsWith('/projects/')) && !p.endsWith('/audit') && !jobPage(p) },
      { label: 'Jobs', href: jobs, active: jobPage },
    ];
    const usage = usagePath(organizationId);
    items.push({ label: 'Usage', href: usage, active: (p) => p === usage });
    if (canReadBilling(role, platformRoles)) {
      const invoices = invoicesPath(organizationId);
      items.push({ label: 'Invoices', href: invoices, active: (p) => p === invoices || p.startsWith('/invoices/') });
    }
    if (canReadAuditLog(role, platformRoles)) items.push({ label: 'Audit log', href: audit, active: (p) => p === audit });
    if (canReadContracts(role, platformRoles)) {
      const contracts = organizationContractsPath(organizationId);
      items.push({ label: 'Contracts', href: contracts, active: (p) => startsWith(contracts, '/contracts')(p) });
    }
    groups.push(items);
  }
  groups.push([
    { label: 'Models', href: MODELS_PATH, active: startsWith(MODELS_PATH) },
    { label: 'GPU prices', href: GPU_PRICES_PATH, active: startsWith(GPU_PRICES_PATH) },
  ]);
  if (isPlatformStaff(platformRoles)) {
    groups.push([
      { label: 'Organizations', href: ORGANIZATIONS_PATH, active: startsWith(ORGANIZATIONS_PATH) },
      { label: 'Quote', href: QUOTE_PATH, active: startsWith(QUOTE_PATH) },
      { label: 'Fleet', href: FLEET_PATH, active: startsWith(FLEET_PATH, '/clusters', '/pools') },
      { label: 'Capacity', href: CAPACITY_PATH, active: startsWith(CAPACITY_PATH) },
      // Every tenant's jobs (a job's own page stays under the organization's Jobs).
      { label: 'All jobs', href: ALL_JOBS_PATH, active: (p) => p === ALL_JOBS_PATH },
    ]);
  }

  return (
    <nav className="subnav" aria-label="Sections">
      <ul className="subnav__list">
        {groups.map((items, g) =>
          items.map((item, i) => {
            const current = item.active(path);
            return (
              <li key={item.label} className={g > 0 && i === 0 ? 'subnav__item subnav__item--group' : 'subnav__item'}>
                <Link href={item.href} className="subnav__link" aria-current={current ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            );
          }),
        )}
      </ul>
    </nav>
  );
}
