// Pure queries over the generated corpus (no I/O), shared by route handlers and pages.
import type { Excerpt, PlaceProperties, PlacesCollection } from '../types';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export interface ExcerptPage {
  excerpts: Excerpt[];
  page: number;
  pageSize: number;
  total: number;
  /** The next page number, or null on the last page. */
  nextPage: number | null;
}

/** Excerpts of one place, optionally narrowed to one article, one page at a time. */
export function pageOfExcerpts(
  excerpts: readonly Excerpt[],
  options: { articleId?: string | null; page?: number; pageSize?: number } = {},
): ExcerptPage {
  const filtered = options.articleId ? excerpts.filter((e) => e.articleId === options.articleId) : excerpts;
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(options.pageSize ?? DEFAULT_PAGE_SIZE)));
  const lastPage = Math.max(1, Math.ceil(filtered.length / pageSize));
  const page = Math.min(lastPage, Math.max(1, Math.floor(options.page ?? 1)));
  const start = (page - 1) * pageSize;
  return {
    excerpts: filtered.slice(start, start + pageSize),
    page,
    pageSize,
    total: filtered.length,
    nextPage: page < lastPage ? page + 1 : null,
  };
}

/** Places ranked as the panel lists them: most mentioned first, then by name. */
export function rankPlaces(places: readonly PlaceProperties[], articleId?: string | null): PlaceProperties[] {
  const kept = articleId ? places.filter((p) => p.articleIds.includes(articleId)) : [...places];
  return kept.sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name, 'en'));
}

/** Case- and accent-insensitive match of a place against a filter text. */
export function placeMatchesFilter(place: Pick<PlaceProperties, 'name' | 'kind'>, filter: string): boolean {
  const needle = foldForSearch(filter.trim());
  if (!needle) return true;
  return foldForSearch(place.name).includes(needle) || place.kind === needle;
}

export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function placePropertiesOf(collection: PlacesCollection): PlaceProperties[] {
  return collection.features.map((f) => f.properties);
}
