// The default corpus through the real gazetteer, geoparser and ingest: the places an editor reading the
// five articles would map, tied to the articles and sentences that name them, and none of the traps.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadParserSetup } from '../../lib/ingest/loadParser';
import { runIngest } from '../../lib/ingest/runIngest';
import type { ArticleDocument, CorpusManifest, PlaceExcerpts, PlacesCollection } from '../../lib/types';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ARTICLES = path.join(ROOT, 'data', 'articles');
const out = mkdtempSync(path.join(tmpdir(), 'corpus-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const A0 = '000_b95f338fa3d30124';
const A1 = '001_0b1c26dd6925c5bf';
const A2 = '002_426e0a58acaf9c03';
const A3 = '003_f88b821636e30221';
const A4 = '004_2b015a0ac9e7801d';
const ALL = [A0, A1, A2, A3, A4];

async function ingestInto(dir: string): Promise<void> {
  await runIngest({
    articlesDir: ARTICLES,
    generatedDir: dir,
    loadParser: () => loadParserSetup({ log: () => {} }),
    info: () => {},
    warn: () => {},
  });
}

const readJson = <T>(rel: string, dir = out): T => JSON.parse(readFileSync(path.join(dir, rel), 'utf8')) as T;
const excerptsOf = (placeId: string): PlaceExcerpts => readJson<PlaceExcerpts>(`excerpts/${placeId}.json`);
const articleOf = (id: string): ArticleDocument => readJson<ArticleDocument>(`articles/${id}.json`);

let places: PlacesCollection;
let manifest: CorpusManifest;
beforeAll(async () => {
  process.env.GAZETTEER_DIR = '';
  await ingestInto(out);
  places = readJson<PlacesCollection>('places.geojson');
  manifest = readJson<CorpusManifest>('manifest.json');
}, 300_000);

/** Articles that name each place, read off the five articles by hand. Exact, except where only an
 *  adjective names the place in some article ("South Korean" in 000): those are allowed, not required. */
const EXPECTED: Record<string, { articles: string[]; mayAlso?: string[] }> = {
  'kursk-oblast': { articles: [A0, A2, A3, A4] },
  pyongyang: { articles: ALL },
  beijing: { articles: [A0] },
  moscow: { articles: ALL },
  seoul: { articles: [A0, A2] },
  'washington-dc': { articles: [A2] },
  kyiv: { articles: [A4] },
  donbas: { articles: [A4] },
  crimea: { articles: [A4] },
  'donetsk-oblast': { articles: [A4] },
  'luhansk-oblast': { articles: [A4] },
  syria: { articles: [A2] },
  japan: { articles: [A3] },
  china: { articles: [A0] },
  'north-korea': { articles: ALL },
  'south-korea': { articles: [A1, A2, A3, A4], mayAlso: [A0] },
  russia: { articles: ALL },
  ukraine: { articles: ALL },
  'united-states': { articles: [A1, A3, A4] },
  'united-kingdom': { articles: [A4] },
  france: { articles: [A4] },
  'korean-peninsula': { articles: [A1, A2] },
};

describe('the default corpus', () => {
  it('ingests all five articles in file-name order', () => {
    expect(manifest.articles.map((a) => a.id)).toEqual(ALL);
    expect(manifest.skipped).toEqual([]);
  });

  it.each(Object.entries(EXPECTED))('maps %s to the articles that name it', (placeId, { articles, mayAlso = [] }) => {
    const feature = places.features.find((f) => f.id === placeId);
    expect(feature, `${placeId} is missing from places.geojson`).toBeDefined();
    const got = feature!.properties.articleIds;
    expect(got.filter((id) => !mayAlso.includes(id))).toEqual(articles);
    const excerptArticles = [...new Set(excerptsOf(placeId).excerpts.map((e) => e.articleId))];
    expect(excerptArticles).toEqual(got);
  });

  it('gives the Kursk region excerpts from four articles', () => {
    const articles = new Set(excerptsOf('kursk-oblast').excerpts.map((e) => e.articleId));
    expect(articles.size).toBe(4);
  });

  it('draws countries, regions and areas as shapes and cities as points', () => {
    const kind = (id: string) => places.features.find((f) => f.id === id)!;
    expect(kind('russia').geometry.type).toMatch(/Polygon/);
    expect(kind('kursk-oblast').geometry.type).toMatch(/Polygon/);
    expect(kind('korean-peninsula').geometry.type).toMatch(/Polygon/);
    expect(kind('pyongyang').geometry).toEqual({ type: 'Point', coordinates: [kind('pyongyang').properties.lon, kind('pyongyang').properties.lat] });
    for (const f of places.features) {
      const [w, s, e, n] = f.properties.bbox;
      expect(w <= e && s <= n, `${f.id} bbox`).toBe(true);
      expect(f.properties.lon >= w - 1e-6 && f.properties.lon <= e + 1e-6 || f.properties.lon + 360 <= e + 1e-6, `${f.id} lon in bbox`).toBe(true);
    }
  });

  it.each([
    ['kursk-oblast', A0, 'clearing mines in Russia’s Kursk region'],
    ['kursk-oblast', A2, 'clearing explosive remnants of war in Kursk Oblast'],
    ['kyiv', A4, 'Reports from Kiev indicate'],
    ['washington-dc', A2, 'raised alarms in Seoul and Washington'],
    ['seoul', A2, 'raised alarms in Seoul and Washington'],
    ['donbas', A4, 'including parts of Donbass and Crimea'],
    ['korean-peninsula', A1, 'fortification along the Korean Peninsula'],
    ['united-kingdom', A4, 'the U.S., the UK, and France'],
    ['beijing', A0, 'military parade in Beijing'],
    ['japan', A3, 'South Korea, Japan, and the United States'],
  ])('excerpts of %s in %s include the sentence with "%s"', (placeId, articleId, phrase) => {
    const excerpt = excerptsOf(placeId).excerpts.find((e) => e.articleId === articleId && e.text.includes(phrase));
    expect(excerpt, `no excerpt of ${placeId} in ${articleId} contains "${phrase}"`).toBeDefined();
    const article = articleOf(articleId);
    const sentence = article.sentences[excerpt!.sentenceIndex];
    expect(article.text.slice(sentence.start, sentence.end)).toBe(excerpt!.text);
    const names = excerpt!.highlights.map((h) => excerpt!.text.slice(h.start, h.end));
    const mentioned = article.mentions
      .filter((m) => m.placeId === placeId && m.start >= sentence.start && m.end <= sentence.end)
      .map((m) => article.text.slice(m.start, m.end));
    expect(names).toEqual(mentioned);
    expect(names.some((n) => phrase.includes(n))).toBe(true);
  });

  it('keeps every excerpt consistent with its article', () => {
    for (const feature of places.features) {
      const { excerpts } = excerptsOf(feature.id);
      const highlightCount = excerpts.reduce((n, e) => n + e.highlights.length, 0);
      expect(highlightCount, feature.id).toBe(feature.properties.mentionCount);
      for (const e of excerpts) {
        const article = articleOf(e.articleId);
        expect(e.articleTitle).toBe(article.title);
        const sentence = article.sentences[e.sentenceIndex];
        expect(e.text).toBe(article.text.slice(sentence.start, sentence.end));
        expect(e.text).toBe(e.text.trim());
        for (const h of e.highlights) {
          expect(article.mentions).toContainEqual({ start: sentence.start + h.start, end: sentence.start + h.end, placeId: feature.id });
        }
      }
    }
  });

  it('falls into none of the traps', () => {
    const traps = new Set(['Kim', 'Jong', 'Un', 'UN', 'Vladimir', 'Mine', 'Mines', 'mine', 'mines', 'August', 'NIS',
      'North', 'West', 'Western', 'Eastern', 'Cold', 'Xi', 'Putin', 'Trump', 'Biden', 'Reuters', 'KCNA', 'Shoigu', 'Peskov',
      'Goremykin', 'Zelensky', 'Nawfal', 'Mario', 'Korean', 'Korea', 'Chairman', 'State']);
    const allowedCountries = new Set(['RU', 'KP', 'KR', 'UA', 'CN', 'US', 'GB', 'FR', 'JP', 'SY']);
    for (const id of ALL) {
      const article = articleOf(id);
      for (const m of article.mentions) {
        const text = article.text.slice(m.start, m.end);
        expect(traps.has(text), `"${text}" in ${id} resolved to ${m.placeId}`).toBe(false);
      }
    }
    for (const f of places.features) {
      if (f.properties.countryCode) expect(allowedCountries.has(f.properties.countryCode), `${f.id} (${f.properties.countryCode})`).toBe(true);
    }
    expect(places.features.map((f) => f.id)).not.toContain('tajikistan');
  });

  it('derives readable titles', () => {
    expect(manifest.articles.map((a) => a.title)).toEqual([
      'Kim Admits North Korean Forces Cleared Mines to Aid Russia',
      'North Korean leader Kim Jong-un has confirmed that troops from the Korean People’s Army are engaged…',
      'North Korean Deminers Collaborate with Russia to Clear Explosives in Kursk Oblast',
      expect.stringMatching(/^North Korea sends 6,000 troops to Russian frontlines .{10,80}…$/),
      expect.stringMatching(/^The war in Ukraine, which began in February 2022 .{10,80}…$/),
    ]);
    const first = articleOf(A0);
    expect(first.text.startsWith('Kim acknowledges N Korean troops cleared mines for Russia\n')).toBe(true);
  });

  it('is deterministic: a fresh run and a cached re-run give byte-identical outputs', async () => {
    const fresh = mkdtempSync(path.join(tmpdir(), 'corpus-fresh-'));
    try {
      await ingestInto(fresh);
      await ingestInto(out); // cached
      expect(hashTree(fresh)).toEqual(hashTree(out));
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  }, 300_000);
});

function hashTree(dir: string, base = dir): Record<string, string> {
  const result: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    if (name === '.cache') continue;
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) Object.assign(result, hashTree(file, base));
    else result[path.relative(base, file)] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return result;
}
