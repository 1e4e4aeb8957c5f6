'use client';
// The places GeoJSON, fetched once per page and shared by the map, the place list and the embed view.
// A small store of its own rather than SWR: this hook is on every page's first load, where SWR's 4.6 KB
// (gzip) counted against the JavaScript budget before the map for one request that never revalidates.
import { useSyncExternalStore } from 'react';
import type { PlacesCollection } from '@/lib/types';
import { fetchJson } from './fetchJson';
import { PLACES_KEY } from './placesKey';

export { PLACES_KEY };

export interface PlacesState {
  data?: PlacesCollection;
  error?: Error;
}

/** First pause before a failed request is tried again (doubling up to 32x), as SWR's default did. */
const RETRY_MS = 5_000;

let state: PlacesState = {};
let requested = false;
let failures = 0;
const listeners = new Set<() => void>();
const serverState: PlacesState = {};

function publish(next: PlacesState): void {
  state = next;
  for (const listener of listeners) listener();
}

function load(): void {
  fetchJson<PlacesCollection>(PLACES_KEY).then(
    (data) => publish({ data }),
    (error: Error) => {
      failures += 1;
      publish({ error });
      retryLater();
    },
  );
}

/** Tries again after a pause, or at once when the browser comes back online (an installed app offline). */
function retryLater(): void {
  const retry = () => {
    clearTimeout(timer);
    window.removeEventListener('online', retry);
    load();
  };
  const timer = setTimeout(retry, RETRY_MS * 2 ** Math.min(failures - 1, 5));
  window.addEventListener('online', retry);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!requested) {
    requested = true;
    load();
  }
  return () => listeners.delete(listener);
}

/** The places GeoJSON (`data`), or the last failure while it is tried again (`error`). */
export function usePlaces(): PlacesState {
  // The server snapshot (nothing yet) is also what hydration sees, so the server's HTML is matched.
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => serverState,
  );
}
