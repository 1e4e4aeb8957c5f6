// Display simplification of a shape on its own (one without topology: an area, or a region whose source
// has no arcs): the map only needs shapes good enough to see at country/region zoom, and every shape of
// a corpus is shipped to the browser, so each one is cut down to a vertex budget.
import { cleanCoords, polygon as turfPolygon, simplify } from '@turf/turf';
import type { MultiPolygon, Position } from 'geojson';
import { fixAntimeridian, polygonsOf } from './antimeridian';
import { decimalsFor, shapeTolerance, type DetailLevel } from './levels';
import { extent, largestPolygonIndex, mainExtent, polygonVertexCount, roundRing, shapeOf, type Shape } from './rings';

export interface SimplifyOptions {
  /** First Douglas-Peucker tolerance tried, in degrees. */
  tolerance: number;
  /** Upper bound on the vertices of the result; the tolerance grows until the shape fits. */
  maxVertices: number;
  /** Decimal places kept (default COORDINATE_DECIMALS). */
  decimals?: number;
}

/** Antimeridian-safe, simplified, rounded copy of the geometry with at most `maxVertices` vertices
 *  (the largest polygon is always kept, so a pathological input may end slightly above the budget). */
export function simplifyForDisplay(geometry: Shape, options: SimplifyOptions): Shape {
  return simplifyFitting(polygonsOf(fixAntimeridian(geometry)), options).shape;
}

/**
 * The shape at each level of detail, finest first, like simplifyForDisplay at each level's tolerance
 * (never above MIN_TOLERANCE_FRACTION_OF_EXTENT of the shape's size) and decimals. Nested: a level's
 * tolerance is at least the one the previous level ended with after fitting `maxVertices`.
 */
export function simplifyForDisplayAtLevels(geometry: Shape, levels: readonly DetailLevel[], maxVertices: number): Shape[] {
  const continuous = polygonsOf(fixAntimeridian(geometry));
  const size = mainExtent(continuous);
  let previous = 0;
  return levels.map((level) => {
    const tolerance = Math.max(shapeTolerance(level.tolerance, size), previous);
    const fitted = simplifyFitting(continuous, { tolerance, maxVertices, decimals: Math.max(level.decimals, decimalsFor(tolerance)) });
    previous = fitted.tolerance;
    return fitted.shape;
  });
}

function simplifyFitting(continuous: Position[][][], options: SimplifyOptions): { shape: Shape; tolerance: number } {
  let tolerance = options.tolerance;
  for (let attempt = 0; ; attempt++) {
    const polygons = simplifyPolygons(continuous, tolerance, options.decimals);
    if (polygonVertexCount(polygons) <= options.maxVertices || attempt >= 30) return { shape: shapeOf(polygons), tolerance };
    tolerance *= 1.6;
  }
}

function simplifyPolygons(polygons: Position[][][], tolerance: number, decimals?: number): Position[][][] {
  // Parts smaller than the tolerance vanish at display zoom anyway, and turf's simplify retries a tiny
  // ring many times before giving up on it, so they are dropped first (the largest part always stays).
  const minExtent = tolerance * 2;
  const largest = largestPolygonIndex(polygons);
  const kept = polygons
    .filter((polygon, i) => i === largest || extent(polygon[0]) >= minExtent)
    .map((polygon) => polygon.filter((ring, i) => i === 0 || extent(ring) >= minExtent))
    .map((polygon) => polygon.map(cleanRing))
    .filter((polygon) => polygon[0] !== null)
    .map((polygon) => polygon.filter((ring): ring is Position[] => ring !== null));
  if (kept.length === 0) throw new Error('shape has no polygon with at least 4 distinct positions');
  const simplified = simplify(
    { type: 'MultiPolygon', coordinates: kept },
    { tolerance, highQuality: false, mutate: false },
  ) as MultiPolygon;
  const result: Position[][][] = [];
  for (const polygon of simplified.coordinates) {
    // Rounding can collapse a small ring below the 4 positions a linear ring needs: drop it.
    const [shell, ...holes] = polygon.map((ring) => roundRing(ring, decimals));
    if (shell.length >= 4) result.push([shell, ...holes.filter((ring) => ring.length >= 4)]);
  }
  if (result.length === 0) result.push(kept[largestPolygonIndex(kept)].map((ring) => roundRing(ring, decimals)));
  return result;
}

/** The ring without repeated or collinear points, or null when that leaves no area (degenerate slivers
 *  in the sources, which turf's simplify rejects with an error). */
function cleanRing(ring: Position[]): Position[] | null {
  if (ring.length < 4) return null;
  try {
    return cleanCoords(turfPolygon([ring])).geometry.coordinates[0];
  } catch {
    return null;
  }
}
