'use client';
import { useCallback, useEffect } from 'react';
import { anchorFromHash, parseMapHash, withMapView } from '@/lib/url/mapHash';

function highlightTarget(): void {
  const anchor = anchorFromHash(window.location.hash);
  document.querySelectorAll('[data-targeted="true"]').forEach((el) => el.removeAttribute('data-targeted'));
  if (!anchor) return;
  const target = document.getElementById(anchor);
  if (!target) return;
  target.setAttribute('data-targeted', 'true');
  target.scrollIntoView({ block: 'center' });
}

/**
 * Excerpt links put the excerpt's anchor beside the map view in the hash (`#map=...&excerpt-...`), so a
 * shared link opens the same view and scrolls to the excerpt. `ready` says the excerpts are rendered.
 */
export function useExcerptTarget(ready: boolean): (anchor: string) => void {
  useEffect(() => {
    if (!ready) return;
    highlightTarget();
    window.addEventListener('hashchange', highlightTarget);
    return () => window.removeEventListener('hashchange', highlightTarget);
  }, [ready]);

  return useCallback((anchor: string) => {
    const { pathname, search, hash } = window.location;
    const next = withMapView(`#${anchor}`, parseMapHash(hash));
    window.history.replaceState(window.history.state, '', `${pathname}${search}${next}`);
    highlightTarget();
  }, []);
}
