import { Link } from 'wouter';
import { EmptyState } from '../components/ui/states';
import { useDocumentTitle } from '../lib/use-document-title';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <div className="page">
      <EmptyState
        title="Page not found"
        action={
          <Link href="/" className="btn btn--secondary">
            Go to your organizations
          </Link>
        }
      >
        There is nothing at this address. Check the link, or start again from your organizations.
      </EmptyState>
    </div>
  );
}
