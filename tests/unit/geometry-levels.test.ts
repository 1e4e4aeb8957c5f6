// Levels of detail (lib/geometry/levels.ts): every shape is stored at several tolerances, and at each of
// them neighbours must still meet exactly, shapes must stay antimeridian-safe and recognisable.
import { area, feature, featureCollection, intersect, union } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasAntimeridianStreak } from '../../lib/geometry/antimeridian';
import { DETAIL_LEVELS, LEVEL_TOLERANCES, decimalsFor, shapeTolerance } from '../../lib/geometry/levels';
import { bboxOf, vertexCount } from '../../lib/geometry/measure';
import { simplifySharedEdgesAtLevels } from '../../lib/geometry/sharedEdges';
import { simplifyForDisplayAtLevels } from '../../lib/geometry/simplify';
import type { Gazetteer, ShapeLevelsOf } from '../../lib/gazetteer/types';
import { GAZETTEER_BUILD_TIMEOUT_MS, generatedGazetteer, generatedShapeLevels } from './gazetteer-fixture';

type Shape = Polygon | MultiPolygon;

const polygonsOf = (shape: Shape) => (shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates);

/** Square kilometres where the two shapes overlap, and of the holes of their union neither has alone. */
function seam(a: Shape, b: Shape): { overlapKm2: number; gapKm2: number } {
  const holes = (shape: Shape) => polygonsOf(shape).flatMap((polygon) => polygon.slice(1)).map((ring) => area({ type: 'Polygon', coordinates: [ring] }) / 1e6);
  const overlap = intersect(featureCollection([feature(a), feature(b)]));
  const joined = union(featureCollection([feature(a), feature(b)]));
  const alone = (shape: Shape) => union(featureCollection([feature(shape), feature(shape)]))?.geometry ?? shape;
  const own = [...holes(alone(a)), ...holes(alone(b))];
  const gaps = joined ? holes(joined.geometry).filter((km2) => !own.some((hole) => Math.abs(hole - km2) < 0.5)) : [];
  return { overlapKm2: overlap ? area(overlap) / 1e6 : 0, gapKm2: gaps.reduce((sum, km2) => sum + km2, 0) };
}

function maxLonStep(shape: Shape): number {
  let max = 0;
  for (const ring of polygonsOf(shape).flat() as Position[][]) {
    for (let i = 1; i < ring.length; i++) max = Math.max(max, Math.abs(ring[i][0] - ring[i - 1][0]));
  }
  return max;
}

describe('detail levels', () => {
  it('double the tolerance from 0.01° and keep just enough decimals', () => {
    expect(LEVEL_TOLERANCES).toEqual([0.01, 0.02, 0.04, 0.08, 0.16, 0.32]);
    expect(DETAIL_LEVELS.map((level) => level.decimals)).toEqual([3, 3, 2, 2, 2, 2]);
    expect(decimalsFor(0.001)).toBe(4);
  });

  it('never simplify a shape with more than a sixteenth of its size', () => {
    expect(shapeTolerance(0.32, 100)).toBe(0.32);
    expect(shapeTolerance(0.32, 0.8)).toBe(0.05);
  });
});

