// Ring-level steps shared by the simplifiers: the antimeridian fix, dropping parts too small to see,
// rounding, and measuring extents.
import { bbox } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { fixAntimeridian, polygonsOf } from './antimeridian';
import { COORDINATE_DECIMALS, roundCoordinate } from './measure';

export type Shape = Polygon | MultiPolygon;

/** Antimeridian fix, parts and holes smaller than twice `tolerance` dropped (the largest part stays),
 *  rounding to `decimals`; rings that rounding leaves with fewer than 4 positions are dropped. */
export function finishPolygons(rings: Position[][][], tolerance: number, decimals?: number): Position[][][] {
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

export function shapeOf(polygons: Position[][][]): Shape {
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons };
}

export function polygonVertexCount(polygons: Position[][][]): number {
  return polygons.reduce((sum, polygon) => sum + polygon.reduce((n, ring) => n + ring.length, 0), 0);
}

/** Longest longitude step kept in a ring: simplification removes the extra points of long straight edges
 *  (the edge along the pole that closes Antarctica), and a step near 360° would draw across the map. */
const MAX_LON_STEP = 90;

/** The ring rounded to `decimals`, without consecutive repeats, long longitude steps split. */
export function roundRing(ring: Position[], decimals = COORDINATE_DECIMALS): Position[] {
  const out: Position[] = [];
  for (const point of densify(ring)) {
    const rounded = [roundCoordinate(point[0], decimals), roundCoordinate(point[1], decimals)];
    const previous = out[out.length - 1];
    if (!previous || previous[0] !== rounded[0] || previous[1] !== rounded[1]) out.push(rounded);
  }
  return out;
}

/** The larger side, in degrees, of the ring's bounding box. */
export function extent(ring: readonly Position[]): number {
  const [west, south, east, north] = bbox({ type: 'LineString', coordinates: ring as Position[] });
  return Math.max(east - west, north - south);
}

/** The extent of the shape's largest part, with longitudes made continuous (Fiji is small, not 360° wide). */
export function mainExtent(polygons: Position[][][]): number {
  const continuous = polygonsOf(fixAntimeridian({ type: 'MultiPolygon', coordinates: polygons.map((polygon) => [polygon[0]]) }));
  return Math.max(0, ...continuous.map((polygon) => extent(polygon[0])));
}

export function largestPolygonIndex(polygons: Position[][][]): number {
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
