// Paths of the public interface. One place builds them so links, tests and the server agree.

/** Ids are URL slugs: lower-case letters and digits in runs joined by single dashes or underscores. */
export const ID_PATTERN = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
export const MAX_ID_LENGTH = 120;

export function isValidId(id: string): boolean {
  return id.length > 0 && id.length <= MAX_ID_LENGTH && ID_PATTERN.test(id);
}

function withArticle(path: string, articleId?: string | null): string {
  return articleId ? `${path}?article=${encodeURIComponent(articleId)}` : path;
}

export function overviewPath(articleId?: string | null): string {
  return withArticle('/', articleId);
}

export function placePath(placeId: string, articleId?: string | null): string {
  return withArticle(`/places/${encodeURIComponent(placeId)}`, articleId);
}

export function articlePath(articleId: string): string {
  return `/articles/${encodeURIComponent(articleId)}`;
}

export function embedPlacePath(placeId: string): string {
  return `/embed/places/${encodeURIComponent(placeId)}`;
}

/** Anchor of one excerpt in a place's panel. */
export function excerptAnchor(articleId: string, sentenceIndex: number): string {
  return `excerpt-${articleId}-${sentenceIndex}`;
}

/** Anchor of one sentence in the article view. */
export function sentenceAnchor(sentenceIndex: number): string {
  return `s-${sentenceIndex}`;
}

/** Reads the selected place id from a pathname (`/places/{id}`), or null. */
export function placeIdFromPath(pathname: string): string | null {
  const match = /^\/(?:embed\/)?places\/([^/]+)\/?$/.exec(pathname);
  if (!match) return null;
  let id: string;
  try {
    id = decodeURIComponent(match[1]);
  } catch {
    return null;
  }
  return isValidId(id) ? id : null;
}

/** Reads the article id from a pathname (`/articles/{id}`), or null. */
export function articleIdFromPath(pathname: string): string | null {
  const match = /^\/articles\/([^/]+)\/?$/.exec(pathname);
  if (!match) return null;
  let id: string;
  try {
    id = decodeURIComponent(match[1]);
  } catch {
    return null;
  }
  return isValidId(id) ? id : null;
}

/** Reads the `?article=` filter; an invalid value is ignored. */
export function articleFilterFrom(value: string | null | undefined): string | null {
  return value && isValidId(value) ? value : null;
}
