import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { usePageOrganization } from '../components/shell/shell-context';
import { ApiKeyTable } from '../components/api-key/api-key-table';
import { ApiKeySecretDialog } from '../components/api-key/api-key-secret-dialog';
import { CreateApiKeyDialog, type CreatedKey } from '../components/api-key/create-api-key-dialog';
import { RevokeApiKeyDialog, type RevokeTarget } from '../components/api-key/revoke-api-key-dialog';
import { Alert } from '../components/ui/alert';
import { Badge } from '../components/ui/badge';
import { Button } from '../components/ui/button';
import { Card } from '../components/ui/card';
import { PageHeader } from '../components/ui/page-header';
import { EmptyState, PagePending } from '../components/ui/states';
import { humanize } from '../lib/format';
import { organizationPath, projectPath } from '../lib/paths';
import { canManageApiKeys } from '../lib/permissions';
import { useDocumentTitle } from '../lib/use-document-title';

const ApiKeysPageQuery = graphql(`
  query ApiKeysPage($projectId: ID!) {
    project(id: $projectId) {
      id
      name
      organization {
        id
        name
        viewerRole
      }
      apiKeys(first: 100) {
        nodes {
          id
          ...ApiKeyRow
        }
        pageInfo {
          hasNextPage
        }
      }
    }
  }
`);

// An empty list holds no ApiKey to invalidate: name the type so a new key refetches it.
const KEYS_CONTEXT = { additionalTypenames: ['ApiKey'] };

/** `/projects/:projectId/keys`: a project's API keys; members and above create and revoke them. */
export function ApiKeysPage({ projectId }: { projectId: string }) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: ApiKeysPageQuery, variables: { projectId }, context: KEYS_CONTEXT });
  const project = data?.project.id === projectId ? data.project : null;
  usePageOrganization(project?.organization.id);
  useDocumentTitle(project ? `API keys · ${project.name}` : null);

  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedKey | null>(null);
  const [revoking, setRevoking] = useState<RevokeTarget | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (!project) {
    return (
      <PagePending
        error={error}
        fetching={fetching}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        backTo={{ href: projectPath(projectId), label: 'Back to the project' }}
        loading="Loading API keys…"
      />
    );
  }

  const role = project.organization.viewerRole;
  const canManage = canManageApiKeys(role);
  const keys = project.apiKeys.nodes;
  const createButton = canManage && (
    <Button variant="primary" onClick={() => setCreating(true)}>
      Create API key
    </Button>
  );

  return (
    <div className="page">
      <PageHeader
        crumbs={[
          { label: project.organization.name, href: organizationPath(project.organization.id) },
          { label: project.name, href: projectPath(project.id) },
          { label: 'API keys' },
        ]}
        title="API keys"
        meta={<span className="muted">Keys let scripts and services call the Headroom API as this project.</span>}
        actions={createButton}
      />
      <div className="stack">
        {notice && (
          <Alert tone="success">
            <span>{notice}</span>
          </Alert>
        )}
        {!canManage && (
          <Alert tone="info">
            You can see this project’s keys{role ? ` as ${humanize(role).toLowerCase()}` : ''}. Owners, admins and members create and revoke
            them.
          </Alert>
        )}
        <Card
          title="Keys"
          actions={<Badge>{project.apiKeys.pageInfo.hasNextPage ? `${keys.length}+` : keys.length}</Badge>}
          flush={keys.length > 0}
        >
          {keys.length > 0 ? (
            <ApiKeyTable keys={keys} onRevoke={canManage ? setRevoking : undefined} />
          ) : (
            <EmptyState title="No API keys yet" action={createButton}>
              {canManage
                ? 'Create a key for each script or service, with only the scopes it needs.'
                : 'Nobody has created a key for this project.'}
            </EmptyState>
          )}
          {project.apiKeys.pageInfo.hasNextPage && <p className="card__note">Showing the newest {keys.length} keys.</p>}
        </Card>
      </div>

      <CreateApiKeyDialog
        projectId={project.id}
        projectName={project.name}
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(key) => {
          setCreating(false);
          setNotice(null);
          setCreated(key);
        }}
      />
      <ApiKeySecretDialog
        created={created}
        onClose={() => {
          if (created) setNotice(`Key “${created.name}” created.`);
          setCreated(null);
        }}
      />
      <RevokeApiKeyDialog
        target={revoking}
        onClose={(revoked) => {
          if (revoked && revoking) setNotice(`Key “${revoking.name}” revoked.`);
          setRevoking(null);
        }}
      />
    </div>
  );
}
