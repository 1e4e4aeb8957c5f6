// @ts-check
// Security headers of every response, built here so that next.config.js and the tests share one source.
// Plain JavaScript (ESM) because next.config.js imports it natively under Node 20, which cannot load
// TypeScript; the types live in headers.d.mts.

/** Only the embed route may be framed by other sites. */
export const EMBED_PATH_PREFIX = '/embed';

/**
 * Header rule sources in Next's path-to-regexp syntax, matched case-sensitively (next.config.js sets
 * caseSensitiveRoutes): `/EMBED/...` is not an embed path, and is a 404 page anyway.
 */
export const ALL_PATHS_SOURCE = '/:path*';
export const EMBED_PATHS_SOURCE = '/embed/:path*';
export const NON_EMBED_PATHS_SOURCE = '/:path((?!embed(?:/|$)).*)';

/**
 * Browser features the dashboard never uses. Only features Chromium recognises: an unknown name is a
 * console error on every page.
 */
const DISABLED_FEATURES = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'usb',
  'xr-spatial-tracking',
];

/**
 * Turns a configured URL into a CSP source (its origin), or throws naming the setting: a header value
 * must never carry spaces, quotes or semicolons from configuration.
 * @param {string} url
 * @param {string} setting
 * @returns {string}
 */
export function originSource(url, setting) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`${setting} "${url}" is not a valid URL, so it cannot be allowed by the Content-Security-Policy.`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`${setting} "${url}" must be an http(s) URL to be allowed by the Content-Security-Policy.`);
  }
  return parsed.origin;
}

/**
 * The Content-Security-Policy value.
 * Scripts: 'unsafe-inline' is needed because the App Router streams its flight data in inline scripts
 * and our pages are prerendered, so per-request nonces (which force dynamic rendering) are not an
 * option (Next's CSP guide, "Without Nonces"). 'unsafe-eval' only in development, where React needs it.
 * Workers: maplibre loads its worker from /maplibre-gl-worker.mjs and may fall back to a blob: URL.
 * No upgrade-insecure-requests: the app is often served over plain http on a LAN or 127.0.0.1.
 * @param {{ dev?: boolean, frameAncestors?: 'none' | 'any', extraConnectSources?: readonly string[] }} [options]
 * @returns {string}
 */
export function contentSecurityPolicy({ dev = false, frameAncestors = 'none', extraConnectSources = [] } = {}) {
  const connect = ["'self'", ...extraConnectSources];
  /** @type {Array<[string, string[]]>} */
  const directives = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:', ...extraConnectSources]],
    ['font-src', ["'self'"]],
    ['connect-src', connect],
    ['worker-src', ["'self'", 'blob:']],
    ['child-src', ["'self'", 'blob:']],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', [frameAncestors === 'any' ? '*' : "'none'"]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/** @returns {string} */
export function permissionsPolicy() {
  return DISABLED_FEATURES.map((feature) => `${feature}=()`).join(', ');
}

/**
 * @typedef {{ key: string, value: string }} Header
 * @typedef {{ source: string, headers: Header[] }} HeaderRule
 * @typedef {{ dev?: boolean, extraConnectSources?: readonly string[] }} SecurityHeaderOptions
 */

/** @returns {Header[]} */
function commonHeaders() {
  return [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: permissionsPolicy() },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
}

/**
 * The headers that decide who may frame a response. X-Frame-Options covers browsers without
 * frame-ancestors; it cannot say "anyone", so embeds must not carry it at all.
 * @param {{ embeddable: boolean } & SecurityHeaderOptions} options
 * @returns {Header[]}
 */
function framingHeaders({ embeddable, dev = false, extraConnectSources = [] }) {
  const csp = contentSecurityPolicy({ dev, extraConnectSources, frameAncestors: embeddable ? 'any' : 'none' });
  return [
    { key: 'Content-Security-Policy', value: csp },
    ...(embeddable ? [] : [{ key: 'X-Frame-Options', value: 'DENY' }]),
  ];
}

/**
 * All security headers of one response.
 * @param {{ embeddable: boolean } & SecurityHeaderOptions} options
 * @returns {Header[]}
 */
export function securityHeaders(options) {
  return [...commonHeaders(), ...framingHeaders(options)];
}

/**
 * The rules for next.config.js `headers()`: the same headers everywhere, with the framing ones split
 * between embed and non-embed paths (two disjoint rules, because a later rule cannot remove a header).
 * @param {SecurityHeaderOptions} [options]
 * @returns {HeaderRule[]}
 */
export function securityHeaderRules(options = {}) {
  return [
    { source: ALL_PATHS_SOURCE, headers: commonHeaders() },
    { source: NON_EMBED_PATHS_SOURCE, headers: framingHeaders({ ...options, embeddable: false }) },
    { source: EMBED_PATHS_SOURCE, headers: framingHeaders({ ...options, embeddable: true }) },
  ];
}

/**
 * Extra connect-src/img-src origins from the environment: the origin of an opted-in online map style
 * (NEXT_PUBLIC_MAP_STYLE_URL) and any origins listed in CSP_EXTRA_ORIGINS (space-separated), e.g. the
 * tile and glyph hosts that style points to.
 * @param {Record<string, string | undefined>} env
 * @returns {string[]}
 */
export function extraConnectSourcesFrom(env) {
  const sources = [];
  const styleUrl = env.NEXT_PUBLIC_MAP_STYLE_URL?.trim();
  if (styleUrl) sources.push(originSource(styleUrl, 'NEXT_PUBLIC_MAP_STYLE_URL'));
  for (const url of (env.CSP_EXTRA_ORIGINS ?? '').split(/\s+/).filter(Boolean)) {
    sources.push(originSource(url, 'CSP_EXTRA_ORIGINS'));
  }
  return [...new Set(sources)].sort();
}
