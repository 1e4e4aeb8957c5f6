// Antimeridian handling for display shapes. Natural Earth (via world-atlas) stitches Russia, Fiji and
// Antarctica across 180°, so a ring jumps from +179.9 to -179.9 between two vertices; MapLibre draws such
// a jump as a streak across the whole map. We unwrap every ring into continuous longitudes (values beyond
// ±180 are fine for MapLibre, which wraps them into world copies), move each polygon next to the largest
// one, and normalise so the shape's west edge lies in [-180, 180): east may then exceed 180.
import type { MultiPolygon, Polygon, Position } from 'geojson';

type Ring = Position[];
type PolygonCoords = Ring[];

/** True when some ring has two consecutive vertices more than 180° of longitude apart. */
export function hasAntimeridianStreak(geometry: Polygon | MultiPolygon): boolean {
  return polygonsOf(geometry).some((polygon) =>
    polygon.some((ring) => ring.some((point, i) => i > 0 && Math.abs(point[0] - ring[i - 1][0]) > 180)),
  );
}

/** Returns a copy of the geometry whose rings have continuous longitudes (see file comment). */
export function fixAntimeridian<G extends Polygon | MultiPolygon>(geometry: G): G {
  const polygons = polygonsOf(geometry).map((polygon) => polygon.map(unwrapRing));
  // Holes of an unwrapped polygon must sit with their shell, not wherever their first vertex was.
  const aligned = polygons.map((polygon) => {
    const shellCenter = lonCenter(polygon[0]);
    return polygon.map((ring, i) => (i === 0 ? ring : shiftRing(ring, turnsToward(lonCenter(ring), shellCenter))));
  });
  const anchor = lonCenter(largestShell(aligned));
  const gathered = aligned.map((polygon) => {
    const turns = turnsToward(lonCenter(polygon[0]), anchor);
    return polygon.map((ring) => shiftRing(ring, turns));
  });
  const west = Math.min(...gathered.flatMap((polygon) => polygon[0].map((point) => point[0])));
  const normalise = west < -180 ? 1 : west >= 180 ? -1 : 0;
  const result = gathered.map((polygon) => polygon.map((ring) => shiftRing(ring, normalise)));
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: result[0] } as G;
  return { type: 'MultiPolygon', coordinates: result } as G;
}

/** Longitude brought into [-180, 180]. */
export function normaliseLon(lon: number): number {
  let value = lon;
  while (value > 180) value -= 360;
  while (value < -180) value += 360;
  return value;
}

export function polygonsOf(geometry: Polygon | MultiPolygon): PolygonCoords[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function unwrapRing(ring: Ring): Ring {
  let offset = 0;
  const unwrapped = ring.map((point, i) => {
    if (i > 0) {
      const delta = point[0] - ring[i - 1][0];
      if (delta > 180) offset -= 360;
      else if (delta < -180) offset += 360;
    }
    return [point[0] + offset, point[1]];
  });
  const first = unwrapped[0];
  const last = unwrapped[unwrapped.length - 1];
  if (Math.abs(last[0] - first[0]) < 180) return unwrapped;
  // A ring that circles the pole (Antarctica) cannot close once unwrapped: close it along the pole, in
  // steps of at most 90° so that no segment looks like a jump across the map.
  const poleLat = first[1] < 0 ? -90 : 90;
  const steps = Math.ceil(Math.abs(last[0] - first[0]) / 90);
  const alongPole: Position[] = [];
  for (let i = 0; i <= steps; i++) alongPole.push([last[0] + ((first[0] - last[0]) * i) / steps, poleLat]);
  return [...unwrapped, ...alongPole, first];
}

function shiftRing(ring: Ring, turns: number): Ring {
  if (turns === 0) return ring;
  return ring.map((point) => [point[0] + 360 * turns, point[1]]);
}

/** Whole turns of 360° that bring `lon` within 180° of `target`. */
function turnsToward(lon: number, target: number): number {
  return Math.round((target - lon) / 360);
}

function lonCenter(ring: Ring): number {
  let min = Infinity;
  let max = -Infinity;
  for (const point of ring) {
    if (point[0] < min) min = point[0];
    if (point[0] > max) max = point[0];
  }
  return (min + max) / 2;
}

/** The shell with the largest planar extent; only used to pick where the shape "lives". */
function largestShell(polygons: PolygonCoords[]): Ring {
  let best = polygons[0][0];
  let bestArea = -1;
  for (const polygon of polygons) {
    const area = Math.abs(planarArea(polygon[0]));
    if (area > bestArea) {
      bestArea = area;
      best = polygon[0];
    }
  }
  return best;
}

export function planarArea(ring: Ring): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  return sum / 2;
}
