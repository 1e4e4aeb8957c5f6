import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { area, polygon } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import {
  hasAntimeridianJump,
  splitLineAtAntimeridian,
  splitPolygonAtAntimeridian,
  unwrapLongitudes,
} from '../../lib/map/antimeridian';
import { prepareLandGeometry } from '../../lib/map/basemapGeometry';

const require = createRequire(import.meta.url);

function worldAtlasCountry(name: string): Polygon | MultiPolygon {
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
  const collection = feature(topology, topology.objects.countries as GeometryCollection) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  const country = collection.features.find((f) => f.properties.name === name);
  if (!country) throw new Error(`${name} not in world-atlas`);
  return country.geometry;
}

function rings(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

describe('antimeridian cuts', () => {
  // A 20°-wide box from 170°E to 170°W, written the way Natural Earth stores it (jumping ±360).
  const crossingBox: Position[] = [
    [170, 60], [180, 60], [-180, 60], [-170, 60], [-170, 70], [-180, 70], [180, 70], [170, 70], [170, 60],
  ];

  it('detects and unwraps a jump', () => {
    expect(hasAntimeridianJump(crossingBox)).toBe(true);
    const unwrapped = unwrapLongitudes(crossingBox);
    expect(hasAntimeridianJump(unwrapped)).toBe(false);
    expect(unwrapped[3][0]).toBe(190);
  });

  it('splits a crossing polygon into pieces inside ±180 that keep its area', () => {
    const pieces = splitPolygonAtAntimeridian([crossingBox]);
    expect(pieces).toHaveLength(2);
    for (const piece of pieces) {
      for (const ring of piece) {
        expect(hasAntimeridianJump(ring)).toBe(false);
        for (const [lon] of ring) expect(Math.abs(lon)).toBeLessThanOrEqual(180);
      }
    }
    const total = pieces.reduce((sum, piece) => sum + area(polygon(piece)), 0);
    const expected = area(polygon([[[170, 60], [190, 60], [190, 70], [170, 70], [170, 60]]]));
    expect(total / expected).toBeCloseTo(1, 6);
  });

  it('leaves a polygon that does not cross untouched', () => {
    const ring: Position[] = [[10, 10], [20, 10], [20, 20], [10, 10]];
    expect(splitPolygonAtAntimeridian([ring])).toEqual([[ring]]);
  });

  it('closes a ring around the south pole instead of streaking across the map', () => {
    const polar: Position[] = [[-180, -70], [-90, -72], [0, -70], [90, -72], [180, -70], [-180, -70]];
    const pieces = splitPolygonAtAntimeridian([polar]);
    expect(pieces.length).toBeGreaterThan(0);
    for (const piece of pieces) {
      expect(hasAntimeridianJump(piece[0])).toBe(false);
      expect(Math.min(...piece[0].map(([, lat]) => lat))).toBe(-90);
    }
  });

  it('cuts a line at the crossing with an interpolated latitude and drops runs along the meridian', () => {
    const parts = splitLineAtAntimeridian([[170, 0], [-170, 10], [-160, 10]]);
    expect(parts).toEqual([
      [[170, 0], [180, 5]],
      [[-180, 5], [-170, 10], [-160, 10]],
    ]);
    const alongMeridian = splitLineAtAntimeridian([[175, 60], [180, 65], [180, 68], [176, 69]]);
    expect(alongMeridian).toEqual([[[175, 60], [180, 65]], [[180, 68], [176, 69]]]);
    const alongPole = splitLineAtAntimeridian([[170, -80], [180, -90], [90, -90], [0, -90], [-10, -80]]);
    expect(alongPole).toEqual([[[170, -80], [180, -90]], [[0, -90], [-10, -80]]]);
  });

  it.each(['Russia', 'Fiji', 'United States of America', 'Antarctica'])('%s from world-atlas has no streak after preparation', (name) => {
    const source = worldAtlasCountry(name);
    const prepared = prepareLandGeometry(source, { tolerance: 0.02, decimals: 2 });
    expect(prepared).not.toBeNull();
    for (const ring of rings(prepared as MultiPolygon)) {
      expect(hasAntimeridianJump(ring)).toBe(false);
      for (const [lon] of ring) expect(Math.abs(lon)).toBeLessThanOrEqual(180);
    }
    if (name === 'Antarctica') return;
    // Cutting must not lose or add land: compare with the source's area measured on unwrapped
    // rings (the raw rings' jumps make turf measure them wrongly).
    const polygons = source.type === 'Polygon' ? [source.coordinates] : source.coordinates;
    const expected = polygons.reduce((sum, p) => sum + area(polygon(p.map((ring) => unwrapLongitudes(ring)))), 0);
    const actual = area({ type: 'Feature', properties: {}, geometry: prepared as MultiPolygon });
    expect(Math.abs(actual / expected - 1)).toBeLessThan(0.02);
  });
});
