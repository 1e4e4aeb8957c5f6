'use client';
import { preload } from 'swr';
import type { PlaceExcerptsAnswer } from '@/lib/corpus/answers';
import { placePagePath } from '@/lib/url/apiPaths';
import { fetchJson } from './fetchJson';

export type PlaceExcerptsResponse = PlaceExcerptsAnswer;

/** The SWR key (and URL) of one page of a place's excerpts: a path, so a static host has it as a file. */
export function placeExcerptsKey(placeId: string, page: number, articleId: string | null): string {
  return placePagePath(placeId, page, articleId);
}

/** Warms the SWR cache for a place's first page of excerpts (hover in the list). */
export function prefetchPlaceExcerpts(placeId: string, articleId: string | null): void {
  void preload(placeExcerptsKey(placeId, 1, articleId), fetchJson<PlaceExcerptsResponse>).catch(() => {
    // A failed prefetch is retried when the place is opened.
  });
}
