import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { BASEMAP_FIRST_LABEL_LAYER } from '@/lib/map/basemapStyle';
import type { MapPlaceProperties, PlaceSplit } from '@/lib/map/cityClusters';
import { placeLayers, type Theme } from './placeLayers';
import { placeSources } from './placeSources';

export function addPlaceLayers(map: MapLibreMap, split: PlaceSplit, focus: FeatureCollection<Point, MapPlaceProperties>, theme: Theme): void {
  const withLabels = Boolean(map.getStyle().glyphs);
  for (const [id, source] of Object.entries(placeSources(split, focus, withLabels))) map.addSource(id, source);
  const before = map.getLayer(BASEMAP_FIRST_LABEL_LAYER) ? BASEMAP_FIRST_LABEL_LAYER : undefined;
  for (const layer of placeLayers(theme, withLabels)) {
    // Place labels go on top of everything; shapes and pins below the basemap's labels.
    map.addLayer(layer, layer.type === 'symbol' ? undefined : before);
  }
}
