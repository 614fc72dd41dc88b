import { useEffect } from 'react';

/** "Project A · Headroom" in the tab and the history; the bare product name while loading. */
export function useDocumentTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Headroom` : 'Headroom';
  }, [title]);
}
