import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { config as proxyConfig } from '../../proxy';
import {
  API_ROUTES,
  GUARDED_PREFIXES,
  guardRequest,
  ID_PAGE_ROUTES,
  NOT_FOUND_PATH,
  safeDecode,
  SELF_GUARDED_API_PATHS,
  type IdKind,
  type KnownIdLookup,
} from '../../lib/security/requestGuard';
import { SELF_GUARDED_SAMPLE_PATHS } from './apiPath-fixture';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Next's own compilation of a proxy matcher (exported by its build code, not in its type declarations). */
const { getMiddlewareMatchers } = createRequire(import.meta.url)('next/dist/build/analysis/get-page-static-info.js') as {
  getMiddlewareMatchers: (matcher: readonly string[], nextConfig: object) => Array<{ regexp: string }>;
};

const corpus: Record<IdKind, Set<string>> = {
  place: new Set(['kursk-oblast', 'seoul']),
  article: new Set(['000-abc']),
};
const lookups: string[] = [];
const known: KnownIdLookup = (kind, id) => {
  lookups.push(`${kind}:${id}`);
  return corpus[kind].has(id);
};
const guard = (method: string, pathname: string) => guardRequest(method, pathname, known);

describe('guardRequest on the API', () => {
  it('lets reads of the known endpoints through, whatever the id (the handlers validate ids)', () => {
    for (const pathname of ['/api/places', '/api/places/', '/api/places/kursk-oblast', '/api/places/NOPE', '/api/articles', '/api/articles/x']) {
      expect(guard('GET', pathname), pathname).toEqual({ action: 'continue' });
      expect(guard('HEAD', pathname), pathname).toEqual({ action: 'continue' });
    }
  });

  it('answers other methods with a JSON 405 and an Allow header', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'post', 'PROPFIND']) {
      expect(guard(method, '/api/places/seoul')).toEqual({
        action: 'json-error',
        status: 405,
        error: expect.stringMatching(/read-only: [A-Z]+ is not allowed/),
        allow: 'GET, HEAD, OPTIONS',
      });
    }
    expect(guard('OPTIONS', '/api/places')).toEqual({ action: 'options', allow: 'GET, HEAD, OPTIONS' });
  });

  it('answers unknown API paths with a JSON 404, for any method', () => {
    for (const pathname of ['/api', '/api/', '/api/nope', '/api/places/a/b', '/api/../etc/passwd', '/api/places/seoul/excerpts']) {
      for (const method of ['GET', 'POST']) {
        expect(guard(method, pathname), `${method} ${pathname}`).toMatchObject({ action: 'json-error', status: 404 });
      }
    }
  });

  it('answers malformed percent-escapes with a JSON 400 instead of a server error', () => {
    for (const pathname of ['/api/places/%E0%A4%A', '/api/places/%', '/api/places/%zz', '/api/%c0/places']) {
      expect(guard('GET', pathname), pathname).toMatchObject({ action: 'json-error', status: 400, error: expect.stringMatching(/percent-escape/) });
    }
  });

  it('keeps the error message short for over-long paths', () => {
    const decision = guard('GET', `/api/${'x'.repeat(10_000)}`);
    expect(decision).toMatchObject({ action: 'json-error', status: 404 });
    expect(decision.action === 'json-error' && decision.error.length).toBeLessThan(300);
  });
});

describe('guardRequest on pages with an id', () => {
  it('lets known ids through', () => {
    expect(guard('GET', '/places/kursk-oblast')).toEqual({ action: 'continue' });
    expect(guard('GET', '/places/kursk-oblast/')).toEqual({ action: 'continue' });
    expect(guard('HEAD', '/articles/000-abc')).toEqual({ action: 'continue' });
    expect(guard('GET', '/embed/places/seoul')).toEqual({ action: 'continue' });
  });

  it('sends unknown ids to the prerendered not-found page, so nothing is rendered or cached per id', () => {
    for (const pathname of ['/places/atlantis', '/articles/kursk-oblast', '/embed/places/000-abc']) {
      expect(guard('GET', pathname), pathname).toEqual({ action: 'not-found-page', rewriteTo: NOT_FOUND_PATH });
    }
  });

  it('refuses traversing, encoded-slash, NUL and over-long ids without looking them up', () => {
    lookups.length = 0;
    const bad = ['/places/..', '/places/%2e%2e', '/places/a%2fb', '/places/a%2Fb', '/places/%00', '/places/seoul%00', '/places/Seoul', `/places/${'a'.repeat(121)}`, '/articles/%2e%2e%2f%2e%2e%2fpackage.json', '/embed/places/%5c..%5c'];
    for (const pathname of bad) expect(guard('GET', pathname), pathname).toEqual({ action: 'not-found-page', rewriteTo: NOT_FOUND_PATH });
    expect(lookups).toEqual([]);
  });

  it('sends malformed escapes to the not-found page (the route would fail to decode them)', () => {
    lookups.length = 0;
    for (const pathname of ['/places/%E0%A4%A', '/places/%', '/articles/%zz', '/places/%E0%A4%A/extra', '/embed/%zz']) {
      expect(guard('GET', pathname), pathname).toEqual({ action: 'not-found-page', rewriteTo: NOT_FOUND_PATH });
    }
    expect(lookups).toEqual([]);
  });

  it('leaves the page to answer when the corpus cannot tell', () => {
    expect(guardRequest('GET', '/places/seoul', () => null)).toEqual({ action: 'continue' });
  });

  it('answers methods other than GET and HEAD with 405', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      expect(guard(method, '/places/seoul')).toEqual({ action: 'method-not-allowed', allow: 'GET, HEAD' });
    }
  });

  it('leaves other paths under the guarded prefixes to Next (a plain, uncached 404)', () => {
    for (const pathname of ['/places', '/places/seoul/extra', '/embed', '/embed/other/seoul']) {
      expect(guard('GET', pathname), pathname).toEqual({ action: 'continue' });
    }
  });
});

