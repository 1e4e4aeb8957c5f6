// The geoparser with the real generated gazetteer: the default corpus at mention level, and the
// accuracy goals on the hand-labelled set (bench/geoparse/labelled.jsonl) so that a regression fails.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_GAZETTEER_DIR, ensureGazetteer } from '../../lib/gazetteer/build';
import { loadGazetteer } from '../../lib/gazetteer/load';
import type { GazetteerShapes } from '../../lib/gazetteer/types';
import { evaluate, parseLabelledSet } from '../../lib/geoparse/evaluate';
import { createGeoparser, type Geoparser } from '../../lib/geoparse/index';
import type { Mention } from '../../lib/types';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ARTICLES = path.join(ROOT, 'data', 'articles');

let parser: Geoparser;
let shapes: GazetteerShapes;
const mentionsByFile = new Map<string, { text: string; mentions: Mention[] }>();

beforeAll(() => {
  const dir = path.join(ROOT, DEFAULT_GAZETTEER_DIR);
  ensureGazetteer(dir);
  const gazetteer = loadGazetteer(dir);
  shapes = gazetteer.shapes;
  parser = createGeoparser(gazetteer.records);
  for (const file of readdirSync(ARTICLES).filter((f) => /\.(txt|md)$/.test(f)).sort()) {
    const text = readFileSync(path.join(ARTICLES, file), 'utf8');
    mentionsByFile.set(file, { text, mentions: parser.parse(text) });
  }
}, 600_000);

const allMentions = () => [...mentionsByFile.values()].flatMap((a) => a.mentions);
const mentionsOf = (file: string) => mentionsByFile.get(file)!.mentions;

describe('default corpus', () => {
  it('finds the places a reader of the five articles would map', () => {
    const found = new Set(allMentions().map((m) => m.placeId));
    const expected = [
      'kursk-oblast', 'pyongyang', 'beijing', 'moscow', 'seoul', 'washington-dc', 'kyiv', 'donbas', 'crimea', 'donetsk-oblast',
      'luhansk-oblast', 'syria', 'japan', 'china', 'north-korea', 'south-korea', 'russia', 'ukraine', 'united-states',
      'united-kingdom', 'france', 'korean-peninsula',
    ];
    expect(expected.filter((id) => !found.has(id))).toEqual([]);
  });

  it('resolves the article phrasings to the right places', () => {
    const byText = (file: string, text: string) => mentionsOf(file).filter((m) => m.text === text).map((m) => m.placeId);
    const a2 = '002_426e0a58acaf9c03.txt';
    const a3 = '003_f88b821636e30221.txt';
    const a4 = '004_2b015a0ac9e7801d.txt';
    expect(new Set(byText(a4, 'Kiev'))).toEqual(new Set(['kyiv']));
    // "the conquest of the entire Donbass region, which includes the provinces of Donetsk and Luhansk"
    expect(byText(a4, 'Donetsk')).toEqual(['donetsk-oblast']);
    expect(byText(a4, 'Luhansk')).toEqual(['luhansk-oblast']);
    expect(new Set(byText(a4, 'Donbass'))).toEqual(new Set(['donbas']));
    // "restoration work in Kursk" in an article about the Kursk region.
    expect(byText(a3, 'Kursk')).toEqual(['kursk-oblast']);
    expect(byText(a2, 'Washington')).toEqual(['washington-dc']);
    expect(new Set(byText(a3, 'DPRK'))).toEqual(new Set(['north-korea']));
    expect(new Set(byText(a3, 'North Koreans'))).toEqual(new Set(['north-korea']));
  });

  it('keeps "Pyongyang regime" and possessives with exact offsets', () => {
    for (const { text, mentions } of mentionsByFile.values()) {
      for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      mentions.forEach((m, i) => i > 0 && expect(m.start).toBeGreaterThanOrEqual(mentions[i - 1].end));
      for (const m of mentions) expect(m.text).not.toMatch(/['’]s$/);
    }
    const a4 = mentionsOf('004_2b015a0ac9e7801d.txt');
    expect(a4.some((m) => m.text === 'Pyongyang' && m.placeId === 'pyongyang')).toBe(true);
  });

  it('does not fall for the traps', () => {
    const traps = [
      'Kim', 'Jong', 'Un', 'un', 'Vladimir', 'Putin', 'Mine', 'Mines', 'August', 'Council', 'Victor', 'Goremykin', 'Law', 'Mission',
      'Central', 'West', 'Western', 'As', 'Over', 'No', 'Gwansik', 'Dmitry', 'Peskov', 'Reuters', 'Security', 'Special', 'Korean',
      'Xi', 'Jinping', 'North', 'Sergei', 'Shoigu', 'Sergey', 'Shigeru', 'Ishiba', 'Mario', 'Nawfal', 'Volodymyr', 'Zelensky',
      'Trump', 'Biden', 'KCNA', 'NIS', 'UN', 'U.N.', 'NATO', 'Kremlin', 'Warfarer',
    ];
    const hits = allMentions().filter((m) => traps.includes(m.text));
    expect(hits.map((m) => `${m.text}->${m.placeId}`)).toEqual([]);
  });
});

describe('labelled accuracy set', () => {
  it('meets the goals: F1 >= 0.95 and >= 97% resolved within 161 km', () => {
    const sentences = parseLabelledSet(readFileSync(path.join(ROOT, 'bench', 'geoparse', 'labelled.jsonl'), 'utf8'));
    expect(sentences.length).toBeGreaterThanOrEqual(60);
    const result = evaluate(sentences, (text) => parser.parse(text), shapes);
    expect(result.exact.f1).toBeGreaterThanOrEqual(0.95);
    expect(result.resolvedWithin161Km).toBeGreaterThanOrEqual(0.97);
  });
});
