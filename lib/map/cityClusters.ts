// How the corpus's cities are drawn: one clustered point source for most of them, and a small unclustered
// "focus" source for the cities that must never disappear into a cluster (the selected one, an article's).
// Pure: the sizes here are used both to build the layers' expressions and to hit-test clicks, so what the
// reader sees and what a click hits cannot drift apart.
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { PlaceFeature, PlaceGeometry, PlaceProperties, PlacesCollection } from '../types';

/** Cities closer than this on screen (px) merge into a cluster. A little more than two big circles. */
export const CLUSTER_RADIUS_PX = 36;
/** From zoom 9 on (where a selected city is fitted) every city is drawn on its own. */
export const CLUSTER_MAX_ZOOM = 8;

/** Name of the cluster property that sums its cities' mentions (for its size). */
export const CLUSTER_MENTIONS = 'mentions';

/** Circle radius in px of a city by its mentions: sqrt scale, 5 px for one mention up to 16 px for 100. */
export const CITY_RADIUS_STOPS: readonly [sqrtMentions: number, px: number][] = [
  [1, 5],
  [10, 16],
];
/** Circle radius in px of a cluster by the sum of its cities' mentions; always bigger than a lone city. */
export const CLUSTER_RADIUS_STOPS: readonly [sqrtMentions: number, px: number][] = [
  [1, 13],
  [30, 30],
];

/** Piecewise-linear interpolation clamped at the ends, as MapLibre's `interpolate linear` evaluates it. */
function interpolate(stops: readonly [number, number][], input: number): number {
  const [first] = stops;
  const last = stops[stops.length - 1];
  if (input <= first[0]) return first[1];
  if (input >= last[0]) return last[1];
  for (let i = 1; i < stops.length; i++) {
    const [x0, y0] = stops[i - 1];
    const [x1, y1] = stops[i];
    if (input <= x1) return y0 + ((input - x0) / (x1 - x0)) * (y1 - y0);
  }
  return last[1];
}

function interpolateExpression(stops: readonly [number, number][], input: ExpressionSpecification): ExpressionSpecification {
  return ['interpolate', ['linear'], input, ...stops.flat()] as ExpressionSpecification;
}

export function cityRadius(mentionCount: number): number {
  return interpolate(CITY_RADIUS_STOPS, Math.sqrt(Math.max(0, mentionCount)));
}

export function clusterRadius(totalMentions: number): number {
  return interpolate(CLUSTER_RADIUS_STOPS, Math.sqrt(Math.max(0, totalMentions)));
}

/** `circle-radius` of a city (before its hover/selection growth). */
export function cityRadiusExpression(): ExpressionSpecification {
  return interpolateExpression(CITY_RADIUS_STOPS, ['sqrt', ['get', 'mentionCount']]);
}

/** `circle-radius` of a cluster. */
export function clusterRadiusExpression(): ExpressionSpecification {
  return interpolateExpression(CLUSTER_RADIUS_STOPS, ['sqrt', ['get', CLUSTER_MENTIONS]]);
}

/** The source's `clusterProperties`: each cluster carries the sum of its cities' mentions. */
export function clusterProperties(): Record<string, [ExpressionSpecification | string, ExpressionSpecification]> {
  return { [CLUSTER_MENTIONS]: ['+', ['get', 'mentionCount']] };
}

/** Filters for the two kinds of features a clustered source renders. */
export const IS_CLUSTER: ExpressionSpecification = ['has', 'point_count'];
export const IS_LONE_CITY: ExpressionSpecification = ['!', ['has', 'point_count']];

/**
 * What the map's sources hold of a place: everything but its article ids, which the map never reads.
 * At 10,000 articles those ids are half of `/api/places` (99,641 strings), and maplibre copies every
 * source's data to its worker on the main thread.
 */
export type MapPlaceProperties = Omit<PlaceProperties, 'articleIds'>;
export type MapPlaceFeature = Feature<PlaceGeometry, MapPlaceProperties> & { id: string };
export type MapCityFeature = Feature<Point, MapPlaceProperties> & { id: string };

export interface PlaceSplit {
  /** Countries, regions and areas (and any city whose geometry is not a point). */
  shapes: FeatureCollection<PlaceGeometry, MapPlaceProperties> & { features: MapPlaceFeature[] };
  /** Cities that may be clustered. */
  clustered: FeatureCollection<Point, MapPlaceProperties>;
  /** Cities drawn on their own, above the clusters. */
  focused: FeatureCollection<Point, MapPlaceProperties>;
}

/** A place as the map's sources hold it (see MapPlaceProperties). */
export function mapFeature<G extends PlaceGeometry>(feature: Feature<G, PlaceProperties> & { id: string }): Feature<G, MapPlaceProperties> & { id: string } {
  const properties: MapPlaceProperties & { articleIds?: string[] } = { ...feature.properties };
  delete properties.articleIds;
  return { ...feature, properties };
}

function isCity(feature: PlaceFeature): feature is PlaceFeature & { geometry: Point } {
  return feature.properties.kind === 'city' && feature.geometry.type === 'Point';
}

/**
 * Splits the places into shapes, clusterable cities and focused cities. The focused cities (`focusIds`:
 * an article's places) are taken out of the clustered set, so clusters count only what they hide.
 */
export function splitPlaces(places: PlacesCollection, focusIds: ReadonlySet<string> | null): PlaceSplit {
  const shapes: MapPlaceFeature[] = [];
  const clustered: MapCityFeature[] = [];
  const focused: MapCityFeature[] = [];
  for (const feature of places.features) {
    if (!isCity(feature)) shapes.push(mapFeature(feature));
    else if (focusIds?.has(feature.properties.id)) focused.push(mapFeature(feature));
    else clustered.push(mapFeature(feature));
  }
  return {
    shapes: { type: 'FeatureCollection', features: shapes },
    clustered: { type: 'FeatureCollection', features: clustered },
    focused: { type: 'FeatureCollection', features: focused },
  };
}

/**
 * The cities of the focus source: the focused (emphasized) cities plus the selected city. The selected
 * city also stays in the clustered source, so selecting never re-clusters; drawn here it sits above the
 * cluster that may hold it.
 */
export function focusCities(split: PlaceSplit, places: PlacesCollection, selectedId: string | null): FeatureCollection<Point, MapPlaceProperties> {
  if (!selectedId || split.focused.features.some((f) => f.properties.id === selectedId)) return split.focused;
  const selected = places.features.find((f: PlaceFeature) => f.properties.id === selectedId);
  return selected && isCity(selected) ? { type: 'FeatureCollection', features: [...split.focused.features, mapFeature(selected)] } : split.focused;
}

/** A stable key for a set of ids, so that an equal set built anew does not re-cluster the map. */
export function idSetKey(ids: ReadonlySet<string> | null): string {
  return ids ? [...ids].sort().join('\n') : '';
}
