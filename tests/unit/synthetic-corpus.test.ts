import { describe, expect, it } from 'vitest';
import type { GazetteerRecord } from '../../lib/gazetteer/types';
import { prepareArticle } from '../../lib/ingest/prepareArticle';
import { generateArticle } from '../../lib/synthetic/article';
import { corpusMarker, defaultCorpusDirName, generateCorpus } from '../../lib/synthetic/corpus';
import { drawPlace, selectPlacePool } from '../../lib/synthetic/newsPlaces';
import { createPrng, seedFrom } from '../../lib/synthetic/prng';
import { parseFrontMatter } from '../../lib/text/frontMatter';
import type { PlaceKind } from '../../lib/types';

/** A made-up gazetteer: pronounceable names from syllables, populations falling with the index. */
function fixtureRecords(): GazetteerRecord[] {
  const syllables = ['ka', 'lo', 'ri', 'ben', 'tar', 'mi', 'so', 'vel', 'dun', 'ea', 'gor', 'pah'];
  const name = (i: number, parts: number): string => {
    let s = '';
    for (let p = 0, n = i; p < parts; p++, n = Math.floor(n / syllables.length)) s += syllables[n % syllables.length];
    return s[0].toUpperCase() + s.slice(1);
  };
  const records: GazetteerRecord[] = [];
  const add = (kind: PlaceKind, i: number, parts: number, extra: Partial<GazetteerRecord> = {}): void => {
    const display = name(i, parts);
    records.push({ id: `${kind}-${i}`, name: display, kind, countryCode: `C${i % 40}`, lon: i % 180, lat: i % 80, names: [display], bbox: [0, 0, 1 + (i % 9), 1 + (i % 7)], ...extra });
  };
  for (let i = 0; i < 40; i++) add('country', i, 2, { countryCode: `C${i}`, demonyms: [`${name(i, 2)}ian`, `${name(i, 2)}ians`] });
  for (let i = 0; i < 300; i++) add('region', 1000 + i, 3);
  for (let i = 0; i < 3000; i++) add('city', 5000 + i, 4, { population: Math.round(5e6 / (1 + i)) });
  records.push({ id: 'united-states', name: 'United States', kind: 'country', countryCode: 'US', lon: -98, lat: 39, names: ['United States'], bbox: [-125, 24, -66, 49] });
  return records;
}

const RECORDS = fixtureRecords();
const body = (content: string): string => parseFrontMatter(content).body;

describe('prng', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const sequence = (seed: number) => Array.from({ length: 5 }, createPrng(seed).next);
    expect(sequence(7)).toEqual(sequence(7));
    expect(sequence(7)).not.toEqual(sequence(8));
    for (const x of sequence(seedFrom('a', 1))) expect(x >= 0 && x < 1).toBe(true);
    expect(seedFrom('article', 1, 2)).not.toBe(seedFrom('article', 12));
  });
});

describe('selectPlacePool', () => {
  const pool = selectPlacePool(RECORDS, { seed: 1, cities: 2000, regions: 200 });

  it('ranks headline places first, mixes kinds, and gives each place one distinct name', () => {
    expect(pool.places[0]).toMatchObject({ id: 'united-states', forms: ['the United States', 'the U.S.'] });
    const kinds = new Set(pool.places.slice(1, 200).map((p) => p.kind));
    expect([...kinds].sort()).toEqual(['city', 'country', 'region']);
    expect(pool.places.filter((p) => p.kind === 'city')).toHaveLength(2000);
    expect(pool.places.filter((p) => p.kind === 'region')).toHaveLength(200);
    const forms = pool.places.flatMap((p) => p.forms.map((f) => f.toLowerCase()));
    expect(new Set(forms).size).toBe(forms.length);
    expect(pool.countryByCode.get('C3')?.demonym).toBe(`${RECORDS.find((r) => r.id === 'country-3')!.name}ian`);
  });

  it('draws with Zipf weights: the top place far more often than a tail place', () => {
    const prng = createPrng(3);
    const counts = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      const id = drawPlace(pool, prng).id;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const top = counts.get(pool.places[0].id) ?? 0;
    const tail = counts.get(pool.places[pool.places.length - 1].id) ?? 0;
    expect(top).toBeGreaterThan(20_000 / 12); // 1 / H(2241) is about 1/8.3
    expect(tail).toBeLessThan(top / 100);
    expect(counts.size).toBeGreaterThan(pool.places.length / 2);
  });
});

