// Paths of the API answers. Every answer the dashboard fetches has a path of its own ending in `.json`,
// so that a plain static file server (or a CDN) can serve the same answers as files: a query string
// cannot select a file, and `/api/places` cannot be a file next to a folder `/api/places/`.
// `next start` serves these paths too, and also the extensionless public interface
// (`/api/places`, `/api/places/{id}?page=…`, `/api/articles`, `/api/articles/{id}`).

export const PLACES_API_PATH = '/api/places';
export const ARTICLES_API_PATH = '/api/articles';

/** The places GeoJSON as a file: the same bytes as `/api/places`. */
export const PLACES_FILE_PATH = '/api/places.json';
/** The article list as a file: the same bytes as `/api/articles`. */
export const ARTICLES_FILE_PATH = '/api/articles.json';

/** Name of the file of one page of excerpts: `{page}.json`, page 1 first. */
export function pageFileName(page: number): string {
  return `${page}.json`;
}

/** The page number of a page file name, or null when the name is not `{positive integer}.json`. */
export function pageFromFileName(name: string): number | null {
  const match = /^([1-9][0-9]{0,5})\.json$/.exec(name);
  return match ? Number(match[1]) : null;
}

/**
 * One page of a place's excerpts (default page size), optionally narrowed to one article:
 * `/api/places/{id}/pages/{n}.json` or `/api/places/{id}/articles/{articleId}/pages/{n}.json`.
 * The same answer as `/api/places/{id}?page={n}&article={articleId}`.
 */
export function placePagePath(placeId: string, page: number, articleId?: string | null): string {
  const place = `/api/places/${encodeURIComponent(placeId)}`;
  const scope = articleId ? `${place}/articles/${encodeURIComponent(articleId)}` : place;
  return `${scope}/pages/${pageFileName(page)}`;
}

/**
 * One page of the article list, most recent first (the overview's list beyond its first page):
 * `/api/recent-articles/pages/{n}.json`. Not under `/api/articles/`, where `pages` could be an article id.
 */
export function recentArticlesPagePath(page: number): string {
  return `/api/recent-articles/pages/${pageFileName(page)}`;
}

/** An article with its places as a file: the same answer as `/api/articles/{id}`. */
export function articleFilePath(articleId: string): string {
  return `/api/articles/${encodeURIComponent(articleId)}/article.json`;
}

export interface PathRewrite {
  /** The public path, with `:id` standing for an id segment. */
  source: string;
  /** The file that answers it. */
  destination: string;
}

/**
 * What a static host must map for the extensionless public API paths to answer from the files
 * (the dashboard itself fetches only the files). The query forms (`?page=`, `?pageSize=`, `?article=`)
 * exist only on `next start`; a static host answers page 1 for them.
 */
export const STATIC_HOST_API_REWRITES: readonly PathRewrite[] = [
  { source: PLACES_API_PATH, destination: PLACES_FILE_PATH },
  { source: ARTICLES_API_PATH, destination: ARTICLES_FILE_PATH },
  { source: `${PLACES_API_PATH}/:id`, destination: `${PLACES_API_PATH}/:id/pages/${pageFileName(1)}` },
  { source: `${ARTICLES_API_PATH}/:id`, destination: `${ARTICLES_API_PATH}/:id/article.json` },
];
