// @ts-check
import { precompressedApiRules } from './lib/http/precompressedApi.mjs';
import { extraConnectSourcesFrom, securityHeaderRules } from './lib/security/headers.mjs';

/**
 * `npm run build:static` sets STATIC_EXPORT=1: a static export into out/ (every page and every API
 * answer the dashboard fetches as a file). Next always builds an export in .next/, so
 * scripts/static/build.ts keeps the `next start` build aside meanwhile. See docs/DEPLOY.md.
 */
const staticExport = process.env.STATIC_EXPORT === '1';

/**
 * Route handlers named `route.server.ts` exist only on `next start`: the extensionless public API
 * (`/api/places` cannot be a file beside the folder `/api/places/`) and its query forms (a query string
 * cannot select a file). The export leaves them out by not counting `server.ts` as a page extension;
 * everything else (`route.ts`, `page.tsx`, metadata files) is in both builds.
 */
const SERVER_ONLY_EXTENSION = 'server.ts';
const pageExtensions = ['tsx', 'ts', 'jsx', 'js'];

/** @type {import('next').NextConfig} */
const serverConfig = {
  poweredByHeader: false,
  pageExtensions: [...pageExtensions, SERVER_ONLY_EXTENSION],
  // proxy.ts reads the path exactly as sent (a malformed %-escape must reach it intact) and its rewrites
  // must stay internal: with normalisation, request.url says `localhost` while Next compares rewrites with
  // the bound host (e.g. 127.0.0.1), treats them as external and proxies them over HTTP to itself.
  skipProxyUrlNormalize: true,
  // The generated corpus is read from disk at request time by route handlers; ship it with the server.
  outputFileTracingIncludes: { '/**': ['./data/generated/**/*'] },
  // Browsers ask for /favicon.ico on documents without an icon link (plain-text 404s of /_next/static):
  // answer with the app icon rather than a logged 404.
  async rewrites() {
    return [{ source: '/favicon.ico', destination: '/icon.svg' }];
  },
  // Header rules match paths case-sensitively, as routes do: the gzip label of the precompressed API
  // answers must not reach `/API/PLACES`, whose answer is Next's (uncompressed) 404 page.
  experimental: { caseSensitiveRoutes: true },
  // CSP, framing, sniffing, referrer and permissions headers on every response (lib/security/headers.mjs);
  // the gzip label of precompressed API answers for clients that accept gzip (lib/http/precompressedApi.mjs).
  async headers() {
    return [
      ...securityHeaderRules({
        dev: process.env.NODE_ENV === 'development',
        extraConnectSources: extraConnectSourcesFrom(process.env),
      }),
      ...precompressedApiRules(),
    ];
  },
};

/**
 * The static export: no proxy, rewrites or headers (Next cannot run them on a file server; the static
 * host is configured instead, see scripts/static/serve-config.ts and docs/DEPLOY.md).
 * @type {import('next').NextConfig}
 */
const exportConfig = {
  output: 'export',
  poweredByHeader: false,
  pageExtensions,
};

export default staticExport ? exportConfig : serverConfig;
