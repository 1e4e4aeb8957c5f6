import type { Map as MapLibreMap } from 'maplibre-gl';
import { BASEMAP_FIRST_LABEL_LAYER } from '@/lib/map/basemapStyle';
import type { PlacesCollection } from '@/lib/types';
import { LABELS_SOURCE, PLACES_SOURCE, placeLayers, type Theme } from './placeLayers';

/** One point per place at its label point: labels of shapes then sit once, where a reader expects them. */
export function labelPoints(places: PlacesCollection): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: places.features.map((f) => ({
      type: 'Feature',
      id: f.properties.id,
      geometry: { type: 'Point', coordinates: [f.properties.lon, f.properties.lat] },
      properties: { id: f.properties.id, name: f.properties.name, kind: f.properties.kind, mentionCount: f.properties.mentionCount },
    })),
  };
}

export function addPlaceLayers(map: MapLibreMap, places: PlacesCollection, theme: Theme): void {
  map.addSource(PLACES_SOURCE, { type: 'geojson', data: places, promoteId: 'id' });
  const withLabels = Boolean(map.getStyle().glyphs);
  if (withLabels) map.addSource(LABELS_SOURCE, { type: 'geojson', data: labelPoints(places), promoteId: 'id' });
  const before = map.getLayer(BASEMAP_FIRST_LABEL_LAYER) ? BASEMAP_FIRST_LABEL_LAYER : undefined;
  for (const layer of placeLayers(theme, withLabels)) {
    // Place labels go on top of everything; shapes and pins below the basemap's labels.
    map.addLayer(layer, layer.type === 'symbol' ? undefined : before);
  }
}
