import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixAntimeridian, hasAntimeridianStreak, normaliseLon } from '../../lib/geometry/antimeridian';
import { bboxOf, labelPointOf } from '../../lib/geometry/measure';
import type { Gazetteer } from '../../lib/gazetteer/types';
import { GAZETTEER_BUILD_TIMEOUT_MS, generatedGazetteer } from './gazetteer-fixture';

/** A square ring stitched across 180° the way Natural Earth stores Fiji's and Chukotka's islands. */
const stitched: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [179, -16],
      [-179, -16],
      [-179, -17],
      [179, -17],
      [179, -16],
    ],
  ],
};

function maxStep(geometry: Polygon | MultiPolygon): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let max = 0;
  for (const ring of polygons.flat() as Position[][]) {
    for (let i = 1; i < ring.length; i++) max = Math.max(max, Math.abs(ring[i][0] - ring[i - 1][0]));
  }
  return max;
}

describe('fixAntimeridian', () => {
  it('unwraps a ring stitched across 180° into continuous longitudes east of 180', () => {
    expect(hasAntimeridianStreak(stitched)).toBe(true);
    const fixed = fixAntimeridian(stitched);
    expect(hasAntimeridianStreak(fixed)).toBe(false);
    expect(fixed.coordinates[0]).toEqual([
      [179, -16],
      [181, -16],
      [181, -17],
      [179, -17],
      [179, -16],
    ]);
    expect(bboxOf(fixed)).toEqual([179, -17, 181, -16]);
  });

  it('normalises a ring that starts west of 180° so its west edge is in [-180, 180)', () => {
    const fromWest: Polygon = { type: 'Polygon', coordinates: [stitched.coordinates[0].slice(1, 4).concat([[179, -16], [-179, -16]])] };
    const fixed = fixAntimeridian(fromWest);
    const [west, , east] = bboxOf(fixed);
    expect(west).toBe(179);
    expect(east).toBe(181);
  });

  it('moves parts of a multipolygon next to its largest part', () => {
    const big: Position[] = [[170, 60], [179, 60], [179, 70], [170, 70], [170, 60]];
    const islandAcross: Position[] = [[-175, 65], [-174, 65], [-174, 66], [-175, 66], [-175, 65]];
    const fixed = fixAntimeridian({ type: 'MultiPolygon', coordinates: [[big], [islandAcross]] });
    expect(fixed.coordinates[1][0][0]).toEqual([185, 65]);
    expect(bboxOf(fixed)).toEqual([170, 60, 186, 70]);
  });

  it('closes a ring around the pole instead of drawing across the map', () => {
    const polar: Polygon = { type: 'Polygon', coordinates: [[[-180, -80], [0, -75], [180, -80], [-180, -80]]] };
    const fixed = fixAntimeridian(polar);
    expect(hasAntimeridianStreak(fixed)).toBe(false);
    expect(fixed.coordinates[0].some(([, lat]) => lat === -90)).toBe(true);
  });

  it('leaves ordinary shapes unchanged', () => {
    const square: Polygon = { type: 'Polygon', coordinates: [[[30, 50], [31, 50], [31, 51], [30, 51], [30, 50]]] };
    expect(fixAntimeridian(square)).toEqual(square);
  });

  it('normaliseLon brings longitudes into [-180, 180]', () => {
    expect(normaliseLon(190)).toBe(-170);
    expect(normaliseLon(-190)).toBe(170);
    expect(normaliseLon(45)).toBe(45);
  });

  it('labelPointOf returns a point inside the largest part, longitude normalised', () => {
    const [lon, lat] = labelPointOf(fixAntimeridian(stitched));
    expect(lon === 180 || lon === -180 || Math.abs(lon) >= 179).toBe(true);
    expect(lat).toBeGreaterThan(-17);
    expect(lat).toBeLessThan(-16);
  });
});

describe('generated shapes across the antimeridian', () => {
  let gazetteer: Gazetteer;
  beforeAll(() => {
    gazetteer = generatedGazetteer();
  }, GAZETTEER_BUILD_TIMEOUT_MS);

  it.each(['russia', 'fiji', 'united-states', 'chukotka-autonomous-okrug', 'kiribati', 'new-zealand', 'antarctica'])(
    '%s has no ring with a jump over 180° of longitude',
    (id) => {
      const shape = gazetteer.shapes[id];
      expect(shape, id).toBeDefined();
      expect(maxStep(shape)).toBeLessThanOrEqual(180);
      expect(hasAntimeridianStreak(shape)).toBe(false);
    },
  );

  it('no shape at all streaks', () => {
    const streaking = Object.entries(gazetteer.shapes)
      .filter(([, shape]) => hasAntimeridianStreak(shape))
      .map(([id]) => id);
    expect(streaking).toEqual([]);
  });

  it('gives Russia and Fiji a bbox that runs past 180° instead of spanning the globe', () => {
    const [west, , east] = gazetteer.byId.get('russia')?.bbox ?? [0, 0, 0, 0];
    expect(west).toBeGreaterThan(15);
    expect(east).toBeGreaterThan(185);
    expect(east - west).toBeLessThan(180);
    const fiji = gazetteer.byId.get('fiji')?.bbox ?? [0, 0, 0, 0];
    expect(fiji[2] - fiji[0]).toBeLessThan(10);
    const usa = gazetteer.byId.get('united-states')?.bbox ?? [0, 0, 0, 0];
    expect(usa[2] - usa[0]).toBeLessThan(130);
  });

  it('holds places east of 180° at longitude + 360, where the unwrapped shape continues', () => {
    const city = (name: string, countryCode: string) => {
      const record = gazetteer.records.find((r) => r.kind === 'city' && r.name === name && r.countryCode === countryCode);
      if (!record) throw new Error(`no city ${name} in ${countryCode}`);
      return record;
    };
    const provideniya = city('Provideniya', 'RU');
    expect(provideniya.lon).toBeLessThan(-170);
    expect(booleanPointInPolygon([provideniya.lon + 360, provideniya.lat], gazetteer.shapes['russia'])).toBe(true);
    const anchorage = city('Anchorage', 'US');
    expect(booleanPointInPolygon([anchorage.lon + 360, anchorage.lat], gazetteer.shapes['united-states'])).toBe(true);
  });

  it('record bboxes match their shapes', () => {
    const mismatched = Object.entries(gazetteer.shapes)
      .filter(([id, shape]) => JSON.stringify(bboxOf(shape)) !== JSON.stringify(gazetteer.byId.get(id)?.bbox))
      .map(([id]) => id);
    expect(mismatched).toEqual([]);
  });
});
