import { Route, Switch } from 'wouter';
import { AppShell } from './components/shell/app-shell';
import { HomePage } from './routes/home';
import { NotFoundPage } from './routes/not-found';
import { OrganizationPage } from './routes/organization';
import { ProjectPage } from './routes/project';
import { SignInPage } from './routes/sign-in';
import { SIGN_IN_PATH } from './lib/paths';

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
          <Switch>
            <Route path="/">{() => <HomePage />}</Route>
            <Route path="/orgs/:orgId">{(p) => <OrganizationPage key={p.orgId} orgId={p.orgId} />}</Route>
            <Route path="/projects/:projectId">{(p) => <ProjectPage key={p.projectId} projectId={p.projectId} />}</Route>
            <Route component={NotFoundPage} />
          </Switch>
        </AppShell>
      </Route>
    </Switch>
  );
}
