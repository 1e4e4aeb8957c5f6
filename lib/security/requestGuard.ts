// Decides, before Next routes a request, whether it may reach a page or API handler at all.
// Pure: the proxy supplies the method, the raw (still percent-encoded) pathname and a lookup of known ids.
//
// Why this exists:
// - A malformed percent-escape in a dynamic segment (`/places/%E0%A4%A`) makes Next 16 answer a bare
//   500; it must be a 4xx.
// - Next writes every on-demand render of a dynamic page to its cache on disk, including notFound()
//   results, even with dynamicParams = false (next.js#96581): each random `/places/<x>` would add files.
//   Unknown ids are therefore answered with Next's not-found page prerendered at build time: nothing is
//   rendered or stored per request. (Rewriting to one sentinel id per route instead would store its 404
//   once, but with the first requester's URL baked into the cached flight data.)
// - The API is read-only: other methods get a JSON 405 with an Allow header instead of Next's empty 405
//   (or a 500 for TRACE), and unknown API paths a JSON 404 instead of the HTML not-found page.
import { isValidId } from '../url/routes';

export type IdKind = 'place' | 'article';

/** Whether an id exists in the corpus; null when that cannot be told (e.g. no corpus yet). */
export type KnownIdLookup = (kind: IdKind, id: string) => boolean | null;

export type GuardDecision =
  | { action: 'continue' }
  | { action: 'json-error'; status: 400 | 404 | 405; error: string; allow?: string }
  | { action: 'options'; allow: string }
  | { action: 'method-not-allowed'; allow: string }
  /** Answer with the prerendered not-found page (status 404, URL unchanged). */
  | { action: 'not-found-page'; rewriteTo: string };

export const API_METHODS = ['GET', 'HEAD', 'OPTIONS'] as const;
export const PAGE_METHODS = ['GET', 'HEAD'] as const;

interface RouteShape {
  /** The route in Next's file-system notation, e.g. `/api/places/[id]`. */
  route: string;
  pattern: RegExp;
  idKind?: IdKind;
}

/** Every API route of app/api (a unit test checks this against the files). */
export const API_ROUTES: readonly RouteShape[] = [
  { route: '/api/places', pattern: /^\/api\/places$/ },
  { route: '/api/places/[id]', pattern: /^\/api\/places\/([^/]*)$/, idKind: 'place' },
  { route: '/api/articles', pattern: /^\/api\/articles$/ },
  { route: '/api/articles/[id]', pattern: /^\/api\/articles\/([^/]*)$/, idKind: 'article' },
  // The path forms (lib/url/apiPaths.ts): the same answers as files.
  { route: '/api/places.json', pattern: /^\/api\/places\.json$/ },
  { route: '/api/articles.json', pattern: /^\/api\/articles\.json$/ },
  { route: '/api/places/[id]/pages/[page]', pattern: /^\/api\/places\/([^/]*)\/pages\/[^/]*$/, idKind: 'place' },
  { route: '/api/places/[id]/articles/[articleId]/pages/[page]', pattern: /^\/api\/places\/([^/]*)\/articles\/[^/]*\/pages\/[^/]*$/, idKind: 'place' },
  { route: '/api/articles/[id]/article.json', pattern: /^\/api\/articles\/([^/]*)\/article\.json$/, idKind: 'article' },
  // The overview's article list beyond its first page (not skipped by the proxy: rarely asked for).
  { route: '/api/recent-articles/pages/[page]', pattern: /^\/api\/recent-articles\/pages\/[^/]*$/ },
];

/**
 * API paths the proxy does not run on (their route handlers answer every method themselves, with the
 * guard's answers): exactly the routes above with well-formed segments, i.e. nothing the guard would
 * refuse for a read. Anything else under /api (a `%`, an unknown endpoint, an extra segment) still
 * goes through the guard. proxy.ts must spell this as a literal; a unit test checks they agree.
 * Defined beside the header rule that precompresses their answers (lib/http/precompressedApi.mjs).
 */
