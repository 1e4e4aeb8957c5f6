// @ts-check
import { extraConnectSourcesFrom, securityHeaderRules } from './lib/security/headers.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // proxy.ts reads the path exactly as sent (a malformed %-escape must reach it intact) and its rewrites
  // must stay internal: with normalisation, request.url says `localhost` while Next compares rewrites with
  // the bound host (e.g. 127.0.0.1), treats them as external and proxies them over HTTP to itself.
  skipProxyUrlNormalize: true,
  reactStrictMode: true,
  // The generated corpus is read from disk at request time by route handlers; ship it with the server.
  outputFileTracingIncludes: { '/**': ['./data/generated/**/*'] },
  // Browsers ask for /favicon.ico on documents without an icon link (plain-text 404s of /_next/static):
  // answer with the app icon rather than a logged 404.
  async rewrites() {
    return [{ source: '/favicon.ico', destination: '/icon.svg' }];
  },
  // CSP, framing, sniffing, referrer and permissions headers on every response (lib/security/headers.mjs).
  async headers() {
    return securityHeaderRules({
      dev: process.env.NODE_ENV === 'development',
      extraConnectSources: extraConnectSourcesFrom(process.env),
    });
  },
};

export default nextConfig;
