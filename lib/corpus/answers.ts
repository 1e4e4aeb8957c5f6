// The value of every API answer, in one place: route handlers of `next start` and the static export
// serve exactly these values (serialised once by lib/http/preparedJson.ts).
import type { ArticleDocument, ArticleMeta, PlaceProperties, PlacesCollection } from '../types';
import { articleSourcesOf, type ArticleSource } from './pageData';
import { DEFAULT_PAGE_SIZE, pageOfExcerpts, type ExcerptPage } from './queries';
import { getArticle, getArticleMeta, getManifest, getPlace, getPlaceExcerpts, getPlaces } from './store';

/**
 * One page of a place's excerpts. `articles` names the articles of this page's excerpts with their
 * sources, so that a client showing the page needs nothing else about the corpus.
 */
export type PlaceExcerptsAnswer = ExcerptPage & { place: PlaceProperties; articles: ArticleSource[] };

export interface ArticleAnswer {
  article: ArticleDocument;
  places: PlaceProperties[];
}

export interface ExcerptQuery {
  articleId?: string | null;
  page?: number;
  pageSize?: number;
}

/** `GET /api/places`: the GeoJSON of every place (no excerpts). */
export function placesAnswer(): PlacesCollection {
  return getPlaces();
}

/** `GET /api/articles`. */
export function articlesAnswer(): { articles: ArticleMeta[] } {
  return { articles: getManifest().articles };
}

/** `GET /api/places/{id}?page=&pageSize=&article=`: out-of-range pages are clamped; null for an unknown place. */
export function placeExcerptsAnswer(placeId: string, query: ExcerptQuery = {}): PlaceExcerptsAnswer | null {
  const place = getPlace(placeId);
  const all = getPlaceExcerpts(placeId);
  if (!place || !all) return null;
  const page = pageOfExcerpts(all.excerpts, query);
  return { place, ...page, articles: articleSourcesOf(page.excerpts, (id) => getArticleMeta(id) ?? undefined) };
}

/**
 * One page of the path form (`/api/places/{id}[/articles/{articleId}]/pages/{n}.json`, default page
 * size): a file either exists or it does not, so an unknown place, an article that does not mention
 * the place, or a page past the last is null (a 404), never clamped to another page.
 */
export function placePageAnswer(placeId: string, page: number, articleId: string | null = null): PlaceExcerptsAnswer | null {
  const place = getPlace(placeId);
  if (!place || (articleId !== null && !place.articleIds.includes(articleId))) return null;
  const answer = placeExcerptsAnswer(placeId, { page, articleId });
  return answer && answer.page === page ? answer : null;
}

/** A name for one page answer, the same for its query form and its path form (they are the same bytes). */
export function placePageKey(placeId: string, articleId: string | null, page: number, pageSize: number): string {
  return `place ${placeId} article ${articleId ?? '-'} page ${page} of ${pageSize}`;
}

/** `GET /api/articles/{id}`: the article with its places; null for an unknown article. */
export function articleAnswer(articleId: string): ArticleAnswer | null {
  const article = getArticle(articleId);
  if (!article) return null;
  const places = article.placeIds.map((placeId) => getPlace(placeId)).filter((p) => p !== null);
  return { article, places };
}

function pagesOf(excerptCount: number): number[] {
  return Array.from({ length: Math.max(1, Math.ceil(excerptCount / DEFAULT_PAGE_SIZE)) }, (_, i) => i + 1);
}

/** Every page of every place, unfiltered: the files `/api/places/{id}/pages/{n}.json`. */
export function allPlacePages(): Array<{ placeId: string; page: number }> {
  return getPlaces().features.flatMap(({ properties: { id } }) =>
    pagesOf(getPlaceExcerpts(id)?.excerpts.length ?? 0).map((page) => ({ placeId: id, page })),
  );
}

/** Every page of every place narrowed to each article that mentions it: `/api/places/{id}/articles/{a}/pages/{n}.json`. */
export function allPlaceArticlePages(): Array<{ placeId: string; articleId: string; page: number }> {
  return getPlaces().features.flatMap(({ properties: { id, articleIds } }) => {
    // One pass over the place's excerpts, not one per article: a place can be in thousands of articles.
    const perArticle = new Map<string, number>();
    for (const e of getPlaceExcerpts(id)?.excerpts ?? []) perArticle.set(e.articleId, (perArticle.get(e.articleId) ?? 0) + 1);
    return articleIds.flatMap((articleId) => pagesOf(perArticle.get(articleId) ?? 0).map((page) => ({ placeId: id, articleId, page })));
  });
}
