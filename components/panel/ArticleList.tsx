'use client';
import { useState } from 'react';
import type { ArticleListPage } from '@/lib/corpus/pageData';
import { recentArticlesPagePath } from '@/lib/url/apiPaths';
import { articlePath } from '@/lib/url/routes';
import { fetchJson } from '../data/fetchJson';
import { PanelLink } from './PanelLink';

/**
 * The corpus's articles, most recent first: the server renders the first page, "More articles" loads the
 * next ones from their path URLs (files of the static export too), a page at a time.
 */
export function ArticleList({ firstPage }: { firstPage: ArticleListPage }) {
  const [pages, setPages] = useState<readonly ArticleListPage[]>([firstPage]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const articles = pages.flatMap((p) => p.articles);
  const nextPage = pages[pages.length - 1].nextPage;

  const loadMore = async (page: number) => {
    setLoading(true);
    setError(null);
    try {
      const next = await fetchJson<ArticleListPage>(recentArticlesPagePath(page));
      // A second click while a page loads asks for the same page: keep one copy.
      setPages((loaded) => (loaded.some((p) => p.page === next.page) ? loaded : [...loaded, next]));
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setLoading(false);
    }
  };

  return (
    <>
      <ul className="article-list">
        {articles.map((a) => (
          <li key={a.id}>
            <PanelLink href={articlePath(a.id)}>
              <span>
                {a.title}
                <br />
                <span className="count">{[a.source, a.publishedAt, `${a.placeCount} places`].filter(Boolean).join(' · ')}</span>
              </span>
            </PanelLink>
          </li>
        ))}
      </ul>
      {error && (
        <p className="error-box" role="alert">
          The articles could not be loaded: {error}
        </p>
      )}
      {nextPage !== null && (
        <p className="corpus-line list-more">
          The {articles.length} most recent of {firstPage.total} articles.{' '}
          <button type="button" className="button" onClick={() => void loadMore(nextPage)} disabled={loading}>
            {loading ? 'Loading…' : 'More articles'}
          </button>
        </p>
      )}
    </>
  );
}
