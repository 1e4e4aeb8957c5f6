// HTTP-side protections against the production server: security headers on every kind of response,
// the map drawing under the CSP, framing rules in a real browser, and clean 4xx answers for unknown,
// malformed, traversing and wrong-method requests.
import { existsSync, readdirSync } from 'node:fs';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowser, mapColourCount, openPage, waitForMapIdle } from './browser';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let browser: Browser;
let placeId: string;
let articleId: string;
let staticChunk: string;

beforeAll(async () => {
  browser = await launchBrowser();
  const places = (await (await fetch(`${baseURL()}/api/places`)).json()) as { features: { properties: { id: string } }[] };
  const articles = (await (await fetch(`${baseURL()}/api/articles`)).json()) as { articles: { id: string }[] };
  placeId = places.features[0].properties.id;
  articleId = articles.articles[0].id;
  const home = await (await fetch(`${baseURL()}/`)).text();
  const chunk = /["'](\/_next\/static\/[^"']+\.js)["']/.exec(home);
  if (!chunk) throw new Error('No /_next/static/*.js script in the overview page');
  staticChunk = chunk[1];
});
afterAll(async () => {
  await browser?.close();
});

function directives(csp: string | null): Map<string, string[]> {
  expect(csp, 'Content-Security-Policy header').toBeTruthy();
  return new Map(
    csp!.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

/** Headers every response carries, framable or not. */
function expectGenericHeaders(headers: Headers, what: string): void {
  expect(headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(headers.get('referrer-policy'), what).toBe('strict-origin-when-cross-origin');
  expect(headers.get('permissions-policy'), what).toMatch(/camera=\(\)/);
  expect(headers.get('permissions-policy'), what).toMatch(/geolocation=\(\)/);
  expect(headers.get('x-powered-by'), what).toBeNull();
  const csp = directives(headers.get('content-security-policy'));
  expect(csp.get('default-src'), what).toEqual(["'self'"]);
  expect(csp.get('script-src'), what).not.toContain("'unsafe-eval'");
  expect(csp.get('object-src'), what).toEqual(["'none'"]);
  expect(csp.get('worker-src'), what).toContain('blob:');
}

function expectNotFramable(headers: Headers, what: string): void {
  expectGenericHeaders(headers, what);
  expect(headers.get('x-frame-options'), what).toBe('DENY');
  expect(directives(headers.get('content-security-policy')).get('frame-ancestors'), what).toEqual(["'none'"]);
}

interface RawResponse {
  status: number;
  headers: Map<string, string>;
  body: string;
}

/**
 * One request with the target exactly as given: fetch() and node:http normalise `..`, backslashes and
 * raw bytes away, which is precisely what these tests must send.
 */
function rawRequest(target: string, method = 'GET'): Promise<RawResponse> {
  const { hostname, port } = new URL(baseURL());
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => {
      socket.write(Buffer.from(`${method} ${target} HTTP/1.0\r\nHost: ${hostname}:${port}\r\n\r\n`, 'latin1'));
    });
    const chunks: Buffer[] = [];
    socket.setTimeout(15_000, () => socket.destroy(new Error(`No answer to ${method} ${JSON.stringify(target)}`)));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const [statusLine, ...headerLines] = text.slice(0, split).split('\r\n');
      const headers = new Map(headerLines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: text.slice(split + 4) });
    });
  });
}

/** Follows same-origin redirects (refusing any other) and returns every hop. */
async function rawFollow(target: string): Promise<RawResponse[]> {
  const hops: RawResponse[] = [];
  let next = target;
  for (let i = 0; i < 5; i++) {
    const response = await rawRequest(next);
    hops.push(response);
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) return hops;
    const resolved = new URL(location, `${baseURL()}/`);
    expect(resolved.origin, `redirect of ${JSON.stringify(target)} to ${location}`).toBe(new URL(baseURL()).origin);
    next = resolved.pathname + resolved.search;
  }
  throw new Error(`Too many redirects for ${JSON.stringify(target)}`);
}

/** Strings that only appear if a file from disk were served. */
const FILE_MARKERS = [/"devDependencies"/, /root:x:0:0/, /skipProxyUrlNormalize/, /"placeCount"/, /outputFileTracingIncludes/];

