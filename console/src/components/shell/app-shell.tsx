import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Link, Redirect, useLocation, useRoute } from 'wouter';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { ShellContext, type ShellState } from './shell-context';
import { OrganizationSwitcher } from '../organization/organization-switcher';
import { ProjectSwitcher } from '../project/project-switcher';
import { UserMenu } from '../user/user-menu';
import { PrimaryNav } from './primary-nav';
import { Alert } from '../ui/alert';
import { ErrorState } from '../ui/states';
import { HANDLES_UNAUTHENTICATED } from '../../lib/client';
import { useSession } from '../../lib/client-provider';
import { describeError, hasErrorCode, type ErrorInfo } from '../../lib/errors';
import { defaultOrganization, organizationChoices } from '../../lib/organizations';
import { readLastOrganization, writeLastOrganization } from '../../lib/last-organization';
import {
  apiKeysPath,
  auditLogPath,
  organizationJobsPath,
  organizationPath,
  projectJobsPath,
  projectPath,
  SIGN_IN_PATH,
  signInPath,
} from '../../lib/paths';
import { canReadAuditLog } from '../../lib/permissions';

const NO_ROLES: readonly string[] = [];

// The shell owns what every signed-in page shares: who is signed in and where they can go.
const ShellQuery = graphql(`
  query Shell {
    viewer {
      platformRoles
      user {
        id
        ...UserMenuUser
      }
      memberships {
        id
        role
        organization {
          id
          name
        }
      }
    }
    organizations(first: 50) {
      nodes {
        id
        name
      }
    }
  }
`);

const ShellProjectsQuery = graphql(`
  query ShellProjects($organizationId: ID!) {
    organization(id: $organizationId) {
      id
      projects(first: 100) {
        nodes {
          id
          ...ProjectSwitcherItem
        }
      }
    }
  }
`);

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

function Brand() {
  return (
    <Link href="/" className="brand" aria-label="Headroom home">
      <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true">
        <rect width="32" height="32" rx="7" fill="currentColor" />
        <path d="M9 23V9h3.2v5.4h7.6V9H23v14h-3.2v-5.8h-7.6V23z" fill="#fff" />
      </svg>
      <span className="brand__name">Headroom</span>
    </Link>
  );
}

