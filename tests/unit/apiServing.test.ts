// How API answers are served: serialised once, 304 from the prepared bytes' ETag, a bounded memo;
// the path URLs the dashboard fetches; and the static host's configuration.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { matchesEtag, prepareJson, PreparedJsonCache, preparedResponse } from '../../lib/http/preparedJson';
import { serveConfig } from '../../lib/http/staticHostConfig';
import { securityHeaders } from '../../lib/security/headers.mjs';
import { articleFilePath, pageFromFileName, placePagePath, STATIC_HOST_API_REWRITES } from '../../lib/url/apiPaths';

/** The request handler of the `serve` package (plain JavaScript, no types of its own). */
const serveHandler = createRequire(import.meta.url)('serve-handler') as (request: http.IncomingMessage, response: http.ServerResponse, config: object) => Promise<void>;

const request = (headers: Record<string, string> = {}) => new Request('http://localhost/api/places', { headers });

describe('prepared JSON', () => {
  const prepared = prepareJson({ type: 'FeatureCollection', name: 'Kyïv', features: [] });

  it('holds the UTF-8 JSON and a strong ETag of it', () => {
    expect(new TextDecoder().decode(prepared.identity)).toBe('{"type":"FeatureCollection","name":"Kyïv","features":[]}');
    expect(prepared.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(prepareJson({ other: true }).etag).not.toBe(prepared.etag);
    expect(prepareJson({ type: 'FeatureCollection', name: 'Kyïv', features: [] }).etag).toBe(prepared.etag);
  });

  it('answers 304 with no body to a client that has these bytes, 200 with them otherwise', async () => {
    const notModified = preparedResponse(request({ 'if-none-match': `W/"other", ${prepared.etag}` }), prepared);
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe('');
    expect(notModified.headers.get('etag')).toBe(prepared.etag);
    for (const headers of [{ 'if-none-match': '"stale"' }, {}] as Record<string, string>[]) {
      const full = preparedResponse(request(headers), prepared);
      expect(full.status).toBe(200);
      expect(full.headers.get('content-type')).toBe('application/json');
      expect(full.headers.get('etag')).toBe(prepared.etag);
      expect(await full.text()).toBe(new TextDecoder().decode(prepared.identity));
    }
    expect(matchesEtag('*', prepared.etag)).toBe(true);
    expect(matchesEtag(null, prepared.etag)).toBe(false);
  });

  it('writes the JSON when there is no request (the static export), with revalidation headers', async () => {
    const file = preparedResponse(null, prepared);
    expect(file.headers.get('cache-control')).toMatch(/max-age=0.*must-revalidate/);
    expect(await file.text()).toBe(new TextDecoder().decode(prepared.identity));
  });

  it('serialises each answer once, keeps no 404s and drops the oldest beyond its size', () => {
    // Each answer is about 1 KB: two fit, a third pushes the oldest out.
    const cache = new PreparedJsonCache(2_500);
    let produced = 0;
    const big = (n: number) => () => {
      produced += 1;
      return { n, filler: 'x'.repeat(1_000) };
    };
    const first = cache.get('a', big(1));
    expect(cache.get('a', big(1))).toBe(first);
    expect(produced).toBe(1);
    expect(cache.get('missing', () => null)).toBeNull();
    cache.get('b', big(2));
    cache.get('c', big(3));
    expect(cache.get('a', big(1))).not.toBe(first);
    expect(produced).toBe(4);
  });
});

describe('the path URLs of the answers', () => {
  it('name one page of a place, with or without an article', () => {
    expect(placePagePath('kursk-oblast', 2)).toBe('/api/places/kursk-oblast/pages/2.json');
    expect(placePagePath('kursk-oblast', 1, '000-abc')).toBe('/api/places/kursk-oblast/articles/000-abc/pages/1.json');
    expect(articleFilePath('000-abc')).toBe('/api/articles/000-abc/article.json');
  });

  it('read page numbers only from {positive integer}.json', () => {
    expect(pageFromFileName('1.json')).toBe(1);
    expect(pageFromFileName('12.json')).toBe(12);
    for (const name of ['0.json', '01.json', '-1.json', '1', '1.json.bak', 'x.json', '1e3.json', '9999999.json']) expect(pageFromFileName(name), name).toBeNull();
  });

  it('map each extensionless public API path to the file with its answer', () => {
    const mapped = Object.fromEntries(STATIC_HOST_API_REWRITES.map((r) => [r.source, r.destination]));
    expect(mapped).toEqual({
      '/api/places': '/api/places.json',
      '/api/articles': '/api/articles.json',
      '/api/places/:id': placePagePath(':id', 1).replace(encodeURIComponent(':id'), ':id'),
      '/api/articles/:id': articleFilePath(':id').replace(encodeURIComponent(':id'), ':id'),
    });
  });
});

describe('the static host configuration (serve.json), served by serve-handler as `serve` does', () => {
  const config = serveConfig();
  let origin = '';
  let server: http.Server;
  const files: Record<string, string> = {
    'index.html': '<!doctype html><title>overview</title>',
    'places/seoul.html': '<!doctype html><title>Seoul</title>',
    'places/seoul/opengraph-image-1bgwis': 'PNG',
    'embed/places/seoul.html': '<!doctype html><title>embed</title>',
    '_next/static/chunks/a.js': 'console.log(1)',
    'api/places.json': '{"features":[]}',
    'api/articles.json': '{"articles":[]}',
    'api/places/seoul/pages/1.json': '{"page":1}',
    'api/articles/a-1/article.json': '{"article":{}}',
    '404.html': '<!doctype html><title>Not found</title>',
  };

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'static-host-'));
    for (const [file, body] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), body);
    }
    server = http.createServer((request, response) => void serveHandler(request, response, { ...config, public: dir }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return () => {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    };
  });

  it('sends the security headers of next start, framing allowed only under /embed', async () => {
    for (const [url, embeddable] of [['/', false], ['/places/seoul', false], ['/api/places.json', false], ['/_next/static/chunks/a.js', false], ['/embed/places/seoul', true]] as const) {
      const response = await fetch(`${origin}${url}`);
      expect(response.status, url).toBe(200);
      for (const { key, value } of securityHeaders({ embeddable })) expect(response.headers.get(key), `${url} ${key}`).toBe(value);
      expect(response.headers.has('x-frame-options'), url).toBe(!embeddable);
    }
  });

  it('caches hashed assets for a year and revalidates everything else', async () => {
    expect((await fetch(`${origin}/_next/static/chunks/a.js`)).headers.get('cache-control')).toMatch(/immutable/);
    for (const url of ['/', '/api/places/seoul/pages/1.json']) expect((await fetch(`${origin}${url}`)).headers.get('cache-control'), url).toMatch(/max-age=0.*must-revalidate/);
  });

  it('types the link-preview images, which have no extension', async () => {
    for (const url of ['/places/seoul/opengraph-image-1bgwis']) expect((await fetch(`${origin}${url}`)).headers.get('content-type'), url).toBe('image/png');
    expect((await fetch(`${origin}/places/seoul`)).headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('answers the extensionless public API paths from their files, and unknown paths with the 404 page', async () => {
    for (const [url, body] of [['/api/places', files['api/places.json']], ['/api/articles', files['api/articles.json']], ['/api/places/seoul', files['api/places/seoul/pages/1.json']], ['/api/articles/a-1', files['api/articles/a-1/article.json']]]) {
      const response = await fetch(`${origin}${url}`);
      expect(response.headers.get('content-type'), url).toMatch(/^application\/json/);
      expect(await response.text(), url).toBe(body);
    }
    for (const url of ['/api/places/atlantis', '/places/atlantis', '/api/places/seoul/pages/2.json']) {
      const response = await fetch(`${origin}${url}`);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).toContain('Not found');
    }
    expect(config).toMatchObject({ cleanUrls: true, trailingSlash: false, directoryListing: false });
  });
});