describe('a detailed shape at every level', () => {
  /** A wiggly circle of radius `radius`° like a coastline. */
  const circle = (radius: number, vertices: number, lon = 30, lat = 50): Position[] => {
    const ring: Position[] = [];
    for (let i = 0; i < vertices; i++) {
      const angle = (2 * Math.PI * i) / vertices;
      const r = radius * (1 + 0.06 * Math.sin(angle * 40) + 0.01 * Math.sin(angle * 400));
      ring.push([lon + r * Math.cos(angle), lat + r * Math.sin(angle)]);
    }
    return [...ring, ring[0]];
  };

  it('gets fewer vertices level by level, each within the vertex budget', () => {
    const levels = simplifyForDisplayAtLevels({ type: 'Polygon', coordinates: [circle(5, 20_000)] }, DETAIL_LEVELS, 800);
    const counts = levels.map(vertexCount);
    expect(counts).toHaveLength(DETAIL_LEVELS.length);
    expect(counts[0]).toBeLessThanOrEqual(800);
    counts.slice(1).forEach((count, i) => expect(count).toBeLessThanOrEqual(counts[i]));
    expect(counts[counts.length - 1]).toBeLessThan(counts[0] / 3);
  });

  it('keeps a small shape an outline, not a triangle, at the coarsest level', () => {
    const levels = simplifyForDisplayAtLevels({ type: 'Polygon', coordinates: [circle(0.3, 2000)] }, DETAIL_LEVELS, 800);
    expect(vertexCount(levels[levels.length - 1])).toBeGreaterThanOrEqual(8);
  });

  it('stays antimeridian-safe at every level', () => {
    const across = circle(3, 5000, 180, -17).map(([lon, lat]) => [lon > 180 ? lon - 360 : lon, lat]);
    for (const shape of simplifyForDisplayAtLevels({ type: 'Polygon', coordinates: [across] }, DETAIL_LEVELS, 800)) {
      expect(hasAntimeridianStreak(shape)).toBe(false);
      expect(maxLonStep(shape)).toBeLessThan(10);
    }
  });
});

describe('shapes sharing a border at every level', () => {
  // Arc 0: the shared edge x≈1 going up; arc 1: the left square's other sides; arc 2: the right shape's
  // detailed coast, a half circle from (1, 1) round to (1, 0).
  // The border bulges west of x = 1 and the coast lies east of it, so no simplification makes them cross.
  const wiggle = Array.from({ length: 401 }, (_, i) => [1 - 0.05 * Math.abs(Math.sin(i / 7)) - 0.004 * Math.abs(Math.sin(i)), i / 400]);
  const coast = Array.from({ length: 801 }, (_, i) => {
    const angle = Math.PI / 2 - (Math.PI * i) / 800;
    const radius = 0.5 + 0.03 * Math.sin(i / 5);
    return i === 0 ? [1, 1] : i === 800 ? [1, 0] : [1 + radius * Math.cos(angle), 0.5 + radius * Math.sin(angle)];
  });
  const arcs = [wiggle, [[1, 1], [0, 1], [0, 0], [1, 0]], coast];
  const shapes = [[[[0, 1]]], [[[~0, ~2]]]];

  it('draw the very same border at each level, however hard the coast is cut', () => {
    const levels = simplifySharedEdgesAtLevels(arcs, shapes, DETAIL_LEVELS, 150);
    expect(levels).toHaveLength(2);
    for (let level = 0; level < DETAIL_LEVELS.length; level++) {
      const [left, right] = [levels[0][level], levels[1][level]];
      expect(vertexCount(right)).toBeLessThanOrEqual(150);
      expect(seam(left, right), `level ${level}`).toEqual({ overlapKm2: 0, gapKm2: 0 });
    }
    const counts = levels[0].map(vertexCount);
    counts.slice(1).forEach((count, i) => expect(count).toBeLessThanOrEqual(counts[i]));
  });

  it('are deterministic', () => {
    const once = JSON.stringify(simplifySharedEdgesAtLevels(arcs, shapes, DETAIL_LEVELS, 150));
    expect(JSON.stringify(simplifySharedEdgesAtLevels(arcs, shapes, DETAIL_LEVELS, 150))).toBe(once);
  });
});

