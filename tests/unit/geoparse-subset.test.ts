// A parser built from only the records a text needs (lib/geoparse/subset.ts) must find exactly what the
// parser of the whole gazetteer finds: checked on the real gazetteer with the default corpus, the
// labelled sentences and synthetic news articles, and on a hand-built gazetteer for ambiguous demonyms.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_GAZETTEER_DIR, ensureGazetteer } from '../../lib/gazetteer/build';
import { loadGazetteer } from '../../lib/gazetteer/load';
import type { GazetteerRecord } from '../../lib/gazetteer/types';
import { createGeoparser, type Geoparser } from '../../lib/geoparse/index';
import { createFullGeoparser, createSubsetGeoparser, recordsNeededFor, type SubsetKeys } from '../../lib/geoparse/subset';
import { generateCorpus } from '../../lib/synthetic/corpus';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let records: GazetteerRecord[];
let full: Geoparser;
let keys: SubsetKeys;
const texts: string[] = [];

beforeAll(() => {
  const dir = path.join(ROOT, DEFAULT_GAZETTEER_DIR);
  ensureGazetteer(dir);
  records = loadGazetteer(dir).records;
  const built = createFullGeoparser(records);
  full = built.parser;
  keys = built.keys();
  const articles = path.join(ROOT, 'data', 'articles');
  for (const file of readdirSync(articles).sort()) texts.push(readFileSync(path.join(articles, file), 'utf8'));
  for (const set of ['labelled', 'heldout']) {
    const lines = readFileSync(path.join(ROOT, 'bench', 'geoparse', `${set}.jsonl`), 'utf8').split('\n').filter((l) => l.trim());
    for (const line of lines) texts.push((JSON.parse(line) as { text: string }).text);
  }
  for (const article of generateCorpus(records, { count: 40, seed: 5 })) texts.push(article.content);
}, 600_000);

describe('subset geoparser on the real gazetteer', () => {
  it('finds the same mentions as the full parser, text by text and for all texts at once', () => {
    let found = 0;
    for (const text of texts) {
      const expected = full.parse(text);
      found += expected.length;
      expect(createSubsetGeoparser([text], keys, (i) => records[i]).parse(text)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(1000); // the texts are full of places: the comparison means something
    const shared = createSubsetGeoparser(texts.slice(0, 30), keys, (i) => records[i]);
    for (const text of texts.slice(0, 30)) expect(shared.parse(text)).toEqual(full.parse(text));
  });

  it('needs a small part of the gazetteer for one article', () => {
    const needed = recordsNeededFor([texts[0]], keys);
    expect(needed.length).toBeGreaterThan(0);
    expect(needed.length).toBeLessThan(records.length / 20);
    expect(keys.recordCount).toBe(records.length);
  });
});

describe('subset geoparser and ambiguous demonyms', () => {
  const gazetteer: GazetteerRecord[] = [
    { id: 'north-korea', name: 'North Korea', kind: 'country', countryCode: 'KP', lon: 127, lat: 40, names: ['North Korea'], demonyms: ['North Korean'], bbox: [124, 37, 131, 43] },
    { id: 'south-korea', name: 'South Korea', kind: 'country', countryCode: 'KR', lon: 127, lat: 36, names: ['South Korea'], demonyms: ['South Korean', 'Korean'], bbox: [126, 33, 131, 38] },
  ];
  const text = 'Korean officials met on Monday.';

  it('uses the whole gazetteer\'s verdict: "Korean" alone names neither Korea', () => {
    const smallKeys = createFullGeoparser(gazetteer).keys();
    expect(smallKeys.ambiguousDemonyms).toEqual(['korean']);
    expect(recordsNeededFor([text], smallKeys)).toEqual([1]); // North Korea has no name starting "Korean"
    expect(createGeoparser(gazetteer).parse(text)).toEqual([]);
    expect(createSubsetGeoparser([text], smallKeys, (i) => gazetteer[i]).parse(text)).toEqual([]);
    // Without the keys' verdict the part alone would read South Korea: the option is what makes it exact.
    expect(createGeoparser([gazetteer[1]]).parse(text).map((m) => m.placeId)).toEqual(['south-korea']);
  });
});
