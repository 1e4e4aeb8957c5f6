// Pure geometry steps of the basemap build: antimeridian cuts, simplification, fixed precision and
// label points. Output is deterministic for the same input.
import {
  area,
  booleanPointInPolygon,
  centerOfMass,
  multiPolygon as turfMultiPolygon,
  pointOnFeature,
  polygon as turfPolygon,
  simplify,
} from '@turf/turf';
import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { splitLineAtAntimeridian, splitPolygonAtAntimeridian } from './antimeridian';

export function roundCoordinate(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

function roundPositions(positions: readonly Position[], decimals: number): Position[] {
  const out: Position[] = [];
  for (const [lon, lat] of positions) {
    const next: Position = [roundCoordinate(lon, decimals), roundCoordinate(lat, decimals)];
    const last = out[out.length - 1];
    // Rounding can make neighbours equal; repeated vertices only cost bytes.
    if (!last || last[0] !== next[0] || last[1] !== next[1]) out.push(next);
  }
  return out;
}

/** Planar shoelace area in square degrees: enough to spot degenerate (zero-area) rings. */
function planarRingArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  return Math.abs(sum / 2);
}

/** Rings that enclose nothing (slivers left by clipping, collapsed islets) break simplification. */
const MIN_RING_AREA = 1e-8;

/** Polygon or multipolygon → multipolygon cut at the antimeridian, simplified and rounded. */
export function prepareLandGeometry(
  geometry: Polygon | MultiPolygon,
  options: { tolerance: number; decimals: number },
): MultiPolygon | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const pieces = polygons.flatMap((rings) => splitPolygonAtAntimeridian(rings));
  const out: Position[][][] = [];
  for (const rawPiece of pieces) {
    if (planarRingArea(rawPiece[0]) < MIN_RING_AREA) continue;
    const piece = [rawPiece[0], ...rawPiece.slice(1).filter((ring) => planarRingArea(ring) >= MIN_RING_AREA)];
    const simplified = simplify(turfPolygon(piece), { tolerance: options.tolerance, highQuality: true, mutate: false });
    const [outer, ...holes] = simplified.geometry.coordinates.map((ring) => roundPositions(ring, options.decimals));
    // An island smaller than the tolerance collapses below a ring; drop it (and its holes).
    if (outer.length < 4) continue;
    out.push([outer, ...holes.filter((ring) => ring.length >= 4)]);
  }
  return out.length > 0 ? { type: 'MultiPolygon', coordinates: out } : null;
}

/** MultiLineString → lines cut at the antimeridian, simplified and rounded. */
export function prepareLineGeometry(
  geometry: MultiLineString,
  options: { tolerance: number; decimals: number },
): MultiLineString | null {
  const lines: Position[][] = [];
  for (const line of geometry.coordinates) {
    for (const part of splitLineAtAntimeridian(line)) {
      const simplified =
        part.length > 2
          ? simplify({ type: 'LineString', coordinates: part }, { tolerance: options.tolerance, highQuality: true, mutate: false })
              .coordinates
          : part;
      const rounded = roundPositions(simplified, options.decimals);
      if (rounded.length >= 2) lines.push(rounded);
    }
  }
  return lines.length > 0 ? { type: 'MultiLineString', coordinates: lines } : null;
}

/**
 * A point inside the country's main landmass for its label: the centre of mass of the largest
 * polygon when that falls inside it (most countries), otherwise a point guaranteed on the surface.
 */
export function countryLabelPoint(geometry: MultiPolygon): Position {
  let largest = geometry.coordinates[0];
  let largestArea = -1;
  for (const rings of geometry.coordinates) {
    const polygonArea = area(turfPolygon(rings));
    if (polygonArea > largestArea) {
      largest = rings;
      largestArea = polygonArea;
    }
  }
  const mainland = turfPolygon(largest);
  const centre = centerOfMass(mainland);
  const point = booleanPointInPolygon(centre, mainland) ? centre : pointOnFeature(mainland);
  return point.geometry.coordinates;
}

/** Area in km² of a multipolygon (spherical, via turf). */
export function areaKm2(geometry: MultiPolygon): number {
  return area(turfMultiPolygon(geometry.coordinates)) / 1e6;
}

/** Label size class from area: 1 for continent-sized countries … 6 for micro-states. */
export function countryRank(areaInKm2: number): number {
  const thresholds = [3_000_000, 1_000_000, 300_000, 100_000, 20_000];
  const index = thresholds.findIndex((threshold) => areaInKm2 >= threshold);
  return index === -1 ? thresholds.length + 1 : index + 1;
}

/** First zoom at which a country label of that rank may show. */
export function countryLabelMinzoom(rank: number): number {
  return [0, 1, 2, 3, 3.5, 4.5, 5.5][rank] ?? 6;
}

