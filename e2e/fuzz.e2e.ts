// Seeded fuzzing of URLs: 1,000 random paths, queries and hashes must never yield a 5xx, API errors
// must be JSON `{ error }`, and a sample opened in Chromium must log no console error.
import net from 'node:net';
import type { Browser, ConsoleMessage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowser } from './browser';

const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const FETCH_CASES = 1000;
const BROWSER_CASES = 40;
const CONCURRENCY = 8;

/** mulberry32: small, fast and deterministic, so a failure can be replayed with FUZZ_SEED. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T,>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const int = (random: Random, max: number) => Math.floor(random() * (max + 1));

const PIECES = [
  '..', '%2e%2e', '%2f', '%2F', '%5c', '%00', '%', '%%', '%zz', '%E0%A4%A', '%C0%AE', '%FF', '%0a', '%0d%0a', '%20', '+', ';', ',',
  "'", '"', '<script>', '%3Cscript%3E', '{}', '[]', '$', '!', '~', '*', '(', ')', '@', ':', '|', '^', '`', '\\', '//', '/',
  'é', 'ü', 'Москва', '서울', '평양', '東京', 'العربية', '\u202e', '\u200b', '\ufeff', 'e\u0301', '👩🏽‍🚀', '🗺️', '\ud7ff',
  'NaN', 'Infinity', '-1', '0', '1e309', '999999999999', 'null', 'undefined', 'true', 'constructor', '__proto__', 'prototype',
  'CON', 'nul', '.env', 'package.json', 'etc/passwd', 'index.html', '.json', 'a-b', 'A', 'z',
];

function garbage(random: Random, maxLength: number): string {
  let out = '';
  const target = 1 + int(random, maxLength);
  while (out.length < target) {
    const r = random();
    if (r < 0.45) out += pick(random, PIECES);
    else if (r < 0.8) out += String.fromCharCode(0x21 + int(random, 0x5d));
    else out += String.fromCodePoint(0xa0 + int(random, 0x2ff00));
  }
  return out.slice(0, target);
}

function longString(random: Random): string {
  const unit = pick(random, ['a', 'a-', '%2e', 'é', '🗺️', 'x/']);
  return unit.repeat(500 + int(random, 3000));
}

interface Ids {
  places: string[];
  articles: string[];
}

function anyId(random: Random, ids: Ids): string {
  const r = random();
  if (r < 0.35) return pick(random, ids.places);
  if (r < 0.5) return pick(random, ids.articles);
  if (r < 0.6) return longString(random);
  if (r < 0.7) return `${pick(random, ids.places)}${garbage(random, 4)}`;
  return garbage(random, 40);
}

function randomPath(random: Random, ids: Ids): string {
  const id = () => anyId(random, ids);
  switch (int(random, 11)) {
    case 0: return '/';
    case 1:
    case 2: return `/places/${id()}`;
    case 3: return `/articles/${id()}`;
    case 4: return '/api/places';
    case 5:
    case 6: return `/api/places/${id()}`;
    case 7: return `/api/articles/${id()}`;
    case 8: return `/embed/places/${id()}`;
    case 9: return `/${garbage(random, 30)}`;
    case 10: return `/${pick(random, ['api', 'places', 'articles', '_next', '_next/static', 'embed'])}/${garbage(random, 20)}/${garbage(random, 20)}`;
    default: return `/${Array.from({ length: 1 + int(random, 6) }, () => garbage(random, 8)).join('/')}`;
  }
}

function randomQuery(random: Random, ids: Ids): string {
  const r = random();
  if (r < 0.3) return '';
  const params: string[] = [];
  const count = 1 + int(random, 3);
  for (let i = 0; i < count; i++) {
    const kind = random();
    if (kind < 0.4) params.push(`article=${random() < 0.4 ? pick(random, ids.articles) : garbage(random, 30)}`);
    else if (kind < 0.6) params.push(`page=${pick(random, ['0', '-1', '2', '1e9', 'NaN', 'abc', '', '1.5', garbage(random, 6)])}`);
    else if (kind < 0.75) params.push(`pageSize=${pick(random, ['0', '-5', '100000', 'Infinity', '', garbage(random, 6)])}`);
    else if (kind < 0.85) params.push(`${garbage(random, 10)}=${garbage(random, 20)}`);
    else params.push(`article=${longString(random)}`);
  }
  return `?${params.join('&')}`;
}

function randomHash(random: Random): string {
  const r = random();
  if (r < 0.4) return '';
  if (r < 0.8) {
    const num = () => pick(random, ['0', '-0', '1.5', '22', '-90', '91', '-181', '540', 'NaN', 'Infinity', '-1e309', '1e309', '', 'abc', '0x10', garbage(random, 6)]);
    const parts = Array.from({ length: int(random, 5) }, num);
    return `#map=${parts.join('/')}${random() < 0.3 ? `&${garbage(random, 10)}` : ''}`;
  }
  return `#${garbage(random, 40)}`;
}

/**
 * The URL to request: path, query and hash put together, with what cannot go on the wire (spaces,
 * non-ASCII, control characters) percent-encoded the way a browser would; `%` stays raw. A leading
 * `//` or `/\` would name another host, so leading slashes are collapsed: every case stays on the app.
 */
function toUrl(raw: string): string {
  const url = new URL(raw.replace(/^[/\\]+/, '/'), `${baseURL()}/`);
  if (url.origin !== new URL(baseURL()).origin) throw new Error(`Fuzz case left the app: ${raw}`);
  return url.href;
}

