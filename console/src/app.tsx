import { lazy } from 'react';
import { Route, Switch } from 'wouter';
import { AppShell } from './components/shell/app-shell';
import { LazyBoundary } from './components/ui/lazy-boundary';
import { HomePage } from './routes/home';
import { NotFoundPage } from './routes/not-found';
import { OrganizationPage } from './routes/organization';
import { ProjectPage } from './routes/project';
import { SignInPage } from './routes/sign-in';
import { SIGN_IN_PATH } from './lib/paths';
// The jobs list is the page people live on: in the first bundle, so it renders without waiting for a chunk.
import { JobsPage } from './routes/jobs';

// Pages beyond the first screen load on demand, so the sign-in page and the shell stay small.
const ApiKeysPage = lazy(() => import('./routes/api-keys').then((m) => ({ default: m.ApiKeysPage })));
const AuditLogPage = lazy(() => import('./routes/audit-log').then((m) => ({ default: m.AuditLogPage })));
const ModelsPage = lazy(() => import('./routes/models').then((m) => ({ default: m.ModelsPage })));
const ModelPage = lazy(() => import('./routes/model').then((m) => ({ default: m.ModelPage })));
const GpuPricesPage = lazy(() => import('./routes/gpu-prices').then((m) => ({ default: m.GpuPricesPage })));
const FleetPage = lazy(() => import('./routes/fleet').then((m) => ({ default: m.FleetPage })));
const ClusterPage = lazy(() => import('./routes/cluster').then((m) => ({ default: m.ClusterPage })));
const PoolPage = lazy(() => import('./routes/pool').then((m) => ({ default: m.PoolPage })));
const CapacityPage = lazy(() => import('./routes/capacity').then((m) => ({ default: m.CapacityPage })));
const JobPage = lazy(() => import('./routes/job').then((m) => ({ default: m.JobPage })));
const SubmitJobPage = lazy(() => import('./routes/submit-job').then((m) => ({ default: m.SubmitJobPage })));
const UsagePage = lazy(() => import('./routes/usage').then((m) => ({ default: m.UsagePage })));
const InvoicesPage = lazy(() => import('./routes/invoices').then((m) => ({ default: m.InvoicesPage })));
const InvoicePage = lazy(() => import('./routes/invoice').then((m) => ({ default: m.InvoicePage })));
const OrganizationsPage = lazy(() => import('./routes/organizations').then((m) => ({ default: m.OrganizationsPage })));
const OrganizationContractsPage = lazy(() =>
  import('./routes/organization-contracts').then((m) => ({ default: m.OrganizationContractsPage })),
);
const NewContractPage = lazy(() => import('./routes/new-contract').then((m) => ({ default: m.NewContractPage })));
const ContractPage = lazy(() => import('./routes/contract').then((m) => ({ default: m.ContractPage })));
const ContractTermsPage = lazy(() => import('./routes/contract-terms').then((m) => ({ default: m.ContractTermsPage })));
const QuotePage = lazy(() => import('./routes/quote').then((m) => ({ default: m.QuotePage })));

/**
 * Every page has a URL that survives a reload (the server answers unknown paths with index.html).
 * Pages are keyed by the ID in their URL, so moving between two organizations starts fresh.
 */
export function App() {
  return (
    <Switch>
      <Route path={SIGN_IN_PATH} component={SignInPage} />
      <Route>
        <AppShell>
          <LazyBoundary>
            <Switch>
              <Route path="/">{() => <HomePage />}</Route>
              <Route path="/orgs/:orgId">{(p) => <OrganizationPage key={p.orgId} orgId={p.orgId} />}</Route>
              <Route path="/orgs/:orgId/audit">{(p) => <AuditLogPage key={p.orgId} orgId={p.orgId} />}</Route>
              <Route path="/orgs/:orgId/contracts">{(p) => <OrganizationContractsPage key={p.orgId} orgId={p.orgId} />}</Route>
              <Route path="/orgs/:orgId/contracts/new">{(p) => <NewContractPage key={p.orgId} orgId={p.orgId} />}</Route>
              <Route path="/orgs/:orgId/jobs">{(p) => <JobsPage key={p.orgId} scope={{ kind: 'organization', id: p.orgId }} />}</Route>
              <Route path="/orgs/:orgId/usage">{(p) => <UsagePage key={p.orgId} orgId={p.orgId} />}</Route>
              <Route path="/orgs/:orgId/invoices">{(p) => <InvoicesPage key={p.orgId} orgId={p.orgId} />}</Route>
              <Route path="/invoices/:invoiceId">{(p) => <InvoicePage key={p.invoiceId} invoiceId={p.invoiceId} />}</Route>
              <Route path="/projects/:projectId">{(p) => <ProjectPage key={p.projectId} projectId={p.projectId} />}</Route>
              <Route path="/projects/:projectId/keys">{(p) => <ApiKeysPage key={p.projectId} projectId={p.projectId} />}</Route>
              <Route path="/projects/:projectId/jobs">
                {(p) => <JobsPage key={p.projectId} scope={{ kind: 'project', id: p.projectId }} />}
              </Route>
              <Route path="/projects/:projectId/jobs/new">{(p) => <SubmitJobPage key={p.projectId} projectId={p.projectId} />}</Route>
              <Route path="/jobs">{() => <JobsPage scope={{ kind: 'all' }} />}</Route>
              <Route path="/jobs/:jobId">{(p) => <JobPage key={p.jobId} jobId={p.jobId} />}</Route>
              <Route path="/models">{() => <ModelsPage />}</Route>
              <Route path="/models/:modelId">{(p) => <ModelPage key={p.modelId} modelId={p.modelId} />}</Route>
              <Route path="/prices">{() => <GpuPricesPage />}</Route>
              <Route path="/fleet">{() => <FleetPage />}</Route>
              <Route path="/clusters/:clusterId">{(p) => <ClusterPage key={p.clusterId} clusterId={p.clusterId} />}</Route>
              <Route path="/pools/:poolId">{(p) => <PoolPage key={p.poolId} poolId={p.poolId} />}</Route>
              <Route path="/capacity">{() => <CapacityPage />}</Route>
              <Route path="/organizations">{() => <OrganizationsPage />}</Route>
              <Route path="/contracts/:contractId">{(p) => <ContractPage key={p.contractId} contractId={p.contractId} />}</Route>
              <Route path="/contracts/:contractId/terms">{(p) => <ContractTermsPage key={p.contractId} contractId={p.contractId} />}</Route>
              <Route path="/quote">{() => <QuotePage />}</Route>
              <Route component={NotFoundPage} />
            </Switch>
          </LazyBoundary>
        </AppShell>
      </Route>
    </Switch>
  );
}