describe('the generated gazetteer at every level', () => {
  let gazetteer: Gazetteer;
  let levelsOf: ShapeLevelsOf;
  const at = (id: string): Shape[] => {
    const levels = levelsOf(id);
    if (!levels) throw new Error(`no shape levels for "${id}"`);
    return [gazetteer.shapes[id], ...levels.coarser];
  };
  beforeAll(() => {
    gazetteer = generatedGazetteer();
    levelsOf = generatedShapeLevels();
  }, GAZETTEER_BUILD_TIMEOUT_MS);

  it('has every level of every shape, and the neighbours of countries and regions', () => {
    const missing = Object.keys(gazetteer.shapes).filter((id) => levelsOf(id)?.coarser.length !== DETAIL_LEVELS.length - 1);
    expect(missing).toEqual([]);
    expect(levelsOf('russia')?.neighbours).toEqual(expect.arrayContaining(['ukraine', 'belarus', 'kazakhstan', 'china', 'finland']));
    expect(levelsOf('kursk-oblast')?.neighbours).toEqual(expect.arrayContaining(['belgorod-oblast', 'sumy-oblast']));
    expect(levelsOf('texas')?.neighbours).toEqual(expect.arrayContaining(['new-mexico']));
    expect(levelsOf('texas')?.neighbours).not.toContain('united-states');
  });

  // Countries from world-atlas's arcs; regions from one topology built over all of Natural Earth's
  // admin-1 shapes, so that even regions of two countries share their border.
  it.each([
    ['russia', 'ukraine'],
    ['russia', 'kazakhstan'],
    ['north-korea', 'south-korea'],
    ['france', 'germany'],
    ['kursk-oblast', 'belgorod-oblast'],
    ['kursk-oblast', 'sumy-oblast'],
    ['texas', 'new-mexico'],
  ])('%s and %s meet without overlap or gaps at every level', (a, b) => {
    const [levelsA, levelsB] = [at(a), at(b)];
    for (let level = 0; level < DETAIL_LEVELS.length; level++) {
      const { overlapKm2, gapKm2 } = seam(levelsA[level], levelsB[level]);
      expect(overlapKm2, `${a}/${b} overlap at level ${level}`).toBeLessThan(1);
      expect(gapKm2, `${a}/${b} gap at level ${level}`).toBeLessThan(1);
    }
  });

  it.each(['russia', 'fiji', 'united-states', 'chukotka-autonomous-okrug', 'kiribati', 'new-zealand', 'antarctica'])(
    '%s has no antimeridian streak at any level',
    (id) => {
      for (const shape of at(id)) {
        expect(maxLonStep(shape)).toBeLessThanOrEqual(180);
        expect(hasAntimeridianStreak(shape)).toBe(false);
      }
    },
  );

  it('no shape streaks at any level', () => {
    const streaking = Object.keys(gazetteer.shapes).filter((id) => at(id).some((shape) => hasAntimeridianStreak(shape)));
    expect(streaking).toEqual([]);
  });

  it('keeps Russia whole and past 180° at every level, with fewer vertices level by level', () => {
    const levels = at('russia');
    for (const shape of levels) {
      const [west, south, east, north] = bboxOf(shape);
      expect(west).toBeGreaterThan(19);
      expect(west).toBeLessThan(20);
      expect(east).toBeGreaterThan(189);
      expect(east).toBeLessThan(191);
      expect(south).toBeGreaterThan(41);
      expect(north).toBeGreaterThan(77);
    }
    const counts = levels.map(vertexCount);
    counts.slice(1).forEach((count, i) => expect(count).toBeLessThanOrEqual(counts[i]));
    expect(counts[counts.length - 1]).toBeGreaterThan(150);
  });

  it('keeps small places an outline, not a triangle, at the coarsest level', () => {
    // Level 0 has 7 to 27 vertices for these countries (world-atlas 50m), 170 for Kursk Oblast.
    for (const id of ['luxembourg', 'andorra', 'liechtenstein']) expect(vertexCount(at(id)[DETAIL_LEVELS.length - 1]), id).toBeGreaterThanOrEqual(6);
    expect(vertexCount(at('kursk-oblast')[DETAIL_LEVELS.length - 1])).toBeGreaterThanOrEqual(10);
  });
});
