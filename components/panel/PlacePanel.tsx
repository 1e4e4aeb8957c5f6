'use client';
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import type { ArticleSource, PlaceSummary } from '@/lib/corpus/pageData';
import { useArticleFilter } from '../ArticleFilter';
import { prefetchPlaceExcerpts } from '../data/placeExcerpts';
import { KindBadge } from './KindBadge';
import { PanelLink } from './PanelLink';
import { useExcerptTarget } from './useExcerptTarget';
import { EmbedSnippet } from '../share/EmbedSnippet';
import { ShareButton } from '../share/ShareButton';

// Only needed for an article filter or a second page: not part of the place page's first load.
const ClientExcerpts = lazy(() => import('./ClientExcerpts'));

export interface PlacePanelProps {
  place: PlaceSummary;
  /** The articles of the first page's excerpts (not every article that names the place). */
  articles: readonly ArticleSource[];
  /** The mentions-per-article chart, rendered on the server (static: its code need not ship). */
  chart: ReactNode;
  /** The first page of excerpts (all articles), rendered on the server: <ExcerptList>. */
  firstPage: ReactNode;
  /** How many excerpts the place has in all articles, and whether the first page holds only some. */
  total: number;
  hasMore: boolean;
}

function Skeleton() {
  return (
    <div aria-busy="true" aria-label="Loading excerpts">
      <div className="skeleton" />
      <div className="skeleton" />
      <div className="skeleton" />
    </div>
  );
}

export function PlacePanel({ place, articles, chart, firstPage, total, hasMore }: PlacePanelProps) {
  const articleFilter = useArticleFilter();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The reader asked for more than the server's first page (reset when another place opens).
  const [more, setMore] = useState<string | null>(null);
  const wantsMore = more === place.id;
  const clientList = Boolean(articleFilter) || wantsMore;
  const [clientShown, setClientShown] = useState(false);
  // The articles of the excerpts the client list loaded (the filtered article's title is among them).
  const [clientArticles, setClientArticles] = useState<readonly ArticleSource[]>([]);

  // Focus moves to the place's name when a place opens, so keyboard and screen reader users follow.
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, [place.id]);

  // Narrowed to an article, the excerpts come from the API: ask for them while the client list's code
  // loads, not after it (same request and cache key as the list's own).
  useEffect(() => {
    if (articleFilter) prefetchPlaceExcerpts(place.id, articleFilter);
  }, [place.id, articleFilter]);

  const targetExcerpt = useExcerptTarget(clientList ? clientShown : true);
  const onExcerptLink = (event: MouseEvent<HTMLElement>) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a.excerpt-target');
    if (!link) return;
    event.preventDefault();
    targetExcerpt(link.hash.slice(1));
  };
  const onLoaded = useCallback((shown: boolean, loaded: readonly ArticleSource[]) => {
    setClientShown(shown);
    setClientArticles(loaded);
  }, []);
  const filterTitle = articleFilter
    ? (articles.find((a) => a.id === articleFilter) ?? clientArticles.find((a) => a.id === articleFilter))?.title
    : undefined;

  const serverList = (
    <>
      <h2>Excerpts{total ? ` (${total})` : ''}</h2>
      {firstPage}
    </>
  );
  // While the client list loads: what the reader had, and the button as it was pressed.
  const placeholder = wantsMore ? (
    <>
      {serverList}
      <button type="button" className="button" disabled>
        Loading…
      </button>
    </>
  ) : (
    <Skeleton />
  );

  return (
    <article aria-labelledby="place-heading" data-place-id={place.id}>
      <h1 id="place-heading" ref={headingRef} tabIndex={-1}>
        {place.name}
      </h1>
      <p className="place-meta">
        <KindBadge kind={place.kind} />
        <span>
          {place.mentionCount} mention{place.mentionCount === 1 ? '' : 's'} in {place.articleCount} article
          {place.articleCount === 1 ? '' : 's'}
        </span>
      </p>
      <div className="share-row">
        <ShareButton title={`${place.name} in the news`} />
        <EmbedSnippet placeId={place.id} name={place.name} />
      </div>
      {chart}
      {articleFilter && (
        <p className="corpus-line">
          Showing one article{filterTitle ? `: ${filterTitle}` : ''}. <PanelLink href={`/places/${place.id}`}>Show all articles</PanelLink>
        </p>
      )}
      {/* One listener for every "Link to this excerpt", server-rendered or not. */}
      <div className="place-excerpts" onClick={onExcerptLink}>
        {clientList ? (
          <Suspense fallback={placeholder}>
            <ClientExcerpts
              key={articleFilter ?? ''}
              place={place}
              articleFilter={articleFilter}
              pages={wantsMore ? 2 : 1}
              placeholder={placeholder}
              onLoaded={onLoaded}
            />
          </Suspense>
        ) : (
          <>
            {serverList}
            {hasMore && (
              <button type="button" className="button" onClick={() => setMore(place.id)}>
                More excerpts
              </button>
            )}
          </>
        )}
      </div>
    </article>
  );
}