describe('generateCorpus', () => {
  const first = [...generateCorpus(RECORDS, { count: 300, seed: 1 })];

  it('is deterministic, and each article depends only on its index and the seed', () => {
    const again = [...generateCorpus(RECORDS, { count: 300, seed: 1 })];
    expect(again.map((a) => a.content)).toEqual(first.map((a) => a.content));
    const prefix = [...generateCorpus(RECORDS, { count: 20, seed: 1 })];
    expect(prefix.map((a) => a.content)).toEqual(first.slice(0, 20).map((a) => a.content));
    const other = [...generateCorpus(RECORDS, { count: 20, seed: 2 })];
    expect(other.filter((a, i) => a.content === first[i].content)).toHaveLength(0);
  });

  it('writes news-style articles of about 4,000 characters with valid front matter', () => {
    expect(new Set(first.map((a) => a.fileName)).size).toBe(300);
    expect(first[0].fileName).toBe('synthetic-00001.txt');
    expect(first.filter((a) => a.fileName.endsWith('.md')).length).toBe(25);
    for (const article of first) {
      const front = parseFrontMatter(article.content);
      expect(front.problems).toEqual([]);
      expect(front.data.title).toMatch(/^[A-Z]/);
      expect(front.data.source).toBeTruthy();
      expect(front.data.publishedAt).toMatch(/^202[45]-\d\d-\d\d$/);
      expect(body(article.content).length).toBeGreaterThanOrEqual(3600);
      expect(body(article.content).length).toBeLessThanOrEqual(4400);
      expect(body(article.content)).not.toMatch(/\{\w+\}|\.\.|undefined/);
      const prepared = prepareArticle(article.fileName, 'x', article.content);
      expect(prepared.ok && prepared.warnings).toEqual([]);
    }
    const all = first.map((a) => a.content).join('\n');
    // Abbreviations, quotations, datelines and Markdown headings, as in real news.
    for (const feature of ['the U.S.', 'Mr. ', 'Dr. ', ',"', ' — ', '\n## ']) expect(all).toContain(feature);
  });

  it('names many places, a few very often and a long tail rarely, each by a form or its demonym', () => {
    const pool = selectPlacePool(RECORDS, { seed: 1 });
    const byId = new Map(pool.places.map((p) => [p.id, p]));
    const articlesPerPlace = new Map<string, number>();
    for (const article of first) {
      const text = article.content.toLowerCase(); // datelines are in capitals
      for (const id of article.placeIds) {
        articlesPerPlace.set(id, (articlesPerPlace.get(id) ?? 0) + 1);
        const place = byId.get(id)!;
        const written = [...place.forms.map((f) => f.replace(/^the /, '')), place.demonym ?? '\0'];
        expect(written.some((form) => text.includes(form.toLowerCase())), `${article.fileName}: ${id}`).toBe(true);
      }
    }
    expect(articlesPerPlace.size).toBeGreaterThan(600);
    const counts = [...articlesPerPlace.values()].sort((a, b) => b - a);
    expect(counts[0]).toBeGreaterThan(first.length * 0.3);
    expect(counts.filter((c) => c <= 2).length).toBeGreaterThan(articlesPerPlace.size / 2);
  });

  it('keeps articles independent of the corpus size and stable per index', () => {
    const pool = selectPlacePool(RECORDS, { seed: 1 });
    expect(generateArticle(17, pool, { seed: 1 })).toEqual(first[17]);
  });
});

describe('corpus helpers', () => {
  it('names default directories and records the options in the marker', () => {
    expect(defaultCorpusDirName(10_000)).toBe('corpus-10k');
    expect(defaultCorpusDirName(250)).toBe('corpus-250');
    expect(JSON.parse(corpusMarker({ count: 5, seed: 2 }, 'g1'))).toMatchObject({ count: 5, seed: 2, length: 4000, gazetteerVersion: 'g1' });
    expect(corpusMarker({ count: 5, seed: 2 }, 'g1')).not.toBe(corpusMarker({ count: 5, seed: 2 }, 'g2'));
  });
});
