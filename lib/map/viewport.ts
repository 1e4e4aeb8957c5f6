// Where the map looks and what it labels, derived from the corpus's places.
import type { FeatureCollection, Point } from 'geojson';
import type { BBox, PlaceKind, PlacesCollection } from '../types';
import { labelMinZoom, mentionRanks } from './labelZooms';

/**
 * The view that shows the corpus: the label points of its places, leaving out countries (Russia, the
 * United States) whose label points would zoom the map out to the whole world, unless only countries exist.
 */
export function overviewBBox(places: PlacesCollection): BBox | null {
  const notCountries = places.features.filter((f) => f.properties.kind !== 'country');
  const chosen = notCountries.length ? notCountries : places.features;
  if (chosen.length === 0) return null;
  const lons = chosen.map((f) => f.properties.lon);
  const lats = chosen.map((f) => f.properties.lat);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

export interface LabelProperties {
  id: string;
  name: string;
  kind: PlaceKind;
  mentionCount: number;
  /** Zoom from which the label shows (`labelMinZoom`). */
  minzoom: number;
}

/** One point per place at its label point: labels of shapes sit once, where a reader expects them. */
export function labelPoints(places: { features: ReadonlyArray<{ properties: Omit<LabelProperties, 'minzoom'> & { lon: number; lat: number } }> }): FeatureCollection<Point, LabelProperties> {
  const ranks = mentionRanks(places.features.map((f) => f.properties));
  return {
    type: 'FeatureCollection',
    features: places.features.map((f) => ({
      type: 'Feature',
      id: f.properties.id,
      geometry: { type: 'Point', coordinates: [f.properties.lon, f.properties.lat] },
      properties: {
        id: f.properties.id,
        name: f.properties.name,
        kind: f.properties.kind,
        mentionCount: f.properties.mentionCount,
        minzoom: labelMinZoom(ranks.get(f.properties.id) ?? 0, f.properties.kind),
      },
    })),
  };
}
