// @ts-check
import { extraConnectSourcesFrom, securityHeaderRules } from './lib/security/headers.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The generated corpus is read from disk at request time by route handlers; ship it with the server.
  outputFileTracingIncludes: { '/**': ['./data/generated/**/*'] },
  // CSP, framing, sniffing, referrer and permissions headers on every response (lib/security/headers.mjs).
  async headers() {
    return securityHeaderRules({
      dev: process.env.NODE_ENV === 'development',
      extraConnectSources: extraConnectSourcesFrom(process.env),
    });
  },
};

export default nextConfig;
