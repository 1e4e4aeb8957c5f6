// The GeoJSON sources the place layers draw from: shapes, clustered cities, focused cities, shape labels.
import type { SourceSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { CLUSTER_MAX_ZOOM, CLUSTER_RADIUS_PX, clusterProperties, type MapPlaceProperties, type PlaceSplit } from '@/lib/map/cityClusters';
import { SHAPE_TOLERANCE_PX } from '@/lib/map/basemapStyle';
import { labelPoints } from '@/lib/map/viewport';
import { CITIES_SOURCE, FOCUS_SOURCE, LABELS_SOURCE, PLACES_SOURCE } from './placeLayers';

export function placeSources(split: PlaceSplit, focus: FeatureCollection<Point, MapPlaceProperties>, withLabels: boolean): Record<string, SourceSpecification> {
  const sources: Record<string, SourceSpecification> = {
    [PLACES_SOURCE]: { type: 'geojson', data: split.shapes, promoteId: 'id', tolerance: SHAPE_TOLERANCE_PX },
    [CITIES_SOURCE]: {
      type: 'geojson',
      data: split.clustered,
      promoteId: 'id',
      cluster: true,
      clusterRadius: CLUSTER_RADIUS_PX,
      clusterMaxZoom: CLUSTER_MAX_ZOOM,
      clusterProperties: clusterProperties(),
    },
    [FOCUS_SOURCE]: { type: 'geojson', data: focus, promoteId: 'id' },
  };
  if (withLabels) sources[LABELS_SOURCE] = { type: 'geojson', data: labelPoints(split.shapes), promoteId: 'id' };
  return sources;
}
