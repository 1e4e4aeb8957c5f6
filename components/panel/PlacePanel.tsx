'use client';
import Link from 'next/link';
import { useEffect, useRef } from 'react';
import useSWRInfinite from 'swr/infinite';
import type { ExcerptPage } from '@/lib/corpus/queries';
import type { ArticleMeta, Excerpt, PlaceProperties } from '@/lib/types';
import { articlePath, excerptAnchor, sentenceAnchor } from '@/lib/url/routes';
import { useArticleFilter } from '../ArticleFilter';
import { fetchJson } from '../data/fetchJson';
import { placeExcerptsKey, type PlaceExcerptsResponse } from '../data/placeExcerpts';
import { HighlightedText } from './HighlightedText';
import { KindBadge } from './KindBadge';
import { MentionChart } from './MentionChart';
import { useExcerptTarget } from './useExcerptTarget';
import { EmbedSnippet } from '../share/EmbedSnippet';
import { ShareButton } from '../share/ShareButton';

export interface PlacePanelProps {
  place: PlaceProperties;
  /** First page of excerpts (unfiltered), rendered on the server. */
  initialPage: ExcerptPage;
  articles: readonly Pick<ArticleMeta, 'id' | 'title' | 'source'>[];
  perArticle: ReadonlyArray<{ articleId: string; title: string; count: number }>;
}

function groupByArticle(excerpts: readonly Excerpt[]): Excerpt[][] {
  const groups: Excerpt[][] = [];
  for (const e of excerpts) {
    const last = groups.at(-1);
    if (last && last[0].articleId === e.articleId) last.push(e);
    else groups.push([e]);
  }
  return groups;
}

export function PlacePanel({ place, initialPage, articles, perArticle }: PlacePanelProps) {
  const articleFilter = useArticleFilter();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const articleById = new Map(articles.map((a) => [a.id, a]));

  const { data, error, size, setSize, mutate, isValidating } = useSWRInfinite<PlaceExcerptsResponse>(
    (index, previous: PlaceExcerptsResponse | null) =>
      previous && previous.nextPage === null ? null : placeExcerptsKey(place.id, index + 1, articleFilter),
    fetchJson,
    {
      fallbackData: articleFilter ? undefined : [{ ...initialPage, place }],
      revalidateOnMount: Boolean(articleFilter),
      revalidateFirstPage: false,
      revalidateOnFocus: false,
      revalidateIfStale: false,
    },
  );

  // Focus moves to the place's name when a place opens, so keyboard and screen reader users follow.
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, [place.id]);

  const pages = data ?? [];
  const excerpts = pages.flatMap((p) => p.excerpts);
  const total = pages[0]?.total ?? 0;
  const hasMore = pages.length > 0 && pages[pages.length - 1].nextPage !== null;
  const loadingFirst = !data && !error;
  const loadingMore = isValidating && size > pages.length;
  const targetExcerpt = useExcerptTarget(excerpts.length > 0);
  const shownArticles = articleFilter ? place.articleIds.filter((id) => id === articleFilter) : place.articleIds;

  return (
    <article aria-labelledby="place-heading" data-place-id={place.id}>
      <h1 id="place-heading" ref={headingRef} tabIndex={-1}>
        {place.name}
      </h1>
      <p className="place-meta">
        <KindBadge kind={place.kind} />
        <span>
          {place.mentionCount} mention{place.mentionCount === 1 ? '' : 's'} in {place.articleIds.length} article
          {place.articleIds.length === 1 ? '' : 's'}
        </span>
      </p>
      <div className="share-row">
        <ShareButton title={`${place.name} in the news`} />
        <EmbedSnippet placeId={place.id} name={place.name} />
      </div>
      <MentionChart rows={perArticle} />
      {articleFilter && (
        <p className="corpus-line">
          Showing one article: {articleById.get(articleFilter)?.title ?? articleFilter}.{' '}
          <Link href={`/places/${place.id}`}>Show all articles</Link>
        </p>
      )}
      <h2>Excerpts{total ? ` (${total})` : ''}</h2>
      {error && (
        <div className="error-box" role="alert">
          <p>The excerpts could not be loaded: {error.message}</p>
          <button type="button" className="button" onClick={() => void mutate()}>
            Retry
          </button>
        </div>
      )}
      {loadingFirst && (
        <div aria-busy="true" aria-label="Loading excerpts">
          <div className="skeleton" />
          <div className="skeleton" />
          <div className="skeleton" />
        </div>
      )}
      {!loadingFirst && !error && excerpts.length === 0 && shownArticles.length === 0 && (
        <p className="corpus-line">This article does not mention {place.name}.</p>
      )}
      {groupByArticle(excerpts).map((group) => {
        const meta = articleById.get(group[0].articleId);
        return (
          <section className="article-group" key={group[0].articleId} aria-label={group[0].articleTitle}>
            <h3>
              <Link href={articlePath(group[0].articleId)}>{group[0].articleTitle}</Link>
            </h3>
            {meta?.source && <p className="source">{meta.source}</p>}
            <ul className="excerpt-list">
              {group.map((e) => {
                const anchor = excerptAnchor(e.articleId, e.sentenceIndex);
                return (
                  <li className="excerpt" id={anchor} key={anchor}>
                    <p>
                      <HighlightedText text={e.text} highlights={e.highlights} />
                    </p>
                    <p className="excerpt-links">
                      <Link href={`${articlePath(e.articleId)}#${sentenceAnchor(e.sentenceIndex)}`}>Read in the article</Link>
                      <a
                        href={`#${anchor}`}
                        onClick={(event) => {
                          event.preventDefault();
                          targetExcerpt(anchor);
                        }}
                      >
                        Link to this excerpt
                      </a>
                    </p>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      {hasMore && (
        <button type="button" className="button" onClick={() => void setSize(size + 1)} disabled={loadingMore}>
          {loadingMore ? 'Loading…' : 'More excerpts'}
        </button>
      )}
    </article>
  );
}
