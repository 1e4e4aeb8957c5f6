import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, Geometry, MultiPolygon, Point, Position } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasAntimeridianJump } from '../../lib/map/antimeridian';
import { BASEMAP_SOURCE_FILES } from '../../lib/map/basemapFiles';
import { buildBasemapStyle } from '../../lib/map/basemapStyle';
import { codePointsOf, glyphRangeName } from '../../lib/map/fontstacks';
import { GLYPH_BORDER, decodeGlyphRanges } from '../../lib/map/glyphPbf';
import { textFontsOf } from '../../lib/map/styleFonts';
import { buildBasemap, type BuildBasemapResult } from '../../scripts/basemap/buildBasemap';

const GZIP_BUDGET_BYTES = 600 * 1024;

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((entry) => statSync(path.join(dir, entry)).isFile())
    .sort();
}

function readGeojson(dir: string, file: string): FeatureCollection<Geometry, Record<string, unknown>> {
  return JSON.parse(readFileSync(path.join(dir, 'generated', 'basemap', file), 'utf8')) as FeatureCollection<
    Geometry,
    Record<string, unknown>
  >;
}

function linesAndRings(geometry: Geometry): Position[][] {
  switch (geometry.type) {
    case 'Polygon':
    case 'MultiLineString':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
    case 'LineString':
      return [geometry.coordinates];
    default:
      return [];
  }
}