/** The frame around every signed-in page: header, switchers, user, and the page below. */
export function AppShell({ children }: { children: ReactNode }) {
  const [location, navigate] = useLocation();
  const { resetClient } = useSession();
  const [shell, refetchShell] = useQuery({ query: ShellQuery });
  const [signOutState, signOut] = useMutation(SignOutMutation);
  const [signOutError, setSignOutError] = useState<ErrorInfo | null>(null);

  // Sub-pages (`/orgs/:orgId/audit`, `/projects/:projectId/keys`) belong to the same organization and project.
  const [onOrgPage, orgParams] = useRoute<{ orgId: string; '*'?: string }>('/orgs/:orgId/*?');
  const [, projectParams] = useRoute<{ projectId: string; '*'?: string }>('/projects/:projectId/*?');
  // A job's page names no organization in its URL: like a project's, it says which one it is in.
  const [onJobPage] = useRoute('/jobs/:jobId');
  // So does a contract's page (and its editor).
  const [onContractPage] = useRoute('/contracts/:contractId/*?');
  const [pageOrganization, setPageOrganization] = useState<string | null>(null);
  const [pageProject, setPageProject] = useState<string | null>(null);

  const viewer = shell.data?.viewer;
  const choices = useMemo(
    () => organizationChoices(viewer?.memberships ?? [], shell.data?.organizations.nodes ?? []),
    [viewer?.memberships, shell.data?.organizations.nodes],
  );
  // Read on every render: the organization used last changes as the user moves around.
  const defaultOrganizationId = defaultOrganization(choices, readLastOrganization());
  const currentOrganization =
    (onOrgPage ? orgParams.orgId : null) ??
    (projectParams || onJobPage || onContractPage ? pageOrganization : null) ??
    defaultOrganizationId;

  // Remember the organization in view for the next visit to `/`; a broken link is not worth remembering.
  useEffect(() => {
    const shown = onOrgPage ? orgParams.orgId : projectParams || onJobPage || onContractPage ? pageOrganization : null;
    if (shown && [...choices.mine, ...choices.others].some((o) => o.id === shown)) writeLastOrganization(shown);
  }, [onOrgPage, orgParams, projectParams, onJobPage, onContractPage, pageOrganization, choices]);

  const [projects] = useQuery({
    query: ShellProjectsQuery,
    variables: { organizationId: currentOrganization ?? '' },
    pause: !currentOrganization || !viewer,
  });

  // urql keeps the previous organization's answer while the next one loads: never show it.
  const projectsOfCurrent = projects.data?.organization.id === currentOrganization ? projects.data.organization.projects.nodes : null;

  const platformRoles = viewer?.platformRoles ?? NO_ROLES;
  const context = useMemo<ShellState>(
    () => ({ organizations: choices, defaultOrganizationId, setPageOrganization, setPageProject, platformRoles }),
    [choices, defaultOrganizationId, platformRoles],
  );
  const roleIn = (organizationId: string | null) => viewer?.memberships.find((m) => m.organization.id === organizationId)?.role ?? null;

  // Switching keeps the sub-page where it makes sense (another project's keys, another organization's audit log).
  const onOrganizationChange = (id: string) =>
    navigate(
      onOrgPage && orgParams['*'] === 'audit' && canReadAuditLog(roleIn(id), platformRoles)
        ? auditLogPath(id)
        : onOrgPage && orgParams['*'] === 'jobs'
          ? organizationJobsPath(id)
          : organizationPath(id),
    );
  const onProjectChange = (id: string) => {
    const sub = projectParams?.['*'] ?? '';
    navigate(
      sub === 'keys' ? apiKeysPath(id) : onJobPage || sub === 'jobs' || sub.startsWith('jobs/') ? projectJobsPath(id) : projectPath(id),
    );
  };

  const onSignOut = useCallback(async () => {
    setSignOutError(null);
    const result = await signOut({}, HANDLES_UNAUTHENTICATED);
    // An already-ended session is as good as a successful sign-out.
    if (result.error && !hasErrorCode(result.error, 'UNAUTHENTICATED')) {
      setSignOutError(describeError(result.error));
      return;
    }
    navigate(SIGN_IN_PATH);
    resetClient();
  }, [signOut, navigate, resetClient]);

  // While the viewer loads, the page already renders (and fetches its own data, and its code) in
  // the same tree, so the two round trips overlap instead of following each other; the header
  // and the sections fill in when the viewer arrives.
  const loading = shell.fetching && !shell.data;
  if (!loading && shell.error && !viewer) {
    // Signed out: the client is already on its way to the sign-in page.
    if (hasErrorCode(shell.error, 'UNAUTHENTICATED')) return <Frame />;
    return (
      <Frame>
        <ErrorState error={describeError(shell.error)} onRetry={() => refetchShell({ requestPolicy: 'network-only' })} />
      </Frame>
    );
  }
  if (!loading && !viewer?.user) return <Redirect to={signInPath(location + window.location.search)} replace />;

  return (
    <ShellContext.Provider value={context}>
      <Frame
        header={
          viewer?.user && (
            <>
              <nav className="topbar__context" aria-label="Organization and project">
                <OrganizationSwitcher choices={choices} currentId={currentOrganization} onChange={onOrganizationChange} />
                <span className="topbar__sep" aria-hidden="true">
                  /
                </span>
                <ProjectSwitcher
                  projects={projectsOfCurrent ?? (projects.fetching ? null : [])}
                  currentId={projectParams?.projectId ?? (onJobPage ? pageProject : null)}
                  onChange={onProjectChange}
                />
              </nav>
              <UserMenu user={viewer.user} platformRoles={viewer.platformRoles} signingOut={signOutState.fetching} onSignOut={onSignOut} />
            </>
          )
        }
        nav={
          viewer?.user && (
            <PrimaryNav organizationId={currentOrganization} role={roleIn(currentOrganization)} platformRoles={platformRoles} />
          )
        }
      >
        {signOutError && (
          <Alert title="Could not sign out">
            {signOutError.message}
            {signOutError.requestId && <> Request ID {signOutError.requestId}.</>}
          </Alert>
        )}
        {children}
      </Frame>
    </ShellContext.Provider>
  );
}

function Frame({ header, nav, children }: { header?: ReactNode; nav?: ReactNode; children?: ReactNode }) {
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <div className="topbar__inner">
          <Brand />
          {header}
        </div>
        {nav}
      </header>
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
