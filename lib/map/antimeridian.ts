// Natural Earth / world-atlas rings that cross the antimeridian (Russia's Chukotka, Fiji, Antarctica)
// jump from +180 to -180 between consecutive vertices; drawn on a flat map such an edge becomes a
// streak across the whole world. These helpers cut rings and lines at ±180 so that no two
// consecutive vertices are more than 180° of longitude apart.
import { bboxClip, polygon as turfPolygon } from '@turf/turf';
import type { Position } from 'geojson';

const HALF_TURN = 180;
/** Natural Earth closes Antarctica at -89.999°, not exactly at the pole. */
const POLE_EDGE_LAT = 89.9;

/** True when two consecutive positions are more than 180° of longitude apart. */
export function hasAntimeridianJump(positions: readonly Position[]): boolean {
  for (let i = 1; i < positions.length; i++) {
    if (Math.abs(positions[i][0] - positions[i - 1][0]) > HALF_TURN) return true;
  }
  return false;
}

function outsideWorld(positions: readonly Position[]): boolean {
  return positions.some(([lon]) => lon < -HALF_TURN || lon > HALF_TURN);
}

/** Shift longitudes by multiples of 360° so that consecutive positions are never > 180° apart. */
export function unwrapLongitudes(positions: readonly Position[]): Position[] {
  const out: Position[] = [];
  let offset = 0;
  for (let i = 0; i < positions.length; i++) {
    const [lon, lat] = positions[i];
    if (i > 0) {
      const previous = positions[i - 1][0];
      const delta = lon - previous;
      if (delta > HALF_TURN) offset -= 360;
      else if (delta < -HALF_TURN) offset += 360;
    }
    out.push([lon + offset, lat]);
  }
  return out;
}

/**
 * A ring around a pole unwraps to an open path whose ends are 360° apart; close it along the
 * pole so that it becomes an ordinary (if tall) planar polygon.
 */
function closeAroundPole(ring: Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (Math.abs(last[0] - first[0]) < 1e-9) return ring;
  const meanLat = ring.reduce((sum, p) => sum + p[1], 0) / ring.length;
  const poleLat = meanLat < 0 ? -90 : 90;
  // Walk along the pole in steps of at most 90° so that no edge of the closed ring spans > 180°.
  const along: Position[] = [];
  const steps = Math.ceil(Math.abs(last[0] - first[0]) / 90);
  for (let i = 0; i <= steps; i++) along.push([last[0] + ((first[0] - last[0]) * i) / steps, poleLat]);
  return [...ring, ...along, [first[0], first[1]]];
}

/** Move a hole by whole turns so that it sits over its (unwrapped) outer ring. */
function alignToOuter(hole: Position[], outer: Position[]): Position[] {
  const outerMid = (Math.min(...outer.map((p) => p[0])) + Math.max(...outer.map((p) => p[0]))) / 2;
  const holeMid = (Math.min(...hole.map((p) => p[0])) + Math.max(...hole.map((p) => p[0]))) / 2;
  const turns = Math.round((outerMid - holeMid) / 360);
  return turns === 0 ? hole : hole.map(([lon, lat]) => [lon + turns * 360, lat]);
}

/**
 * Split one polygon (outer ring + holes) into the pieces that lie in [-180, 180]. Polygons that do
 * not cross the antimeridian are returned unchanged as a single piece.
 */
export function splitPolygonAtAntimeridian(rings: readonly Position[][]): Position[][][] {
  if (rings.length === 0) return [];
  if (!rings.some((ring) => hasAntimeridianJump(ring) || outsideWorld(ring))) return [rings.map((r) => r.slice())];

  const outer = closeAroundPole(unwrapLongitudes(rings[0]));
  const holes = rings.slice(1).map((hole) => alignToOuter(closeAroundPole(unwrapLongitudes(hole)), outer));
  const lons = outer.map((p) => p[0]);
  const minTurn = Math.floor((Math.min(...lons) + HALF_TURN) / 360);
  // Only windows the shape actually enters: touching a window's edge does not count.
  const maxTurn = Math.ceil((Math.max(...lons) + HALF_TURN) / 360) - 1;

  const pieces: Position[][][] = [];
  for (let turn = minTurn; turn <= maxTurn; turn++) {
    const shift = turn * 360;
    const window: [number, number, number, number] = [-HALF_TURN + shift, -90, HALF_TURN + shift, 90];
    const clippedOuter = bboxClip(turfPolygon([outer]), window).geometry;
    if (clippedOuter.type !== 'Polygon' || clippedOuter.coordinates.length === 0) continue;
    const piece: Position[][] = [clippedOuter.coordinates[0]];
    for (const hole of holes) {
      const clippedHole = bboxClip(turfPolygon([hole]), window).geometry;
      if (clippedHole.type === 'Polygon' && clippedHole.coordinates.length > 0) piece.push(clippedHole.coordinates[0]);
    }
    pieces.push(piece.map((ring) => ring.map(([lon, lat]) => [lon - shift, lat])));
  }
  return pieces;
}

/**
 * Cut a line wherever it crosses the antimeridian, interpolating the crossing latitude, and drop
 * stretches that run along the edge of the world (the ±180 meridian or a pole): those are cut edges
 * of the source polygons, not real borders or coasts.
 */
export function splitLineAtAntimeridian(line: readonly Position[]): Position[][] {
  const parts: Position[][] = [];
  let current: Position[] = [];
  for (let i = 0; i < line.length; i++) {
    const point = line[i];
    if (i > 0) {
      const previous = line[i - 1];
      const delta = point[0] - previous[0];
      if (Math.abs(delta) > HALF_TURN) {
        const edge = previous[0] > 0 ? HALF_TURN : -HALF_TURN;
        const unwrappedLon = point[0] + (delta < 0 ? 360 : -360);
        const span = unwrappedLon - previous[0];
        const t = span === 0 ? 0 : (edge - previous[0]) / span;
        const lat = previous[1] + t * (point[1] - previous[1]);
        current.push([edge, lat]);
        parts.push(current);
        current = [[-edge, lat]];
      }
    }
    current.push(point);
  }
  parts.push(current);

  // Split again around segments lying on the world's edge (both ends at ±180 or both at a pole).
  const result: Position[][] = [];
  for (const part of parts) {
    let run: Position[] = [];
    for (let i = 0; i < part.length; i++) {
      const point = part[i];
      const previous = part[i - 1];
      const onWorldEdge =
        previous !== undefined &&
        ((Math.abs(point[0]) === HALF_TURN && Math.abs(previous[0]) === HALF_TURN) ||
          (Math.abs(point[1]) >= POLE_EDGE_LAT && Math.abs(previous[1]) >= POLE_EDGE_LAT));
      if (onWorldEdge) {
        if (run.length >= 2) result.push(run);
        run = [point];
      } else {
        run.push(point);
      }
    }
    if (run.length >= 2) result.push(run);
  }
  return result;
}
