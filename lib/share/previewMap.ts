// The small map of a place's preview image: nearby land from the self-hosted basemap, and the place
// itself as an outline (shapes) or a pin (cities).
import fs from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { BBox, PlaceFeature } from '../types';
import { bboxesOverlap, frameAround, geometryPath, project, type Frame } from './svgOutline';

export interface PreviewMap {
  frame: Frame;
  landPaths: string[];
  placePath: string | null;
  pin: [number, number] | null;
}

let land: Array<{ bbox: BBox; geometry: Geometry }> | null = null;

function bboxOfGeometry(geometry: Geometry): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      box[0] = Math.min(box[0], c[0] as number);
      box[1] = Math.min(box[1], c[1] as number);
      box[2] = Math.max(box[2], c[0] as number);
      box[3] = Math.max(box[3], c[1] as number);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  if ('coordinates' in geometry) visit(geometry.coordinates);
  return box;
}

/** Country shapes of the basemap (written by `npm run basemap`); none if it has not been built. */
function landShapes(): Array<{ bbox: BBox; geometry: Geometry }> {
  if (land) return land;
  const file = path.join(process.cwd(), 'public', 'generated', 'basemap', 'countries.geojson');
  try {
    const collection = JSON.parse(fs.readFileSync(file, 'utf8')) as FeatureCollection;
    land = collection.features
      .filter((f: Feature) => f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'))
      .map((f: Feature) => ({ bbox: bboxOfGeometry(f.geometry), geometry: f.geometry }));
  } catch {
    land = [];
  }
  return land;
}

export function previewMap(place: Pick<PlaceFeature, 'geometry' | 'properties'>, width: number, height: number): PreviewMap {
  const frame = frameAround(place.properties.bbox, width, height);
  const landPaths = landShapes()
    .filter((s) => bboxesOverlap(s.bbox, frame.bbox))
    .map((s) => geometryPath(frame, s.geometry))
    .filter(Boolean);
  const isPoint = place.geometry.type === 'Point';
  return {
    frame,
    landPaths,
    placePath: isPoint ? null : geometryPath(frame, place.geometry),
    pin: isPoint ? project(frame, [place.properties.lon, place.properties.lat]) : null,
  };
}
