import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { bboxOf, labelPointOf, mainBboxOf, roundCoordinate, vertexCount } from '../../lib/geometry/measure';

const square = (west: number, south: number, size: number): Position[] => [
  [west, south],
  [west + size, south],
  [west + size, south + size],
  [west, south + size],
  [west, south],
];

describe('geometry measurements', () => {
  it('bboxOf covers points and polygons', () => {
    expect(bboxOf({ type: 'Point', coordinates: [30.5, 50.25] })).toEqual([30.5, 50.25, 30.5, 50.25]);
    const shape: MultiPolygon = { type: 'MultiPolygon', coordinates: [[square(0, 40, 5)], [square(10, 45, 1)]] };
    expect(bboxOf(shape)).toEqual([0, 40, 11, 46]);
  });

  it('labelPointOf lies in the largest part, even for a concave shape whose centroid is outside', () => {
    const horseshoe: Polygon = {
      type: 'Polygon',
      coordinates: [[[0, 0], [10, 0], [10, 10], [8, 10], [8, 2], [2, 2], [2, 10], [0, 10], [0, 0]]],
    };
    const [lon, lat] = labelPointOf(horseshoe);
    const insideLeftArm = lon >= 0 && lon <= 2 && lat >= 0 && lat <= 10;
    const insideRightArm = lon >= 8 && lon <= 10 && lat >= 0 && lat <= 10;
    const insideBase = lat >= 0 && lat <= 2 && lon >= 0 && lon <= 10;
    expect(insideLeftArm || insideRightArm || insideBase).toBe(true);
    const islands: MultiPolygon = { type: 'MultiPolygon', coordinates: [[square(50, 0, 0.5)], [square(0, 0, 4)]] };
    expect(labelPointOf(islands)).toEqual([2, 2]);
  });

  it('mainBboxOf leaves out parts far from the main body but keeps chains of near ones', () => {
    // A mainland, an island 300 km off it, another 300 km further, and one 5,000 km away.
    const shape: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[square(0, 0, 10)], [square(12.7, 0, 0.5)], [square(16, 0, 0.5)], [square(60, 0, 1)]],
    };
    expect(mainBboxOf(shape)).toEqual([0, 0, 16.5, 10]);
    expect(bboxOf(shape)).toEqual([0, 0, 61, 10]);
  });

  it('rounds to 4 decimals without negative zero and counts vertices', () => {
    expect(roundCoordinate(12.345678)).toBe(12.3457);
    expect(Object.is(roundCoordinate(-0.00001), 0)).toBe(true);
    expect(vertexCount({ type: 'Polygon', coordinates: [square(0, 0, 1)] })).toBe(5);
  });
});
