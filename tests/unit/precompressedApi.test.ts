// Precompressed API answers: which requests get the gzip label (the header rule, compiled as Next
// compiles it), and that the handlers' answers for exactly those requests are gzip bytes.
import { gunzipSync } from 'node:zlib';
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { describe, expect, it } from 'vitest';
import { jsonError } from '../../lib/http/json';
import { answersGzip, GZIP_ACCEPTING, precompressedApiRules, SELF_GUARDED_API_PATHS } from '../../lib/http/precompressedApi.mjs';
import { prepareJson, preparedResponse } from '../../lib/http/preparedJson';
import { SELF_GUARDED_SAMPLE_PATHS } from './apiPath-fixture';

/** Whether Next applies the rule to a request (buildCustomRoute with caseSensitiveRoutes, then matchHas). */
function ruleApplies(pathname: string, acceptEncoding: string | undefined): boolean {
  const [rule] = precompressedApiRules();
  const match = getPathMatch(rule.source, {
    strict: true,
    removeUnnamedParams: true,
    regexModifier: (regex) => regex.replace(/\$$/, '(?:\\/)?$'),
    sensitive: true,
  });
  if (match(pathname) === false) return false;
  return rule.has.every((has) => acceptEncoding !== undefined && new RegExp(`^${has.value}$`).test(acceptEncoding));
}

const UNLABELLED_PATHS = [
  '/',
  '/places/kursk-oblast',
  '/api',
  '/api/nope',
  '/api/PLACES',
  '/API/places',
  '/Api/Places/kursk-oblast',
  '/api/places/Kursk',
  '/api/places/%6Bursk',
  '/api/places/kursk/pages/x.json',
  '/api/places/kursk/extra/segment',
  '/api/recent-articles/pages/1.json',
  '/api/places.JSON',
];

describe('which requests get the gzip label', () => {
  it('reads Accept-Encoding as RFC 9110 does for gzip: listed, with no weight or a non-zero one', () => {
    const accepting = ['gzip', 'gzip, deflate, br', 'deflate, gzip', 'br;q=1.0, gzip;q=0.8, *;q=0.1', 'GZIP', 'gzip ; q=0.5', 'gzip;q=1', 'gzip;q=0.001'];
    const refusing = ['', 'identity', 'br', 'deflate', 'x-gzip', 'gzipx', 'gzip;q=0', 'gzip;q=0.000', 'gzip;q=0, br', '*'];
    const re = new RegExp(`^${GZIP_ACCEPTING}$`);
    for (const value of accepting) expect(re.test(value), value).toBe(true);
    for (const value of refusing) expect(re.test(value), value).toBe(false);
  });

  it('labels exactly the self-guarded API paths, case-sensitively, as the handlers decide', () => {
    for (const pathname of SELF_GUARDED_SAMPLE_PATHS) {
      expect(SELF_GUARDED_API_PATHS.test(pathname), pathname).toBe(true);
      expect(ruleApplies(pathname, 'gzip, deflate, br'), pathname).toBe(true);
      expect(answersGzip(pathname, 'gzip, deflate, br'), pathname).toBe(true);
      for (const refusing of [undefined, 'br', 'gzip;q=0']) {
        expect(ruleApplies(pathname, refusing), `${pathname} ${refusing}`).toBe(false);
        expect(answersGzip(pathname, refusing ?? null), `${pathname} ${refusing}`).toBe(false);
      }
    }
    for (const pathname of UNLABELLED_PATHS) {
      expect(ruleApplies(pathname, 'gzip'), pathname).toBe(false);
      expect(answersGzip(pathname, 'gzip'), pathname).toBe(false);
    }
    // With a trailing slash the rule matches but no handler answers: Next redirects first, unlabelled
    // (the end-to-end test checks the redirect).
    expect(ruleApplies('/api/places/', 'gzip')).toBe(true);
    expect(answersGzip('/api/places/', 'gzip')).toBe(false);
  });
});

describe('answers on the labelled paths', () => {
  const value = { type: 'FeatureCollection', name: 'Kyïv', features: [{ id: 'kyiv' }] };
  const prepared = prepareJson(value);
  const at = (pathname: string, headers: Record<string, string> = {}) => new Request(`http://localhost${pathname}`, { headers });

  it('are the prepared gzip bytes, made once, with their own ETag', async () => {
    const response = preparedResponse(at('/api/places', { 'accept-encoding': 'gzip, br' }), prepared);
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe(prepared.gzipEtag);
    expect(prepared.gzipEtag).not.toBe(prepared.etag);
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    const body = new Uint8Array(await response.arrayBuffer());
    expect(JSON.parse(gunzipSync(body).toString('utf8'))).toEqual(value);
    expect(prepared.gzip()).toBe(prepared.gzip());
  });

  it('are 304 only for the ETag of the coding asked for', () => {
    const gzipRequest = (etag: string) => at('/api/places', { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(preparedResponse(gzipRequest(prepared.gzipEtag), prepared).status).toBe(304);
    expect(preparedResponse(gzipRequest(prepared.etag), prepared).status).toBe(200);
    expect(preparedResponse(at('/api/places', { 'if-none-match': prepared.gzipEtag }), prepared).status).toBe(200);
    expect(preparedResponse(at('/api/places', { 'if-none-match': prepared.etag }), prepared).status).toBe(304);
  });

  it('stay JSON where no label is given: no gzip accepted, an unlabelled path, or the static export', async () => {
    for (const request of [at('/api/places'), at('/api/places', { 'accept-encoding': 'gzip;q=0' }), at('/api/recent-articles/pages/1.json', { 'accept-encoding': 'gzip' }), null]) {
      const response = preparedResponse(request, prepared);
      expect(response.headers.get('etag')).toBe(prepared.etag);
      expect(JSON.parse(await response.text())).toEqual(value);
    }
  });

  it('include errors: a JSON { error } gzipped when the request is labelled, plain otherwise', async () => {
    const labelled = jsonError(404, 'No place with id "x".', {}, at('/api/places/x', { 'accept-encoding': 'gzip' }));
    expect(labelled.status).toBe(404);
    expect(JSON.parse(gunzipSync(new Uint8Array(await labelled.arrayBuffer())).toString('utf8'))).toEqual({ error: 'No place with id "x".' });
    const plain = jsonError(405, 'read-only', { Allow: 'GET' }, at('/api/places'));
    expect(plain.headers.get('allow')).toBe('GET');
    expect(plain.headers.get('content-type')).toBe('application/json');
    expect(await plain.json()).toEqual({ error: 'read-only' });
    expect(await jsonError(400, 'bad').json()).toEqual({ error: 'bad' });
  });
});
