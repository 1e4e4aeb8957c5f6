// Draws places as SVG paths in a small box, for the preview images of shared links.
import type { Geometry, Position } from 'geojson';
import type { BBox } from '../types';

export interface Frame {
  bbox: BBox;
  width: number;
  height: number;
}

/** A window around a place: its bbox padded, widened to the box's aspect ratio (in Mercator units). */
export function frameAround(bbox: BBox, width: number, height: number, minSpanDegrees = 8): Frame {
  const [w, s, e, n] = bbox;
  const cx = (w + e) / 2;
  const cy = (mercatorY(s) + mercatorY(n)) / 2;
  const minSpan = (minSpanDegrees / 360) * 2 * Math.PI;
  let spanX = Math.max(((e - w) / 360) * 2 * Math.PI * 1.3, minSpan);
  let spanY = Math.max((mercatorY(n) - mercatorY(s)) * 1.3, minSpan * (height / width));
  if (spanX / spanY > width / height) spanY = (spanX * height) / width;
  else spanX = (spanY * width) / height;
  const halfLon = ((spanX / 2) * 360) / (2 * Math.PI);
  return {
    bbox: [cx - halfLon, inverseMercatorY(cy - spanY / 2), cx + halfLon, inverseMercatorY(cy + spanY / 2)],
    width,
    height,
  };
}

function mercatorY(lat: number): number {
  const clamped = Math.max(-85, Math.min(85, lat));
  return Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360));
}

function inverseMercatorY(y: number): number {
  return ((2 * Math.atan(Math.exp(y)) - Math.PI / 2) * 180) / Math.PI;
}

export function project(frame: Frame, [lon, lat]: Position): [number, number] {
  const [w, s, e, n] = frame.bbox;
  const x = ((lon - w) / (e - w)) * frame.width;
  const y = ((mercatorY(n) - mercatorY(lat)) / (mercatorY(n) - mercatorY(s))) * frame.height;
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}

function ringPath(frame: Frame, ring: Position[]): string {
  return ring.map((p, i) => `${i ? 'L' : 'M'}${project(frame, p).join(' ')}`).join('') + 'Z';
}

/** SVG path data of a polygon or multipolygon; other geometries give an empty path. */
export function geometryPath(frame: Frame, geometry: Geometry): string {
  if (geometry.type === 'Polygon') return geometry.coordinates.map((r) => ringPath(frame, r)).join('');
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flatMap((p) => p.map((r) => ringPath(frame, r))).join('');
  return '';
}

/** Whether two bboxes overlap (used to keep only the basemap shapes near the place). */
export function bboxesOverlap(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}
