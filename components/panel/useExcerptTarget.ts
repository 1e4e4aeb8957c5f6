'use client';
import { useCallback, useEffect } from 'react';

type MapHashModule = typeof import('@/lib/url/mapHash');

// The hash codec is a small chunk of its own, requested as soon as this module runs (while the panel
// hydrates) rather than named in the HTML: the place page's first scripts stay lighter, and it is in
// memory before the panel's effects need it, long before anyone clicks "Link to this excerpt".
let mapHash: MapHashModule | null = null;
const mapHashLoaded: Promise<MapHashModule> | null =
  typeof window === 'undefined' ? null : import('@/lib/url/mapHash').then((m) => (mapHash = m));
const loadMapHash = (): Promise<MapHashModule> => mapHashLoaded ?? import('@/lib/url/mapHash');

function highlightTarget(codec: MapHashModule): void {
  const anchor = codec.anchorFromHash(window.location.hash);
  document.querySelectorAll('[data-targeted="true"]').forEach((el) => el.removeAttribute('data-targeted'));
  if (!anchor) return;
  const target = document.getElementById(anchor);
  if (!target) return;
  target.setAttribute('data-targeted', 'true');
  target.scrollIntoView({ block: 'center' });
}

function targetAnchor(codec: MapHashModule, anchor: string): void {
  const { pathname, search, hash } = window.location;
  const next = codec.withMapView(`#${anchor}`, codec.parseMapHash(hash));
  window.history.replaceState(window.history.state, '', `${pathname}${search}${next}`);
  highlightTarget(codec);
}

/**
 * Excerpt links put the excerpt's anchor beside the map view in the hash (`#map=...&excerpt-...`), so a
 * shared link opens the same view and scrolls to the excerpt. `ready` says the excerpts are rendered.
 */
export function useExcerptTarget(ready: boolean): (anchor: string) => void {
  useEffect(() => {
    if (!ready) return;
    let active = true;
    const onHashChange = () => {
      if (mapHash) highlightTarget(mapHash);
    };
    void loadMapHash().then((codec) => {
      if (!active) return;
      highlightTarget(codec);
      window.addEventListener('hashchange', onHashChange);
    });
    return () => {
      active = false;
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [ready]);

  return useCallback((anchor: string) => {
    if (mapHash) targetAnchor(mapHash, anchor);
    else void loadMapHash().then((codec) => targetAnchor(codec, anchor));
  }, []);
}
