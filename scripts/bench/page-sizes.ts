// Bytes of the dashboard's pages as a browser receives them, for docs/BENCHMARKS-pages.md: the HTML of
// `/`, the most, the median and the least mentioned place, an article and an embed page; the RSC payload
// a client-side navigation to each fetches; and the JavaScript the HTML names before the map library
// (gzip, as served).
// Usage: npx next build && npm run bench:pages
//   BASE_URL=http://host:port   measure a running app (e.g. `next start` with GENERATED_DIR=…) instead
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CorpusManifest, PlacesCollection } from '../../lib/types';
import { startApp } from './lib/appServer';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

interface Sizes {
  raw: number;
  gzip: number;
}

const sizes = (bytes: Buffer): Sizes => ({ raw: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length });
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function bytesOf(url: string, headers: Record<string, string> = {}): Promise<Buffer> {
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

/** Script URLs the HTML names (script tags and preloads), in document order. */
function scriptUrls(html: string, base: string): string[] {
  const urls = new Set<string>();
  for (const match of html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="(?:preload|modulepreload)"[^>]*\shref)="([^"]+\.m?js(?:\?[^"]*)?)"/g)) {
    urls.add(new URL(match[1].replace(/&amp;/g, '&'), base).href);
  }
  return [...urls];
}

/** Gzip bytes of the scripts the HTML names, the map library (recognised by its content) left out. */
async function scriptsBeforeMap(html: string, base: string, cache: Map<string, Buffer>): Promise<number> {
  let total = 0;
  for (const url of scriptUrls(html, base)) {
    let body = cache.get(url);
    if (!body) cache.set(url, (body = await bytesOf(url)));
    const text = body.toString('utf8');
    if (text.includes('maplibre.org') && text.includes('WebGL')) continue;
    total += gzipSync(body, { level: 6 }).length;
  }
  return total;
}

async function main(): Promise<void> {
  const app = await startApp(root);
  try {
    const base = app.baseURL;
    const places = JSON.parse((await bytesOf(`${base}/api/places`)).toString('utf8')) as PlacesCollection;
    const { articles } = JSON.parse((await bytesOf(`${base}/api/articles`)).toString('utf8')) as Pick<CorpusManifest, 'articles'>;
    const ranked = places.features.map((f) => f.properties).sort((a, b) => b.mentionCount - a.mentionCount || a.id.localeCompare(b.id));
    const top = ranked[0];
    const median = ranked[Math.floor(ranked.length / 2)];
    const tail = ranked[ranked.length - 1];
    const pages = [
      { label: '`/` (overview)', path: '/' },
      { label: `\`/places/${top.id}\` (most mentioned: ${top.mentionCount} mentions, ${top.articleIds.length} articles)`, path: `/places/${top.id}` },
      { label: `\`/places/${median.id}\` (median: ${median.mentionCount} mentions, ${median.articleIds.length} articles)`, path: `/places/${median.id}` },
      { label: `\`/places/${tail.id}\` (least mentioned: ${tail.mentionCount})`, path: `/places/${tail.id}` },
      { label: `\`/articles/${articles[0].id}\``, path: `/articles/${articles[0].id}` },
      { label: `\`/embed/places/${top.id}\``, path: `/embed/places/${top.id}` },
    ];
    console.log(`${base}: ${articles.length} articles, ${places.features.length} places\n`);
    console.log('| page | HTML raw | HTML gzip | RSC payload raw | RSC payload gzip | JavaScript named by the HTML, map library excluded (gzip) |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    const scripts = new Map<string, Buffer>();
    for (const page of pages) {
      const html = await bytesOf(`${base}${page.path}`);
      // What a client-side navigation to the page fetches when nothing was prefetched: the full payload.
      const rsc = await bytesOf(`${base}${page.path}`, { RSC: '1' });
      const h = sizes(html);
      const r = sizes(rsc);
      const js = await scriptsBeforeMap(html.toString('utf8'), base, scripts);
      console.log(`| ${page.label} | ${kb(h.raw)} | ${kb(h.gzip)} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(js)} |`);
    }
  } finally {
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