describe('security headers', () => {
  it('are on pages, API responses, static files and 404s', async () => {
    const paths = [
      '/',
      `/places/${placeId}`,
      `/articles/${articleId}`,
      `/?article=${articleId}`,
      '/api/places',
      `/api/places/${placeId}`,
      '/api/articles',
      `/api/articles/${articleId}`,
      staticChunk,
      '/maplibre-gl-worker.mjs',
      '/no-such-page',
      '/places/no-such-place-anywhere',
      '/api/places/no-such-place-anywhere',
      '/api/no-such-endpoint',
      '/_next/static/chunks/no-such-chunk.js',
    ];
    for (const p of paths) {
      const response = await fetch(`${baseURL()}${p}`, { redirect: 'manual' });
      expect(response.status, p).toBeLessThan(500);
      expectNotFramable(response.headers, p);
    }
  });

  it('let other sites frame /embed/places/{id} only (generic headers until that route exists)', async () => {
    const response = await fetch(`${baseURL()}/embed/places/${placeId}`, { redirect: 'manual' });
    expectGenericHeaders(response.headers, '/embed/places/{id}');
    if (response.status === 200) {
      expect(response.headers.get('x-frame-options')).toBeNull();
      expect(directives(response.headers.get('content-security-policy')).get('frame-ancestors')).toEqual(['*']);
    } else {
      expect(response.status).toBe(404);
    }
  });

  it('stop another origin from framing the dashboard in Chromium, but not the embed', async () => {
    // A page on another origin (another port), served by the test itself on loopback: a page fulfilled
    // by the browser driver counts as public and Chromium's private-network rules would block both frames.
    const framingPage = `<iframe name="place" src="${baseURL()}/places/${placeId}"></iframe><iframe name="embed" src="${baseURL()}/embed/places/${placeId}"></iframe>`;
    const server = http.createServer((_request, response) => response.writeHead(200, { 'Content-Type': 'text/html' }).end(framingPage));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}/`);
      const frameText = async (name: string) => {
        const frame = page.frame({ name });
        if (!frame) return '';
        await frame.waitForLoadState('load').catch(() => undefined);
        return frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
      };
      // A blocked frame shows the browser's error page instead of the app. Everything under /embed may
      // be framed (until that route exists, its 404 page), which shows that a framed page is seen at all.
      await expect.poll(() => frameText('embed'), { timeout: 10_000 }).toMatch(/News geography|Not found/);
      expect(await frameText('place')).not.toMatch(/News geography|Not found/);
    } finally {
      await context.close();
      server.close();
    }
  });
});

describe('the map under the Content-Security-Policy', () => {
  it('draws on the overview and a place page with no CSP violation or console error', async () => {
    for (const p of ['/', `/places/${placeId}`]) {
      const { page, consoleErrors } = await openPage(browser, p);
      await page.addInitScript(() => {
        const violations: string[] = [];
        (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
        document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
      });
      const response = await page.reload();
      expect(response?.headers()['content-security-policy'], p).toMatch(/script-src 'self' 'unsafe-inline'(;|$)/);
      await waitForMapIdle(page);
      expect(await mapColourCount(page), p).toBeGreaterThan(1);
      expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations), p).toEqual([]);
      expect(consoleErrors, p).toEqual([]);
      await page.context().close();
    }
  });
});

describe('HTTP hygiene', () => {
  it('answers unknown ids with a 404 page that links home, and with a JSON 404 on the API', async () => {
    for (const p of ['/places/no-such-place-anywhere', '/articles/no-such-article-anywhere']) {
      const response = await fetch(`${baseURL()}${p}`);
      expect(response.status, p).toBe(404);
      expect(await response.text(), p).toMatch(/<a [^>]*href="\/"/);
    }
    for (const p of ['/api/places/no-such-place-anywhere', '/api/articles/no-such-article-anywhere', '/api/no-such-endpoint']) {
      const response = await fetch(`${baseURL()}${p}`);
      expect(response.status, p).toBe(404);
      expect(response.headers.get('content-type'), p).toMatch(/^application\/json/);
      expect(((await response.json()) as { error: unknown }).error, p).toEqual(expect.any(String));
    }
  });

  it('answers malformed and over-long ids with a JSON 400 on the API and a 404 page', async () => {
    const ids = ['x'.repeat(121), 'x'.repeat(5000), 'Kursk', 'a--b', '%E0%A4%A', '%', '%zz', 'caf%C3%A9', '%F0%9F%92%A5', '%3Cscript%3E'];
    for (const id of ids) {
      const api = await fetch(`${baseURL()}/api/places/${id}`);
      expect(api.status, `/api/places/${id}`).toBe(400);
      expect(((await api.json()) as { error: unknown }).error).toEqual(expect.any(String));
      const articleApi = await fetch(`${baseURL()}/api/articles/${id}`);
      expect(articleApi.status, `/api/articles/${id}`).toBe(400);
      for (const page of [`/places/${id}`, `/articles/${id}`]) {
        const response = await fetch(`${baseURL()}${page}`);
        expect(response.status, page).toBe(404);
        expect(await response.text(), page).toMatch(/<a [^>]*href="\/"/);
      }
    }
  });

  it('answers other methods on the API with a JSON 405 and an Allow header', async () => {
    for (const p of ['/api/places', `/api/places/${placeId}`, '/api/articles', `/api/articles/${articleId}`]) {
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
        const response = await fetch(`${baseURL()}${p}`, { method, body: method === 'DELETE' ? undefined : '{}' });
        expect(response.status, `${method} ${p}`).toBe(405);
        expect(response.headers.get('allow'), `${method} ${p}`).toMatch(/\bGET\b/);
        expect(((await response.json()) as { error: unknown }).error, `${method} ${p}`).toMatch(/not allowed/);
      }
      const options = await fetch(`${baseURL()}${p}`, { method: 'OPTIONS' });
      expect(options.status, `OPTIONS ${p}`).toBe(204);
      expect(options.headers.get('allow'), `OPTIONS ${p}`).toMatch(/\bGET\b/);
      const head = await fetch(`${baseURL()}${p}`, { method: 'HEAD' });
      expect(head.status, `HEAD ${p}`).toBe(200);
    }
  });

  it('answers methods other than GET and HEAD on pages with 405', async () => {
    for (const p of [`/places/${placeId}`, `/articles/${articleId}`, '/']) {
      const response = await fetch(`${baseURL()}${p}`, { method: 'POST', body: 'x=1' });
      expect(response.status, `POST ${p}`).toBe(405);
      expect(response.headers.get('allow'), `POST ${p}`).toMatch(/\bGET\b/);
    }
  });

  it('never serves a file for traversal, encoded slashes, backslashes or NUL bytes', async () => {
    const payloads = [
      '..',
      '../../package.json',
      '%2e%2e',
      '%2e%2e%2f%2e%2e%2fpackage.json',
      '..%2f..%2f..%2fetc%2fpasswd',
      '%252e%252e%252fpackage.json',
      '..%5c..%5cpackage.json',
      '..\\..\\package.json',
      '%c0%ae%c0%ae%c0%afpackage.json',
      '....//....//etc/passwd',
      '%00',
      '\u0000',
      `${placeId}%00`,
      `${placeId}%00.json`,
      `${placeId}/..%2f..%2f..%2fpackage.json`,
      'a%2fb',
      'a%2Fb',
      '%2e%2e%2f%2e%2e%2fdata%2fgenerated%2fmanifest.json',
    ];
    const prefixes = ['/api/places/', '/api/articles/', '/places/', '/articles/', '/embed/places/', '/', '/_next/static/', '/_next/static/chunks/'];
    const extra = ['/package.json', '/.env', '/next.config.js', '/data/generated/manifest.json', '/.next/BUILD_ID', '/maplibre-gl-worker.mjs%00', '/public/maplibre-gl-worker.mjs', '//etc/passwd', '/_next/image?url=%2F..%2Fpackage.json&w=64&q=75'];
    const targets = [...prefixes.flatMap((prefix) => payloads.map((p) => prefix + p)), ...extra];
    for (const target of targets) {
      const hops = await rawFollow(target);
      const last = hops[hops.length - 1];
      const what = `${JSON.stringify(target)} -> ${last.status}`;
      for (const hop of hops) for (const marker of FILE_MARKERS) expect(hop.body, what).not.toMatch(marker);
      expect(last.status, what).toBeLessThan(500);
      if (last.status < 400) {
        // Only dot-segments that resolve to the overview may succeed: `/places/..` is `/` for any browser.
        expect(last.status, what).toBe(200);
        expect(new URL(target, `${baseURL()}/`).pathname, what).toBe('/');
        expect(last.body, what).toMatch(/<html/);
      }
      const api = target.startsWith('/api/') && hops.length === 1;
      if (api && last.status >= 400 && last.status < 500 && last.headers.get('content-type')?.startsWith('application/json')) {
        expect(JSON.parse(last.body).error, what).toEqual(expect.any(String));
      }
    }
  });

  it('renders and stores nothing new for unknown page ids', async () => {
    const token = `zz-probe-${Date.now().toString(36)}`;
    // The first unknown id renders the route's shared 404 once; later ones must reuse it.
    await fetch(`${baseURL()}/places/${token}-warm`);
    for (let i = 0; i < 5; i++) {
      const response = await fetch(`${baseURL()}/places/${token}-${i}`);
      expect(response.status).toBe(404);
      expect(response.headers.get('x-nextjs-cache'), 'a fresh render of an unknown id').not.toBe('MISS');
    }
    // When the server runs from this checkout, check its page cache directly.
    const cacheDir = path.join(root, '.next', 'server');
    if (existsSync(cacheDir)) {
      const files = readdirSync(cacheDir, { recursive: true }).map(String);
      expect(files.filter((f) => f.includes(token))).toEqual([]);
    }
  });
});
