import type { Map as MapLibreMap } from 'maplibre-gl';
import { labelPoints } from '@/lib/map/viewport';
import { BASEMAP_FIRST_LABEL_LAYER } from '@/lib/map/basemapStyle';
import type { PlacesCollection } from '@/lib/types';
import { LABELS_SOURCE, PLACES_SOURCE, placeLayers, type Theme } from './placeLayers';

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