export { SELF_GUARDED_API_PATHS } from '../http/precompressedApi.mjs';

/** Every page route with an id segment (a unit test checks this against the files). */
export const ID_PAGE_ROUTES: readonly RouteShape[] = [
  { route: '/places/[id]', pattern: /^\/places\/([^/]*)$/, idKind: 'place' },
  { route: '/articles/[id]', pattern: /^\/articles\/([^/]*)$/, idKind: 'article' },
  { route: '/embed/places/[id]', pattern: /^\/embed\/places\/([^/]*)$/, idKind: 'place' },
];

/** Path prefixes the proxy must run on (mirrored by the literal matcher in proxy.ts). */
export const GUARDED_PREFIXES = ['/api', '/places', '/articles', '/embed'] as const;

const CONTINUE: GuardDecision = { action: 'continue' };

/** Next's not-found page, prerendered at build time (app/not-found.tsx): static, the same for every URL. */
export const NOT_FOUND_PATH = '/_not-found';
const NOT_FOUND: GuardDecision = { action: 'not-found-page', rewriteTo: NOT_FOUND_PATH };

/** decodeURIComponent without throwing: null for a malformed escape. */
export function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function hasMalformedEscape(pathname: string): boolean {
  return pathname.split('/').some((segment) => safeDecode(segment) === null);
}

function withoutTrailingSlash(pathname: string): string {
  return pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
}

function matchRoute(routes: readonly RouteShape[], pathname: string): { shape: RouteShape; segment?: string } | null {
  for (const shape of routes) {
    const match = shape.pattern.exec(pathname);
    if (match) return { shape, segment: match[1] };
  }
  return null;
}

/** The error of a JSON 405 on the API (also answered by the route handlers the proxy skips). */
export function methodNotAllowedError(method: string): string {
  return `The API is read-only: ${method.toUpperCase()} is not allowed (use ${API_METHODS.join(', ')}).`;
}

function guardApi(method: string, pathname: string): GuardDecision {
  if (hasMalformedEscape(pathname)) {
    return { action: 'json-error', status: 400, error: 'The address has a malformed percent-escape (%XX).' };
  }
  if (!matchRoute(API_ROUTES, pathname)) {
    return { action: 'json-error', status: 404, error: `No API endpoint at ${pathname.slice(0, 200)}.` };
  }
  const allow = API_METHODS.join(', ');
  if (method === 'OPTIONS') return { action: 'options', allow };
  if (!(API_METHODS as readonly string[]).includes(method)) {
    return { action: 'json-error', status: 405, error: methodNotAllowedError(method), allow };
  }
  // Ids are validated (400) and looked up (404) by the route handlers themselves.
  return CONTINUE;
}

function guardPage(method: string, pathname: string, knownIds: KnownIdLookup): GuardDecision {
  if (!(PAGE_METHODS as readonly string[]).includes(method)) {
    return { action: 'method-not-allowed', allow: PAGE_METHODS.join(', ') };
  }
  const matched = matchRoute(ID_PAGE_ROUTES, pathname);
  if (hasMalformedEscape(pathname)) return NOT_FOUND;
  if (!matched || matched.segment === undefined || !matched.shape.idKind) return CONTINUE;
  const id = safeDecode(matched.segment);
  if (id === null || !isValidId(id)) return NOT_FOUND;
  return knownIds(matched.shape.idKind, id) === false ? NOT_FOUND : CONTINUE;
}

/**
 * The decision for one request. `rawPathname` is the path as sent (percent-escapes intact), e.g.
 * `request.nextUrl.pathname` in the proxy.
 */
export function guardRequest(method: string, rawPathname: string, knownIds: KnownIdLookup): GuardDecision {
  const pathname = withoutTrailingSlash(rawPathname);
  const upperMethod = method.toUpperCase();
  if (pathname === '/api' || pathname.startsWith('/api/')) return guardApi(upperMethod, pathname);
  return guardPage(upperMethod, pathname, knownIds);
}
