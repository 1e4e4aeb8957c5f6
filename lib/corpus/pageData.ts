// What each dashboard page shows, cut to a size set by the page and not by the corpus: a page's HTML and
// its client-side navigation payload carry these values, so at 10,000 articles a place page must not
// name every article, nor the overview every place. Pure (no I/O): lib/corpus/pages.ts feeds it the corpus.
import type { ArticleMeta, Excerpt, PlaceKind, PlaceProperties } from '../types';
import { DEFAULT_PAGE_SIZE, pageOfExcerpts, rankPlaces } from './queries';

/** Places the overview renders on the server (the most mentioned); the others are found with the filter box. */
export const OVERVIEW_PLACES = 50;
/** Articles per page of the overview's list, most recent first; the first page is rendered on the server. */
export const ARTICLES_PAGE_SIZE = 20;
/** Bars of a place's mentions-per-article chart at most: the articles that mention it most. */
export const CHART_ARTICLES = 12;

/** What the place panel says about a place (no article ids: the United States is in every article). */
export interface PlaceSummary {
  id: string;
  name: string;
  kind: PlaceKind;
  mentionCount: number;
  articleCount: number;
}

/** One row of the overview's place list. */
export type PlaceListItem = Pick<PlaceProperties, 'id' | 'name' | 'kind' | 'mentionCount'>;

/** What an excerpt list shows of an article besides the excerpt's own title: its source. */
export type ArticleSource = Pick<ArticleMeta, 'id' | 'title' | 'source'>;

/** One row of the overview's article list. */
export type ArticleListItem = Pick<ArticleMeta, 'id' | 'title' | 'source' | 'publishedAt'> & { placeCount: number };

/** One page of the article list, most recent first: `/api/recent-articles/pages/{n}.json`. */
export interface ArticleListPage {
  articles: ArticleListItem[];
  page: number;
  pageSize: number;
  total: number;
  /** The next page number, or null on the last page. */
  nextPage: number | null;
}

export interface MentionChartRow {
  articleId: string;
  title: string;
  count: number;
}

/** The chart's bars (in corpus order) and how many articles mention the place in all. */
export interface MentionChartData {
  rows: MentionChartRow[];
  articleCount: number;
}

/** Everything a place page renders: its first page of excerpts and nothing of the rest of the corpus. */
export interface PlacePageData {
  place: PlaceSummary;
  /** The first page of excerpts, all articles. */
  excerpts: Excerpt[];
  /** The articles of those excerpts (with their sources), in order. */
  articles: ArticleSource[];
  /** How many excerpts the place has, and whether the first page holds only some. */
  total: number;
  hasMore: boolean;
  chart: MentionChartData;
}

export function placeSummary(place: PlaceProperties): PlaceSummary {
  return { id: place.id, name: place.name, kind: place.kind, mentionCount: place.mentionCount, articleCount: place.articleIds.length };
}

export function placeListItem({ id, name, kind, mentionCount }: PlaceListItem): PlaceListItem {
  return { id, name, kind, mentionCount };
}

/** The `limit` most mentioned places (ties by name), as the overview lists them. */
export function topPlaces(places: readonly PlaceProperties[], limit = OVERVIEW_PLACES): PlaceListItem[] {
  return rankPlaces(places).slice(0, limit).map(placeListItem);
}

/**
 * Most recent first: by `publishedAt` (ISO dates, compared as text), undated articles after the dated
 * ones, ties in corpus order.
 */
export function articlesByRecency(articles: readonly ArticleMeta[]): ArticleMeta[] {
  return articles
    .map((article, index) => ({ article, index }))
    .sort((a, b) => {
      const x = a.article.publishedAt ?? '';
      const y = b.article.publishedAt ?? '';
      if (x !== y) return x === '' ? 1 : y === '' ? -1 : x < y ? 1 : -1;
      return a.index - b.index;
    })
    .map(({ article }) => article);
}

export function articleListItem(article: ArticleMeta): ArticleListItem {
  const item: ArticleListItem = { id: article.id, title: article.title, placeCount: article.placeIds.length };
  if (article.source !== undefined) item.source = article.source;
  if (article.publishedAt !== undefined) item.publishedAt = article.publishedAt;
  return item;
}

/** How many pages a list of `count` items fills (at least one, possibly empty). */
export function pageCount(count: number, pageSize: number): number {
  return Math.max(1, Math.ceil(count / pageSize));
}

/**
 * Page `page` of the article list (already in its order). Null for a page that does not exist: the path
 * form is a file or nothing, never clamped to another page. Page 1 always exists, empty for no articles.
 */
export function pageOfArticles(sorted: readonly ArticleMeta[], page: number, pageSize = ARTICLES_PAGE_SIZE): ArticleListPage | null {
  const last = pageCount(sorted.length, pageSize);
  if (!Number.isInteger(page) || page < 1 || page > last) return null;
  const start = (page - 1) * pageSize;
  return {
    articles: sorted.slice(start, start + pageSize).map(articleListItem),
    page,
    pageSize,
    total: sorted.length,
    nextPage: page < last ? page + 1 : null,
  };
}

/** The distinct articles of some excerpts, in their order, with their sources (unknown ids left out). */
export function articleSourcesOf(excerpts: readonly Excerpt[], articleById: (id: string) => ArticleMeta | undefined): ArticleSource[] {
  const seen = new Set<string>();
  const sources: ArticleSource[] = [];
  for (const { articleId } of excerpts) {
    if (seen.has(articleId)) continue;
    seen.add(articleId);
    const article = articleById(articleId);
    if (!article) continue;
    const source: ArticleSource = { id: article.id, title: article.title };
    if (article.source !== undefined) source.source = article.source;
    sources.push(source);
  }
  return sources;
}

/**
 * Mentions of a place per article, from its excerpts (which are in corpus order). Beyond `limit`
 * articles, only the `limit` that mention it most are kept (ties: the earlier article), still in corpus
 * order: a bar per article would make the chart of a place named in every article as long as the corpus.
 */
export function mentionChart(excerpts: readonly Excerpt[], limit = CHART_ARTICLES): MentionChartData {
  const byArticle = new Map<string, MentionChartRow>();
  for (const e of excerpts) {
    const row = byArticle.get(e.articleId);
    if (row) row.count += e.highlights.length;
    else byArticle.set(e.articleId, { articleId: e.articleId, title: e.articleTitle, count: e.highlights.length });
  }
  const all = [...byArticle.values()];
  if (all.length <= limit) return { rows: all, articleCount: all.length };
  const kept = new Set(
    all
      .map((row, index) => ({ row, index }))
      .sort((a, b) => b.row.count - a.row.count || a.index - b.index)
      .slice(0, limit)
      .map(({ row }) => row),
  );
  return { rows: all.filter((row) => kept.has(row)), articleCount: all.length };
}

/** A place page's data, from the place, all its excerpts and a lookup of article summaries. */
export function placePageData(
  place: PlaceProperties,
  excerpts: readonly Excerpt[],
  articleById: (id: string) => ArticleMeta | undefined,
  pageSize = DEFAULT_PAGE_SIZE,
): PlacePageData {
  const first = pageOfExcerpts(excerpts, { pageSize });
  return {
    place: placeSummary(place),
    excerpts: first.excerpts,
    articles: articleSourcesOf(first.excerpts, articleById),
    total: first.total,
    hasMore: first.nextPage !== null,
    chart: mentionChart(excerpts),
  };
}
