// Neighbouring countries must meet exactly: the map draws their fills and outlines side by side, and any
// gap or overlap left by simplifying each on its own shows as slivers and double lines along the border.
import { area, feature, featureCollection, intersect, union } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeArcs, douglasPeucker, ringFromArcs } from '../../lib/geometry/topology';
import { simplifySharedEdges } from '../../lib/geometry/sharedEdges';
import type { Gazetteer } from '../../lib/gazetteer/types';
import { GAZETTEER_BUILD_TIMEOUT_MS, generatedGazetteer } from './gazetteer-fixture';

type Shape = Polygon | MultiPolygon;

const polygonsOf = (shape: Shape) => (shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates);
const holeAreasKm2 = (shape: Shape) => polygonsOf(shape).flatMap((polygon) => polygon.slice(1)).map((ring) => area({ type: 'Polygon', coordinates: [ring] }) / 1e6);

/** Square kilometres where the two shapes overlap, and of the gaps between them: holes of their union that
 *  neither shape has on its own (lakes). Pairs must not enclose a third country (Mongolia, Andorra). */
function seam(a: Shape, b: Shape): { overlapKm2: number; gapKm2: number } {
  const overlap = intersect(featureCollection([feature(a), feature(b)]));
  const joined = union(featureCollection([feature(a), feature(b)]));
  const alone = (shape: Shape) => union(featureCollection([feature(shape), feature(shape)]))?.geometry ?? shape;
  const own = [...holeAreasKm2(alone(a)), ...holeAreasKm2(alone(b))];
  const gaps = joined ? holeAreasKm2(joined.geometry).filter((km2) => !own.some((hole) => Math.abs(hole - km2) < 0.5)) : [];
  return { overlapKm2: overlap ? area(overlap) / 1e6 : 0, gapKm2: gaps.reduce((sum, km2) => sum + km2, 0) };
}

describe('arcs', () => {
  it('decodes quantized, delta-encoded arcs', () => {
    expect(decodeArcs({ arcs: [[[0, 0], [2, 1], [-1, 3]]], transform: { scale: [0.5, 0.25], translate: [10, 20] } })).toEqual([
      [[10, 20], [11, 20.25], [10.5, 21]],
    ]);
  });

  it('joins arcs into a ring, reversed ones backwards, without repeating the joints', () => {
    const arcs = [[[0, 0], [1, 0], [1, 1]], [[0, 0], [0, 1], [1, 1]]];
    expect(ringFromArcs([0, ~1], (i) => arcs[i])).toEqual([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]);
  });

  it('Douglas-Peucker keeps both ends and the points farther than the tolerance', () => {
    const line = [[0, 0], [1, 0.51], [2, 1], [3, 0.52], [4, 0]];
    expect(douglasPeucker(line, 0.1)).toEqual([[0, 0], [2, 1], [4, 0]]);
    expect(douglasPeucker(line, 2)).toEqual([[0, 0], [4, 0]]);
  });

  it('two squares sharing an edge keep the same simplified edge even when one is cut down hard', () => {
    const wiggle = Array.from({ length: 101 }, (_, i) => [i === 0 || i === 100 ? 1 : 1 + 0.004 * Math.sin(i), i / 100]);
    // A detailed half circle from (1, 1) round to (1, 0): the right shape's own coast.
    const coast = Array.from({ length: 201 }, (_, i) => {
      const angle = Math.PI / 2 - (Math.PI * i) / 200;
      return i === 0 ? [1, 1] : i === 200 ? [1, 0] : [1 + 0.5 * Math.cos(angle) + 0.01 * Math.sin(i * 7), 0.5 + 0.5 * Math.sin(angle)];
    });
    // arc 0: the shared edge x≈1 going up; arc 1: the left square's other sides; arc 2: the right coast.
    const arcs = [wiggle, [[1, 1], [0, 1], [0, 0], [1, 0]], coast];
    const options = { tolerance: 0.001, maxVertices: 130 };
    const [left, right] = simplifySharedEdges(arcs, [[[[0, 1]]], [[[~0, ~2]]]], options);
    const vertices = (shape: Shape) => polygonsOf(shape).flat().reduce((n, ring) => n + ring.length, 0);
    expect(vertices(right)).toBeLessThanOrEqual(options.maxVertices);
    expect(vertices(right)).toBeGreaterThan(101 + 5);
    expect(seam(left, right)).toEqual({ overlapKm2: 0, gapKm2: 0 });
  });
});

describe('country display shapes', () => {
  let gazetteer: Gazetteer;
  beforeAll(() => {
    gazetteer = generatedGazetteer();
  }, GAZETTEER_BUILD_TIMEOUT_MS);

  // Russia is simplified far harder than its neighbours (it has many more vertices for the same budget):
  // before borders were shared, Russia and Ukraine overlapped by ~1,200 km² with as much again in gaps.
  it.each([
    ['russia', 'ukraine'],
    ['russia', 'belarus'],
    ['russia', 'kazakhstan'],
    ['north-korea', 'south-korea'],
    ['north-korea', 'china'],
    ['france', 'germany'],
  ])('%s and %s meet without overlap or gaps', (a, b) => {
    const { overlapKm2, gapKm2 } = seam(gazetteer.shapes[a], gazetteer.shapes[b]);
    expect(overlapKm2).toBeLessThan(1);
    expect(gapKm2).toBeLessThan(1);
  });
});
