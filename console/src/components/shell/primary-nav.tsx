import { Link, useLocation } from 'wouter';
import { auditLogPath, CAPACITY_PATH, FLEET_PATH, GPU_PRICES_PATH, MODELS_PATH, organizationPath } from '../../lib/paths';
import { canReadAuditLog, isPlatformStaff } from '../../lib/permissions';

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
    const items: Item[] = [
      { label: 'Overview', href: org, active: (p) => (p === org || p.startsWith('/projects/')) && !p.endsWith('/audit') },
    ];
    if (canReadAuditLog(role, platformRoles)) items.push({ label: 'Audit log', href: audit, active: (p) => p === audit });
    groups.push(items);
  }
  groups.push([
    { label: 'Models', href: MODELS_PATH, active: startsWith(MODELS_PATH) },
    { label: 'GPU prices', href: GPU_PRICES_PATH, active: startsWith(GPU_PRICES_PATH) },
  ]);
  if (isPlatformStaff(platformRoles)) {
    groups.push([
      { label: 'Fleet', href: FLEET_PATH, active: startsWith(FLEET_PATH, '/clusters', '/pools') },
      { label: 'Capacity', href: CAPACITY_PATH, active: startsWith(CAPACITY_PATH) },
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
