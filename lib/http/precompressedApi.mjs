// @ts-check
// Precompressed API answers on `next start`. Next compresses every response itself, per request (gzip of
// /api/places costs 53 ms of CPU at 10,000 articles, a cap of about 19 browsers a second), and it drops a route
// handler's own Content-Encoding (FORBIDDEN_HEADERS in next/dist/server/send-response.js). A header rule
// of next.config.js can set that header, though, and Next's compression then leaves the body as it is
// ("already encoded"). So for a client that accepts gzip the rule below labels the answers of the
// self-guarded API paths gzip, and their handlers send gzip bytes made once per answer
// (lib/http/preparedJson.ts). Both sides decide with the definitions here, compiled as Next compiles them.
// Plain JavaScript (ESM) because next.config.js imports it natively under Node 20; types in the .d.mts.

const SLUG = '[a-z0-9_-]+';
const PAGE_FILE = '[0-9]+\\.json';

/**
 * The API paths whose route handlers answer every request themselves (the proxy skips them, and every
 * answer on them, errors included, may be precompressed): the listed API routes with well-formed segments.
 */
const SELF_GUARDED_ALTERNATIVES = `(?:places|articles)(?:\\.json)?|places/${SLUG}(?:/pages/${PAGE_FILE}|/articles/${SLUG}/pages/${PAGE_FILE})?|articles/${SLUG}(?:/article\\.json)?`;

export const SELF_GUARDED_API_PATHS = new RegExp(`^/api/(?:${SELF_GUARDED_ALTERNATIVES})$`);

/** The same paths as a header-rule source (Next's path-to-regexp; case-sensitive with caseSensitiveRoutes). */
export const SELF_GUARDED_API_SOURCE = `/api/:path(${SELF_GUARDED_ALTERNATIVES})`;

/**
 * An Accept-Encoding value that accepts gzip: the token `gzip` with no weight or a non-zero one
 * (`gzip;q=0` refuses it). Written as a `has` value, which Next wraps in `^...$` and tests with no flags.
 */
export const GZIP_ACCEPTING = '(?:.*,)?[ \\t]*[gG][zZ][iI][pP][ \\t]*(?:;[ \\t]*[qQ]=(?:1(?:\\.0*)?|0?\\.0*[1-9][0-9]*)[ \\t]*)?(?:,.*)?';

const gzipAccepting = new RegExp(`^${GZIP_ACCEPTING}$`);

/**
 * Whether a request to `pathname` with this Accept-Encoding gets the gzip label from the header rule,
 * and so must be answered with gzip bytes.
 * @param {string} pathname the request's path, as sent
 * @param {string | null | undefined} acceptEncoding
 * @returns {boolean}
 */
export function answersGzip(pathname, acceptEncoding) {
  return typeof acceptEncoding === 'string' && gzipAccepting.test(acceptEncoding) && SELF_GUARDED_API_PATHS.test(pathname);
}

/**
 * The header rule of next.config.js: `Content-Encoding: gzip` on the self-guarded API paths for clients
 * that accept gzip. Needs `experimental.caseSensitiveRoutes` (Next otherwise matches `/API/PLACES`, whose
 * 404 page is not gzip).
 * @returns {import('./precompressedApi.d.mts').ConditionalHeaderRule[]}
 */
export function precompressedApiRules() {
  return [
    {
      source: SELF_GUARDED_API_SOURCE,
      has: [{ type: 'header', key: 'accept-encoding', value: GZIP_ACCEPTING }],
      headers: [{ key: 'Content-Encoding', value: 'gzip' }],
    },
  ];
}
