'use client';
// The excerpts the server did not render: a place narrowed to one article (`?article=`), or more than its
// first page. Loaded on demand by PlacePanel, so that a place page's first load ships none of this code.
import { useEffect, useMemo, type ReactNode } from 'react';
import useSWRInfinite from 'swr/infinite';
import type { ArticleSource, PlaceSummary } from '@/lib/corpus/pageData';
import { FetchError } from '../data/fetchJson';
import { fetchPlaceExcerpts, placeExcerptsKey, type PlaceExcerptsResponse } from '../data/placeExcerpts';
import { ExcerptList } from './ExcerptList';

export interface ClientExcerptsProps {
  place: Pick<PlaceSummary, 'id' | 'name'>;
  articleFilter: string | null;
  /** Pages to show at once (2 when the reader asked for more than the server's first page). */
  pages: number;
  /** Shown until the first answer arrives (the server's list, or a skeleton). */
  placeholder: ReactNode;
  /** Tells the panel whether excerpts are on screen (for `#excerpt-…` targets) and which articles they are from. */
  onLoaded: (shown: boolean, articles: readonly ArticleSource[]) => void;
}

export default function ClientExcerpts({ place, articleFilter, pages, placeholder, onLoaded }: ClientExcerptsProps) {
  const { data, error, size, setSize, mutate, isValidating } = useSWRInfinite<PlaceExcerptsResponse>(
    (index, previous: PlaceExcerptsResponse | null) =>
      previous && previous.nextPage === null ? null : placeExcerptsKey(place.id, index + 1, articleFilter),
    fetchPlaceExcerpts,
    { initialSize: pages, revalidateFirstPage: false, revalidateOnFocus: false, revalidateIfStale: false },
  );

  const loadedPages = useMemo(() => data ?? [], [data]);
  const excerpts = loadedPages.flatMap((p) => p.excerpts);
  // `?? []`: a page the service worker kept from a build before answers named their articles.
  const articles = useMemo(() => loadedPages.flatMap((p) => p.articles ?? []), [loadedPages]);
  const total = loadedPages[0]?.total ?? 0;
  const hasMore = loadedPages.length > 0 && loadedPages[loadedPages.length - 1].nextPage !== null;
  const loadingMore = isValidating && size > loadedPages.length;
  // The path form has no page for an article that does not name the place: a 404, not a failure.
  const notInArticle = Boolean(articleFilter) && error instanceof FetchError && error.status === 404 && loadedPages.length === 0;
  useEffect(() => onLoaded(excerpts.length > 0, articles), [excerpts.length, articles, onLoaded]);

  if (!data && !error) return <>{placeholder}</>;
  return (
    <>
      <h2>Excerpts{total ? ` (${total})` : ''}</h2>
      {notInArticle ? (
        <p className="corpus-line">This article does not mention {place.name}.</p>
      ) : (
        error && (
          <div className="error-box" role="alert">
            <p>The excerpts could not be loaded: {error.message}</p>
            <button type="button" className="button" onClick={() => void mutate()}>
              Retry
            </button>
          </div>
        )
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
