// The data of the dashboard's pages, read from the generated corpus: the place page, the overview and the
// pages of its article list. The cutting to size is pure (pageData.ts); this file only looks things up.
import type { ArticleMeta, CorpusManifest } from '../types';
import {
  ARTICLES_PAGE_SIZE,
  articlesByRecency,
  pageCount,
  pageOfArticles,
  placePageData,
  topPlaces,
  type ArticleListPage,
  type PlaceListItem,
  type PlacePageData,
} from './pageData';
import { placePropertiesOf } from './queries';
import { getArticleMeta, getManifest, getPlace, getPlaceExcerpts, getPlaces } from './store';

const articleById = (id: string): ArticleMeta | undefined => getArticleMeta(id) ?? undefined;

/** `/places/{id}`: null for a place not in the corpus. */
export function placePage(id: string): PlacePageData | null {
  const place = getPlace(id);
  const all = getPlaceExcerpts(id);
  if (!place || !all) return null;
  return placePageData(place, all.excerpts, articleById);
}

export interface OverviewData {
  articleCount: number;
  placeCount: number;
  mentionCount: number;
  /** The most mentioned places. */
  places: PlaceListItem[];
  /** The first page of articles, most recent first. */
  articles: ArticleListPage;
}

let recency: { manifest: CorpusManifest; sorted: ArticleMeta[] } | null = null;

function articlesMostRecentFirst(): ArticleMeta[] {
  const manifest = getManifest();
  if (recency?.manifest !== manifest) recency = { manifest, sorted: articlesByRecency(manifest.articles) };
  return recency.sorted;
}

/** `/`: the corpus in numbers, its most mentioned places and its most recent articles. */
export function overviewData(): OverviewData {
  const { articleCount, placeCount, mentionCount } = getManifest();
  return {
    articleCount,
    placeCount,
    mentionCount,
    places: topPlaces(placePropertiesOf(getPlaces())),
    articles: recentArticlesPage(1) as ArticleListPage,
  };
}

/** `/api/recent-articles/pages/{n}.json`: null past the last page. */
export function recentArticlesPage(page: number): ArticleListPage | null {
  return pageOfArticles(articlesMostRecentFirst(), page, ARTICLES_PAGE_SIZE);
}

/** Every page of the article list: the files of the static export. */
export function recentArticlePageNumbers(): number[] {
  return Array.from({ length: pageCount(getManifest().articles.length, ARTICLES_PAGE_SIZE) }, (_, i) => i + 1);
}
