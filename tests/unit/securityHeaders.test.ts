import type { NextConfig } from 'next';
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  extraConnectSourcesFrom,
  originSource,
  permissionsPolicy,
  securityHeaderRules,
  securityHeaders,
  type HeaderRule,
} from '../../lib/security/headers.mjs';
import { precompressedApiRules } from '../../lib/http/precompressedApi.mjs';

type Rules = Awaited<ReturnType<NonNullable<NextConfig['headers']>>>;

/** The headers Next sends for a path: every matching rule in order, a later rule overriding a key. */
function effectiveHeaders(rules: Rules | HeaderRule[], pathname: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const rule of rules) {
    // The same options as Next's router (server/lib/router-utils/filesystem.js, buildCustomRoute),
    // including its optional trailing slash.
    const match = getPathMatch(rule.source, {
      strict: true,
      removeUnnamedParams: true,
      regexModifier: (regex) => regex.replace(/\$$/, '(?:\\/)?$'),
      sensitive: true,
    });
    if (match(pathname) === false) continue;
    for (const header of rule.headers) result.set(header.key.toLowerCase(), header.value);
  }
  return result;
}

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

let configRules: Rules;
let config: NextConfig;
beforeAll(async () => {
  // next.config.js is plain ESM JavaScript; load it the way Next does, and use its real headers().
  const url = new URL('../../next.config.js', import.meta.url).href;
  config = ((await import(url)) as { default: NextConfig }).default;
  expect(config.headers, 'next.config.js must define headers()').toBeTypeOf('function');
  expect(config.poweredByHeader).toBe(false);
  configRules = await config.headers!();
});

const NON_EMBED_PATHS = ['/', '/EMBED/places/x', '/places/kursk-oblast', '/articles/000-abc', '/api/places', '/api/places/x', '/_next/static/chunks/abc.js', '/maplibre-gl-worker.mjs', '/no/such/page', '/embedded', '/embeds/x', '/places/embed'];
const EMBED_PATHS = ['/embed', '/embed/', '/embed/places/kursk-oblast'];

describe('next.config.js headers()', () => {
  it('sends nosniff, a referrer policy, a permissions policy and COOP on every path', () => {
    for (const pathname of [...NON_EMBED_PATHS, ...EMBED_PATHS]) {
      const headers = effectiveHeaders(configRules, pathname);
      expect(headers.get('x-content-type-options'), pathname).toBe('nosniff');
      expect(headers.get('referrer-policy'), pathname).toBe('strict-origin-when-cross-origin');
      expect(headers.get('permissions-policy'), pathname).toMatch(/(^|, )camera=\(\)/);
      expect(headers.get('permissions-policy'), pathname).toMatch(/(^|, )microphone=\(\)/);
      expect(headers.get('permissions-policy'), pathname).toMatch(/(^|, )geolocation=\(\)/);
      expect(headers.get('cross-origin-opener-policy'), pathname).toBe('same-origin');
      expect(headers.get('content-security-policy'), pathname).toBeTruthy();
    }
  });

  it('forbids framing everywhere except under /embed', () => {
    for (const pathname of NON_EMBED_PATHS) {
      const headers = effectiveHeaders(configRules, pathname);
      expect(headers.get('x-frame-options'), pathname).toBe('DENY');
      expect(directives(headers.get('content-security-policy')!).get('frame-ancestors'), pathname).toEqual(["'none'"]);
    }
  });

  it('lets any site frame /embed pages, without X-Frame-Options', () => {
    for (const pathname of EMBED_PATHS) {
      const headers = effectiveHeaders(configRules, pathname);
      expect(headers.has('x-frame-options'), pathname).toBe(false);
      expect(directives(headers.get('content-security-policy')!).get('frame-ancestors'), pathname).toEqual(['*']);
    }
  });

  it('is built from lib/security/headers.mjs with the production policy under test, then the gzip label', () => {
    expect(configRules).toEqual([...securityHeaderRules({ dev: false }), ...precompressedApiRules()]);
  });

  it('matches paths case-sensitively, as the effective headers above assume', () => {
    expect(config.experimental?.caseSensitiveRoutes).toBe(true);
  });
});

describe('contentSecurityPolicy', () => {
  const production = directives(contentSecurityPolicy());

  it('allows only the app itself, plus data:/blob: where the map needs them', () => {
    expect(production.get('default-src')).toEqual(["'self'"]);
    expect(production.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(production.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(production.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(production.get('connect-src')).toEqual(["'self'"]);
    expect(production.get('font-src')).toEqual(["'self'"]);
    expect(production.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(production.get('child-src')).toEqual(["'self'", 'blob:']);
    expect(production.get('object-src')).toEqual(["'none'"]);
    expect(production.get('base-uri')).toEqual(["'self'"]);
    expect(production.get('form-action')).toEqual(["'self'"]);
    expect(production.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('names no other host and no eval in production', () => {
    const csp = contentSecurityPolicy();
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(csp).not.toMatch(/https?:|\*/);
    expect(csp).not.toMatch(/[\r\n]/);
  });

  it('adds unsafe-eval to scripts in development only', () => {
    expect(directives(contentSecurityPolicy({ dev: true })).get('script-src')).toContain("'unsafe-eval'");
    for (const header of securityHeaders({ embeddable: false, dev: false })) expect(header.value).not.toMatch(/unsafe-eval/);
  });

  it('allows configured map origins for fetches and images only', () => {
    const csp = directives(contentSecurityPolicy({ extraConnectSources: ['https://tiles.example.org'] }));
    expect(csp.get('connect-src')).toEqual(["'self'", 'https://tiles.example.org']);
    expect(csp.get('img-src')).toContain('https://tiles.example.org');
    expect(csp.get('script-src')).not.toContain('https://tiles.example.org');
  });
});

describe('permissionsPolicy', () => {
  it('disables every listed feature with an empty allowlist', () => {
    const entries = permissionsPolicy().split(', ');
    expect(entries.length).toBeGreaterThan(5);
    for (const entry of entries) expect(entry).toMatch(/^[a-z-]+=\(\)$/);
  });
});

describe('extra origins from the environment', () => {
  it('keeps only the origin of the online style URL and of CSP_EXTRA_ORIGINS, sorted and unique', () => {
    expect(
      extraConnectSourcesFrom({
        NEXT_PUBLIC_MAP_STYLE_URL: 'https://maps.example.com/styles/dark.json?key=1',
        CSP_EXTRA_ORIGINS: ' https://tiles.example.com/a  https://maps.example.com ',
      }),
    ).toEqual(['https://maps.example.com', 'https://tiles.example.com']);
    expect(extraConnectSourcesFrom({})).toEqual([]);
  });

  it('refuses values that are not http(s) URLs, naming the setting', () => {
    expect(() => originSource("https://x.org; script-src 'unsafe-eval'", 'CSP_EXTRA_ORIGINS')).toThrow(/CSP_EXTRA_ORIGINS/);
    expect(() => extraConnectSourcesFrom({ CSP_EXTRA_ORIGINS: 'javascript:alert(1)' })).toThrow(/CSP_EXTRA_ORIGINS .* http\(s\)/);
    expect(() => extraConnectSourcesFrom({ NEXT_PUBLIC_MAP_STYLE_URL: 'not a url' })).toThrow(/NEXT_PUBLIC_MAP_STYLE_URL/);
  });
});
