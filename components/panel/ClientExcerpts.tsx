'use client';
// The excerpts the server did not render: a place narrowed to one article (`?article=`), or more than its
// first page. Loaded on demand by PlacePanel, so that a place page's first load ships none of this code.
import { useEffect, type ReactNode } from 'react';
import useSWRInfinite from 'swr/infinite';
import type { PlaceProperties } from '@/lib/types';
import { fetchJson } from '../data/fetchJson';
import { placeExcerptsKey, type PlaceExcerptsResponse } from '../data/placeExcerpts';
import { ExcerptList, type ArticleSource } from './ExcerptList';

export interface ClientExcerptsProps {
  place: PlaceProperties;
  articleFilter: string | null;
  articles: readonly ArticleSource[];
  /** Pages to show at once (2 when the reader asked for more than the server's first page). */
  pages: number;
  /** Shown until the first answer arrives (the server's list, or a skeleton). */
  placeholder: ReactNode;
  /** Tells the panel whether excerpts are on screen (for `#excerpt-…` targets). */
  onShown: (shown: boolean) => void;
}

export default function ClientExcerpts({ place, articleFilter, articles, pages, placeholder, onShown }: ClientExcerptsProps) {
  const { data, error, size, setSize, mutate, isValidating } = useSWRInfinite<PlaceExcerptsResponse>(
    (index, previous: PlaceExcerptsResponse | null) =>
      previous && previous.nextPage === null ? null : placeExcerptsKey(place.id, index + 1, articleFilter),
    fetchJson,
    { initialSize: pages, revalidateFirstPage: false, revalidateOnFocus: false, revalidateIfStale: false },
  );

  const loadedPages = data ?? [];
  const excerpts = loadedPages.flatMap((p) => p.excerpts);
  const total = loadedPages[0]?.total ?? 0;
  const hasMore = loadedPages.length > 0 && loadedPages[loadedPages.length - 1].nextPage !== null;
  const loadingMore = isValidating && size > loadedPages.length;
  const shownArticles = articleFilter ? place.articleIds.filter((id) => id === articleFilter) : place.articleIds;
  useEffect(() => onShown(excerpts.length > 0), [excerpts.length, onShown]);

  if (!data && !error) return <>{placeholder}</>;
  return (
    <>
      <h2>Excerpts{total ? ` (${total})` : ''}</h2>
      {error && (
        <div className="error-box" role="alert">
          <p>The excerpts could not be loaded: {error.message}</p>
          <button type="button" className="button" onClick={() => void mutate()}>
            Retry
          </button>
        </div>
      )}
      {!error && excerpts.length === 0 && shownArticles.length === 0 && (
        <p className="corpus-line">This article does not mention {place.name}.</p>
      )}
      <ExcerptList excerpts={excerpts} articles={articles} />
      {hasMore && (
        <button type="button" className="button" onClick={() => void setSize(size + 1)} disabled={loadingMore}>
          {loadingMore ? 'Loading…' : 'More excerpts'}
        </button>
      )}
    </>
  );
}
