'use client';
import type { PlaceExcerptsAnswer } from '@/lib/corpus/answers';
import { placePagePath } from '@/lib/url/apiPaths';
import { fetchJson } from './fetchJson';

export type PlaceExcerptsResponse = PlaceExcerptsAnswer;

/** The SWR key (and URL) of one page of a place's excerpts: a path, so a static host has it as a file. */
export function placeExcerptsKey(placeId: string, page: number, articleId: string | null): string {
  return placePagePath(placeId, page, articleId);
}

// Requests started on intent (hover, focus) before the client list that uses them has loaded. Kept here
// rather than in SWR's preload so that the first load of a page does not carry SWR (the list does).
const prefetched = new Map<string, Promise<PlaceExcerptsResponse>>();

/** Starts the request for a place's first page of excerpts (hover in the list, a filtered panel opening). */
export function prefetchPlaceExcerpts(placeId: string, articleId: string | null): void {
  const key = placeExcerptsKey(placeId, 1, articleId);
  if (prefetched.has(key)) return;
  const request = fetchJson<PlaceExcerptsResponse>(key);
  // A failed prefetch is forgotten: the list asks again when the place is opened.
  request.catch(() => prefetched.delete(key));
  prefetched.set(key, request);
}

/** The client list's fetcher: the prefetched answer when there is one (taken once), otherwise a request. */
export function fetchPlaceExcerpts(key: string): Promise<PlaceExcerptsResponse> {
  const request = prefetched.get(key);
  if (!request) return fetchJson<PlaceExcerptsResponse>(key);
  prefetched.delete(key);
  return request;
}
