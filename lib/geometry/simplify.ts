// Display simplification: the map only needs shapes good enough to see at country/region zoom, and every
// shape of a corpus is shipped to the browser, so each one is cut down to a vertex budget.
import { cleanCoords, polygon as turfPolygon, simplify } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { fixAntimeridian, polygonsOf } from './antimeridian';
import { COORDINATE_DECIMALS, roundCoordinate } from './measure';
import { arcUseCounts, douglasPeucker, ringFromArcs, type ArcPolygons } from './topology';

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
export function simplifyForDisplay(geometry: Polygon | MultiPolygon, options: SimplifyOptions): Polygon | MultiPolygon {
  const continuous = fixAntimeridian(geometry);
  let tolerance = options.tolerance;
  for (let attempt = 0; ; attempt++) {
    const polygons = simplifyPolygons(polygonsOf(continuous), tolerance, options.decimals);
    const vertices = polygons.reduce((sum, polygon) => sum + polygon.reduce((n, ring) => n + ring.length, 0), 0);
    if (vertices <= options.maxVertices || attempt >= 30) {
      return polygons.length === 1
        ? { type: 'Polygon', coordinates: polygons[0] }
        : { type: 'MultiPolygon', coordinates: polygons };
    }
    tolerance *= 1.6;
  }
}

/**
 * Simplifies shapes that share borders (countries from one topology) so that each shared border is
 * simplified once, at `options.tolerance`, and both neighbours draw the very same line: no slivers, no
 * double outlines. Only a shape's own arcs (coasts) are simplified harder to fit its vertex budget.
 * Returns one geometry per shape, in order, antimeridian-safe and rounded like `simplifyForDisplay`.
 */
export function simplifySharedEdges(arcs: readonly Position[][], shapes: readonly ArcPolygons[], options: SimplifyOptions): Array<Polygon | MultiPolygon> {
  const uses = arcUseCounts(shapes);
  const shared = new Map<number, Position[]>();
  const sharedArc = (index: number): Position[] => {
    let simplified = shared.get(index);
    if (!simplified) shared.set(index, (simplified = douglasPeucker(arcs[index], options.tolerance)));
    return simplified;
  };
  return shapes.map((polygons) => {
    let tolerance = options.tolerance;
    for (let attempt = 0; ; attempt++) {
      const own = new Map<number, Position[]>();
      const arcOf = (index: number): Position[] => {
        if ((uses.get(index) ?? 0) > 1) return sharedArc(index);
        let simplified = own.get(index);
        if (!simplified) own.set(index, (simplified = douglasPeucker(arcs[index], tolerance)));
        return simplified;
      };
      const rings = polygons.map((polygon) => polygon.map((refs) => ringFromArcs(refs, arcOf)));
      let result = finishPolygons(rings, tolerance, options.decimals);
      // A tiny island state simplifies to nothing: it keeps its unsimplified largest part.
      if (result.length === 0) result = finishPolygons(polygons.map((polygon) => polygon.map((refs) => ringFromArcs(refs, (i) => arcs[i]))), 0, options.decimals).slice(0, 1);
      if (result.length === 0) throw new Error('shape has no polygon with at least 4 distinct positions');
      const vertices = result.reduce((sum, polygon) => sum + polygon.reduce((n, ring) => n + ring.length, 0), 0);
      if (vertices <= options.maxVertices || attempt >= 30) {
        return result.length === 1 ? { type: 'Polygon', coordinates: result[0] } : { type: 'MultiPolygon', coordinates: result };
      }
      tolerance *= 1.6;
    }
  });
}

/** Antimeridian fix, parts and holes smaller than the tolerance dropped (the largest part stays), rounding. */
function finishPolygons(rings: Position[][][], tolerance: number, decimals?: number): Position[][][] {
  const continuous = polygonsOf(fixAntimeridian({ type: 'MultiPolygon', coordinates: rings }));
  const minExtent = tolerance * 2;
  const largest = largestPolygonIndex(continuous);
  const result: Position[][][] = [];
  continuous.forEach((polygon, i) => {
    if (i !== largest && extent(polygon[0]) < minExtent) return;
    const [shell, ...holes] = polygon.filter((ring, k) => k === 0 || extent(ring) >= minExtent).map((ring) => roundRing(ring, decimals));
    if (shell.length >= 4) result.push([shell, ...holes.filter((ring) => ring.length >= 4)]);
  });
  return result;
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

/** Longest longitude step kept in a ring: simplification removes the extra points of long straight edges
 *  (the edge along the pole that closes Antarctica), and a step near 360° would draw across the map. */
const MAX_LON_STEP = 90;

function roundRing(ring: Position[], decimals = COORDINATE_DECIMALS): Position[] {
  const out: Position[] = [];
  for (const point of densify(ring)) {
    const rounded = [roundCoordinate(point[0], decimals), roundCoordinate(point[1], decimals)];
    const previous = out[out.length - 1];
    if (!previous || previous[0] !== rounded[0] || previous[1] !== rounded[1]) out.push(rounded);
  }
  return out;
}

function extent(ring: Position[]): number {
  let minLon = Infinity;
  let maxLon = -Infinity;
  let minLat = Infinity;
  let maxLat = -Infinity;
  for (const [lon, lat] of ring) {
    if (lon < minLon) minLon = lon;
    if (lon > maxLon) maxLon = lon;
    if (lat < minLat) minLat = lat;
    if (lat > maxLat) maxLat = lat;
  }
  return Math.max(maxLon - minLon, maxLat - minLat);
}

function largestPolygonIndex(polygons: Position[][][]): number {
  let best = 0;
  let bestExtent = -1;
  polygons.forEach((polygon, i) => {
    const value = extent(polygon[0]);
    if (value > bestExtent) {
      bestExtent = value;
      best = i;
    }
  });
  return best;
}

function densify(ring: Position[]): Position[] {
  const out: Position[] = [ring[0]];
  for (let i = 1; i < ring.length; i++) {
    const [lon0, lat0] = ring[i - 1];
    const [lon1, lat1] = ring[i];
    const steps = Math.ceil(Math.abs(lon1 - lon0) / MAX_LON_STEP);
    for (let k = 1; k < steps; k++) out.push([lon0 + ((lon1 - lon0) * k) / steps, lat0 + ((lat1 - lat0) * k) / steps]);
    out.push(ring[i]);
  }
  return out;
}
