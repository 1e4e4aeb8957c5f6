'use client';
import { useSyncExternalStore } from 'react';

/**
 * When the panel becomes a bottom sheet over a full-screen map: narrow screens, and short landscape phones.
 * Keep in step with the `@media` rule of the phone layout in app/globals.css (CSS cannot import it).
 */
export const PHONE_LAYOUT_QUERY = '(max-width: 767px), (max-height: 500px) and (orientation: landscape)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(PHONE_LAYOUT_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** True when the phone layout applies; false on the server (the CSS media rule lays out the first paint). */
export function usePhoneLayout(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(PHONE_LAYOUT_QUERY).matches,
    () => false,
  );
}
