import { Redirect } from 'wouter';
import { useShell } from '../components/shell/shell-context';
import { EmptyState } from '../components/ui/states';
import { PageHeader } from '../components/ui/page-header';
import { organizationPath } from '../lib/paths';
import { useDocumentTitle } from '../lib/use-document-title';

/** `/` opens an organization: the one used last, else the first. */
export function HomePage() {
  const { defaultOrganizationId } = useShell();
  useDocumentTitle(defaultOrganizationId ? null : 'Welcome');
  if (defaultOrganizationId) return <Redirect to={organizationPath(defaultOrganizationId)} replace />;
  return (
    <div className="page">
      <PageHeader title="Welcome to Headroom" />
      <EmptyState title="You are not in any organization yet">
        Ask an owner or admin of your organization to add you, or your account manager to create one for you.
      </EmptyState>
    </div>
  );
}
