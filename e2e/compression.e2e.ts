// The API on `next start` as browsers ask for it (Accept-Encoding: gzip): the answers are the prepared
// gzip bytes (not compressed again per request), every answer on the labelled paths decodes, errors
// included, and clients that do not accept gzip get the JSON. Raw HTTP, so that nothing decodes for us.
import http from 'node:http';
import { gunzipSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { baseURL } from './browser';

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function raw(pathname: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${baseURL()}${pathname}`, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
    request.end();
  });
}

/** The body as the client reads it: decoded per its Content-Encoding (throws on a body that is not). */
function decoded(response: RawResponse): string {
  return (response.headers['content-encoding'] === 'gzip' && response.body.length > 0 ? gunzipSync(response.body) : response.body).toString('utf8');
}

const GZIP = { 'accept-encoding': 'gzip, deflate, br' };
let answers: string[];

beforeAll(async () => {
  const places = JSON.parse(decoded(await raw('/api/places'))) as { features: { properties: { id: string } }[] };
  const articles = JSON.parse(decoded(await raw('/api/articles'))) as { articles: { id: string }[] };
  const place = places.features[0].properties.id;
  const article = articles.articles[0].id;
  answers = [
    '/api/places',
    '/api/places.json',
    `/api/places/${place}`,
    `/api/places/${place}?page=1&pageSize=2`,
    `/api/places/${place}/pages/1.json`,
    `/api/places/${place}/articles/${article}/pages/1.json`,
    '/api/articles',
    '/api/articles.json',
    `/api/articles/${article}`,
    `/api/articles/${article}/article.json`,
  ];
});

describe('API answers to browsers (Accept-Encoding: gzip)', () => {
  it('are the prepared gzip of the JSON, with their own ETag', async () => {
    for (const pathname of answers) {
      const plain = await raw(pathname);
      const gzip = await raw(pathname, GZIP);
      expect(plain.status, pathname).toBe(200);
      expect(plain.headers['content-encoding'], pathname).toBeUndefined();
      expect(gzip.status, pathname).toBe(200);
      expect(gzip.headers['content-encoding'], pathname).toBe('gzip');
      expect(gunzipSync(gzip.body).equals(plain.body), pathname).toBe(true);
      // Made once at level 9 by the app, not streamed through Next's per-request compression (level 6).
      expect(gzip.body.equals(gzipSync(plain.body, { level: 9 })), `${pathname}: the prepared bytes`).toBe(true);
      expect(gzip.headers.etag, pathname).toBe(plain.headers.etag!.replace(/"$/, '-gzip"'));
      expect(gzip.headers.vary, pathname).toMatch(/accept-encoding/i);
    }
  });

  it('revalidate per coding: 304 for the ETag of the bytes asked for', async () => {
    const pathname = answers[0];
    const gzip = await raw(pathname, GZIP);
    expect((await raw(pathname, { ...GZIP, 'if-none-match': gzip.headers.etag! })).status).toBe(304);
    const plain = await raw(pathname, { 'if-none-match': gzip.headers.etag! });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(plain.body.toString('utf8'))).toHaveProperty('features');
  });

  it('decode on every labelled path whatever the answer: 404, 400, 405, OPTIONS, HEAD', async () => {
    const cases: { pathname: string; method?: string; status: number }[] = [
      { pathname: '/api/places/no-such-place', status: 404 },
      { pathname: '/api/places/no-such-place/pages/1.json', status: 404 },
      { pathname: `${answers[4].replace(/1\.json$/, '999.json')}`, status: 404 },
      { pathname: '/api/articles/no-such-article/article.json', status: 404 },
      { pathname: `/api/places/${'a'.repeat(200)}`, status: 400 },
      { pathname: '/api/places', method: 'POST', status: 405 },
      { pathname: answers[4], method: 'DELETE', status: 405 },
    ];
    for (const { pathname, method, status } of cases) {
      const response = await raw(pathname, GZIP, method);
      expect(response.status, `${method ?? 'GET'} ${pathname}`).toBe(status);
      expect(JSON.parse(decoded(response)), `${method ?? 'GET'} ${pathname}`).toHaveProperty('error');
    }
    expect((await raw('/api/places', GZIP, 'OPTIONS')).status).toBe(204);
    const head = await raw('/api/places', GZIP, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it('leave paths outside the rule to Next, decodable: other cases, a trailing slash, unknown endpoints', async () => {
    for (const pathname of ['/API/PLACES', '/api/PLACES', '/Api/places', '/api/nope', '/api/places/%zz', '/api/recent-articles/pages/1.json']) {
      const response = await raw(pathname, GZIP);
      expect(() => decoded(response), pathname).not.toThrow();
      expect(response.status, pathname).toBeLessThan(500);
    }
    const slash = await raw('/api/places/', GZIP);
    expect(slash.status).toBe(308);
    expect(slash.headers['content-encoding']).toBeUndefined();
  });

  it('stay JSON for clients that refuse gzip', async () => {
    for (const acceptEncoding of ['identity', 'gzip;q=0', 'br']) {
      const response = await raw('/api/places', { 'accept-encoding': acceptEncoding });
      expect(response.headers['content-encoding'], acceptEncoding).toBeUndefined();
      expect(JSON.parse(response.body.toString('utf8')), acceptEncoding).toHaveProperty('features');
    }
  });
});