function generateCases(seed: number, count: number, ids: Ids): string[] {
  const random = prng(seed);
  return Array.from({ length: count }, () => toUrl(randomPath(random, ids) + randomQuery(random, ids) + randomHash(random)));
}

/**
 * Status of a GET sent over a bare socket. For the few very long URLs whose answer (e.g. Next's 308
 * with the URL in both Location and Refresh) exceeds fetch's 16 KB response-header limit; browsers
 * allow far more, so only the status matters.
 */
function rawStatus(url: string): Promise<number> {
  const { hostname, port, pathname, search } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(`GET ${pathname}${search} HTTP/1.0\r\nHost: ${hostname}:${port}\r\n\r\n`));
    let head = '';
    socket.on('data', (chunk: Buffer) => {
      head += chunk.toString('latin1');
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(head);
      if (status) {
        socket.destroy();
        resolve(Number(status[1]));
      }
    });
    socket.on('error', reject);
    socket.on('end', () => reject(new Error(`No status line for ${url.slice(0, 100)}`)));
  });
}

async function inBatches<T>(items: T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

let browser: Browser;
let cases: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  const places = (await (await fetch(`${baseURL()}/api/places`)).json()) as { features: { properties: { id: string } }[] };
  const articles = (await (await fetch(`${baseURL()}/api/articles`)).json()) as { articles: { id: string }[] };
  const ids = { places: places.features.map((f) => f.properties.id), articles: articles.articles.map((a) => a.id) };
  cases = generateCases(SEED, FETCH_CASES, ids);
});
afterAll(async () => {
  await browser?.close();
});

describe(`URL fuzzing (seed ${SEED})`, () => {
  it('generates the same cases for the same seed', () => {
    const ids = { places: ['a-place'], articles: ['an-article'] };
    expect(generateCases(7, 50, ids)).toEqual(generateCases(7, 50, ids));
    expect(generateCases(7, 50, ids)).not.toEqual(generateCases(8, 50, ids));
  });

  it(`answers ${FETCH_CASES} random URLs without a 5xx, API errors as JSON { error }`, async () => {
    const failures: string[] = [];
    await inBatches(cases, CONCURRENCY, async (url) => {
      const response = await fetch(url, { redirect: 'follow' }).catch((error: Error) => error);
      if (response instanceof Error) {
        const overflow = /HeadersOverflow/.test(String((response as { cause?: unknown }).cause));
        const status = overflow ? await rawStatus(url).catch(() => 0) : 0;
        if (status === 0 || status >= 500) {
          failures.push(`${url.slice(0, 200)}… (${url.length} characters) -> ${response.message}: ${String((response as { cause?: unknown }).cause)} (${status})`);
        }
        return;
      }
      const body = await response.text();
      if (response.status >= 500) failures.push(`${url} -> ${response.status}`);
      const finalPath = new URL(response.url).pathname;
      if (finalPath.startsWith('/api/') && response.status >= 400 && response.status !== 431) {
        let error: unknown;
        try {
          error = (JSON.parse(body) as { error?: unknown }).error;
        } catch {
          error = undefined;
        }
        if (typeof error !== 'string') failures.push(`${url} -> ${response.status} without a JSON error: ${body.slice(0, 80)}`);
      }
    });
    expect(failures).toEqual([]);
  }, 120_000);

  it(`opens ${BROWSER_CASES} of them in Chromium with no 5xx and no console error`, async () => {
    // The sample favours the page routes, where the map, the panel and the URL hash are exercised.
    const pages = cases.filter((url) => !new URL(url).pathname.startsWith('/api/') && url.length < 4000);
    const sample = pages.filter((_, i) => i % Math.max(1, Math.floor(pages.length / BROWSER_CASES)) === 0).slice(0, BROWSER_CASES);
    expect(sample.length).toBe(BROWSER_CASES);
    const failures: string[] = [];
    const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
    await inBatches(sample, 4, async (url) => {
      const page = await context.newPage();
      const errors: { text: string; url: string }[] = [];
      let documentStatus = 0;
      page.on('console', (message: ConsoleMessage) => {
        if (message.type() === 'error') errors.push({ text: message.text(), url: message.location().url });
      });
      page.on('pageerror', (error) => errors.push({ text: error.message, url: '' }));
      page.on('response', (response) => {
        if (response.status() >= 500) errors.push({ text: `${response.status()} ${response.url()}`, url: '' });
      });
      try {
        const response = await page.goto(url, { waitUntil: 'load' });
        documentStatus = response?.status() ?? 0;
        // On dashboard pages, let the map read the hash and draw (idle); 404 pages have no map to wait for.
        await page
          .waitForFunction(() => !document.querySelector('.map-area') || document.querySelector('.map-canvas[data-map-state="idle"]'), undefined, { timeout: 8000 })
          .catch(() => undefined);
      } catch (error) {
        errors.push({ text: (error as Error).message, url: '' });
      }
      // Chromium logs a 404 document as a failed resource load: that is the expected answer, not an error.
      const withoutHash = (u: string) => u.split('#')[0];
      const documentUrl = withoutHash(page.url());
      const unexpected = errors.filter(
        (e) => !(documentStatus === 404 && withoutHash(e.url) === documentUrl && /^Failed to load resource: the server responded with a status of 404/.test(e.text)),
      );
      if (unexpected.length > 0) failures.push(`${url} (${documentStatus}): ${unexpected.map((e) => `${e.text} @${e.url}`).join(' | ')}`);
      await page.close();
    });
    await context.close();
    expect(failures).toEqual([]);
  }, 120_000);
});
