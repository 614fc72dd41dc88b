import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { Button } from './button';
import { LoadingState } from './states';

interface State {
  failed: boolean;
}

/**
 * Around a page loaded on demand: a spinner while its code arrives, and a way out when it cannot
 * (offline, or a new release replaced the file the old page asked for).
 */
class ChunkErrorBoundary extends Component<{ children: ReactNode; path: string }, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  // Going to another page tries again.
  componentDidUpdate(previous: { path: string }) {
    if (this.state.failed && previous.path !== this.props.path) this.setState({ failed: false });
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('A page failed to load or render', error, info.componentStack);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="page">
        <div className="state state--error" role="alert">
          <h2 className="state__title">This page could not be shown</h2>
          <p className="state__text">The console may have been updated, or the connection dropped. Reloading usually fixes it.</p>
          <div className="state__actions">
            <Button variant="primary" onClick={() => window.location.reload()}>
              Reload
            </Button>
          </div>
        </div>
      </div>
    );
  }
}

export function LazyBoundary({ children }: { children: ReactNode }) {
  const [path] = useLocation();
  return (
    <ChunkErrorBoundary path={path}>
      <Suspense
        fallback={
          <div className="page">
            <LoadingState />
          </div>
        }
      >
        {children}
      </Suspense>
    </ChunkErrorBoundary>
  );
}
