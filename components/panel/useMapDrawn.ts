'use client';
import { useEffect, useState, type RefObject } from 'react';

/** A map that never draws (no WebGL) must not hold the panel's prefetching back for good. */
const GIVE_UP_MS = 20_000;

/**
 * True once the map inside `area` has drawn for the first time: MapView marks its container
 * `data-map-state="idle"` (the marker the tests and benchmarks wait for too). Stays true afterwards.
 * The shell mounts before the map can draw, so watching for the marker from mount on is enough.
 */
export function useMapDrawn(area: RefObject<HTMLElement | null>): boolean {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    const root = area.current;
    if (!root) return;
    const observer = new MutationObserver(() => {
      if (!root.querySelector('[data-map-state="idle"]')) return;
      setDrawn(true);
      observer.disconnect();
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-state'] });
    const timer = setTimeout(() => setDrawn(true), GIVE_UP_MS);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [area]);
  return drawn;
}
