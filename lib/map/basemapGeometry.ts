// Pure geometry steps of the basemap build: antimeridian cuts, simplification, fixed precision and
// label points. Output is deterministic for the same input.
import {
  area,
  bbox,
  bboxClip,
  booleanPointInPolygon,
  centerOfMass,
  multiPolygon as turfMultiPolygon,
  pointOnFeature,
  pointToPolygonDistance,
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
  return insidePoint(mainlandOf(geometry));
}

function mainlandOf(geometry: MultiPolygon): Position[][] {
  let largest = geometry.coordinates[0];
  let largestArea = -1;
  for (const rings of geometry.coordinates) {
    const polygonArea = area(turfPolygon(rings));
    if (polygonArea > largestArea) {
      largest = rings;
      largestArea = polygonArea;
    }
  }
  return largest;
}

/** Grid resolution of the search for a well-inside label point. */
const LABEL_GRID = 16;

/**
 * A label point inside the shape: its centre of mass when that is comfortably inside (most
 * countries), otherwise the grid point deepest inside it (C-shaped Haiti, crescent-shaped Croatia).
 * Points are rounded to `decimals` before being tested, so the written point is the tested one.
 */
function insidePoint(rings: Position[][], decimals = 2): Position {
  const shape = turfPolygon(rings);
  const round = ([lon, lat]: Position): Position => [roundCoordinate(lon, decimals), roundCoordinate(lat, decimals)];
  // pointToPolygonDistance is negative inside the polygon; its magnitude is the distance (km) to the edge.
  const depth = (position: Position) => -pointToPolygonDistance(position, shape);
  const centre = round(centerOfMass(shape).geometry.coordinates);
  const [west, south, east, north] = bbox(shape);
  const minimumDepth = Math.min(east - west, north - south) * 5; // ~ a twentieth of its extent (111 km per degree)
  if (booleanPointInPolygon(centre, shape) && depth(centre) >= minimumDepth) return centre;
  let best: Position | null = null;
  let bestDepth = 0;
  for (let i = 0; i <= LABEL_GRID; i++) {
    for (let j = 0; j <= LABEL_GRID; j++) {
      const candidate = round([west + ((east - west) * (i + 0.5)) / (LABEL_GRID + 1), south + ((north - south) * (j + 0.5)) / (LABEL_GRID + 1)]);
      if (!booleanPointInPolygon(candidate, shape)) continue;
      const candidateDepth = depth(candidate);
      if (candidateDepth > bestDepth) {
        best = candidate;
        bestDepth = candidateDepth;
      }
    }
  }
  if (best) return best;
  return booleanPointInPolygon(centre, shape) ? centre : pointOnFeature(shape).geometry.coordinates;
}

/** Mainlands wider than this many degrees of longitude get regional labels once zoomed in. */
export const WIDE_COUNTRY_SPAN = 60;
/** Width of the longitude bands that each get one regional label. */
export const LABEL_BAND_WIDTH = 30;
/** A band's land must be at least this large (km²) to carry a label. */
const MIN_BAND_AREA_KM2 = 150_000;

/**
 * Regional label points for a very wide country (Russia, Canada, China…): one inside each 30°
 * longitude band of its mainland, so that its name stays on screen when the map shows only part of
 * it. Empty for other countries.
 */
export function regionalLabelPoints(geometry: MultiPolygon): Position[] {
  const mainland = mainlandOf(geometry);
  const lons = mainland[0].map(([lon]) => lon);
  const west = Math.min(...lons);
  const east = Math.max(...lons);
  if (east - west <= WIDE_COUNTRY_SPAN) return [];
  const bands = Math.round((east - west) / LABEL_BAND_WIDTH);
  const width = (east - west) / bands;
  const points: Position[] = [];
  for (let i = 0; i < bands; i++) {
    const band = bboxClip(turfPolygon(mainland), [west + i * width, -90, west + (i + 1) * width, 90]).geometry;
    // Clipping a polygon yields a polygon or multipolygon; other types cannot occur here.
    const pieces: Position[][][] = band.type === 'Polygon' ? [band.coordinates] : band.type === 'MultiPolygon' ? band.coordinates : [];
    const biggest = pieces
      .filter((rings) => rings.length > 0 && rings[0].length >= 4)
      .map((rings) => ({ rings, size: area(turfPolygon(rings)) / 1e6 }))
      .sort((x, y) => y.size - x.size)[0];
    if (biggest && biggest.size >= MIN_BAND_AREA_KM2) points.push(insidePoint(biggest.rings));
  }
  return points;
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

/** First zoom at which a country label of that rank may show (whole zooms, as tiles evaluate filters). */
export function countryLabelMinzoom(rank: number): number {
  return [0, 1, 2, 3, 4, 4, 5][rank] ?? 6;
}