describe('npm run basemap output', () => {
  let first: string;
  let second: string;
  let result: BuildBasemapResult;

  beforeAll(() => {
    first = mkdtempSync(path.join(tmpdir(), 'basemap-a-'));
    second = mkdtempSync(path.join(tmpdir(), 'basemap-b-'));
    result = buildBasemap({ publicDir: first, admin1Countries: ['UA', 'ru'] });
    buildBasemap({ publicDir: second, admin1Countries: ['RU', 'UA'] });
  }, 120_000);

  afterAll(() => {
    rmSync(first, { recursive: true, force: true });
    rmSync(second, { recursive: true, force: true });
  });

  it('is byte-identical when built twice', () => {
    const files = listFiles(first);
    expect(files.length).toBeGreaterThan(5);
    expect(listFiles(second)).toEqual(files);
    for (const file of files) {
      expect(readFileSync(path.join(second, file)).equals(readFileSync(path.join(first, file))), file).toBe(true);
    }
  });

  it(`keeps all basemap GeoJSON under ${GZIP_BUDGET_BYTES / 1024} KB gzip`, () => {
    const total = Object.values(BASEMAP_SOURCE_FILES)
      .map((file) => gzipSync(readFileSync(path.join(first, 'generated', 'basemap', file))).length)
      .reduce((sum, bytes) => sum + bytes, 0);
    expect(total).toBeGreaterThan(50 * 1024);
    expect(total).toBeLessThanOrEqual(GZIP_BUDGET_BYTES);
  });

  it('has no geometry that jumps across the antimeridian', () => {
    for (const file of [BASEMAP_SOURCE_FILES.countries, BASEMAP_SOURCE_FILES.borders, BASEMAP_SOURCE_FILES.admin1]) {
      const collection = readGeojson(first, file);
      expect(collection.features.length, file).toBeGreaterThan(0);
      for (const feature of collection.features) {
        for (const positions of linesAndRings(feature.geometry)) {
          expect(hasAntimeridianJump(positions), `${file} ${JSON.stringify(feature.properties)}`).toBe(false);
        }
      }
    }
  });

  it('draws admin-1 lines for exactly the requested countries', () => {
    expect(result.admin1Drawn).toEqual(['RU', 'UA']);
    const codes = readGeojson(first, BASEMAP_SOURCE_FILES.admin1).features.map((f) => f.properties.countryCode);
    expect(codes).toEqual(['RU', 'UA']);
  });

  it('puts every country label inside its country, with regional labels only for very wide ones', () => {
    const fills = readGeojson(first, BASEMAP_SOURCE_FILES.countries).features;
    const labels = readGeojson(first, BASEMAP_SOURCE_FILES.countryLabels).features;
    for (const label of labels) {
      const country = fills.find((f) => f.properties.name === label.properties.name && f.properties.iso2 === label.properties.iso2);
      expect(country, String(label.properties.name)).toBeDefined();
      const inside = booleanPointInPolygon(label.geometry as Point, country?.geometry as MultiPolygon);
      expect(inside, String(label.properties.name)).toBe(true);
    }
    const count = (name: string) => labels.filter((f) => f.properties.name === name).length;
    expect(count('Russia')).toBeGreaterThan(3);
    expect(count('France')).toBe(1);
  });

  it('labels countries and major cities, with population on cities', () => {
    const countryNames = readGeojson(first, BASEMAP_SOURCE_FILES.countryLabels).features.map((f) => f.properties.name);
    expect(countryNames).toEqual(expect.arrayContaining(['Russia', 'Ukraine', 'France']));
    const cities = readGeojson(first, BASEMAP_SOURCE_FILES.cityLabels).features;
    expect(cities.length).toBeGreaterThan(200);
    for (const city of cities) {
      expect(city.properties.capital === true || (city.properties.population as number) >= 200_000).toBe(true);
    }
  });

  it('has a glyph in every font the style uses for every character of every label', () => {
    const glyphsDir = path.join(first, 'generated', 'glyphs');
    const style = buildBasemapStyle({ theme: 'light' });
    const fonts = [...new Set(style.layers.flatMap(textFontsOf))];
    expect(fonts.length).toBeGreaterThan(0);
    const texts = [BASEMAP_SOURCE_FILES.countryLabels, BASEMAP_SOURCE_FILES.cityLabels].flatMap((file) =>
      readGeojson(first, file).features.map((f) => String(f.properties.name)),
    );
    // Characters the style adds itself: the literal strings of the city label's format expression.
    const cityLayer = style.layers.find((layer) => layer.id === 'city-label');
    const textField = cityLayer?.type === 'symbol' ? cityLayer.layout?.['text-field'] : undefined;
    const styleTexts = Array.isArray(textField) && textField[0] === 'format' ? textField.slice(1).filter((item) => typeof item === 'string') : [];
    expect(styleTexts.length).toBeGreaterThan(0);
    const codePoints = codePointsOf([...texts, ...styleTexts].join(''));
    expect(codePoints).toEqual(expect.arrayContaining([0x41, 0x2019])); // "A" and a curly apostrophe occur
    for (const font of fonts) {
      const cache = new Map<string, Set<number>>();
      for (const codePoint of codePoints) {
        const range = glyphRangeName(codePoint);
        if (!cache.has(range)) {
          const [decoded] = decodeGlyphRanges(readFileSync(path.join(glyphsDir, font, `${range}.pbf`)));
          expect(decoded.fontstack).toBe(font);
          expect(decoded.range).toBe(range);
          cache.set(range, new Set(decoded.glyphs.map((glyph) => glyph.id)));
        }
        expect(cache.get(range)?.has(codePoint), `${font} U+${codePoint.toString(16)}`).toBe(true);
      }
    }
  });

  it('writes well-formed glyph ranges, including empty ones', () => {
    const glyphsDir = path.join(first, 'generated', 'glyphs', 'Noto Sans Regular');
    for (const range of ['0-255', '256-511', '8192-8447']) {
      const [decoded] = decodeGlyphRanges(readFileSync(path.join(glyphsDir, `${range}.pbf`)));
      expect(decoded.glyphs.length, range).toBeGreaterThan(20);
      for (const glyph of decoded.glyphs) {
        if (glyph.bitmap) expect(glyph.bitmap.length).toBe((glyph.width + 2 * GLYPH_BORDER) * (glyph.height + 2 * GLYPH_BORDER));
      }
    }
    const emDash = decodeGlyphRanges(readFileSync(path.join(glyphsDir, '8192-8447.pbf')))[0].glyphs.find((g) => g.id === 0x2014);
    expect(emDash?.width).toBeGreaterThan(10);
    const cjk = decodeGlyphRanges(readFileSync(path.join(glyphsDir, '19968-20223.pbf')));
    expect(cjk).toEqual([{ fontstack: 'Noto Sans Regular', range: '19968-20223', glyphs: [] }]);
  });
});
