'use client';
import { preload } from 'swr';
import type { ExcerptPage } from '@/lib/corpus/queries';
import type { PlaceProperties } from '@/lib/types';
import { fetchJson } from './fetchJson';

export type PlaceExcerptsResponse = ExcerptPage & { place: PlaceProperties };

export function placeExcerptsKey(placeId: string, page: number, articleId: string | null): string {
  const query = new URLSearchParams({ page: String(page) });
  if (articleId) query.set('article', articleId);
  return `/api/places/${encodeURIComponent(placeId)}?${query.toString()}`;
}

/** Warms the SWR cache for a place's first page of excerpts (hover in the list). */
export function prefetchPlaceExcerpts(placeId: string, articleId: string | null): void {
  void preload(placeExcerptsKey(placeId, 1, articleId), fetchJson<PlaceExcerptsResponse>).catch(() => {
    // A failed prefetch is retried when the place is opened.
  });
}
