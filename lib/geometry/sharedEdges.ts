// Simplification of shapes that share borders (the countries of one topology, the regions of another):
// each shared border is simplified once per level and both neighbours draw the very same line, so their
// fills meet without slivers and their outlines coincide, at every level of detail.
import type { Position } from 'geojson';
import { decimalsFor, shapeTolerance, type DetailLevel } from './levels';
import { COORDINATE_DECIMALS, roundCoordinate } from './measure';
import { finishPolygons, mainExtent, polygonVertexCount, shapeOf, type Shape } from './rings';
import type { SimplifyOptions } from './simplify';
import { arcUsers, douglasPeucker, ringFromArcs, type ArcPolygons } from './topology';

/** Attempts at fitting a shape's vertex budget by simplifying its own arcs harder (x1.6 each time). */
const MAX_FIT_ATTEMPTS = 30;

/** One level: antimeridian-safe, rounded shapes, in order (see simplifySharedEdgesAtLevels). */
export function simplifySharedEdges(arcs: readonly Position[][], shapes: readonly ArcPolygons[], options: SimplifyOptions): Shape[] {
  const level: DetailLevel = { tolerance: options.tolerance, decimals: options.decimals ?? COORDINATE_DECIMALS };
  return simplifySharedEdgesAtLevels(arcs, shapes, [level], options.maxVertices).map((levels) => levels[0]);
}

/**
 * Every shape at every level (result[shape][level], finest first), antimeridian-safe and rounded.
 *
 * - A shape's tolerance at a level is the level's, but never above a sixteenth of its size
 *   (levels.ts, shapeTolerance), so small places keep their outline.
 * - An arc two shapes share is simplified with the smaller of their tolerances and rounded with that
 *   tolerance's decimals (at least the level's), once: both draw the same points.
 * - A shape's own arcs (coasts) start at its tolerance and are simplified harder until the shape has at
 *   most `maxVertices` vertices (or stops getting smaller). Levels are nested: the own arcs of a level
 *   are never finer than the previous level's.
 * - Parts and holes smaller than twice the tolerance are dropped (the largest part stays).
 */
export function simplifySharedEdgesAtLevels(
  arcs: readonly Position[][], shapes: readonly ArcPolygons[], levels: readonly DetailLevel[], maxVertices: number,
): Shape[][] {
  const users = arcUsers(shapes);
  const rawRings = (polygons: ArcPolygons): Position[][][] => polygons.map((polygon) => polygon.map((refs) => ringFromArcs(refs, (i) => arcs[i])));
  const sizes = shapes.map((polygons) => mainExtent(rawRings(polygons)));
  const ownTolerances = shapes.map(() => 0);
  const results: Shape[][] = shapes.map(() => []);

  for (const level of levels) {
    const tolerances = sizes.map((size) => shapeTolerance(level.tolerance, size));
    const decimalsAt = (tolerance: number): number => Math.max(level.decimals, decimalsFor(tolerance));
    const arcTolerance = (list: readonly number[]): number => Math.min(...list.map((shape) => tolerances[shape]));
    const endpoints = endpointDecimals(arcs, users, (list) => decimalsAt(arcTolerance(list)));
    const shared = new Map<number, SimplifiedArc>();
    const sharedArc = (index: number, list: readonly number[]): SimplifiedArc => {
      let simplified = shared.get(index);
      if (!simplified) {
        const tolerance = arcTolerance(list);
        simplified = simplifyArc(arcs[index], tolerance, decimalsAt(tolerance), endpoints);
        shared.set(index, simplified);
      }
      return simplified;
    };

    shapes.forEach((polygons, s) => {
      let tolerance = Math.max(tolerances[s], ownTolerances[s]);
      let accepted: { polygons: Position[][][]; tolerance: number } | null = null;
      for (let attempt = 0; ; attempt++) {
        const ownDecimals = decimalsAt(tolerance);
        let decimals = ownDecimals;
        const own = new Map<number, SimplifiedArc>();
        const arcOf = (index: number): Position[] => {
          const list = users.get(index) ?? [];
          let simplified = list.length > 1 ? sharedArc(index, list) : own.get(index);
          if (!simplified) own.set(index, (simplified = simplifyArc(arcs[index], tolerance, ownDecimals, endpoints)));
          decimals = Math.max(decimals, simplified.decimals);
          return simplified.points;
        };
        const rings = polygons.map((polygon) => polygon.map((refs) => ringFromArcs(refs, arcOf)));
        // Rounded again after the antimeridian fix (shifts by 360°) with the finest decimals of any of
        // its arcs: a no-op on already rounded values, so shared arcs keep their points.
        let result = finishPolygons(rings, tolerance, decimals);
        // A tiny island state simplifies to nothing: it keeps its unsimplified largest part.
        if (result.length === 0) result = finishPolygons(rawRings(polygons), 0, decimalsAt(tolerances[s])).slice(0, 1);
        if (result.length === 0) throw new Error('shape has no polygon with at least 4 distinct positions');
        const vertices = polygonVertexCount(result);
        if (accepted && vertices >= polygonVertexCount(accepted.polygons)) break; // harder own arcs no longer help
        accepted = { polygons: result, tolerance };
        if (vertices <= maxVertices || attempt >= MAX_FIT_ATTEMPTS) break;
        tolerance *= 1.6;
      }
      ownTolerances[s] = accepted!.tolerance;
      results[s].push(shapeOf(accepted!.polygons));
    });
  }
  return results;
}

interface SimplifiedArc {
  points: Position[];
  /** The finest decimals among its points (its ends may have more than its inside). */
  decimals: number;
}

const pointKey = (point: Position): string => `${point[0]},${point[1]}`;

/**
 * Decimals for the end points of arcs: where arcs meet (a border reaching a coast, three borders at one
 * point), the shared point must be rounded the same in every arc, or shapes that reach it through
 * different arcs would draw it a few hundred metres apart. Each end point gets the finest decimals of
 * the arcs that meet there.
 */
function endpointDecimals(arcs: readonly Position[][], users: ReadonlyMap<number, number[]>, decimalsOf: (users: readonly number[]) => number): Map<string, number> {
  const decimals = new Map<string, number>();
  for (const [index, list] of users) {
    const arc = arcs[index];
    const value = decimalsOf(list);
    for (const point of [arc[0], arc[arc.length - 1]]) {
      const key = pointKey(point);
      decimals.set(key, Math.max(decimals.get(key) ?? 0, value));
    }
  }
  return decimals;
}

function simplifyArc(arc: readonly Position[], tolerance: number, decimals: number, endpoints: ReadonlyMap<string, number>): SimplifiedArc {
  const kept = douglasPeucker(arc, tolerance);
  let finest = decimals;
  const points = kept.map((point, i) => {
    const places = i === 0 || i === kept.length - 1 ? (endpoints.get(pointKey(point)) ?? decimals) : decimals;
    finest = Math.max(finest, places);
    return [roundCoordinate(point[0], places), roundCoordinate(point[1], places)];
  });
  return { points, decimals: finest };
}
