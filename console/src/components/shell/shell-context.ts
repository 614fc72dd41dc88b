import { createContext, useContext, useEffect } from 'react';
import type { OrganizationChoice } from '../../lib/organizations';

export interface ShellState {
  /** What the organization switcher offers, in its order. */
  organizations: { mine: OrganizationChoice[]; others: OrganizationChoice[] };
  /** The organization `/` opens: the last one used, else the first. Null when there is none. */
  defaultOrganizationId: string | null;
  /** Pages whose URL does not name an organization (a project) say which one they are in. */
  setPageOrganization(id: string | null): void;
  /** Pages whose URL does not name their project (a job) say which one they are in. */
  setPageProject(id: string | null): void;
  /** The signed-in person's platform roles (OPERATOR, ACCOUNT_MANAGER); empty for customers. */
  platformRoles: readonly string[];
}

export const ShellContext = createContext<ShellState | null>(null);

export function useShell(): ShellState {
  const shell = useContext(ShellContext);
  if (!shell) throw new Error('useShell() is only available inside <AppShell>.');
  return shell;
}

/** Tells the shell which organization the page shows, so its switchers follow. */
export function usePageOrganization(id: string | null | undefined): void {
  const { setPageOrganization } = useShell();
  useEffect(() => {
    if (id) setPageOrganization(id);
  }, [id, setPageOrganization]);
}

/** Tells the shell which project the page shows (a job's), so the project switcher follows. */
export function usePageProject(id: string | null | undefined): void {
  const { setPageProject } = useShell();
  useEffect(() => {
    if (id) setPageProject(id);
  }, [id, setPageProject]);
}
