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

/** Parts separated from the main body by more than this are "overseas" for fitting the map. */
export const MAIN_BODY_MAX_GAP_KM = 1500;

const KM_PER_DEGREE = 111.32;

/** Bounding box of the shape's main body: its largest part plus every part reachable from it through
 *  gaps of at most `maxGapKm` (Alaska and the Aleutians stay with the United States, Hawaii does not;
 *  French Guiana does not stay with France). For fitting the map to what a reader thinks of as the place. */
export function mainBboxOf(geometry: Polygon | MultiPolygon, maxGapKm = MAIN_BODY_MAX_GAP_KM): BBox {
  const boxes = polygonsOf(geometry).map((polygon) => bboxOf({ type: 'Polygon', coordinates: [polygon[0]] }));
  let largest = 0;
  boxes.forEach((box, i) => {
    if (boxArea(box) > boxArea(boxes[largest])) largest = i;
  });
  const included = new Set([largest]);
  const queue = [largest];
  while (queue.length > 0) {
    const current = boxes[queue.shift() as number];
    boxes.forEach((box, i) => {
      if (!included.has(i) && gapKm(current, box) <= maxGapKm) {
        included.add(i);
        queue.push(i);
      }
    });
  }
  const kept = boxes.filter((_, i) => included.has(i));
  const west = Math.min(...kept.map((box) => box[0]));
  const east = Math.max(...kept.map((box) => box[2]));
  // Same convention as bboxOf: west in [-180, 180), east may exceed 180.
  const shift = west >= 180 ? -360 : 0;
  return [
    roundCoordinate(west + shift),
    Math.min(...kept.map((box) => box[1])),
    roundCoordinate(east + shift),
    Math.max(...kept.map((box) => box[3])),
  ];
}

function boxArea(box: BBox): number {
  return (box[2] - box[0]) * (box[3] - box[1]) * Math.cos((((box[1] + box[3]) / 2) * Math.PI) / 180);
}

/** Approximate distance in km between two boxes (0 when they overlap); longitudes are continuous. */
function gapKm(a: BBox, b: BBox): number {
  const lonGap = Math.max(0, a[0] - b[2], b[0] - a[2]);
  const latGap = Math.max(0, a[1] - b[3], b[1] - a[3]);
  const latitude = Math.min(Math.abs(a[1] + a[3]) / 2, 89);
  const lonKm = lonGap * KM_PER_DEGREE * Math.cos((latitude * Math.PI) / 180);
  return Math.hypot(lonKm, latGap * KM_PER_DEGREE);
}
