// What a static host must be told to serve the export (out/) as `next start` serves the app: the
// security headers, cache lifetimes, the content type of files without an extension, and the
// extensionless public API paths mapped to their files. Written as the configuration of the `serve`
// package (serve.json, read by serve-handler); docs/DEPLOY.md has the same rules for other hosts.
import { securityHeaderRules, type Header } from '../security/headers.mjs';
import { STATIC_HOST_API_REWRITES } from '../url/apiPaths';
import { API_CACHE_CONTROL } from './preparedJson';

export interface ServeHeaderRule {
  /** A minimatch glob of the served file's path (after clean URLs and rewrites), e.g. `/places/x.html`. */
  source: string;
  headers: Header[];
}

export interface ServeConfig {
  cleanUrls: boolean;
  trailingSlash: boolean;
  directoryListing: boolean;
  rewrites: Array<{ source: string; destination: string }>;
  headers: ServeHeaderRule[];
}

/** Hashed build assets never change under their name. */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';
/** Pages and data keep their URLs across rebuilds: always revalidated (ETag), like the API. */
export const REVALIDATE_CACHE_CONTROL = API_CACHE_CONTROL;

export function serveConfig(options: { extraConnectSources?: readonly string[] } = {}): ServeConfig {
  // The same three rules as next.config.js (every path; framing off except under /embed), as globs.
  const [everyPath, nonEmbed, embed] = securityHeaderRules({ extraConnectSources: options.extraConnectSources ?? [] });
  return {
    // /places/seoul answers places/seoul.html, as `next start` does; no redirects of either form.
    cleanUrls: true,
    trailingSlash: false,
    directoryListing: false,
    rewrites: [
      ...STATIC_HOST_API_REWRITES.map(({ source, destination }) => ({ source, destination })),
      { source: '/favicon.ico', destination: '/icon.svg' },
    ],
    // serve-handler applies every matching rule in order, later keys overriding earlier ones.
    headers: [
      { source: '**', headers: [...everyPath.headers, { key: 'Cache-Control', value: REVALIDATE_CACHE_CONTROL }] },
      { source: '!/embed/**', headers: nonEmbed.headers },
      { source: '/embed/**', headers: embed.headers },
      { source: '/_next/static/**', headers: [{ key: 'Cache-Control', value: IMMUTABLE_CACHE_CONTROL }] },
      // Link-preview images are written without an extension (their route is opengraph-image-{hash}).
      { source: '/places/*/opengraph-image-*', headers: [{ key: 'Content-Type', value: 'image/png' }] },
    ],
  };
}