describe('safeDecode', () => {
  it('decodes valid escapes and returns null for malformed ones', () => {
    expect(safeDecode('a%2Fb')).toBe('a/b');
    expect(safeDecode('%E0%A4%A')).toBeNull();
  });
});

/**
 * Route paths of the app directory in Next's notation, route groups removed. Route handlers are
 * `route.ts` (both builds) or `route.server.ts` (next start only, see next.config.js).
 */
function routesOf(fileName: 'route' | 'page.tsx'): string[] {
  const names = fileName === 'route' ? ['route.ts', 'route.server.ts'] : [fileName];
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (names.includes(entry.name)) {
        const segments = path.relative(path.join(root, 'app'), dir).split(path.sep).filter((s) => s && !/^\(.*\)$/.test(s));
        found.push(`/${segments.join('/')}`);
      }
    }
  };
  walk(path.join(root, 'app'));
  return found.sort();
}

describe('the guard knows every route of the app', () => {
  it('lists every API route handler (an unlisted one would answer 404)', () => {
    const apiRoutes = routesOf('route').filter((r) => r.startsWith('/api'));
    expect(apiRoutes.length).toBeGreaterThan(0);
    for (const route of apiRoutes) expect(API_ROUTES.map((r) => r.route), route).toContain(route);
  });

  it('lists every page route with a dynamic segment', () => {
    const dynamicPages = routesOf('page.tsx').filter((r) => r.includes('['));
    expect(dynamicPages.length).toBeGreaterThan(0);
    for (const route of dynamicPages) expect(ID_PAGE_ROUTES.map((r) => r.route), route).toContain(route);
  });

  it('matches each listed route with its own pattern', () => {
    for (const shape of [...API_ROUTES, ...ID_PAGE_ROUTES]) {
      expect(shape.pattern.test(shape.route.replace('[id]', 'seoul')), shape.route).toBe(true);
    }
  });

  it('has Next hand the proxy the URL as sent, so escapes stay intact and rewrites stay internal', async () => {
    const url = new URL('../../next.config.js', import.meta.url).href;
    const nextConfig = ((await import(url)) as { default: { skipProxyUrlNormalize?: boolean } }).default;
    expect(nextConfig.skipProxyUrlNormalize).toBe(true);
  });

  it('has every route under a guarded prefix', () => {
    for (const shape of [...API_ROUTES, ...ID_PAGE_ROUTES]) {
      expect(GUARDED_PREFIXES.some((prefix) => shape.route.startsWith(`${prefix}/`)), shape.route).toBe(true);
    }
  });
});

describe('where the proxy runs (its matcher, compiled as Next compiles it)', () => {
  const matchers = getMiddlewareMatchers(proxyConfig.matcher, {});
  const runsOn = (pathname: string) => matchers.some((m) => new RegExp(m.regexp).test(pathname));

  it('runs on every page path with an id and everything else under the guarded prefixes', () => {
    for (const pathname of ['/places/seoul', '/places/%zz', '/places/a/b', '/articles/x', '/embed/places/seoul', '/embed', '/places']) {
      expect(runsOn(pathname), pathname).toBe(true);
    }
    for (const pathname of ['/', '/_next/static/chunks/a.js', '/generated/basemap/x.json', '/sw.js']) expect(runsOn(pathname), pathname).toBe(false);
  });

  it('skips exactly the self-guarded API paths: well-formed reads of the listed API routes', () => {
    for (const pathname of SELF_GUARDED_SAMPLE_PATHS) {
      expect(runsOn(pathname), pathname).toBe(false);
      expect(SELF_GUARDED_API_PATHS.test(pathname), pathname).toBe(true);
      // Only paths the guard itself would let through for a read: a listed route, nothing to refuse.
      expect(guard('GET', pathname), pathname).toEqual({ action: 'continue' });
    }
  });

  it('still guards every API path the guard refuses or that no handler serves', () => {
    const guarded = [
      '/api',
      '/api/',
      '/api/nope',
      '/api/places/%E0%A4%A',
      '/api/places/%zz/pages/1.json',
      '/api/places/seoul%2f..',
      '/api/places/a/b',
      '/api/places/seoul/pages',
      '/api/places/seoul/pages/x.json',
      '/api/places/seoul/pages/1',
      '/api/places/seoul/articles/a',
      '/api/places/seoul/articles/a/pages/1.json/x',
      '/api/places.json/x',
      '/api/articles/x/article.json/y',
      '/api/places/../etc/passwd',
      '/api/places/café',
    ];
    for (const pathname of guarded) {
      expect(runsOn(pathname), pathname).toBe(true);
      expect(SELF_GUARDED_API_PATHS.test(pathname), pathname).toBe(false);
    }
  });

  it('spells SELF_GUARDED_API_PATHS as the matcher\'s lookahead (the matcher must be a literal)', () => {
    const apiMatcher = proxyConfig.matcher.find((m) => m.startsWith('/api/:path'));
    const lookahead = /^\/api\/:path\(\(\?!(.*)\)\.\*\)$/.exec(apiMatcher ?? '')?.[1];
    const alternatives = lookahead?.split('$|').map((alternative) => alternative.replace(/\$$/, ''));
    expect(`^/api/(?:${alternatives?.join('|')})$`).toBe(SELF_GUARDED_API_PATHS.source.replace(/\\\//g, '/'));
  });
});
