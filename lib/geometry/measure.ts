// Small measurements of display shapes used by the gazetteer build and the ingest: bounding box, label
// point, vertex count, coordinate rounding.
import { area, booleanPointInPolygon, centerOfMass, pointOnFeature, polygon as turfPolygon } from '@turf/turf';
import type { MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { BBox } from '../types';
import { normaliseLon, polygonsOf } from './antimeridian';

/** Decimal places kept for coordinates (~11 m at the equator). */
export const COORDINATE_DECIMALS = 4;

export function roundCoordinate(value: number, decimals = COORDINATE_DECIMALS): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** [west, south, east, north] of the geometry's vertices. For antimeridian-fixed shapes west is in
 *  [-180, 180) and east may exceed 180. */
export function bboxOf(geometry: Point | Polygon | MultiPolygon): BBox {
  const points: Position[] =
    geometry.type === 'Point' ? [geometry.coordinates] : polygonsOf(geometry).flatMap((polygon) => polygon[0]);
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const [lon, lat] of points) {
    if (lon < west) west = lon;
    if (lon > east) east = lon;
    if (lat < south) south = lat;
    if (lat > north) north = lat;
  }
  return [roundCoordinate(west), roundCoordinate(south), roundCoordinate(east), roundCoordinate(north)];
}

/** A point inside the shape for labels and pins: the area centroid of its largest polygon when that lies inside
 *  it, otherwise a point on that polygon's surface. Longitude is brought into [-180, 180]. */
export function labelPointOf(geometry: Polygon | MultiPolygon): [lon: number, lat: number] {
  const polygons = polygonsOf(geometry);
  let largest = polygons[0];
  let largestArea = -1;
  for (const rings of polygons) {
    const polygonArea = area(turfPolygon(rings));
    if (polygonArea > largestArea) {
      largestArea = polygonArea;
      largest = rings;
    }
  }
  const shape = turfPolygon(largest);
  let point = centerOfMass(shape).geometry.coordinates;
  if (!booleanPointInPolygon(point, shape)) point = pointOnFeature(shape).geometry.coordinates;
  return [roundCoordinate(normaliseLon(point[0])), roundCoordinate(point[1])];
}

export function vertexCount(geometry: Polygon | MultiPolygon): number {
  return polygonsOf(geometry).reduce((sum, polygon) => sum + polygon.reduce((n, ring) => n + ring.length, 0), 0);
}
